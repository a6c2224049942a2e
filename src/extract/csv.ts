import { stringify } from "csv-stringify/sync";
import { RESULT_COLUMNS } from "../ingest/result-rows.js";
import { UNIT_COLUMNS, type ResultCandidate, type UnitCandidate } from "./types.js";

/** The rows the import would accept, as CSV with exactly the columns of db/data/results.csv. */
export function importableCsv(rows: readonly ResultCandidate[]): string {
  const ok = rows.filter((r) => r.problems.length === 0);
  return stringify(ok.map((r) => RESULT_COLUMNS.map((c) => r[c])), { header: true, columns: [...RESULT_COLUMNS] });
}

/** Unit rows in the columns of db/data/units.csv (units are shipped data: no import command reads them yet). */
export function unitsCsv(units: readonly UnitCandidate[]): string {
  return stringify(units.filter((u) => u.problems.length === 0).map((u) => UNIT_COLUMNS.map((c) => u[c])), { header: true, columns: [...UNIT_COLUMNS] });
}
