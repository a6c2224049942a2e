import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import {
  countByStatus,
  dueBatch,
  markFinal,
  markSent,
  nextDueAt,
  pruneOutbox,
  reschedule,
  sentSince,
  type QueuedMessage,
  type StatusCounts,
} from "./outbox.js";
import { DEFAULT_PACING, Pacer, type PacingOptions } from "./pacer.js";
import { endChat, moveChat } from "./subscriptions.js";
import { failureOf, type Transport } from "./transport.js";

/**
 * Delivers the outbox, one message at a time.
 *
 * Durability: a row stays "queued" until the transport has confirmed the send, and is marked
 * "sent" right after. Only one send is ever in flight, so a crash (kill -9, power) between
 * Telegram's confirmation and that mark re-sends at most that one message on restart; marking
 * before sending would instead lose it. We prefer one possible duplicate per crash to a loss.
 * (A connection dropped after Telegram received the request is equally ambiguous: it is retried.)
 *
 * Several senders on one database would each send the same rows: run one, in the bot process.
 * Rows enqueued by any process (the CLI import) are picked up by polling the table.
 */

type Logger = {
  debug: (obj: object, msg?: string) => void;
  info: (obj: object, msg?: string) => void;
  warn: (obj: object, msg?: string) => void;
  error: (obj: object, msg?: string) => void;
};

export interface SenderOptions {
  transport: Transport;
  /** Defaults: 25/s overall, 1 s between two messages to one chat, 20 per minute to a group. */
  pacing?: Partial<PacingOptions>;
  /** Rows read per query; memory does not grow with the queue. Default 50. */
  batchSize?: number;
  /** How often an idle sender looks for rows enqueued by another process. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Deliveries tried per message before it is marked failed (network errors, 5xx). Default 6. */
  maxAttempts?: number;
  /** Backoff of one message after a failed delivery: baseMs * 2^(attempt-1), at most maxMs. Default 2 s .. 10 min. */
  backoff?: { baseMs: number; maxMs: number };
  /** Pause of all sending after consecutive failures (the Bot API is down): starts at baseMs, doubles to maxMs. */
  outageBackoff?: { baseMs: number; maxMs: number };
  /** Pause after a 401/404 (wrong token or address). Default 60 s. */
  unauthorizedPauseMs?: number;
  /** Sent, failed and blocked rows older than this are deleted. Default 30 days. */
  retentionDays?: number;
  logger?: Logger;
}

export interface SenderStats {
  sent: number;
  failed: number;
  blocked: number;
  /** Deliveries that failed and were rescheduled. */
  retried: number;
  rateLimited: number;
  migrated: number;
  /** Messages sent per second over the last 10 seconds. */
  ratePerSecond: number;
  inFlight: boolean;
  running: boolean;
}

export interface RunningSender {
  /** Finishes the send in flight (and its mark), then stops. */
  stop(): Promise<void>;
  stats(): SenderStats;
  /** Looks at the queue now instead of at the next poll (after enqueuing in this process). */
  wake(): void;
}

const RATE_WINDOW_MS = 10_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

type Next = "next" | "refetch" | "stop";

