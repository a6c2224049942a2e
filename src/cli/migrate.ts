/**
 * `npm run migrate`: migrates the database (DATABASE_URL, else the SQLite file at DATABASE_PATH)
 * and loads this version of the shipped data, under the start-up lock, then exits. With several
 * instances, run it once before starting them (they would do the same step, waiting their turn).
 */
import { loadConfig } from "../config/config.js";
import { runCli } from "../config/exit-on-error.js";
import { databaseTarget, openDatabase } from "../store/connection.js";
import { prepareStore } from "../store/open-store.js";

await runCli(async () => {
  const target = databaseTarget(loadConfig(process.env));
  const db = openDatabase(target);
  try {
    const { changed } = await prepareStore(db);
    const where = target.dialect === "postgres" ? "the PostgreSQL database of DATABASE_URL" : target.file;
    console.log(changed ? `Migrated ${where} and loaded the shipped data.` : `Already up to date: ${where}.`);
    return 0;
  } finally {
    await db.destroy();
  }
});
