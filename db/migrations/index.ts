import type { Migration } from "kysely";
import * as core from "./2026-11-23-01-core.js";

/**
 * Every migration, by name in date order. Listed statically (not read from the folder)
 * so the same code runs under tsx, vitest and a bundler alike.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-23-01-core": core,
  "2026-11-23-02-bot": await import("./2026-11-23-02-bot.js"),
  "2026-11-23-03-broadcast": await import("./2026-11-23-03-broadcast.js"),
  "2026-12-01-00-import-drafts": await import("./2026-12-01-00-import-drafts.js"),
  "2026-12-01-01-data-version": await import("./2026-12-01-01-data-version.js"),
  "2026-12-01-05-outbox-claims": await import("./2026-12-01-05-outbox-claims.js"),
  "2026-12-01-12-charts": await import("./2026-12-01-12-charts.js"),
  "2026-12-01-20-score-decimals": await import("./2026-12-01-20-score-decimals.js"),
  "2026-12-02-40-extract-reviews": await import("./2026-12-02-40-extract-reviews.js"),
  "2026-12-02-61-shared-bot-state": await import("./2026-12-02-61-shared-bot-state.js"),
};
