import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import {
  claimDue,
  countByStatus,
  markFinal,
  markSent,
  nextDueAt,
  pruneOutbox,
  recentSends,
  releaseClaims,
  renewClaim,
  reschedule,
  sentSince,
  type ClaimedMessage,
  type StatusCounts,
} from "../store/outbox.js";
import { tryToLead } from "./leadership.js";
import { DEFAULT_PACING, Pacer, type PacingOptions } from "./pacer.js";
import { endChat, moveChat } from "../store/subscriptions.js";
import { failureOf, type Transport } from "./transport.js";

/**
 * Delivers the outbox with several messages in flight (never two to one chat), at the pacer's rate.
 *
 * Durability: a row is claimed (claimed_by, claimed_until: a lease) before it is sent, and marked
 * "sent" as soon as Telegram confirms it. A crash (kill -9, power) between a confirmation and its
 * mark re-sends on restart at most the messages that were in flight (`concurrency`); marking
 * before sending would lose them instead. We prefer a few duplicates per crash to a loss. Rows a
 * dead sender had claimed but not sent wait for their lease to run out, then go out.
 *
 * Several senders (instances on PostgreSQL): claims keep them from sending one row twice; the
 * pace is one sender's, so one sender at a time leads, by a lease in the database (tryToLead),
 * and the others stand by to take over when it goes. On SQLite the bot process is the one sender.
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
  /**
   * Messages in flight at once, each to another chat. Default 16: at 25/s a send starts every
   * 40 ms, so 16 keep the pace up to a 640 ms round trip to the Bot API.
   */
  concurrency?: number;
  /** Rows claimed per query (memory does not grow with the queue). Default twice the concurrency. */
  batchSize?: number;
  /**
   * How long a claim holds. A send starts only with at least three quarters of it left (else the
   * claim is renewed first), so the transport must give up on a request sooner (telegramTransport:
   * 30 s). Default 60 s.
   */
  leaseMs?: number;
  /** How often an idle sender looks for rows enqueued by another process. Default 1000 ms. */
  pollIntervalMs?: number;
  /** How often a sender standing by (another one leads) tries to take over. Default 2000 ms. */
  standbyPollMs?: number;
  /**
   * The leader's lease (renewed every third of it): how long senders standing by wait before they
   * take over from a leader that died. Default 15 s.
   */
  leaderLeaseMs?: number;
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
  /**
   * Awaited with the imports of freshly claimed rows (their announcements) before any of them is
   * sent: the bot brings its answers up to those imports first, so a subscriber who asks right
   * after "new results for X" is answered from them. A failure is logged and the rows go out.
   */
  beforeSend?: (importIds: readonly number[]) => Promise<unknown>;
  /** This sender's name in outbox.claimed_by. Default host:pid:random. */
  senderId?: string;
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
  /** Sends waiting for Telegram's answer now. */
  inFlight: number;
  /** This sender holds the leader's lease (false: it stands by, another one sends). */
  leading: boolean;
  running: boolean;
}

export interface RunningSender {
  /** Finishes the sends in flight (and their marks), gives back its other claims, then stops. */
  stop(): Promise<void>;
  stats(): SenderStats;
  /** Looks at the queue now instead of at the next poll (after enqueuing in this process). */
  wake(): void;
}

export const DEFAULT_CONCURRENCY = 16;
const RATE_WINDOW_MS = 10_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Sleeps that end early when rung, and do not start while `skip()` holds. */
class Alarm {
  private readonly sleepers = new Set<() => void>();
  constructor(private readonly skip: () => boolean) {}

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (this.skip() || ms <= 0) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  ring(): void {
    for (const done of [...this.sleepers]) done();
  }
}

