import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** The state of waiting conversations (@grammyjs/conversations), by the plugin's storage key. */

export async function readConversationState(db: Kysely<Database>, key: string): Promise<string | null> {
  const row = await db.selectFrom("bot_conversations").select("state").where("key", "=", key).executeTakeFirst();
  return row?.state ?? null;
}

export async function writeConversationState(db: Kysely<Database>, key: string, state: string): Promise<void> {
  const updated_at = new Date().toISOString();
  await db
    .insertInto("bot_conversations")
    .values({ key, state, updated_at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ state, updated_at }))
    .execute();
}

export async function deleteConversationState(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom("bot_conversations").where("key", "=", key).execute();
}
