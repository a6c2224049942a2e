import type { Transaction } from "kysely";
import { IMPORT_WAIT, withWaitPolicy, type WaitPolicy } from "../store/busy.js";
import type { Db } from "../store/connection.js";
import { bumpDataVersion } from "../store/data-version.js";
import { takeImportTurn } from "../store/import-turn.js";
import { finishImport, insertImport, insertResults, learnScoreDecimals, storedFactsOf } from "../store/results.js";
import type { Database, NewResultRow } from "../store/schema.js";
import { fingerprint } from "./fingerprint.js";
import { describeIssues, printedDecimals, RESULT_COLUMNS, resultRowSchema, type ResultInput, type ValidationContext } from "./result-rows.js";
import { parseCsvTable, type CsvTable } from "./csv.js";
import { loadValidationContext } from "./validation-context.js";

export class ImportRejectedError extends Error {
  constructor(readonly problems: string[]) {
    super(`The file was rejected, nothing was written:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  }
}

export interface ImportReport {
  added: number;
  unchanged: number;
  conflicts: number;
  /** null on a dry run */
  importId: number | null;
  /** The new rows, for announcements. */
  addedRows: NewResultRow[];
}

export interface ImportOptions {
  origin: string;
  /**
   * The whole import, `withinTransaction` included, then a rollback: the admin preview sees
   * exactly what would be added and announced, and nothing is written.
   */
  dryRun?: boolean;
  /** Runs inside the import's transaction: whatever it writes commits or rolls back with the facts. */
  withinTransaction?: (trx: Transaction<Database>, report: ImportReport) => Promise<void>;
  /** The row number of each record in its file (default: the header is row 1, one line per record). */
  rowNumbers?: readonly number[];
  /** Reuse a context already loaded (the shipped-data seed). */
  context?: ValidationContext;
  now?: () => Date;
  /**
   * How long to wait for another import (or any writer) to finish, and what to tell the user
   * meanwhile; default IMPORT_WAIT. Imports take turns: the second one sees the first's rows.
   */
  wait?: WaitPolicy;
}

function toRow(input: ResultInput, importId: number, scoreDecimals: number | null = null): NewResultRow {
  const values: (string | number | null)[] = [
    input.programme, input.year, input.entity_code, input.province_code, input.score, input.zone, input.opinion,
    input.opinion_text, input.rank_national, input.rank_province, input.statement, input.source_url ?? "",
  ];
  // Without a URL the note names the report: two such reports of one fact are two sources, not one.
  if (input.source_url === null) values.push(input.note);
  return {
    programme_id: input.programme,
    year: input.year,
    category: input.category,
    entity_code: input.entity_code,
    entity_name: input.entity_name,
    province_code: input.province_code,
    score: input.score,
    score_decimals: input.score === null ? null : scoreDecimals,
    zone: input.zone,
    opinion: input.opinion,
    opinion_text: input.opinion_text,
    rank_national: input.rank_national,
    rank_province: input.rank_province,
    statement: input.statement,
    source_url: input.source_url ?? "",
    note: input.note,
    fingerprint: fingerprint(values),
    import_id: importId,
  };
}

type Comparable = Pick<NewResultRow, "score" | "zone" | "opinion" | "rank_national" | "rank_province" | "statement">;

/** Two sources disagree when both state a value and the values differ; a group statement speaks only of zone and grade. */
export function disagrees(a: Comparable, b: Comparable): boolean {
  const differ = <T>(x: T | null | undefined, y: T | null | undefined) => x != null && y != null && x !== y;
  if (differ(a.zone, b.zone) || differ(a.opinion, b.opinion)) return true;
  if (a.statement === "group" || b.statement === "group") return false;
  return differ(a.score, b.score) || differ(a.rank_national, b.rank_national) || differ(a.rank_province, b.rank_province);
}

/** Validates every record first; writes all of them in one transaction or none. */
export async function importResultRecords(
  db: Db,
  records: Record<string, string>[],
  options: ImportOptions,
): Promise<ImportReport> {
  const ctx = options.context ?? (await loadValidationContext(db));
  const schema = resultRowSchema(ctx);
  const problems: string[] = [];
  const inputs: ResultInput[] = [];
  const decimals: (number | null)[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, index) => {
    const rowNumber = options.rowNumbers?.[index] ?? index + 2;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      problems.push(...describeIssues(rowNumber, parsed.error));
      return;
    }
    // The same fact from the same source twice: the second would break the unique fingerprint.
    const key = toRow(parsed.data, 0).fingerprint;
    const first = seen.get(key);
    if (first !== undefined) problems.push(`row ${rowNumber}: repeats row ${first} (same fact, same source)`);
    else seen.set(key, rowNumber);
    inputs.push(parsed.data);
    decimals.push(printedDecimals(record.score));
  });
  if (problems.length) throw new ImportRejectedError(problems);

  const run = async (trx: Transaction<Database>): Promise<ImportReport> => {
    await takeImportTurn(trx);
    const importId = await insertImport(trx, options.origin, options.now?.() ?? new Date());
    const rows = inputs.map((input, i) => toRow(input, importId, decimals[i] ?? null));
    const stored = (await storedFactsOf(trx, [...new Set(rows.map((r) => r.entity_code))])).map((r) => ({ ...r, key: `${r.programme_id}|${r.year}|${r.entity_code}` }));
    const known = new Set(stored.map((r) => r.fingerprint));
    // Rows stored before the printed precision was kept learn it from the same fact re-imported.
    const withoutDecimals = new Set(stored.filter((r) => r.score !== null && r.score_decimals === null).map((r) => r.fingerprint));
    for (const row of rows) {
      if (row.score_decimals == null || !withoutDecimals.has(row.fingerprint)) continue;
      await learnScoreDecimals(trx, row.fingerprint, row.score_decimals);
    }
    const byBodyYear = new Map<string, Comparable[]>();
    for (const r of stored) byBodyYear.set(r.key, [...(byBodyYear.get(r.key) ?? []), r]);

    const addedRows: NewResultRow[] = [];
    let conflicts = 0;
    for (const row of rows) {
      if (known.has(row.fingerprint)) continue;
      const key = `${row.programme_id}|${row.year}|${row.entity_code}`;
      const others = byBodyYear.get(key) ?? [];
      if (others.some((o) => disagrees(o, row))) conflicts += 1;
      byBodyYear.set(key, [...others, row]);
      addedRows.push(row);
    }
    const report: ImportReport = {
      added: addedRows.length,
      unchanged: rows.length - addedRows.length,
      conflicts,
      importId,
      addedRows,
    };
    await insertResults(trx, addedRows);
    await finishImport(trx, importId, { added: report.added, unchanged: report.unchanged, conflicts });
    // Every process and instance sees at its next data-version read that its catalog is old.
    await bumpDataVersion(trx);
    await options.withinTransaction?.(trx, report);
    return report;
  };
  const wait = options.wait ?? IMPORT_WAIT;
  if (!options.dryRun) return withWaitPolicy(wait, () => db.transaction().execute(run));
  let preview: ImportReport | undefined;
  try {
    await withWaitPolicy(wait, () =>
      db.transaction().execute(async (trx) => {
        preview = await run(trx);
        throw ROLLBACK;
      }),
    );
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return { ...preview!, importId: null };
}

/** Thrown to end a dry run's transaction with a rollback. */
const ROLLBACK = Symbol("dry run");

/** CSV text with exactly the columns of db/data/results.csv. */
export async function importResultsCsv(db: Db, csvText: string, options: ImportOptions): Promise<ImportReport> {
  let table: CsvTable;
  try {
    table = parseCsvTable(csvText, RESULT_COLUMNS);
  } catch (error) {
    throw new ImportRejectedError([error instanceof Error ? error.message : String(error)]);
  }
  return importResultRecords(db, table.records, { ...options, rowNumbers: table.rowNumbers });
}
