import { sql, type CompiledQuery, type Kysely } from "kysely";
import { dialectOf } from "./dialect.js";
import type { Database } from "./schema.js";

/** The PostgreSQL channel every instance listens on (see data-version-listener.ts). */
export const DATA_VERSION_CHANNEL = "rapor_data_version";

/**
 * Bumps the data version inside an import's transaction: it commits (or rolls back) with the
 * rows. On PostgreSQL a NOTIFY in the same transaction reaches the other instances at commit.
 */
export async function bumpDataVersion(trx: Kysely<Database>, now = new Date()): Promise<number> {
  const row = await trx
    .updateTable("data_version")
    .set((eb) => ({ version: eb("version", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", 1)
    .returning("version")
    .executeTakeFirstOrThrow();
  const version = Number(row.version);
  if (dialectOf(trx) === "postgres") await sql`select pg_notify(${DATA_VERSION_CHANNEL}, ${String(version)})`.execute(trx);
  return version;
}

const versionQuery = (db: Kysely<Database>) => db.selectFrom("data_version").select("version").where("id", "=", 1);
const compiled = new WeakMap<Kysely<Database>, CompiledQuery<{ version: number }>>();

/** The current data version: one primary-key read, built and compiled once per database handle. */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  let query = compiled.get(db);
  if (!query) compiled.set(db, (query = versionQuery(db).compile()));
  const { rows } = await db.executeQuery(query);
  return Number(rows[0]?.version ?? 0);
}
