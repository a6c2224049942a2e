import type { Kysely } from "kysely";
import { timeType } from "./portable.js";

/**
 * One row, one counter: bumped inside every import's transaction, so every process (and, on
 * PostgreSQL, every instance) knows with one primary-key read whether its catalog is current.
 * (The newest imports.id is no such signal: on PostgreSQL ids commit out of order.)
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("data_version")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull())
    .addColumn("updated_at", timeType(db), (c) => c.notNull())
    .execute();
  await db.insertInto("data_version").values({ id: 1, version: 1, updated_at: new Date().toISOString() }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("data_version").execute();
}
