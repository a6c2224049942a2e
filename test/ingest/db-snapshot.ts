import { createHash } from "node:crypto";
import type { Db } from "../../src/store/connection.js";

/** Each table by its key (a stable order on both databases). */
const TABLES = {
  bodies: ["code"],
  aliases: ["alias", "code"],
  programmes: ["id"],
  programme_years: ["programme_id", "year"],
  scale_bands: ["programme_id", "year", "position"],
  imports: ["id"],
  results: ["id"],
  unit_results: ["id"],
  aggregates: ["id"],
  data_version: ["id"],
} as const;

/** Row counts and a checksum of every table's content, in a stable order: equal snapshots, equal data. */
export async function snapshot(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const [table, key] of Object.entries(TABLES)) {
    let query = db.selectFrom(table as keyof typeof TABLES).selectAll();
    for (const column of key) query = query.orderBy(column as never);
    const rows = await query.execute();
    out[table] = { rows: rows.length, sha256: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
  }
  return out;
}
