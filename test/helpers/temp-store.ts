import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseTarget, Db } from "../../src/store/connection.js";
import { openStore } from "../../src/store/open-store.js";

/** A real SQLite file in a fresh temporary directory, migrated and loaded with the shipped data. */
export async function tempStore(): Promise<{ db: Db; file: string; dir: string; target: DatabaseTarget; env: Record<string, string>; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-test-"));
  const file = path.join(dir, "rapor.sqlite");
  const db = await openStore(file);
  return {
    db,
    file,
    dir,
    target: { dialect: "sqlite", file },
    /** What a child process (the import CLI, the bot) needs to open this same database. */
    env: { DATABASE_PATH: file },
    cleanup: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