/** Starts delivering in the background; call stop() before closing the database. */
export function startSender(db: Kysely<Database>, options: SenderOptions): RunningSender {
  const pacer = new Pacer({ ...DEFAULT_PACING, ...options.pacing });
  const batchSize = options.batchSize ?? 50;
  const pollMs = options.pollIntervalMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = options.backoff ?? { baseMs: 2000, maxMs: 10 * 60_000 };
  const outage = options.outageBackoff ?? { baseMs: 500, maxMs: 30_000 };
  const unauthorizedPauseMs = options.unauthorizedPauseMs ?? 60_000;
  const retentionMs = (options.retentionDays ?? 30) * 24 * 60 * 60 * 1000;
  const log = options.logger ?? silent;

  const counters = { sent: 0, failed: 0, blocked: 0, retried: 0, rateLimited: 0, migrated: 0 };
  const recentSends: number[] = [];
  let inFlight = false;
  let stopping = false;
  let consecutiveFailures = 0;
  let lastPrune = 0;

  // One pending sleep at a time; stop() always ends it, wake() only an idle one.
  let interrupt: { wakeable: boolean; resolve: () => void } | null = null;
  const sleep = (ms: number, wakeable: boolean) =>
    new Promise<void>((resolve) => {
      if (stopping || ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        interrupt = null;
        resolve();
      }
      interrupt = { wakeable, resolve: done };
    });

  const noteSent = (at: number) => {
    recentSends.push(at);
    while (recentSends.length && recentSends[0]! <= at - RATE_WINDOW_MS) recentSends.shift();
  };

  // A lost "sent" mark means a duplicate later: insist a little before giving up.
  async function markSentFirmly(id: number, at: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await markSent(db, id, at);
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
  }

  async function deliver(row: QueuedMessage): Promise<Next> {
    const now = Date.now();
    const chatAt = pacer.chatReadyAt(row.chatId, now);
    if (chatAt > pacer.globalReadyAt(now)) {
      // This chat must wait: leave the slot to other chats.
      await reschedule(db, row.id, chatAt);
      return "next";
    }
    const slot = pacer.reserve(Date.now());
    await sleep(slot - Date.now(), false);
    if (stopping) return "stop";

    inFlight = true;
    let problem: ReturnType<typeof failureOf> | null = null;
    try {
      await options.transport.sendMessage(row.chatId, row.html, row.replyMarkup);
    } catch (error) {
      problem = failureOf(error);
    } finally {
      inFlight = false;
    }
    const at = Date.now();

    if (!problem) {
      pacer.record(row.chatId, at);
      await markSentFirmly(row.id, at);
      counters.sent++;
      consecutiveFailures = 0;
      noteSent(at);
      return "next";
    }

    const { failure, message } = problem;
    switch (failure.kind) {
      case "rate-limited":
        counters.rateLimited++;
        pacer.pauseUntil(at + failure.retryAfterS * 1000);
        log.warn({ retryAfterS: failure.retryAfterS }, "broadcast rate-limited by Telegram");
        return "refetch"; // the row stays queued and due: first again after the pause
      case "blocked": {
        counters.blocked++;
        await markFinal(db, row.id, "blocked", message);
        const ended = await endChat(db, row.chatId, message);
        log.info({ chatId: row.chatId, subscriptions: ended.subscriptions, messages: ended.messages }, "chat unreachable: subscriptions ended");
        return "refetch";
      }
      case "migrated":
        counters.migrated++;
        await moveChat(db, row.chatId, failure.toChatId);
        log.info({ from: row.chatId, to: failure.toChatId }, "group migrated to a supergroup");
        return "refetch";
      case "rejected":
        counters.failed++;
        await markFinal(db, row.id, "failed", message, row.attempts + 1);
        log.warn({ id: row.id, error: message }, "broadcast message rejected");
        return "next";
      case "unauthorized":
        pacer.pauseUntil(at + unauthorizedPauseMs);
        log.error({ error: message }, "the Bot API refused the token or address: broadcast paused");
        return "refetch";
      case "transient": {
        const attempts = row.attempts + 1;
        consecutiveFailures++;
        if (consecutiveFailures >= 2) {
          // Several in a row: the Bot API itself is unwell, not this message. Pause everything.
          pacer.pauseUntil(at + Math.min(outage.maxMs, outage.baseMs * 2 ** (consecutiveFailures - 2)));
        }
        if (attempts >= maxAttempts) {
          counters.failed++;
          await markFinal(db, row.id, "failed", message, attempts);
          log.warn({ id: row.id, attempts, error: message }, "broadcast message failed");
          return "next";
        }
        counters.retried++;
        const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempts - 1)) * (0.9 + Math.random() * 0.2);
        await reschedule(db, row.id, at + delay, { attempts, error: message });
        return "next";
      }
    }
  }

  async function idle(): Promise<void> {
    const due = await nextDueAt(db);
    const wait = due === null ? pollMs : Math.min(pollMs, Math.max(0, due - Date.now()));
    await sleep(wait, true);
  }

  async function maybePrune(): Promise<void> {
    const now = Date.now();
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    const deleted = await pruneOutbox(db, now - retentionMs);
    if (deleted) log.info({ deleted }, "old outbox rows pruned");
  }

  async function run(): Promise<void> {
    log.info({ perSecond: pacer.options.perSecond }, "broadcast sender started");
    while (!stopping) {
      try {
        await maybePrune();
        const batch = await dueBatch(db, Date.now(), batchSize);
        if (batch.length === 0) {
          await idle();
          continue;
        }
        for (const row of batch) {
          if (stopping) break;
          if ((await deliver(row)) !== "next") break;
        }
      } catch (error) {
        // The database was busy or closed under us: keep the bot alive and try again.
        log.error({ error: error instanceof Error ? error.message : String(error) }, "broadcast sender error");
        await sleep(1000, false);
      }
    }
    log.info({ ...counters }, "broadcast sender stopped");
  }

  const loop = run();

  return {
    async stop() {
      stopping = true;
      interrupt?.resolve();
      await loop;
    },
    wake() {
      if (interrupt?.wakeable) interrupt.resolve();
    },
    stats() {
      const now = Date.now();
      const recent = recentSends.filter((t) => t > now - RATE_WINDOW_MS).length;
      return { ...counters, ratePerSecond: recent / (RATE_WINDOW_MS / 1000), inFlight, running: !stopping };
    },
  };
}

export interface OutboxStatus extends StatusCounts {
  /** Messages marked sent per second over the last `windowS` seconds (by any process). */
  ratePerSecond: number;
  /** When the next queued message falls due (ISO), or null. */
  nextDueAt: string | null;
}

/** A summary of the outbox for /status and the CLI, read from the database. */
export async function status(db: Kysely<Database>, options: { windowS?: number; now?: number } = {}): Promise<OutboxStatus> {
  const windowS = options.windowS ?? 10;
  const now = options.now ?? Date.now();
  const [counts, recent, due] = await Promise.all([countByStatus(db), sentSince(db, now - windowS * 1000), nextDueAt(db)]);
  return { ...counts, ratePerSecond: Math.round((recent / windowS) * 100) / 100, nextDueAt: due === null ? null : new Date(due).toISOString() };
}
