import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { dropSenderLease, takeSenderLease } from "../store/outbox.js";

/** This sender paces the outbox for every process on the database until `lost` or release(). */
export interface Leadership {
  /** Resolves when the lease could not be kept: stop sending. */
  lost: Promise<void>;
  /** Gives the lease up, so a sender standing by takes over at once. */
  release(): Promise<void>;
}

/**
 * Tries once to take the sender lease (a row in the database, so it works the same on SQLite and
 * PostgreSQL and pins no connection); null while another sender's lease is live. While leading,
 * renews it every third of `leaseMs`. It is lost when a renewal is refused (another sender took
 * over after a stall of ours), or when renewals fail until the lease is about to end: the leader
 * stops before anyone else may start.
 */
export async function tryToLead(db: Kysely<Database>, options: { by: string; leaseMs: number }): Promise<Leadership | null> {
  const { by, leaseMs } = options;
  const renewMs = leaseMs / 3;
  const start = Date.now();
  if (!(await takeSenderLease(db, by, start, start + leaseMs))) return null;
  let until = start + leaseMs;
  let over = false;
  let timer: NodeJS.Timeout | undefined;
  let renewing: Promise<void> = Promise.resolve();
  let markLost!: () => void;
  const lost = new Promise<void>((resolve) => (markLost = resolve));

  async function renew(): Promise<void> {
    const now = Date.now();
    // null: the database failed or did not answer in time; try again while the lease lasts.
    let deadline: NodeJS.Timeout | undefined;
    const held = await Promise.race([
      takeSenderLease(db, by, now, now + leaseMs).catch(() => null),
      new Promise<null>((resolve) => (deadline = setTimeout(() => resolve(null), renewMs))),
    ]);
    clearTimeout(deadline);
    if (over) return;
    if (held) until = now + leaseMs;
    if (held === false || (held === null && Date.now() >= until - renewMs)) {
      over = true;
      markLost();
      return;
    }
    schedule();
  }
  const schedule = () => (timer = setTimeout(() => (renewing = renew()), renewMs));
  schedule();

  return {
    lost,
    async release() {
      over = true;
      clearTimeout(timer);
      // A renewal under way must not write the lease back after it is dropped.
      await renewing;
      await dropSenderLease(db, by);
    },
  };
}
