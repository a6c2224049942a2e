import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openStore } from "../../src/store/open-store.js";
import { measure, type BenchResult } from "./measure.js";

const TARGET_MS = 1500;

/** First start: a new SQLite file, migrated and loaded with the shipped data (each iteration a new file). */
export async function coldStart(): Promise<BenchResult[]> {
  const timings = await measure(
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-bench-"));
      const db = await openStore(path.join(dir, "rapor.sqlite"));
      return async () => {
        await db.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      };
    },
    { iterations: 15, warmup: 1 },
  );
  return [{ bench: "cold-start", ...timings, target_ms: TARGET_MS, within_target: timings.median_ms < TARGET_MS }];
}
