import type { Db } from "./connection.js";

/** The Telegram bot's own rows: a chat's language and its waiting conversations. Plain functions over kysely. */

export async function readChatLocale(db: Db, chatId: number): Promise<string | null> {
  const row = await db.selectFrom("bot_chat_settings").select("locale").where("chat_id", "=", chatId).executeTakeFirst();
  return row?.locale ?? null;
}

export async function writeChatLocale(db: Db, chatId: number, locale: string | null): Promise<void> {
  const updated_at = new Date().toISOString();
  await db
    .insertInto("bot_chat_settings")
    .values({ chat_id: chatId, locale, updated_at })
    .onConflict((oc) => oc.column("chat_id").doUpdateSet({ locale, updated_at }))
    .execute();
}

export async function readConversationState(db: Db, key: string): Promise<string | null> {
  const row = await db.selectFrom("bot_conversations").select("state").where("key", "=", key).executeTakeFirst();
  return row?.state ?? null;
}

export async function writeConversationState(db: Db, key: string, state: string): Promise<void> {
  const updated_at = new Date().toISOString();
  await db
    .insertInto("bot_conversations")
    .values({ key, state, updated_at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ state, updated_at }))
    .execute();
}

export async function deleteConversationState(db: Db, key: string): Promise<void> {
  await db.deleteFrom("bot_conversations").where("key", "=", key).execute();
}
