import { parse } from "csv-parse/sync";

export class CsvFormatError extends Error {}

/**
 * Parses CSV text with a header row into records keyed by column name.
 * Checks the header against the expected columns: none missing, none unknown.
 */
export function parseCsv(text: string, expectedColumns: readonly string[]): Record<string, string>[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new CsvFormatError("the file is empty");
  let records: string[][];
  try {
    records = parse(body, { relax_column_count: false, skip_empty_lines: true, trim: false }) as string[][];
  } catch (error) {
    throw new CsvFormatError(`not a valid CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvFormatError("the file is empty");
  const columns = header.map((h) => h.trim());
  const missing = expectedColumns.filter((c) => !columns.includes(c));
  const unknown = columns.filter((c) => !expectedColumns.includes(c));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const problems = [
    missing.length ? `missing column(s): ${missing.join(", ")}` : "",
    unknown.length ? `unknown column(s): ${unknown.join(", ")}` : "",
    repeated.length ? `repeated column(s): ${repeated.join(", ")}` : "",
  ].filter(Boolean);
  if (problems.length) throw new CsvFormatError(problems.join("; "));
  if (rows.length === 0) throw new CsvFormatError("the file has a header but no rows");
  return rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? "").trim()])));
}
