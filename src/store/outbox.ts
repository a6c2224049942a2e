import { PostgresAdapter, type ExpressionBuilder, type Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The outbox of messages to send: every statement the broadcast code runs on it, in kysely,
 * portable to SQLite and PostgreSQL. Times are ISO-8601 text, like the rest of the outbox.
 */

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

/** A queued row a sender has claimed: it alone may send it until `claimedUntil`. */
export interface ClaimedMessage {
  id: number;
  chatId: number;
  html: string;
  replyMarkup: unknown;
  attempts: number;
  claimedUntil: number;
  /** The import that queued it (its announcement), or null. */
  importId: number | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** PostgreSQL takes row locks (FOR UPDATE SKIP LOCKED); SQLite has one writer and none. */
const isPostgres = (db: Q) => db.getExecutor().adapter instanceof PostgresAdapter;

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

/** Queued, due, and claimed by nobody (or by a sender whose lease has run out). */
const claimableAt =
  (now: string) =>
  (eb: ExpressionBuilder<Database, "outbox">) =>
    eb.and([
      eb("status", "=", "queued"),
      eb("next_attempt_at", "<=", now),
      eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", now)]),
    ]);

/**
 * Claims up to `limit` due rows, oldest first, for `by` until `nowMs + leaseMs`, and returns them.
 * One UPDATE over the due rows chosen first: on PostgreSQL they are taken FOR UPDATE SKIP LOCKED,
 * so concurrent senders claim disjoint rows without waiting for each other (the outer condition
 * is checked again on the locked row); on SQLite an UPDATE takes the database's write lock when
 * it starts, as BEGIN IMMEDIATE would, so the check and the claim are one step. The choice is a
 * MATERIALIZED common table expression, run once: as a plain `IN (sub-select)` PostgreSQL may
 * plan a nested loop that runs the LIMITed sub-select again for every outer row, each time
 * skipping the rows it has just locked, and claim the whole queue (seen: 150 rows for a limit of 32).
 */
export async function claimDue(db: Q, claim: { by: string; nowMs: number; leaseMs: number; limit: number }): Promise<ClaimedMessage[]> {
  const now = iso(claim.nowMs);
  const until = claim.nowMs + claim.leaseMs;
  const rowLocks = isPostgres(db);
  const rows = await db
    .with(
      (cte) => cte("due").materialized(),
      (qc) =>
        qc
          .selectFrom("outbox")
          .select("id")
          .where(claimableAt(now))
          .orderBy("next_attempt_at")
          .orderBy("id")
          .limit(claim.limit)
          .$if(rowLocks, (qb) => qb.forUpdate().skipLocked()),
    )
    .updateTable("outbox")
    .set({ claimed_by: claim.by, claimed_until: iso(until) })
    .where("id", "in", (eb) => eb.selectFrom("due").select("due.id"))
    .where(claimableAt(now))
    .returning(["id", "chat_id", "text", "reply_markup", "attempts", "next_attempt_at", "import_id"])
    .execute();
  // RETURNING keeps no order.
  rows.sort((a, b) => (a.next_attempt_at < b.next_attempt_at ? -1 : a.next_attempt_at > b.next_attempt_at ? 1 : Number(a.id) - Number(b.id)));
  return rows.map((r) => ({
    id: Number(r.id),
    chatId: Number(r.chat_id),
    html: r.text,
    replyMarkup: r.reply_markup === null ? undefined : JSON.parse(r.reply_markup),
    attempts: Number(r.attempts),
    claimedUntil: until,
    importId: r.import_id === null ? null : Number(r.import_id),
  }));
}

/** Extends `by`'s claim on a row; false when the row is no longer queued or someone else holds it. */
export async function renewClaim(db: Q, id: number, by: string, untilMs: number): Promise<boolean> {
  const result = await db
    .updateTable("outbox")
    .set({ claimed_until: iso(untilMs) })
    .where("id", "=", id)
    .where("claimed_by", "=", by)
    .where("status", "=", "queued")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives back `by`'s claims on these queued rows (not sent): claimable again at once. */
export async function releaseClaims(db: Q, by: string, ids: readonly number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable("outbox")
      .set({ claimed_by: null, claimed_until: null })
      .where("id", "in", ids.slice(i, i + 500))
      .where("claimed_by", "=", by)
      .where("status", "=", "queued")
      .execute();
  }
}

/**
 * When the next queued row falls due (ms since epoch), or null when nothing is queued. With
 * `claimableAtMs`, rows under a live claim are left out (they are some sender's already).
 */
export async function nextDueAt(db: Q, options: { claimableAtMs?: number } = {}): Promise<number | null> {
  const at = options.claimableAtMs === undefined ? null : iso(options.claimableAtMs);
  const row = await db
    .selectFrom("outbox")
    .select("next_attempt_at")
    .where("status", "=", "queued")
    .$if(at !== null, (qb) => qb.where((eb) => eb.or([eb("claimed_until", "is", null), eb("claimed_until", "<=", at!)])))
    .orderBy("next_attempt_at")
    .limit(1)
    .executeTakeFirst();
  return row ? Date.parse(row.next_attempt_at) : null;
}

const unclaimed = { claimed_by: null, claimed_until: null };

/** Telegram confirmed the message: it is sent, whoever holds the claim. */
export async function markSent(db: Q, id: number, nowMs = Date.now()): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status: "sent", sent_at: iso(nowMs), last_error: null, ...unclaimed })
    .where("id", "=", id)
    .execute();
}

