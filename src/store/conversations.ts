import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The state of waiting conversations (@grammyjs/conversations), by the plugin's storage key.
 * Every write names the version it was computed from (null: there was no row) and applies only
 * if the row is still at that version: several instances read and write one chat's state, and
 * the first write wins (false for the others).
 */

export interface StoredConversation {
  state: string;
  version: number;
}

export async function readConversationState(db: Kysely<Database>, key: string): Promise<StoredConversation | null> {
  const row = await db.selectFrom("bot_conversations").select(["state", "version"]).where("key", "=", key).executeTakeFirst();
  return row ? { state: row.state, version: Number(row.version) } : null;
}

/** Writes the state over `expected`; returns the new version, or null when another write came first. */
export async function writeConversationState(db: Kysely<Database>, key: string, state: string, expected: number | null): Promise<number | null> {
  const updated_at = new Date().toISOString();
  if (expected === null) {
    const inserted = await db
      .insertInto("bot_conversations")
      .values({ key, state, updated_at, version: 1 })
      .onConflict((oc) => oc.column("key").doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1 ? 1 : null;
  }
  const updated = await db
    .updateTable("bot_conversations")
    .set({ state, updated_at, version: expected + 1 })
    .where("key", "=", key)
    .where("version", "=", expected)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1 ? expected + 1 : null;
}

/** Deletes the state read at `expected`; false when another write came first (its state stays). */
export async function deleteConversationState(db: Kysely<Database>, key: string, expected: number): Promise<boolean> {
  const deleted = await db.deleteFrom("bot_conversations").where("key", "=", key).where("version", "=", expected).executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}
