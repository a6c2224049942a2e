import type { Kysely } from "kysely";
import { readDataVersion } from "./data-version.js";
import type { AggregateRow, Body, Database, ProgrammeYear, ResultRow, ScaleBand, UnitResultRow } from "./schema.js";

/** Everything the answer engine's catalog is built from (src/answer/catalog.ts), read in one snapshot. */
export interface CatalogData {
  /** The data version these rows are: the catalog is current while the store's is the same. */
  version: number;
  /** The ids of the imports committed in this snapshot. */
  imports: number[];
  bodies: Body[];
  programmes: { id: string; name_id: string; name_en: string; scale_min: number; scale_max: number }[];
  years: ProgrammeYear[];
  bands: ScaleBand[];
  results: ResultRow[];
  units: UnitResultRow[];
  aggregates: AggregateRow[];
}

/**
 * Rows read per statement of the large tables, with a turn of the event loop between pages
 * (better-sqlite3 reads a page synchronously: 1,000 rows take about 5 ms).
 */
const PAGE = 1_000;

/** Rows in id order, PAGE at a time (keyset pagination). */
async function paged<T extends { id: number }>(page: (after: number) => Promise<T[]>): Promise<T[]> {
  const all: T[] = [];
  for (let after = 0; ; ) {
    const rows = await page(after);
    for (const row of rows) all.push(row);
    if (rows.length < PAGE) return all;
    after = rows.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Reads the catalog's rows in one read-only transaction (one snapshot: the version and the rows
 * agree even while another process imports). The large tables are read page by page so that a
 * reload after a big import does not hold the event loop for the whole read.
 */
export function readCatalogData(db: Kysely<Database>): Promise<CatalogData> {
  const read = async (trx: Kysely<Database>): Promise<CatalogData> => {
    const version = await readDataVersion(trx);
    const imports = (await trx.selectFrom("imports").select("id").execute()).map((r) => Number(r.id));
    // In a fixed order: PostgreSQL returns unordered rows in no fixed order. (Programmes keep the
    // order they are written in, which both databases return: scales.ts writes them in one order.)
    const bodies = await trx.selectFrom("bodies").selectAll().orderBy("code").execute();
    const programmes = await trx.selectFrom("programmes").selectAll().execute();
    const years = await trx.selectFrom("programme_years").selectAll().orderBy("programme_id").orderBy("year").execute();
    const bands = await trx.selectFrom("scale_bands").selectAll().orderBy("programme_id").orderBy("year").orderBy("position").execute();
    const aggregates = await trx.selectFrom("aggregates").selectAll().orderBy("id").execute();
    const results = await paged((after) => trx.selectFrom("results").selectAll().where("id", ">", after).orderBy("id").limit(PAGE).execute());
    const units = await paged((after) => trx.selectFrom("unit_results").selectAll().where("id", ">", after).orderBy("id").limit(PAGE).execute());
    return { version, imports, bodies, programmes, years, bands, results, units, aggregates };
  };
  // Inside an import's transaction (its announcements), the rows as that transaction sees them.
  if (db.isTransaction) return read(db);
  return db.transaction().setIsolationLevel("repeatable read").setAccessMode("read only").execute(read);
}
