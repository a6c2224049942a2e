import type { Insertable, Kysely } from "kysely";
import type { Database, UnitResultsTable } from "./schema.js";

export type NewUnitRow = Insertable<UnitResultsTable>;

/** The stored units of these bodies (inside an import's transaction: what the new rows are compared with). */
export async function storedUnitsOf(trx: Kysely<Database>, codes: readonly string[]) {
  const out = [];
  for (let i = 0; i < codes.length; i += 500) {
    out.push(
      ...(await trx
        .selectFrom("unit_results")
        .select(["programme_id", "year", "entity_code", "unit_kind", "unit_name", "score", "zone", "opinion", "fingerprint"])
        .where("entity_code", "in", codes.slice(i, i + 500))
        .execute()),
    );
  }
  return out;
}

export async function insertUnitRows(trx: Kysely<Database>, rows: readonly NewUnitRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await trx.insertInto("unit_results").values(rows.slice(i, i + 100)).execute();
}
