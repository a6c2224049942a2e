import type { Kysely } from "kysely";
import type { Database } from "../store/schema.js";
import { insertUnitRows, storedUnitsOf, type NewUnitRow } from "../store/unit-imports.js";
import { unitFingerprint, type UnitInput } from "./unit-rows.js";

export interface UnitImportReport {
  added: number;
  /** Already stored from the same source. */
  unchanged: number;
  /** Added rows whose score, zone or grade differs from another source's for the same unit and year. */
  conflicts: number;
}

const unitKey = (r: { programme_id: string; year: number; entity_code: string; unit_kind: string; unit_name: string }) =>
  [r.programme_id, r.year, r.entity_code, r.unit_kind, r.unit_name.toLowerCase()].join("|");

/**
 * Writes checked units rows (see checkUnitRecords) inside an import's transaction: a row whose fingerprint is stored
 * already adds nothing, so importing the same units again is idempotent.
 */
export async function writeUnitRows(trx: Kysely<Database>, inputs: readonly UnitInput[], importId: number): Promise<UnitImportReport> {
  const rows: NewUnitRow[] = inputs.map((u) => ({
    programme_id: u.programme,
    year: u.year,
    entity_code: u.entity_code,
    unit_kind: u.unit_kind,
    unit_name: u.unit_name,
    score: u.score,
    score_decimals: u.scoreDecimals,
    zone: u.zone,
    opinion: u.opinion,
    source_url: u.source_url ?? "",
    note: u.note,
    fingerprint: unitFingerprint(u),
    import_id: importId,
  }));
  const stored = await storedUnitsOf(trx, [...new Set(rows.map((r) => r.entity_code))]);
  const known = new Set(stored.map((r) => r.fingerprint));
  const byUnit = new Map<string, { score: number | null; zone: string | null; opinion: string | null }[]>();
  for (const r of stored) byUnit.set(unitKey(r), [...(byUnit.get(unitKey(r)) ?? []), r]);
  const differ = <T>(a: T | null | undefined, b: T | null | undefined) => a != null && b != null && a !== b;
  const added: NewUnitRow[] = [];
  let conflicts = 0;
  for (const row of rows) {
    if (known.has(row.fingerprint)) continue;
    const others = byUnit.get(unitKey(row)) ?? [];
    if (others.some((o) => differ(o.score, row.score) || differ(o.zone, row.zone) || differ(o.opinion, row.opinion))) conflicts += 1;
    byUnit.set(unitKey(row), [...others, { score: row.score ?? null, zone: row.zone ?? null, opinion: row.opinion ?? null }]);
    added.push(row);
  }
  await insertUnitRows(trx, added);
  return { added: added.length, unchanged: rows.length - added.length, conflicts };
}
