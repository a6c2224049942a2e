import { stringify } from "csv-stringify/sync";
import { RESULT_COLUMNS } from "../ingest/result-rows.js";
import type { ResultCandidate } from "./types.js";

/** The rows the import would accept, as CSV with exactly the columns of db/data/results.csv. */
export function importableCsv(rows: readonly ResultCandidate[]): string {
  const ok = rows.filter((r) => r.problems.length === 0);
  return stringify(ok.map((r) => RESULT_COLUMNS.map((c) => r[c])), { header: true, columns: [...RESULT_COLUMNS] });
}

