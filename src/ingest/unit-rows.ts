import { provinceAt } from "../domain/provinces.js";
import type { Zone } from "../store/schema.js";
import { fingerprint } from "./fingerprint.js";
import { printedDecimals, resultRowSchema, rowRefusals, type RowRefusal, type ValidationContext } from "./result-rows.js";

/** The columns of db/data/units.csv, in order. */
export const UNIT_COLUMNS = [
  "programme", "year", "entity_code", "entity_name", "unit_kind", "unit_name", "score", "zone", "opinion", "source_url", "note",
] as const;
export type UnitColumn = (typeof UNIT_COLUMNS)[number];
export type UnitRecord = Readonly<Record<UnitColumn, string>>;

/** The columns a unit shares with a results row, checked by the results rules. */
const SHARED = new Set(["programme", "year", "entity_code", "score", "zone", "opinion", "source_url", "note", "row"]);
const MAX_NAME = 200;

/** A checked units row, ready to store. */
export interface UnitInput {
  programme: string;
  year: number;
  entity_code: string;
  unit_kind: string;
  unit_name: string;
  score: number | null;
  scoreDecimals: number | null;
  zone: Zone | null;
  opinion: string | null;
  source_url: string | null;
  note: string;
}

/**
 * Why the import refuses a units row; empty when it accepts it. A unit is held to the results rules on the columns
 * the two share (the programme and its year, a known code, the scale, the year's grades and zones, a source), as if
 * it were its body's row; its kind and name must be given.
 */
export function unitRowRefusals(record: UnitRecord, ctx: ValidationContext): RowRefusal[] {
  return checkUnit(record, ctx).refusals;
}

function checkUnit(record: UnitRecord, ctx: ValidationContext): { refusals: RowRefusal[]; input: UnitInput | null } {
  const body = ctx.bodies.get(record.entity_code);
  const year = Number(record.year);
  const regional = body?.category === "kabupaten" || body?.category === "kota";
  const province = body?.category === "provinsi" ? record.entity_code : regional && body.provinceCode && Number.isInteger(year) ? provinceAt(body.provinceCode, year) : "";
  const asResult = {
    ...record, category: body?.category ?? "", province_code: province, opinion_text: "", rank_national: "", rank_province: "", statement: "entity",
  };
  const parsed = resultRowSchema(ctx).safeParse(asResult);
  const refusals = parsed.success ? [] : rowRefusals(parsed.error).filter((r) => SHARED.has(r.field));
  for (const field of ["unit_kind", "unit_name"] as const) {
    const value = record[field].trim();
    if (value === "") refusals.push({ field, code: "required", args: {}, text: `${field} is required` });
    else if (value.length > MAX_NAME) refusals.push({ field, code: "too-long", args: {}, text: `${field} is too long` });
  }
  if (refusals.length || !parsed.success) return { refusals, input: null };
  const row = parsed.data;
  return {
    refusals,
    input: {
      programme: row.programme,
      year: row.year,
      entity_code: row.entity_code,
      unit_kind: record.unit_kind.trim(),
      unit_name: record.unit_name.trim(),
      score: row.score,
      scoreDecimals: row.score === null ? null : printedDecimals(record.score),
      zone: row.zone,
      opinion: row.opinion,
      source_url: row.source_url,
      note: row.note,
    },
  };
}

/**
 * The fingerprint of a unit's fact and its source, as the shipped data's loader computes it, so that a unit already
 * shipped is not added twice; without a URL the note names the report (as for results: two reports, two sources).
 */
export function unitFingerprint(u: UnitInput): string {
  const values: (string | number | null)[] = [u.programme, u.year, u.entity_code, u.unit_kind, u.unit_name, u.score, u.zone, u.opinion ?? "", u.source_url ?? ""];
  if (u.source_url === null) values.push(u.note);
  return fingerprint(values);
}

/** Every record checked; the problems name each record `unit N` (1 = the first), as the import's `row N`. */
export function checkUnitRecords(records: readonly UnitRecord[], ctx: ValidationContext): { inputs: UnitInput[]; problems: string[] } {
  const inputs: UnitInput[] = [];
  const problems: string[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const { refusals, input } = checkUnit(record, ctx);
    for (const r of refusals) problems.push(`unit ${i + 1}: ${r.text}`);
    if (!input) return;
    // The same fact from the same source twice would break the unique fingerprint.
    const key = unitFingerprint(input);
    const first = seen.get(key);
    if (first !== undefined) problems.push(`unit ${i + 1}: repeats unit ${first} (same fact, same source)`);
    else seen.set(key, i + 1);
    inputs.push(input);
  });
  return { inputs, problems };
}
