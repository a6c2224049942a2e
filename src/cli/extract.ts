import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadConfig } from "../config/config.js";
import { runCli, UserFacingError } from "../config/exit-on-error.js";
import {
  ExtractInputError, extractResults, importableCsv, loadExtractContext, type Extraction, type ResultCandidate, type UnitCandidate,
} from "../extract/index.js";
import { readUtf8File, UnreadableFileError } from "../ingest/read-text-file.js";
import { openStore } from "../store/open-store.js";

const USAGE = "Usage: npm run extract -- FILE [--url URL] [--published YYYY-MM-DD] [--json] [--csv OUT]";
/** A saved web page can be large; its text is far smaller (the extractor caps that). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

const url = z.url({ protocol: /^https?$/, error: "--url must be an http(s) URL" });
const published = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "--published must be a date written YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "--published is not a real date");

interface Options {
  file: string;
  url: string | null;
  published: string | null;
  json: boolean;
  csv: string | null;
}

function parseCommandLine(): Options {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: {
        url: { type: "string" },
        published: { type: "string" },
        json: { type: "boolean", default: false },
        csv: { type: "string" },
      },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error(positionals.length ? "give exactly one file" : "no file given");
    const check = <T>(schema: z.ZodType<T>, value: unknown): T => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "invalid option");
      return parsed.data;
    };
    return {
      file: positionals[0]!,
      url: values.url === undefined ? null : check(url, values.url),
      published: values.published === undefined ? null : check(published, values.published),
      json: values.json,
      csv: values.csv ?? null,
    };
  } catch (error) {
    throw new UserFacingError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
}

async function readArticle(file: string): Promise<string> {
  const stat = await fs.stat(file).catch(() => null);
  if (stat?.isFile() && stat.size > MAX_FILE_BYTES) throw new UserFacingError(`Cannot read ${file}: it is too large (${stat.size.toLocaleString("en")} bytes; at most ${MAX_FILE_BYTES.toLocaleString("en")})`);
  try {
    const text = await readUtf8File(file);
    if (text.includes("\u0000")) throw new UserFacingError(`Cannot read ${file}: it is a binary file, not text`);
    return text;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UserFacingError(error.message);
    throw error;
  }
}

const FIELDS: [string, string][] = [
  ["score", "score"], ["zone", "zone"], ["opinion", "grade"], ["opinion_text", "opinion"], ["rank_province", "rank in province"],
  ["rank_national", "national rank"],
];

function describe(c: ResultCandidate | UnitCandidate, head: string): string[] {
  const cells = c as unknown as Record<string, unknown>;
  const values = FIELDS.filter(([f]) => typeof cells[f] === "string" && cells[f] !== "").map(([f, label]) => `${label} ${String(cells[f])}`);
  const lines = [`  ${head}: ${values.join(", ")}  (confidence ${c.confidence.toFixed(2)})`, `    read from: "${c.sentence}"`];
  for (const p of c.problems) lines.push(`    would be refused: ${p}`);
  return lines;
}

function readable(result: Extraction): string {
  const lines: string[] = [];
  lines.push(`Rows (${result.rows.length}):`);
  for (const r of result.rows) {
    lines.push(...describe(r, `${r.entity_name || r.entity_code} (${r.entity_code}) ${r.year}, ${r.programme}${r.statement === "group" ? ", group statement" : ""}`));
  }
  lines.push(`Units (${result.units.length}):`);
  for (const u of result.units) lines.push(...describe(u, `${u.unit_name} [${u.unit_kind}] of ${u.entity_name || u.entity_code} ${u.year}, ${u.programme}`));
  lines.push(`Undecided (${result.undecided.length}):`);
  for (const u of result.undecided) lines.push(`  "${u.text}": ${u.why}`, `    in: "${u.sentence}"`);
  return lines.join("\n");
}

async function main(): Promise<number> {
  const options = parseCommandLine();
  const config = loadConfig(process.env);
  const text = await readArticle(options.file);
  const db = await openStore(config.DATABASE_PATH);
  let result: Extraction;
  try {
    const context = await loadExtractContext(db);
    result = extractResults({ text, url: options.url, published: options.published }, context);
  } catch (error) {
    if (error instanceof ExtractInputError) throw new UserFacingError(`Cannot read ${options.file}: ${error.message}`);
    throw error;
  } finally {
    await db.destroy();
  }
  const { rows, units, undecided } = result;
  console.log(options.json ? JSON.stringify({ rows, units, undecided }) : readable(result));
  if (options.csv) {
    const importable = rows.filter((r) => r.problems.length === 0).length;
    // Progress goes to stderr so that --json output stays one JSON object.
    if (importable === 0) console.error(`No row the import would accept: ${options.csv} not written`);
    else {
      await fs.writeFile(options.csv, importableCsv(rows), "utf8");
      const left = rows.length - importable;
      console.error(`Wrote ${importable} row${importable === 1 ? "" : "s"} to ${options.csv}${left ? ` (${left} left out: the import would refuse them)` : ""}`);
    }
  }
  return 0;
}

await runCli(main);