/** Starts delivering in the background; call stop() before closing the database. */
export function startSender(db: Kysely<Database>, options: SenderOptions): RunningSender {
  const pacing: PacingOptions = { ...DEFAULT_PACING, ...options.pacing };
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const batchSize = Math.max(1, options.batchSize ?? 2 * concurrency);
  const leaseMs = options.leaseMs ?? 60_000;
  const pollMs = options.pollIntervalMs ?? 1000;
  const standbyPollMs = options.standbyPollMs ?? 2000;
  const leaderLeaseMs = options.leaderLeaseMs ?? 15_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoff = options.backoff ?? { baseMs: 2000, maxMs: 10 * 60_000 };
  const outage = options.outageBackoff ?? { baseMs: 500, maxMs: 30_000 };
  const unauthorizedPauseMs = options.unauthorizedPauseMs ?? 60_000;
  const retentionMs = (options.retentionDays ?? 30) * 24 * 60 * 60 * 1000;
  const senderId = options.senderId ?? `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = options.logger ?? silent;

  const counters = { sent: 0, failed: 0, blocked: 0, retried: 0, rateLimited: 0, migrated: 0 };
  const recentSendTimes: number[] = [];
  let pacer = new Pacer(pacing);
  /** Claimed by this sender, not sent yet; oldest first. */
  const buffer: ClaimedMessage[] = [];
  const inFlight = new Map<number, Promise<void>>();
  const busyChats = new Set<number>();
  let stopping = false;
  let leading = false;
  let consecutiveFailures = 0;
  let outageLevel = 0;
  let lastPrune = 0;
  /** Counts the times this sender took the lead, so a lease lost long ago cannot end a later term. */
  let terms = 0;

  const ended = () => stopping || !leading;
  /** Rung by a finished send, wake(), stop() and a lost lease. */
  const changes = new Alarm(() => stopping);
  /** Waits for a slot or a pause: only stop() and a lost lease end them. */
  const halt = new Alarm(ended);

  const noteSent = (at: number) => {
    recentSendTimes.push(at);
    while (recentSendTimes.length && recentSendTimes[0]! <= at - RATE_WINDOW_MS) recentSendTimes.shift();
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

  /** Takes the chat's rows out of the buffer (the chat ended or moved). */
  function dropFromBuffer(chatId: number): ClaimedMessage[] {
    const dropped: ClaimedMessage[] = [];
    for (let i = buffer.length - 1; i >= 0; i--) if (buffer[i]!.chatId === chatId) dropped.unshift(...buffer.splice(i, 1));
    return dropped;
  }

  async function send(row: ClaimedMessage): Promise<void> {
    let problem: ReturnType<typeof failureOf> | null = null;
    try {
      await options.transport.sendMessage(row.chatId, row.html, row.replyMarkup);
    } catch (error) {
      problem = failureOf(error);
    }
    const at = Date.now();

    if (!problem) {
      pacer.record(row.chatId, at);
      await markSentFirmly(row.id, at);
      counters.sent++;
      consecutiveFailures = 0;
      outageLevel = 0;
      noteSent(at);
      return;
    }

    const { failure, message } = problem;
    switch (failure.kind) {
      case "rate-limited":
        counters.rateLimited++;
        pacer.pauseUntil(at + failure.retryAfterS * 1000);
        log.warn({ retryAfterS: failure.retryAfterS }, "broadcast rate-limited by Telegram");
        buffer.unshift(row); // still claimed: first again after the pause
        return;
      case "blocked": {
        counters.blocked++;
        await markFinal(db, row.id, "blocked", message);
        const ended = await endChat(db, row.chatId, message);
        dropFromBuffer(row.chatId); // blocked in the table too
        log.info({ chatId: row.chatId, subscriptions: ended.subscriptions, messages: ended.messages }, "chat unreachable: subscriptions ended");
        return;
      }
      case "migrated": {
        counters.migrated++;
        await moveChat(db, row.chatId, failure.toChatId);
        // Claimed under the old id: claimed again under the new one.
        const moved = dropFromBuffer(row.chatId);
        await releaseClaims(db, senderId, [row.id, ...moved.map((r) => r.id)]);
        log.info({ from: row.chatId, to: failure.toChatId }, "group migrated to a supergroup");
        return;
      }
      case "rejected":
        counters.failed++;
        await markFinal(db, row.id, "failed", message, row.attempts + 1);
        log.warn({ id: row.id, error: message }, "broadcast message rejected");
        return;
      case "unauthorized":
        pacer.pauseUntil(at + unauthorizedPauseMs);
        log.error({ error: message }, "the Bot API refused the token or address: broadcast paused");
        buffer.unshift(row);
        return;
      case "transient": {
        const attempts = row.attempts + 1;
        consecutiveFailures++;
        // Several in a row: the Bot API itself is unwell, not this message. Pause everything,
        // longer each time; failures of sends already in flight during a pause do not count.
        if (consecutiveFailures >= 2 && !pacer.pausedAt(at)) {
          outageLevel++;
          pacer.pauseUntil(at + Math.min(outage.maxMs, outage.baseMs * 2 ** (outageLevel - 1)));
        }
        if (attempts >= maxAttempts) {
          counters.failed++;
          await markFinal(db, row.id, "failed", message, attempts);
          log.warn({ id: row.id, attempts, error: message }, "broadcast message failed");
          return;
        }
        counters.retried++;
        const delay = Math.min(backoff.maxMs, backoff.baseMs * 2 ** (attempts - 1)) * (0.9 + Math.random() * 0.2);
        await reschedule(db, row.id, senderId, at + delay, { attempts, error: message });
        return;
      }
    }
  }

  function launch(row: ClaimedMessage): void {
    busyChats.add(row.chatId);
    const done = send(row)
      // The database failed under us: the row stays claimed and goes out again when the lease ends.
      .catch((error: unknown) => log.error({ id: row.id, error: messageOf(error) }, "broadcast bookkeeping failed"))
      .finally(() => {
        inFlight.delete(row.id);
        busyChats.delete(row.chatId);
        changes.ring();
      });
    inFlight.set(row.id, done);
  }

  /** Adds fresh claims to the buffer; a row it holds already (its lease had run out) keeps one place. */
  function merge(rows: readonly ClaimedMessage[]): void {
    for (const row of rows) {
      if (inFlight.has(row.id)) continue;
      const held = buffer.find((r) => r.id === row.id);
      if (held) held.claimedUntil = row.claimedUntil;
      else buffer.push(row);
    }
  }

  /**
   * The next row to send now: the oldest buffered row whose chat is free and within its limits.
   * Rows whose chat must wait are handed back with that time, leaving the slot to other chats;
   * an empty buffer is refilled with one claim.
   */
  async function nextRow(): Promise<ClaimedMessage | null> {
    for (let claimed = false; ; claimed = true) {
      const now = Date.now();
      const globalAt = pacer.globalReadyAt(now);
      for (let i = 0; i < buffer.length; ) {
        const row = buffer[i]!;
        if (busyChats.has(row.chatId)) {
          i++;
          continue;
        }
        buffer.splice(i, 1);
        const chatAt = pacer.chatReadyAt(row.chatId, now);
        if (chatAt <= globalAt) return row;
        await reschedule(db, row.id, senderId, chatAt);
      }
      if (claimed || buffer.length >= batchSize) return null;
      const rows = await claimDue(db, { by: senderId, nowMs: Date.now(), leaseMs, limit: batchSize - buffer.length });
      if (rows.length === 0) return null;
      await announcing(rows);
      merge(rows);
    }
  }

  async function announcing(rows: readonly ClaimedMessage[]): Promise<void> {
    const importIds = [...new Set(rows.flatMap((r) => (r.importId === null ? [] : [r.importId])))];
    if (importIds.length === 0 || !options.beforeSend) return;
    try {
      await options.beforeSend(importIds);
    } catch (error) {
      log.error({ importIds, error: messageOf(error) }, "could not bring the answers up to an import before announcing it");
    }
  }

  /** Nothing to send now: until a send ends, wake(), the next row falls due, or the poll interval. */
  async function waitForWork(): Promise<void> {
    let wait = pollMs;
    if (buffer.length < batchSize) {
      const due = await nextDueAt(db, { claimableAtMs: Date.now() });
      if (due !== null) wait = Math.min(pollMs, Math.max(0, due - Date.now()));
    }
    await changes.sleep(wait);
  }

  /** The claim must outlast the send: renewed when less than three quarters of the lease is left. */
  async function holdsClaim(row: ClaimedMessage): Promise<boolean> {
    const now = Date.now();
    if (row.claimedUntil - now >= (leaseMs * 3) / 4) return true;
    if (!(await renewClaim(db, row.id, senderId, now + leaseMs))) return false;
    row.claimedUntil = now + leaseMs;
    return true;
  }

  async function maybePrune(): Promise<void> {
    const now = Date.now();
    if (now - lastPrune < PRUNE_EVERY_MS) return;
    lastPrune = now;
    const deleted = await pruneOutbox(db, now - retentionMs);
    if (deleted) log.info({ deleted }, "old outbox rows pruned");
  }

  /** Sends while this process leads; then finishes its sends and gives back its claims. */
  async function lead(lost: Promise<void>): Promise<void> {
    leading = true;
    const term = ++terms;
    void lost.then(() => {
      if (term !== terms || !leading) return;
      leading = false;
      log.warn({ senderId }, "sender lease lost: standing by");
      changes.ring();
      halt.ring();
    });
    try {
      // The chats' pace goes on from the sends of whoever sent before (a restart, another instance).
      pacer = new Pacer(pacing);
      for (const s of await recentSends(db, Date.now() - Math.max(pacing.group.windowMs, pacing.perChatIntervalMs))) pacer.record(s.chatId, s.at);
      while (!ended()) {
        try {
          await maybePrune();
          if (inFlight.size >= concurrency) {
            await changes.sleep(pollMs);
            continue;
          }
          const row = await nextRow();
          if (!row) {
            await waitForWork();
            continue;
          }
          await halt.sleep(pacer.reserve(Date.now()) - Date.now());
          // Stopped, or a 429 arrived meanwhile: the row waits in the buffer.
          if (ended() || pacer.pausedAt(Date.now())) {
            buffer.unshift(row);
            continue;
          }
          if (await holdsClaim(row)) launch(row);
        } catch (error) {
          // The database was busy or closed under us: keep the bot alive and try again.
          log.error({ error: messageOf(error) }, "broadcast sender error");
          await halt.sleep(1000);
        }
      }
    } finally {
      leading = false;
      await Promise.all(inFlight.values());
      const unsent = buffer.splice(0);
      await releaseClaims(db, senderId, unsent.map((r) => r.id)).catch((error: unknown) =>
        log.warn({ error: messageOf(error), rows: unsent.length }, "claims not given back: they lapse with their lease"),
      );
    }
  }

  async function run(): Promise<void> {
    log.info({ perSecond: pacing.perSecond, concurrency, senderId }, "broadcast sender started");
    let standingBy = false;
    while (!stopping) {
      try {
        const leadership = await tryToLead(db, { by: senderId, leaseMs: leaderLeaseMs });
        if (!leadership) {
          if (!standingBy) log.info({ senderId }, "another sender leads: standing by");
          standingBy = true;
          await changes.sleep(standbyPollMs);
          continue;
        }
        standingBy = false;
        log.info({ senderId }, "this sender leads");
        try {
          await lead(leadership.lost);
        } finally {
          await leadership.release();
        }
      } catch (error) {
        log.error({ error: messageOf(error) }, "broadcast sender error");
        await changes.sleep(1000);
      }
    }
    log.info({ ...counters }, "broadcast sender stopped");
  }

  const loop = run();

  return {
    async stop() {
      stopping = true;
      changes.ring();
      halt.ring();
      await loop;
    },
    wake() {
      changes.ring();
    },
    stats() {
      const now = Date.now();
      const recent = recentSendTimes.filter((t) => t > now - RATE_WINDOW_MS).length;
      return { ...counters, ratePerSecond: recent / (RATE_WINDOW_MS / 1000), inFlight: inFlight.size, leading, running: !stopping };
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
