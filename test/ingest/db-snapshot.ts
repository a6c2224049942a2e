import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../src/store/connection.js";

const TABLES = ["bodies", "aliases", "programmes", "programme_years", "scale_bands", "imports", "results", "unit_results", "aggregates"] as const;

/** Row counts and a checksum of every table's content, in a stable order: equal snapshots, equal data. */
export async function snapshot(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const table of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by rowid`.execute(db);
    out[table] = { rows: rows.length, sha256: createHash("sha256").update(JSON.stringify(rows)).digest("hex") };
  }
  return out;
}
