import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** Each chat's own settings (its language today). Plain functions over kysely. */

export async function readChatLocale(db: Kysely<Database>, chatId: number): Promise<string | null> {
  const row = await db.selectFrom("bot_chat_settings").select("locale").where("chat_id", "=", chatId).executeTakeFirst();
  return row?.locale ?? null;
}

/** An upsert: two instances saving the same chat's choice at once leave one row, the later value. */
export async function writeChatLocale(db: Kysely<Database>, chatId: number, locale: string | null): Promise<void> {
  const updated_at = new Date().toISOString();
  await db
    .insertInto("bot_chat_settings")
    .values({ chat_id: chatId, locale, updated_at })
    .onConflict((oc) => oc.column("chat_id").doUpdateSet({ locale, updated_at }))
    .execute();
}
