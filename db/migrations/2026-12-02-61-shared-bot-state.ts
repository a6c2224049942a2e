import type { Kysely } from "kysely";
import { timeType } from "./portable.js";

/**
 * The bot's state for several instances on one database (issue 11). A version on each waiting
 * conversation, so a write applies only over the state it was computed from (two instances never
 * overwrite each other's), and the flood limit's counters: one row per user and window.
 * Portable DDL; the window's end is timestamptz on PostgreSQL and ISO-8601 text on SQLite.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("bot_conversations").addColumn("version", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable("flood_counters")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("window_ends", timeType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("flood_counters").execute();
  await db.schema.alterTable("bot_conversations").dropColumn("version").execute();
}
