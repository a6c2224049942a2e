import type { Kysely } from "kysely";
import { blockQueuedForChat, moveQueuedToChat } from "./outbox.js";
import { isCategory, normalizeLocale, type BroadcastLocale, type ChatType, type Target, type TargetKind } from "../broadcast/targets.js";
import { retryOnUniqueViolation } from "./errors.js";
import { readBody } from "./gazetteer.js";
import type { Database } from "./schema.js";

/** A plain Kysely or a transaction: repositories work inside an import's transaction too. */
type Q = Kysely<Database>;

/** Runs `fn` in a transaction, or in the caller's when `db` already is one. */
function inTransaction<T>(db: Q, fn: (trx: Q) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** A chat may follow this many things; a guard against runaway loops and abuse. */
export const MAX_SUBSCRIPTIONS_PER_CHAT = 100;

export interface Subscription {
  chatId: number;
  chatType: ChatType;
  target: Target;
  locale: BroadcastLocale;
  createdAt: string;
}

export interface NewSubscription {
  chatId: number;
  chatType: ChatType;
  target: Target;
  /** The chat's language now ("id" | "en"). */
  locale: string;
}

export type SubscribeResult = "subscribed" | "already" | "unknown-target" | "limit";

const asChatId = (value: number | string | bigint) => Number(value); // pg returns bigint as string

function toSubscription(row: { chat_id: number; chat_type: string; target_kind: string; target_code: string; locale: string; created_at: string }): Subscription {
  return {
    chatId: asChatId(row.chat_id),
    chatType: row.chat_type as ChatType,
    target: { kind: row.target_kind as TargetKind, code: row.target_code },
    locale: normalizeLocale(row.locale),
    createdAt: row.created_at,
  };
}

/** A target exists when its body or province is in the gazetteer, or it names a category. */
export async function targetExists(db: Q, target: Target): Promise<boolean> {
  if (target.kind === "category") return isCategory(target.code);
  const body = await readBody(db, target.code);
  return body !== undefined && (target.kind !== "province" || body.category === "provinsi");
}

/** Follows a target; "already" when the chat follows it (its language is refreshed then). */
export async function subscribe(db: Q, sub: NewSubscription, options: { now?: Date; maxPerChat?: number } = {}): Promise<SubscribeResult> {
  if (!Number.isSafeInteger(sub.chatId)) throw new Error("chat id must be a safe integer");
  if (!(await targetExists(db, sub.target))) return "unknown-target";
  const locale = normalizeLocale(sub.locale);
  const existing = await db
    .selectFrom("subscriptions")
    .select("id")
    .where("chat_id", "=", sub.chatId)
    .where("target_kind", "=", sub.target.kind)
    .where("target_code", "=", sub.target.code)
    .executeTakeFirst();
  if (existing) {
    await db.updateTable("subscriptions").set({ locale, chat_type: sub.chatType }).where("id", "=", existing.id).execute();
    return "already";
  }
  const count = await db
    .selectFrom("subscriptions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("chat_id", "=", sub.chatId)
    .executeTakeFirstOrThrow();
  if (Number(count.n) >= (options.maxPerChat ?? MAX_SUBSCRIPTIONS_PER_CHAT)) return "limit";
  const result = await db
    .insertInto("subscriptions")
    .values({
      chat_id: sub.chatId,
      chat_type: sub.chatType,
      target_kind: sub.target.kind,
      target_code: sub.target.code,
      locale,
      created_at: (options.now ?? new Date()).toISOString(),
    })
    // Two taps at once: the unique constraint settles it.
    .onConflict((oc) => oc.columns(["chat_id", "target_kind", "target_code"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? "subscribed" : "already";
}

/** Stops following one target; false when the chat did not follow it. */
export async function unsubscribe(db: Q, chatId: number, target: Target): Promise<boolean> {
  const result = await db
    .deleteFrom("subscriptions")
    .where("chat_id", "=", chatId)
    .where("target_kind", "=", target.kind)
    .where("target_code", "=", target.code)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Stops following everything (the user's choice); returns how many were ended. */
export async function unsubscribeAll(db: Q, chatId: number): Promise<number> {
  const result = await db.deleteFrom("subscriptions").where("chat_id", "=", chatId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The chat is gone for the bot (blocked, kicked, deleted): ends its subscriptions and its queued
 * messages, which could never be delivered. Called by the sender on 403 / "chat not found", and
 * by the bot layer when it sees itself removed from a group (my_chat_member).
 */
export async function endChat(db: Q, chatId: number, reason = "chat ended"): Promise<{ subscriptions: number; messages: number }> {
  return inTransaction(db, async (trx) => ({
    subscriptions: await unsubscribeAll(trx, chatId),
    messages: await blockQueuedForChat(trx, chatId, reason),
  }));
}

/**
 * A group became a supergroup (new chat id): its subscriptions and queued messages follow it.
 * Should the new id follow something more between the clean-up and the move (another instance),
 * the move's unique key says so and it runs again.
 */
export async function moveChat(db: Q, fromChatId: number, toChatId: number): Promise<void> {
  await retryOnUniqueViolation(() => inTransaction(db, async (trx) => {
    // A target the new id already follows would break the unique key: keep the newer row.
    const existing = await trx.selectFrom("subscriptions").select(["target_kind", "target_code"]).where("chat_id", "=", toChatId).execute();
    for (const t of existing) {
      await trx
        .deleteFrom("subscriptions")
        .where("chat_id", "=", fromChatId)
        .where("target_kind", "=", t.target_kind)
        .where("target_code", "=", t.target_code)
        .execute();
    }
    await trx.updateTable("subscriptions").set({ chat_id: toChatId, chat_type: "supergroup" }).where("chat_id", "=", fromChatId).execute();
    await moveQueuedToChat(trx, fromChatId, toChatId);
  }));
}

/** Everything a chat follows, oldest first. */
export async function listSubscriptions(db: Q, chatId: number): Promise<Subscription[]> {
  const rows = await db
    .selectFrom("subscriptions")
    .select(["chat_id", "chat_type", "target_kind", "target_code", "locale", "created_at"])
    .where("chat_id", "=", chatId)
    .orderBy("id")
    .execute();
  return rows.map(toSubscription);
}

/** Subscriptions joined with the chat's own saved language (bot_chat_settings), if any. */
function subscriberRows(db: Q) {
  return db
    .selectFrom("subscriptions as s")
    .leftJoin("bot_chat_settings as c", "c.chat_id", "s.chat_id")
    .select(["s.chat_id", "s.chat_type", "s.target_kind", "s.target_code", "s.locale", "s.created_at", "c.locale as chosen"])
    .orderBy("s.id");
}

/** The chat's saved language wins over the one recorded when it subscribed. */
const toSubscriber = (row: Parameters<typeof toSubscription>[0] & { chosen: string | null }) =>
  toSubscription({ ...row, locale: row.chosen ?? row.locale });

/**
 * Every subscription to one of the targets. The language is the chat's own saved choice
 * (bot_chat_settings) when it has one, else the one recorded at subscription time.
 */
export async function subscribersOf(db: Q, targets: readonly Target[]): Promise<Subscription[]> {
  const out: Subscription[] = [];
  const byKind = new Map<TargetKind, string[]>();
  for (const t of targets) byKind.set(t.kind, [...(byKind.get(t.kind) ?? []), t.code]);
  for (const [kind, codes] of byKind) {
    const unique = [...new Set(codes)];
    // Bounded IN lists: SQLite and PostgreSQL both cap bound parameters.
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await subscriberRows(db).where("s.target_kind", "=", kind).where("s.target_code", "in", unique.slice(i, i + 500)).execute();
      out.push(...rows.map(toSubscriber));
    }
  }
  return out;
}

/** Every subscription of every chat (an announcement to everyone who follows anything). */
export async function allSubscribers(db: Q): Promise<Subscription[]> {
  return (await subscriberRows(db).execute()).map(toSubscriber);
}
