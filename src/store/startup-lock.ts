import { sql } from "kysely";
import { IMPORT_WAIT, withWaitPolicy } from "./busy.js";
import type { Db } from "./connection.js";
import { dialectOf } from "./dialect.js";

/** The advisory lock key of the start-up step ("rapor" and 2 in hex). */
const STARTUP_LOCK = 0x7261706f7202;

/**
 * Runs `fn` (migrations, then the shipped data) on one connection that holds the start-up lock,
 * so that instances starting at once on an empty database take turns and all come up: the
 * first migrates and loads, the others find it done. PostgreSQL: a session advisory lock (freed
 * if the process dies). SQLite: one BEGIN IMMEDIATE transaction around all of it (transactions
 * begun inside become savepoints), so a half-done start-up never stays either.
 */
export async function withStartupLock<T>(db: Db, fn: (conn: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    if (dialectOf(db) === "postgres") {
      await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(conn);
      try {
        return await fn(conn);
      } finally {
        await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(conn);
      }
    }
    await withWaitPolicy(IMPORT_WAIT, () => sql`begin immediate`.execute(conn));
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}
