import type { Kysely } from "kysely";
import { timeType } from "./portable.js";

/**
 * The Telegram bot's own state: each chat's language choice and the state of waiting
 * conversations (@grammyjs/conversations). Portable DDL: chat ids are bigint for PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("bot_chat_settings")
    .addColumn("chat_id", "bigint", (c) => c.primaryKey())
    .addColumn("locale", "text")
    .addColumn("updated_at", timeType(db), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("bot_conversations")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("updated_at", timeType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("bot_conversations").execute();
  await db.schema.dropTable("bot_chat_settings").execute();
}
