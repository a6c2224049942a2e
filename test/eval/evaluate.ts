import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Rapor } from "../../src/app/rapor.js";
import type { Query } from "../../src/understand/query.js";

/**
 * The sample files: the project's copy of the shared set, the questions of issue 9, and those of the two
 * 2026-12-02 reviews (units, lists, understanding).
 */
export const SAMPLE_FILES = [
  "queries-dev.jsonl",
  "queries-issue9.jsonl",
  "queries-review-units.jsonl",
  "queries-lists2.jsonl",
  "queries-review2-understand.jsonl",
  "queries-review2-lists.jsonl",
] as const;

const nullable = <T extends z.ZodType>(t: T) => t.nullable().optional();
/**
 * One line of a sample file: a question, the parse it must get (only the fields the line has are checked), the
 * facts its reply must state. Strict: a misspelt field ("rankscope") would otherwise pin nothing and pass.
 */
const caseSchema = z.strictObject({
  query: z.string().min(1),
  intent: z.string(),
  codes: z.array(z.string()).optional(),
  ambiguous: z.array(z.string()).optional(),
  year: nullable(z.union([z.number().int(), z.literal("latest")])),
  province: nullable(z.string()),
  n: nullable(z.number().int()),
  unit: nullable(z.string()),
  category: nullable(z.string()),
  programme: nullable(z.string()),
  measure: nullable(z.string()),
  rankScope: nullable(z.enum(["national", "province", "both"])),
  output: nullable(z.enum(["chart", "csv"])),
  unitName: nullable(z.string()),
  unmatched: z.array(z.string()).optional(),
  language: z.enum(["id", "en"]).optional(),
  expect: z.array(z.string().min(1)).optional(),
});

export type EvalCase = z.infer<typeof caseSchema>;

export function loadCases(file: string): EvalCase[] {
  return fs
    .readFileSync(path.join(import.meta.dirname, "..", file), "utf8")
    .split("\n")
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, i }) => {
      const parsed = caseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

export const allCases = (): EvalCase[] => SAMPLE_FILES.flatMap((f) => loadCases(f));

export interface EvalResult {
  case: EvalCase;
  ok: boolean;
  failures: string[];
  reply: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A fact is in the reply as written, or with the Indonesian decimal comma; numbers must stand alone,
 * printed with as many decimals as their source ("97.6" is stated by "97,60").
 */
export function replyStates(reply: string, fact: string): boolean {
  const variants = /^\d+([.,]\d+)?$/.test(fact) ? [fact, fact.replace(".", ",")] : [fact];
  return variants.some((v) => {
    const zeros = /[.,]/.test(v) ? "0*" : "(?:[.,]0+)?";
    const pattern = /^\d/.test(v) ? `(?<![\\d.,])${escapeRegex(v)}${zeros}(?![\\d]|[.,]\\d)` : escapeRegex(v);
    return new RegExp(pattern, "iu").test(reply);
  });
}

/** Slots a case may pin, compared as they are. */
const SCALAR_SLOTS = ["year", "province", "n", "unit", "category", "programme", "measure", "rankScope", "output", "unitName", "language"] as const;

/** What the parse got wrong, one line per field the case pins. */
export function parseMismatches(c: EvalCase, query: Query): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (query.intent !== c.intent) out.push(`intent ${query.intent} != ${c.intent}`);
  const codes = query.entities.map((e) => e.code);
  if (c.codes && !same(codes, c.codes)) out.push(`codes ${JSON.stringify(codes)} != ${JSON.stringify(c.codes)}`);
  if (c.ambiguous) {
    const candidates = query.ambiguous.flatMap((a) => a.candidates.map((x) => x.code)).sort();
    if (!same(candidates, [...c.ambiguous].sort())) out.push(`ambiguous ${JSON.stringify(candidates)} != ${JSON.stringify(c.ambiguous)}`);
  }
  if (c.unmatched && !same(query.unmatched.map((u) => u.toLowerCase()), c.unmatched.map((u) => u.toLowerCase()))) {
    out.push(`unmatched ${JSON.stringify(query.unmatched)} != ${JSON.stringify(c.unmatched)}`);
  }
  for (const slot of SCALAR_SLOTS) {
    const want = c[slot];
    if (want !== undefined && !same(query[slot], want)) out.push(`${slot} ${JSON.stringify(query[slot])} != ${JSON.stringify(want)}`);
  }
  return out;
}

export function evaluateCase(rapor: Rapor, c: EvalCase): EvalResult {
  const { query, rendered } = rapor.ask(c.query);
  const failures = parseMismatches(c, query);
  for (const fact of c.expect ?? []) if (!replyStates(rendered.plain, fact)) failures.push(`reply lacks "${fact}"`);
  return { case: c, ok: failures.length === 0, failures, reply: rendered.plain };
}
