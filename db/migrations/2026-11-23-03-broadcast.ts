import type { Kysely } from "kysely";
import { serialKey, timeType } from "./portable.js";

/**
 * Subscriptions and the durable outbox of messages to send (issue 5). Portable DDL: chat ids
 * are bigint (Telegram ids reach 52 bits), times timestamptz on PostgreSQL and ISO-8601 text on
 * SQLite (see portable.ts), no SQLite-only SQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("subscriptions")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("chat_id", "bigint", (c) => c.notNull())
    .addColumn("chat_type", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_code", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("created_at", timeType(db), (c) => c.notNull())
    .addUniqueConstraint("subscriptions_chat_target", ["chat_id", "target_kind", "target_code"])
    .execute();
  // Who follows what an import touched.
  await db.schema.createIndex("subscriptions_target").on("subscriptions").columns(["target_kind", "target_code"]).execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("chat_id", "bigint", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("reply_markup", "text")
    .addColumn("import_id", "integer", (c) => c.references("imports.id"))
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", timeType(db), (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("created_at", timeType(db), (c) => c.notNull())
    .addColumn("sent_at", timeType(db))
    .execute();
  // The sender's query: queued rows that are due, oldest first.
  await db.schema.createIndex("outbox_due").on("outbox").columns(["status", "next_attempt_at", "id"]).execute();
  // A blocked or migrated chat: its other queued rows.
  await db.schema.createIndex("outbox_chat").on("outbox").columns(["chat_id", "status"]).execute();
  // The current send rate (rows sent in the last seconds).
  await db.schema.createIndex("outbox_sent_at").on("outbox").column("sent_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("outbox").execute();
  await db.schema.dropTable("subscriptions").execute();
}
