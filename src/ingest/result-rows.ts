import { z } from "zod";
import { CATEGORIES, STATEMENTS, ZONES, type Category } from "../store/schema.js";

export const RESULT_COLUMNS = [
  "programme", "year", "category", "entity_code", "entity_name", "province_code", "score", "zone",
  "opinion", "opinion_text", "rank_national", "rank_province", "statement", "source_url", "note",
] as const;

/** What a row is checked against: the gazetteer and the programmes in the store. */
export interface ValidationContext {
  bodies: Map<string, { category: Category }>;
  provinces: Set<string>;
  programmes: Map<string, { scaleMin: number; scaleMax: number; grades: Set<string>; assessedYears: Set<number> }>;
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const optionalText = z.preprocess(blankToNull, z.string().nullable());
const decimal = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(/^\d{1,3}(\.\d{1,2})?$/, "must be a number with at most two decimals, written with a dot")
    .transform(Number)
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

export function resultRowSchema(ctx: ValidationContext) {
  return baseRow.superRefine((row, issue) => {
    const fail = (path: string, message: string) => issue.addIssue({ code: "custom", path: [path], message });
    const programme = ctx.programmes.get(row.programme);
    if (!programme) return fail("programme", `unknown programme "${row.programme}"`);
    if (!programme.assessedYears.has(row.year)) fail("year", `${row.year} is not an assessment year of ${row.programme}`);
    const body = ctx.bodies.get(row.entity_code);
    if (!body) fail("entity_code", `unknown code "${row.entity_code}"`);
    else if (body.category !== row.category) fail("category", `${row.entity_code} is a ${body.category}, not a ${row.category}`);
    if (row.province_code !== null && !ctx.provinces.has(row.province_code)) {
      fail("province_code", `unknown province code "${row.province_code}"`);
    }
    if (row.score !== null && (row.score < programme.scaleMin || row.score > programme.scaleMax)) {
      fail("score", `must be between ${programme.scaleMin} and ${programme.scaleMax}`);
    }
    if (row.opinion !== null && !programme.grades.has(row.opinion)) {
      fail("opinion", `must be one of ${[...programme.grades].join(", ")}`);
    }
    const states = [row.score, row.zone, row.opinion, row.opinion_text, row.rank_national, row.rank_province];
    // A row may carry its fact only in the note ("not assessed in 2022"), never nothing at all.
    if (states.every((v) => v === null) && row.note.trim() === "") fail("score", "the row states no result (score, zone, opinion, rank or a note)");
    if (row.statement === "group" && row.score !== null) fail("statement", "a group statement cannot carry a score");
    if (row.source_url === null && row.note.trim() === "") fail("source_url", "a row needs a source URL or a note naming its source");
  });
}

/** "row 3: score must be..." lines; row numbers count the header as row 1, as spreadsheets do. */
export function describeIssues(rowNumber: number, error: z.ZodError): string[] {
  return error.issues.map((i) => `row ${rowNumber}: ${i.path.join(".") || "row"} ${i.message}`);
}
