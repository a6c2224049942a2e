import { AsyncLocalStorage } from "node:async_hooks";

/**
 * How long a statement may wait for another process's write lock (SQLite) or for the import
 * lock (both dialects), and what to say when it starts waiting. The wait is asynchronous: a
 * timer between attempts, never a blocking busy handler, so the event loop keeps running.
 */
export interface WaitPolicy {
  maxWaitMs: number;
  /** Called once, when the wait has lasted `noticeAfterMs` (an import's "waiting for another import…"). */
  onWait?: () => void;
  noticeAfterMs?: number;
}

/** The bot's own writes (a chat's language, a mark of the sender): an import of 100k rows commits well within it. */
export const DEFAULT_WAIT: WaitPolicy = { maxWaitMs: 60_000 };

/** An import waits its turn this long behind another import. */
export const IMPORT_WAIT: WaitPolicy = { maxWaitMs: 10 * 60_000, noticeAfterMs: 250 };

/** The database stayed locked by another writer for longer than the wait allowed. */
export class StoreBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`the database stayed locked by another import or write for ${Math.round(waitedMs / 1000)} s`);
  }
}

const policies = new AsyncLocalStorage<WaitPolicy>();

/** Runs `fn` with its statements waiting by `policy` (the store's drivers read it). */
export function withWaitPolicy<T>(policy: WaitPolicy, fn: () => Promise<T>): Promise<T> {
  return policies.run(policy, fn);
}

export const currentWaitPolicy = (): WaitPolicy => policies.getStore() ?? DEFAULT_WAIT;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Calls `attempt` until it returns a value other than `undefined` ("busy, try again"), with a
 * growing, jittered pause between tries (1 ms up to 50 ms), up to the policy's bound.
 */
export async function retryWhileBusy<T>(attempt: () => T | undefined | Promise<T | undefined>, policy = currentWaitPolicy()): Promise<T> {
  const started = Date.now();
  let noticed = false;
  for (let tries = 0; ; tries++) {
    const result = await attempt();
    if (result !== undefined) return result;
    const waited = Date.now() - started;
    if (waited >= policy.maxWaitMs) throw new StoreBusyError(waited);
    if (!noticed && policy.onWait && waited >= (policy.noticeAfterMs ?? 0)) {
      noticed = true;
      policy.onWait();
    }
    const pause = Math.min(50, 2 ** Math.min(tries, 6)) * (0.5 + Math.random() / 2);
    await sleep(Math.min(pause, Math.max(1, policy.maxWaitMs - waited)));
  }
}
