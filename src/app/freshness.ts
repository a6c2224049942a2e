import type { Logger } from "pino";
import type { DatabaseTarget } from "../store/connection.js";
import { listenForDataVersion } from "../store/data-version-listener.js";
import type { Rapor } from "./rapor.js";

/** How often the store is checked for imports nobody told this process about (`DATA_CHECK_MS`). */
export const DEFAULT_DATA_CHECK_MS = 1_000;

export interface FreshnessOptions {
  /** The store: on PostgreSQL its notifications reload at once. */
  target: DatabaseTarget;
  /** Between two background checks of the data version. */
  intervalMs?: number;
  logger: Pick<Logger, "info" | "warn" | "error">;
}

export interface Freshness {
  close(): Promise<void>;
}

/**
 * Keeps the answers on the store's data without reading anything per update. The other paths
 * come first: an import of this process reloads right after it commits (admin uploads, the
 * extractor's drafts), and the sender brings the catalog up to an import before it sends that
 * import's announcements (so the question that follows one sees the new rows). What is left are
 * imports nobody was told about (`npm run import` with no subscriber to tell; on several
 * instances, another one's): PostgreSQL's NOTIFY at their commit, and on both databases a check
 * of the data version every `intervalMs` (one primary-key read: about 5 µs a second on SQLite).
 */
export function keepFresh(rapor: Rapor, options: FreshnessOptions): Freshness {
  const { logger } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_DATA_CHECK_MS;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const check = () =>
    rapor
      .refreshIfStale()
      .then((reloaded) => {
        const reload = rapor.lastReload;
        if (reloaded && reload) logger.info({ version: reload.version, reload_ms: Math.round(reload.endedAt - reload.startedAt) }, "data changed in the store: answers now use the new data");
      })
      .catch((err: unknown) => logger.error({ err }, "could not reload the data"));

  // One check at a time: the next one is scheduled when the last has ended.
  const schedule = () => {
    if (closed) return;
    timer = setTimeout(() => void check().finally(schedule), intervalMs);
    timer.unref();
  };
  schedule();
  const listener = listenForDataVersion(options.target, () => void check(), (err) => logger.warn({ err }, "listening for data changes failed; retrying"));

  return {
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await listener.close();
    },
  };
}
