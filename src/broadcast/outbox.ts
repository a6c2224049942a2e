import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";

/** A plain Kysely or a transaction (an import enqueues inside its own). */
type Q = Kysely<Database>;

export const OUTBOX_STATUSES = ["queued", "sent", "failed", "blocked"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutgoingMessage {
  chatId: number;
  /** Telegram HTML. */
  html: string;
  replyMarkup?: unknown;
  /** Unique forever: a second message with the same key is dropped (re-runs, retries of a hook). */
  dedupeKey: string;
  importId?: number | null;
}

/** What the sender reads of a queued row. */
export interface QueuedMessage {
  id: number;
  chatId: number;
  html: string;
  replyMarkup: unknown;
  attempts: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Adds messages to the queue; returns how many were new (duplicate keys are skipped). */
export async function enqueue(db: Q, messages: readonly OutgoingMessage[], now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  let inserted = 0;
  // 100 rows x 8 columns stays far below any bound-parameter limit.
  for (let i = 0; i < messages.length; i += 100) {
    const result = await db
      .insertInto("outbox")
      .values(
        messages.slice(i, i + 100).map((m) => ({
          chat_id: m.chatId,
          text: m.html,
          reply_markup: m.replyMarkup === undefined || m.replyMarkup === null ? null : JSON.stringify(m.replyMarkup),
          import_id: m.importId ?? null,
          dedupe_key: m.dedupeKey,
          status: "queued",
          next_attempt_at: at,
          created_at: at,
        })),
      )
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

/** Queued rows due at `nowMs`, oldest first; a small batch so memory stays flat however long the queue. */
export async function dueBatch(db: Q, nowMs: number, limit: number): Promise<QueuedMessage[]> {
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "chat_id", "text", "reply_markup", "attempts"])
    .where("status", "=", "queued")
    .where("next_attempt_at", "<=", iso(nowMs))
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    chatId: Number(r.chat_id),
    html: r.text,
    replyMarkup: r.reply_markup === null ? undefined : JSON.parse(r.reply_markup),
    attempts: Number(r.attempts),
  }));
}

/** When the next queued row falls due (ms since epoch), or null when nothing is queued. */
export async function nextDueAt(db: Q): Promise<number | null> {
  const row = await db
    .selectFrom("outbox")
    .select("next_attempt_at")
    .where("status", "=", "queued")
    .orderBy("next_attempt_at")
    .limit(1)
    .executeTakeFirst();
  return row ? Date.parse(row.next_attempt_at) : null;
}

export async function markSent(db: Q, id: number, nowMs = Date.now()): Promise<void> {
  await db.updateTable("outbox").set({ status: "sent", sent_at: iso(nowMs), last_error: null }).where("id", "=", id).execute();
}

/** Tries again later; `attempts` counts failed deliveries (a wait for the chat's pace is not one). */
export async function reschedule(db: Q, id: number, atMs: number, failure?: { attempts: number; error: string }): Promise<void> {
  await db
    .updateTable("outbox")
    .set(failure ? { next_attempt_at: iso(atMs), attempts: failure.attempts, last_error: failure.error } : { next_attempt_at: iso(atMs) })
    .where("id", "=", id)
    .where("status", "=", "queued")
    .execute();
}

/** Gives up on a row: "failed" (rejected, or out of attempts) or "blocked" (the chat is gone). */
export async function markFinal(db: Q, id: number, status: "failed" | "blocked", error: string, attempts?: number): Promise<void> {
  await db
    .updateTable("outbox")
    .set(attempts === undefined ? { status, last_error: error } : { status, last_error: error, attempts })
    .where("id", "=", id)
    .execute();
}

/** Every queued row of a chat that is gone becomes "blocked"; returns how many. */
export async function blockQueuedForChat(db: Q, chatId: number, error: string): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ status: "blocked", last_error: error })
    .where("chat_id", "=", chatId)
    .where("status", "=", "queued")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A group migrated to a supergroup: its queued rows go to the new id. */
export async function moveQueuedToChat(db: Q, fromChatId: number, toChatId: number): Promise<number> {
  const result = await db
    .updateTable("outbox")
    .set({ chat_id: toChatId })
    .where("chat_id", "=", fromChatId)
    .where("status", "=", "queued")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export type StatusCounts = Record<OutboxStatus, number>;

export async function countByStatus(db: Q): Promise<StatusCounts> {
  const rows = await db
    .selectFrom("outbox")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy("status")
    .execute();
  const counts: StatusCounts = { queued: 0, sent: 0, failed: 0, blocked: 0 };
  for (const r of rows) if (r.status in counts) counts[r.status as OutboxStatus] = Number(r.n);
  return counts;
}

/** Rows marked sent since `sinceMs`. */
export async function sentSince(db: Q, sinceMs: number): Promise<number> {
  const row = await db
    .selectFrom("outbox")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("sent_at", ">=", iso(sinceMs))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Deletes delivered and given-up rows older than the cutoff; queued rows are never pruned. */
export async function pruneOutbox(db: Q, olderThanMs: number): Promise<number> {
  const result = await db
    .deleteFrom("outbox")
    .where("status", "in", ["sent", "failed", "blocked"])
    .where("created_at", "<", iso(olderThanMs))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
