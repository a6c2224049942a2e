import type { Insertable, Kysely } from "kysely";
import type { AggregatesTable, Database, NewResultRow, ResultRow, UnitResultsTable } from "./schema.js";

/** A plain Kysely or a transaction: an import runs these inside its own. */
type Q = Kysely<Database>;

/** Opens an import's row (its counts are written when it ends); returns its id. */
export async function insertImport(trx: Q, origin: string, at: Date): Promise<number> {
  const row = await trx
    .insertInto("imports")
    .values({ origin, imported_at: at.toISOString(), added: 0, unchanged: 0, conflicts: 0 })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function finishImport(trx: Q, importId: number, counts: { added: number; unchanged: number; conflicts: number }): Promise<void> {
  await trx.updateTable("imports").set(counts).where("id", "=", importId).execute();
}

/** Whether an import of this origin is in the store (the shipped data's version, for one). */
export async function importExists(db: Q, origin: string): Promise<boolean> {
  return (await db.selectFrom("imports").select("id").where("origin", "=", origin).executeTakeFirst()) !== undefined;
}

/** What an import compares a new row with: the stored facts of the same bodies. */
export type StoredFact = Pick<ResultRow, "programme_id" | "year" | "entity_code" | "score" | "score_decimals" | "zone" | "opinion" | "rank_national" | "rank_province" | "statement" | "fingerprint">;

export async function storedFactsOf(trx: Q, codes: readonly string[]): Promise<StoredFact[]> {
  const out: StoredFact[] = [];
  // Bounded IN lists: SQLite and PostgreSQL both cap bound parameters.
  for (let i = 0; i < codes.length; i += 500) {
    const found = await trx
      .selectFrom("results")
      .select(["programme_id", "year", "entity_code", "score", "score_decimals", "zone", "opinion", "rank_national", "rank_province", "statement", "fingerprint"])
      .where("entity_code", "in", codes.slice(i, i + 500))
      .execute();
    out.push(...found);
  }
  return out;
}

/** A fact stored before the printed precision was kept learns it from the same fact imported again. */
export async function learnScoreDecimals(trx: Q, fingerprint: string, decimals: number): Promise<void> {
  await trx.updateTable("results").set({ score_decimals: decimals }).where("fingerprint", "=", fingerprint).where("score_decimals", "is", null).execute();
}

export async function insertResults(trx: Q, rows: readonly NewResultRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await trx.insertInto("results").values(rows.slice(i, i + 100)).execute();
}

/** Rows already stored (same fingerprint) are left as they are, but one stored before its printed precision was kept learns it. */
export async function insertUnitResults(trx: Q, rows: readonly Insertable<UnitResultsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await trx
      .insertInto("unit_results")
      .values(rows.slice(i, i + 100))
      .onConflict((oc) =>
        oc
          .column("fingerprint")
          .doUpdateSet((eb) => ({ score_decimals: eb.ref("excluded.score_decimals") }))
          .where("unit_results.score_decimals", "is", null),
      )
      .execute();
  }
}

/** Rows already stored (same fingerprint) are left as they are. */
export async function insertAggregates(trx: Q, rows: readonly Insertable<AggregatesTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await trx.insertInto("aggregates").values(rows.slice(i, i + 100)).onConflict((oc) => oc.column("fingerprint").doNothing()).execute();
  }
}

/** A programme's results from every import but one (the store as it was before that import). */
export async function resultsExceptImport(db: Q, programmeId: string, importId: number): Promise<ResultRow[]> {
  return db.selectFrom("results").selectAll().where("programme_id", "=", programmeId).where("import_id", "!=", importId).orderBy("id").execute();
}

/** What a results row is checked against: the gazetteer and the programmes' years and bands. */
export async function readValidationRows(db: Q) {
  const bodies = await db.selectFrom("bodies").select(["code", "category", "province_code"]).execute();
  const programmes = await db.selectFrom("programmes").select(["id", "scale_min", "scale_max"]).execute();
  const years = await db.selectFrom("programme_years").select(["programme_id", "year", "assessed"]).execute();
  const bands = await db.selectFrom("scale_bands").select(["programme_id", "year", "grade", "zone"]).execute();
  return { bodies, programmes, years, bands };
}
