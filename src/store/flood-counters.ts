import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The flood limit's counters, shared by every instance on the database: one row per user, the
 * hits of the current window and when it ends. Times are ISO-8601 text from the caller's clock,
 * compared as times (timestamptz on PostgreSQL).
 */

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Counts one hit and returns the hits in the window so far (1 opens a new window of `windowMs`).
 * One upsert, so instances counting the same user at once each get their own number.
 */
export async function countHit(db: Kysely<Database>, key: string, nowMs: number, windowMs: number): Promise<number> {
  const now = iso(nowMs);
  const ends = iso(nowMs + windowMs);
  const row = await db
    .insertInto("flood_counters")
    .values({ key, hits: 1, window_ends: ends })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => {
        const open = eb("flood_counters.window_ends", ">", now);
        return {
          hits: eb.case().when(open).then(eb("flood_counters.hits", "+", 1)).else(1).end(),
          window_ends: eb.case().when(open).then(eb.ref("flood_counters.window_ends")).else(ends).end(),
        };
      }),
    )
    .returning("hits")
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

/** Deletes the counters whose window has ended (they would start again at 1 anyway). */
export async function pruneFloodCounters(db: Kysely<Database>, nowMs: number): Promise<number> {
  const result = await db.deleteFrom("flood_counters").where("window_ends", "<=", iso(nowMs)).executeTakeFirst();
  return Number(result.numDeletedRows);
}
