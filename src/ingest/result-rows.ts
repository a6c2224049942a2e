import { z } from "zod";
import { provinceAt, provinceExisted } from "../domain/provinces.js";
import { CATEGORIES, STATEMENTS, ZONES, type Category } from "../domain/vocabulary.js";
import { quoted } from "./quote.js";

export const RESULT_COLUMNS = [
  "programme", "year", "category", "entity_code", "entity_name", "province_code", "score", "zone",
  "opinion", "opinion_text", "rank_national", "rank_province", "statement", "source_url", "note",
] as const;

/** What a year of a programme allows: the grades and zones of its score bands. */
export interface YearRules {
  grades: Set<string>;
  zones: Set<string>;
}

/** What a row is checked against: the gazetteer and the programmes in the store. */
export interface ValidationContext {
  /** provinceCode: today's province (null for ministries and agencies). */
  bodies: Map<string, { category: Category; provinceCode: string | null }>;
  provinces: Set<string>;
  /** years: the assessed years only (a year without a round, like Ombudsman 2020, is absent). */
  programmes: Map<string, { scaleMin: number; scaleMax: number; years: Map<number, YearRules> }>;
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = z.preprocess(blankToNull, z.string().nullable());
const decimal = z.preprocess(
  blankToNull,
  z
    .string()
    // A sign is a number's (-3 is then out of the scale, and said so), not a formatting error.
    .regex(/^-?\d+(\.\d{1,2})?$/, "must be a number with at most two decimals, written with a dot")
    .transform((text) => Number(text) || 0) // -0 is 0
    .nullable(),
);
const rank = z.preprocess(
  blankToNull,
  z.string().regex(/^[1-9]\d{0,3}$/, "must be a whole number from 1").transform(Number).nullable(),
);

const baseRow = z.object({
  programme: z.string().min(1, "is required"),
  year: z.string().regex(/^\d{4}$/, "must be a four-digit year").transform(Number),
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(", ")}` }),
  entity_code: z.string().min(1, "is required"),
  entity_name: z.string().min(1, "is required").max(200, "is too long"),
  province_code: optionalText,
  score: decimal,
  zone: z.preprocess(blankToNull, z.enum(ZONES, { error: `must be one of ${ZONES.join(", ")}` }).nullable()),
  opinion: optionalText,
  opinion_text: optionalText,
  rank_national: rank,
  rank_province: rank,
  statement: z.enum(STATEMENTS, { error: `must be ${STATEMENTS.join(" or ")}` }),
  source_url: z.preprocess(blankToNull, z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).nullable()),
  note: z.string().max(2000, "is too long"),
});

export type ResultInput = z.infer<typeof baseRow>;

/** How many decimals a number was printed with ("97.60": 2, "91": 0); null for a blank or non-number cell. */
export function printedDecimals(raw: unknown): number | null {
  if (typeof raw !== "string") return null;
  const match = /^\s*\d+(?:\.(\d+))?\s*$/.exec(raw);
  return match ? (match[1]?.length ?? 0) : null;
}

/** The province a row must name: its own code, its province in that year (Papua split in 2022), or none. */
function expectedProvince(category: Category, code: string, today: string | null, year: number): string | null {
  if (category === "provinsi") return code;
  if (category === "kabupaten" || category === "kota") return today === null ? null : provinceAt(today, year);
  return null;
}

const listOrNone = (values: Set<string>) => (values.size ? [...values].join(", ") : "empty");

export function resultRowSchema(ctx: ValidationContext) {
  return baseRow.superRefine((row, issue) => {
    // The reason travels with the English message, so that the bot can say it in the admin's language (rowRefusals).
    const fail = (path: string, message: string, reason: RefusalCode, args: Record<string, string | number> = {}) =>
      issue.addIssue({ code: "custom", path: [path], message, params: { reason, ...args } });
    // This runs even when a field failed its own rule (see `when`), so that a file's every problem is
    // reported at once; such a field holds its raw text, so each check looks only at well-typed fields.
    const note = typeof row.note === "string" ? row.note.trim() : "";
    const year = typeof row.year === "number" ? row.year : null;
    const programme = ctx.programmes.get(row.programme);
    // An empty programme or code was already reported as required.
    if (!programme) return row.programme === "" ? undefined : fail("programme", `unknown programme ${quoted(row.programme)}`, "unknown-programme", { value: row.programme });
    const rules = year === null ? undefined : programme.years.get(year);
    if (year !== null && !rules) fail("year", `${year} is not an assessment year of ${row.programme}`, "not-assessed-year", { year, programme: row.programme });

    const body = ctx.bodies.get(row.entity_code);
    if (!body) {
      if (row.entity_code !== "") fail("entity_code", `unknown code ${quoted(row.entity_code)}`, "unknown-code", { value: row.entity_code });
    }
    else if ((CATEGORIES as readonly unknown[]).includes(row.category) && body.category !== row.category) {
      fail("category", `${row.entity_code} is a ${body.category}, not a ${row.category}`, "wrong-category", { code: row.entity_code, actual: body.category, given: row.category });
    }
    if (row.province_code !== null && !ctx.provinces.has(row.province_code)) {
      fail("province_code", `unknown province code ${quoted(row.province_code)}`, "unknown-province", { value: row.province_code });
    } else if (body && year !== null && body.category === row.category) {
      // Rank within a province uses this column, so it must be the province of that year.
      const expected = expectedProvince(body.category, row.entity_code, body.provinceCode, year);
      if (row.province_code !== expected) {
        if (expected === null) fail("province_code", `must be empty for a ${body.category}`, "province-empty", { category: body.category });
        else fail("province_code", `must be ${expected} for ${row.entity_code} in ${year}`, "province-expected", { expected, code: row.entity_code, year });
      } else if (body.category === "provinsi" && !provinceExisted(row.entity_code, year)) {
        fail("entity_code", `province ${row.entity_code} did not exist yet in ${year}`, "province-not-yet", { code: row.entity_code, year });
      }
    }

    if (typeof row.score === "number" && (row.score < programme.scaleMin || row.score > programme.scaleMax)) {
      fail("score", `must be between ${programme.scaleMin} and ${programme.scaleMax}`, "score-range", { min: programme.scaleMin, max: programme.scaleMax });
    }
    if (rules && row.opinion !== null && !rules.grades.has(row.opinion)) {
      fail("opinion", `must be ${rules.grades.size ? "one of " : ""}${listOrNone(rules.grades)} in ${year}`, rules.grades.size ? "opinion-not-allowed" : "opinion-none", { year: year!, allowed: [...rules.grades].join(", ") });
    }
    if (rules && row.zone !== null && (ZONES as readonly unknown[]).includes(row.zone) && !rules.zones.has(row.zone)) {
      fail("zone", `must be ${rules.zones.size ? "one of " : ""}${listOrNone(rules.zones)} in ${year}`, rules.zones.size ? "zone-not-allowed" : "zone-none", { year: year!, allowed: [...rules.zones].join(", ") });
    }
    const states = [row.score, row.zone, row.opinion, row.opinion_text, row.rank_national, row.rank_province];
    // A row may carry its fact only in the note ("not assessed in 2022"), never nothing at all.
    if (states.every((v) => v === null) && note === "") fail("score", "the row states no result (score, zone, opinion, rank or a note)", "no-result");
    if (row.statement === "group" && (row.score !== null || row.rank_national !== null || row.rank_province !== null)) {
      fail("statement", "a group statement cannot carry a score or a rank", "group-with-score");
    }
    if (row.source_url === null && note === "") fail("source_url", "a row needs a source URL or a note naming its source", "no-source");
  }, { when: (payload) => typeof payload.value === "object" && payload.value !== null });
}

/** "row 3: score must be..." lines; row numbers count the header as row 1, as spreadsheets do. */
export function describeIssues(rowNumber: number, error: z.ZodError): string[] {
  return error.issues.map((i) => `row ${rowNumber}: ${i.path.join(".") || "row"} ${i.message}`);
}

/** Why the import refuses a value, as a code (the English message above says the same for the CLI). */
export const REFUSAL_CODES = [
  // The schema's own checks.
  "unknown-programme", "not-assessed-year", "unknown-code", "wrong-category", "unknown-province", "province-empty",
  "province-expected", "province-not-yet", "score-range", "opinion-not-allowed", "opinion-none", "zone-not-allowed",
  "zone-none", "no-result", "group-with-score", "no-source",
  // zod's checks of one cell: its form, a value outside a list, a required cell left empty, too long a text.
  "format", "one-of", "required", "too-long",
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** One refused value: the column, why (a code and its values), and the English text the CLI prints. */
export interface RowRefusal {
  field: string;
  code: RefusalCode;
  args: Record<string, string>;
  text: string;
}

/** The refusals of a failed parse, one per issue, in the order of `describeIssues`. */
export function rowRefusals(error: z.ZodError): RowRefusal[] {
  return error.issues.map((i) => {
    const field = i.path.join(".") || "row";
    const text = `${field} ${i.message}`;
    if (i.code === "custom") {
      const { reason, ...args } = (i.params ?? {}) as { reason?: RefusalCode } & Record<string, unknown>;
      return { field, code: reason ?? "format", args: Object.fromEntries(Object.entries(args).map(([k, v]) => [k, String(v)])), text };
    }
    if (i.code === "invalid_value") return { field, code: "one-of", args: { values: i.values.map(String).join(", ") }, text };
    if (i.code === "too_small") return { field, code: "required", args: {}, text };
    if (i.code === "too_big") return { field, code: "too-long", args: {}, text };
    return { field, code: "format", args: {}, text };
  });
}
