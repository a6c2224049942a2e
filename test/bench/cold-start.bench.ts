import { openStore } from "../../src/store/open-store.js";
import { emptyDatabase } from "../helpers/temp-store.js";
import { measure, type BenchResult } from "./measure.js";

const TARGET_MS = 1500;
const ITERATIONS = 15;

/**
 * First start: an empty database (an SQLite file, or a PostgreSQL database when DATABASE_URL is
 * set), migrated and loaded with the shipped data; each iteration a new one, made beforehand.
 */
export async function coldStart(): Promise<BenchResult[]> {
  const databases = await Promise.all(Array.from({ length: ITERATIONS + 1 }, () => emptyDatabase()));
  try {
    let next = 0;
    const timings = await measure(
      async () => {
        const db = await openStore(databases[next++]!.target);
        return () => db.destroy();
      },
      { iterations: ITERATIONS, warmup: 1 },
    );
    const dialect = databases[0]!.target.dialect;
    return [{ bench: "cold-start", ...timings, dialect, target_ms: TARGET_MS, within_target: timings.median_ms < TARGET_MS }];
  } finally {
    await Promise.all(databases.map((d) => d.cleanup()));
  }
}
