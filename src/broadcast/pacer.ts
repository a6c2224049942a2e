/** Telegram's broadcast limits, with margin: ~30/s per bot, 1/s per chat, 20/min per group. */
export interface PacingOptions {
  /** Messages per second overall. Default 25. */
  perSecond: number;
  /** Minimum gap between two messages to one chat. Default 1000 ms. */
  perChatIntervalMs: number;
  /** At most `count` messages per `windowMs` to one group, supergroup or channel. Default 20 per 60 s. */
  group: { count: number; windowMs: number };
}

export const DEFAULT_PACING: PacingOptions = { perSecond: 25, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } };

/** Telegram gives groups, supergroups and channels negative ids, users positive ones. */
export const isGroupChat = (chatId: number) => chatId < 0;

/**
 * Decides when each send may start. Pure bookkeeping over times the caller passes in, so it is
 * tested without a clock. Memory stays bounded: chats idle longer than their window are forgotten.
 */
export class Pacer {
  private nextSlotAt = 0;
  private pausedUntil = 0;
  private readonly lastByChat = new Map<number, number>();
  private readonly groupSends = new Map<number, number[]>();
  private lastPrune = 0;

  constructor(readonly options: PacingOptions = DEFAULT_PACING) {
    if (!(options.perSecond > 0)) throw new Error("perSecond must be positive");
  }

  private get intervalMs(): number {
    return 1000 / this.options.perSecond;
  }

  /** The earliest time the next message may go out, whatever its chat. */
  globalReadyAt(now: number): number {
    return Math.max(now, this.nextSlotAt, this.pausedUntil);
  }

  /** The earliest time a message to this chat may go out, by the per-chat limits only. */
  chatReadyAt(chatId: number, now: number): number {
    let at = now;
    const last = this.lastByChat.get(chatId);
    if (last !== undefined) at = Math.max(at, last + this.options.perChatIntervalMs);
    if (isGroupChat(chatId)) {
      const { count, windowMs } = this.options.group;
      const recent = (this.groupSends.get(chatId) ?? []).filter((t) => t > now - windowMs);
      if (recent.length >= count) at = Math.max(at, recent[recent.length - count]! + windowMs);
    }
    return at;
  }

  /**
   * Takes the next global slot and returns when it starts. Slots are spaced from the planned
   * time, not the actual one, so timer lateness does not lower the rate; an idle sender does not
   * bank slots either (the first one after a pause starts now).
   */
  reserve(now: number): number {
    const start = this.globalReadyAt(now);
    this.nextSlotAt = start + this.intervalMs;
    return start;
  }

  /** A message went out to this chat at `at`. */
  record(chatId: number, at: number): void {
    this.lastByChat.set(chatId, at);
    if (isGroupChat(chatId)) {
      const { windowMs } = this.options.group;
      const list = (this.groupSends.get(chatId) ?? []).filter((t) => t > at - windowMs);
      list.push(at);
      this.groupSends.set(chatId, list);
    }
    this.prune(at);
  }

  /** Nothing goes out before `until` (a 429's retry_after, a backoff after repeated failures). */
  pauseUntil(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  /** True while a pause holds everything (a 429, an outage). */
  pausedAt(now: number): boolean {
    return this.pausedUntil > now;
  }

  /** Chats the pacer still remembers (for tests of the memory bound). */
  get trackedChats(): number {
    return this.lastByChat.size + this.groupSends.size;
  }

  private prune(now: number): void {
    if (now - this.lastPrune < 1000) return;
    this.lastPrune = now;
    for (const [chat, at] of this.lastByChat) if (at <= now - this.options.perChatIntervalMs) this.lastByChat.delete(chat);
    const { windowMs } = this.options.group;
    for (const [chat, list] of this.groupSends) if ((list[list.length - 1] ?? 0) <= now - windowMs) this.groupSends.delete(chat);
  }
}
