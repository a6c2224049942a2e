import { parse } from "csv-parse/sync";
import { quotedList, shortened } from "./quote.js";

export class CsvFormatError extends Error {}

/** Records keyed by column name, with the spreadsheet row each one is on. */
export interface CsvTable {
  records: Record<string, string>[];
  /** Row numbers as a spreadsheet shows them: the header is row 1, blank lines count. */
  rowNumbers: number[];
}

interface ParsedRecord {
  record: string[];
  info: { records: number; empty_lines: number };
}

/**
 * Parses CSV text with a header row into records keyed by column name.
 * Checks the header against the expected columns: none missing, none unknown.
 * Rows whose cells are all blank (a spreadsheet's leftovers) are skipped.
 */
export function parseCsvTable(text: string, expectedColumns: readonly string[]): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new CsvFormatError("the file is empty");
  let parsed: ParsedRecord[];
  try {
    parsed = parse(body, { relax_column_count: false, skip_empty_lines: true, trim: false, info: true }) as unknown as ParsedRecord[];
  } catch (error) {
    // csv-parse quotes the offending cell in its message, however long.
    throw new CsvFormatError(`not a valid CSV file: ${shortened(error instanceof Error ? error.message : String(error), 200)}`);
  }
  const [header, ...rows] = parsed;
  if (!header) throw new CsvFormatError("the file is empty");
  const columns = header.record.map((h) => h.trim());
  const missing = expectedColumns.filter((c) => !columns.includes(c));
  const unknown = [...new Set(columns.filter((c) => !expectedColumns.includes(c)))];
  const repeated = [...new Set(columns.filter((c, i) => columns.indexOf(c) !== i))];
  // The expected names are ours; what the file holds is quoted and capped.
  const problems = [
    missing.length ? `missing column(s): ${missing.join(", ")}` : "",
    unknown.length ? `unknown column(s): ${quotedList(unknown)}` : "",
    repeated.length ? `repeated column(s): ${quotedList(repeated)}` : "",
  ].filter(Boolean);
  if (problems.length) throw new CsvFormatError(problems.join("; "));

  const table: CsvTable = { records: [], rowNumbers: [] };
  for (const { record, info } of rows) {
    const cells = record.map((cell) => cell.trim());
    if (cells.every((cell) => cell === "")) continue;
    table.records.push(Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""])));
    // csv-parse counts records (a multi-line quoted cell is one) and the blank lines it skipped.
    table.rowNumbers.push(info.records + info.empty_lines);
  }
  if (table.records.length === 0) throw new CsvFormatError("the file has a header but no rows");
  return table;
}

/** The records only, for callers that need no row numbers. */
export function parseCsv(text: string, expectedColumns: readonly string[]): Record<string, string>[] {
  return parseCsvTable(text, expectedColumns).records;
}
