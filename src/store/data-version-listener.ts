import pg from "pg";
import type { DatabaseTarget } from "./connection.js";
import { DATA_VERSION_CHANNEL } from "./data-version.js";

export interface DataVersionListener {
  close(): Promise<void>;
}

/**
 * Calls `onChange` as soon as another instance's import commits (PostgreSQL LISTEN/NOTIFY: the
 * import's NOTIFY is sent at its commit), so every instance reloads at once instead of at its
 * next timer check (src/app/freshness.ts). Also called after a reconnection, since notifications
 * sent meanwhile are lost; the timer's check stays the safety net. On SQLite there is nothing to
 * listen to (one machine: the timer's read of the version sees every commit).
 *
 * LISTEN needs a connection of its own that stays open and delivers events, which kysely does
 * not offer: this is the one place that talks to pg directly.
 */
export function listenForDataVersion(
  target: DatabaseTarget,
  onChange: () => void,
  onError: (error: unknown) => void = () => {},
): DataVersionListener {
  if (target.dialect !== "postgres") return { close: async () => {} };
  let closed = false;
  let client: pg.Client | null = null;
  let wake: () => void = () => {};

  const listen = async () => {
    for (let retryMs = 1_000; !closed; retryMs = Math.min(retryMs * 2, 30_000)) {
      const next = new pg.Client({ connectionString: target.url });
      try {
        const ended = new Promise<void>((resolve) => {
          next.once("end", resolve);
          next.on("error", (error) => (onError(error), resolve()));
        });
        next.on("notification", (message) => message.channel === DATA_VERSION_CHANNEL && onChange());
        await next.connect();
        await next.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
        if (closed) return;
        client = next;
        retryMs = 1_000;
        // Whatever committed while no one listened.
        onChange();
        await ended;
      } catch (error) {
        onError(error);
      } finally {
        client = null;
        await next.end().catch(() => {});
      }
      if (!closed) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, retryMs)));
    }
  };
  const running = listen();

  return {
    close: async () => {
      closed = true;
      wake();
      await client?.end().catch(() => {});
      await running;
    },
  };
}
