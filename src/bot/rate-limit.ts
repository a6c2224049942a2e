import { limit } from "@grammyjs/ratelimiter";
import type { Db } from "../store/connection.js";
import { countHit, pruneFloodCounters } from "../store/flood-counters.js";
import type { BotContext, RateLimitOptions } from "./context.js";
import { BoundedMap } from "./state.js";

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { timeFrame: 4_000, limit: 8 };

/** Users tracked at once (about 100 bytes each): a burst of new users cannot grow it further. */
export const FLOOD_TRACKED_USERS = 100_000;

/**
 * The limiter's counters, bounded: the plugin's own memory store is a Map of every user seen in
 * the window. Spoken to as the plugin speaks to Redis (incr, then pexpire on the first hit); when
 * full, the user least recently seen is forgotten (their count starts again).
 */
export class BoundedHitCounter {
  private readonly hits: BoundedMap<string, { count: number; expiresAt: number }>;

  constructor(maxUsers = FLOOD_TRACKED_USERS) {
    this.hits = new BoundedMap(maxUsers);
  }

  async incr(key: string): Promise<number> {
    const entry = this.hits.get(key);
    if (entry && entry.expiresAt > Date.now()) return ++entry.count;
    this.hits.set(key, { count: 1, expiresAt: Number.POSITIVE_INFINITY });
    return 1;
  }

  async pexpire(key: string, milliseconds: number): Promise<number> {
    const entry = this.hits.get(key);
    if (!entry) return 0;
    entry.expiresAt = Date.now() + milliseconds;
    return 1;
  }

  get size(): number {
    return this.hits.size;
  }
}

/** How often an instance deletes the database's counters whose window has ended. */
const PRUNE_EVERY_MS = 60_000;

/**
 * The limiter's counters in the database, shared by every instance (PostgreSQL): a user's
 * updates count wherever the load balancer sends them. `incr` opens the window itself (one
 * upsert per update), so the plugin's `pexpire` on the first hit has nothing left to do.
 */
export class DatabaseHitCounter {
  private lastPrune = Date.now();

  constructor(
    private readonly db: Db,
    private readonly windowMs: number,
  ) {}

  async incr(key: string): Promise<number> {
    const now = Date.now();
    if (now - this.lastPrune >= PRUNE_EVERY_MS) {
      this.lastPrune = now;
      // In the background: the update need not wait, and a failure only leaves rows for next time.
      pruneFloodCounters(this.db, now).catch(() => {});
    }
    return countHit(this.db, key, now, this.windowMs);
  }

  async pexpire(): Promise<number> {
    return 1;
  }
}

/** Where the counters live: this process's memory (one process per database), or the database (several instances). */
export type HitCounter = BoundedHitCounter | DatabaseHitCounter;

/**
 * A per-user flood limit on interactive traffic. The limiter itself calls us once per window,
 * on the first update over the limit: one polite reply, then silence until the window ends.
 * Inline queries are exempt (Telegram sends one per keystroke).
 */
export function floodLimit(options: RateLimitOptions, counter: HitCounter = new BoundedHitCounter()) {
  return limit<BotContext, HitCounter>({
    storageClient: counter,
    timeFrame: options.timeFrame,
    limit: options.limit,
    keyGenerator: (ctx) => (ctx.inlineQuery || ctx.chosenInlineResult ? undefined : ctx.from?.id.toString()),
    onLimitExceeded: async (ctx) => {
      try {
        const text = ctx.t("bot-flood");
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
        // In groups the extra messages are simply dropped: a reply would add to the noise.
        else if (ctx.chat?.type === "private") await ctx.reply(text);
      } catch (error) {
        ctx.log.warn({ err: error }, "could not send the flood notice");
      }
    },
  });
}