/**
 * `by` tries again later and gives up its claim; `attempts` counts failed deliveries (a wait for
 * the chat's pace is not one). Nothing happens if another sender has claimed the row since.
 */
export async function reschedule(db: Q, id: number, by: string, atMs: number, failure?: { attempts: number; error: string }): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      next_attempt_at: iso(atMs),
      ...unclaimed,
      ...(failure ? { attempts: failure.attempts, last_error: failure.error } : {}),
    })
    .where("id", "=", id)
    .where("claimed_by", "=", by)
    .where("status", "=", "queued")
    .execute();
}

/** Gives up on a row: "failed" (rejected, or out of attempts) or "blocked" (the chat is gone). */
export async function markFinal(db: Q, id: number, status: "failed" | "blocked", error: string, attempts?: number): Promise<void> {
  await db
    .updateTable("outbox")
    .set({ status, last_error: error, ...unclaimed, ...(attempts === undefined ? {} : { attempts }) })
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

/** The sends since `sinceMs`, oldest first: a new sender's pacer starts from them. */
export async function recentSends(db: Q, sinceMs: number): Promise<{ chatId: number; at: number }[]> {
  const rows = await db
    .selectFrom("outbox")
    .select(["chat_id", "sent_at"])
    .where("sent_at", ">=", iso(sinceMs))
    .orderBy("sent_at")
    .execute();
  return rows.map((r) => ({ chatId: Number(r.chat_id), at: Date.parse(r.sent_at!) }));
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

const LEASE = "outbox";

/**
 * Takes or renews the sender lease for `by` until `untilMs`; true when `by` holds it now. It is
 * free when nobody holds it or the holder's lease has run out. One upsert whose update applies
 * only under that condition, checked on the current row by SQLite and PostgreSQL alike, so two
 * senders never both win.
 */
export async function takeSenderLease(db: Q, by: string, nowMs: number, untilMs: number): Promise<boolean> {
  const until = iso(untilMs);
  const result = await db
    .insertInto("sender_lease")
    .values({ name: LEASE, holder: by, lease_until: until })
    .onConflict((oc) =>
      oc
        .column("name")
        .doUpdateSet({ holder: by, lease_until: until })
        .where((eb) => eb.or([eb("sender_lease.holder", "=", by), eb("sender_lease.lease_until", "<=", iso(nowMs))])),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Ends `by`'s lease now, so a sender standing by takes over at once. */
export async function dropSenderLease(db: Q, by: string): Promise<void> {
  await db.deleteFrom("sender_lease").where("name", "=", LEASE).where("holder", "=", by).execute();
}
