import type { Kysely } from "kysely";

/**
 * Telegram's file_id of each chart the bot uploaded (issue 12), so the same chart is never
 * uploaded twice: per bot (a file_id is valid for the bot that got it), chart (a hash of its
 * model) and data version. Portable DDL: text and integer columns, a composite primary key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("chart_files")
    .addColumn("bot_id", "text", (c) => c.notNull())
    .addColumn("chart_hash", "text", (c) => c.notNull())
    .addColumn("data_version", "integer", (c) => c.notNull())
    .addColumn("file_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("chart_files_pk", ["bot_id", "chart_hash", "data_version"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("chart_files").execute();
}
