import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Long synchronous work cut into slices: a loop asks `due()` per item and, when it says so,
 * `await pause()`s, so the event loop gets a turn after every `budgetMs` of work. Rebuilding the
 * catalog after a 100,000-row import takes a few hundred milliseconds of CPU; in slices the bot
 * keeps answering (from the old catalog) meanwhile.
 */
export class TimeSlices {
  private started = performance.now();
  private calls = 0;

  constructor(private readonly budgetMs = 4) {}

  /** Whether the slice's budget is spent (the clock is read every 16th call). */
  due(): boolean {
    return (++this.calls & 15) === 0 && performance.now() - this.started >= this.budgetMs;
  }

  /** A turn of the event loop (timers, I/O, other updates), then a new slice. */
  async pause(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}
