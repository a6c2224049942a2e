import { sql, type Kysely } from "kysely";
import { serialKey, timeType } from "./portable.js";

/**
 * Files an admin sent to import, kept until decided (issue 10): the Import button names its
 * draft's id, a draft is imported at most once, and drafts survive a restart. `kind` and
 * `payload` are generic: a CSV's text today, an extraction's candidates later.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_drafts")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("admin_id", "bigint", (c) => c.notNull())
    .addColumn("chat_id", "bigint", (c) => c.notNull())
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", timeType(db), (c) => c.notNull())
    .addColumn("decided_at", timeType(db))
    .addColumn("import_id", "integer", (c) => c.references("imports.id"))
    .execute();
  // One pending draft per admin and chat: a newer file supersedes the older one.
  await db.schema
    .createIndex("import_drafts_one_pending")
    .on("import_drafts")
    .columns(["admin_id", "chat_id"])
    .unique()
    .where(sql.ref("status"), "=", "pending")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("import_drafts").execute();
}
