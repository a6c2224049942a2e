/**
 * A person's review of an extraction (pure): each candidate kept, dropped or corrected, and the rows that go to the
 * import. The bot keeps the decisions in the database (src/store/extract-reviews.ts); this module only reads them.
 */
import { provinceAt } from "../domain/provinces.js";
import type { RowRefusal } from "../ingest/result-rows.js";
import { normalizeName } from "../understand/normalize.js";
import { resultRowRefusals, unitRowRefusals } from "./extract.js";
import { reportTitle } from "./report.js";
import type { ExtractContext, Extraction, ResultCandidate, ResultColumn, UnitCandidate, UnitColumn, Undecided } from "./types.js";

/** What a review keeps of an extraction: the candidates and the undecided, and the report's headline. */
export interface ReviewExtraction {
  title: string;
  rows: ResultCandidate[];
  units: UnitCandidate[];
  undecided: Undecided[];
}

export type Decision = "keep" | "drop" | "open";

export interface CandidateDecision {
  decision: Decision;
  /** The cells the person typed, with the cells they imply. */
  cells: Record<string, string>;
}

/** Where the rows come from: the report's URL, or none (then the note names the report, with the person's words). */
export interface ReviewSource {
  url: string | null;
  note: string | null;
}

interface ItemBase {
  /** The results rows first, then the units. */
  position: number;
  decision: Decision | null;
  /** The columns the person corrected. */
  corrected: string[];
}
export type ReviewItem =
  | (ItemBase & { kind: "row"; candidate: ResultCandidate; record: Record<ResultColumn, string> })
  | (ItemBase & { kind: "unit"; candidate: UnitCandidate; record: Record<UnitColumn, string> });

export function reviewExtraction(extraction: Extraction): ReviewExtraction {
  return { title: reportTitle(extraction.text), rows: extraction.rows, units: extraction.units, undecided: extraction.undecided };
}

const RESULT_CELLS: readonly ResultColumn[] = [
  "programme", "year", "category", "entity_code", "entity_name", "province_code", "score", "zone", "opinion", "opinion_text",
  "rank_national", "rank_province", "statement", "source_url", "note",
];
const UNIT_CELLS: readonly UnitColumn[] = [
  "programme", "year", "entity_code", "entity_name", "unit_kind", "unit_name", "score", "zone", "opinion", "source_url", "note",
];

function withSource<C extends string>(cells: Record<C | "source_url" | "note", string>, source: ReviewSource, corrected: Record<string, string>) {
  if (!("source_url" in corrected)) cells.source_url = source.url ?? "";
  if (source.note && !("note" in corrected)) cells.note = `${cells.note}; source: ${source.note}`;
}

/** Every candidate with its decision, its corrections and the report's source applied. */
export function reviewItems(extraction: ReviewExtraction, decisions: ReadonlyMap<number, CandidateDecision>, source: ReviewSource): ReviewItem[] {
  const items: ReviewItem[] = [];
  extraction.rows.forEach((candidate, i) => {
    const d = decisions.get(i);
    const record = Object.fromEntries(RESULT_CELLS.map((c) => [c, d?.cells[c] ?? candidate[c]])) as Record<ResultColumn, string>;
    withSource(record, source, d?.cells ?? {});
    items.push({ position: i, kind: "row", candidate, record, decision: d?.decision ?? null, corrected: Object.keys(d?.cells ?? {}) });
  });
  extraction.units.forEach((candidate, i) => {
    const position = extraction.rows.length + i;
    const d = decisions.get(position);
    const record = Object.fromEntries(UNIT_CELLS.map((c) => [c, d?.cells[c] ?? candidate[c]])) as Record<UnitColumn, string>;
    withSource(record, source, d?.cells ?? {});
    items.push({ position, kind: "unit", candidate, record, decision: d?.decision ?? null, corrected: Object.keys(d?.cells ?? {}) });
  });
  return items;
}

/** Why the import would refuse the candidate as it stands now (corrections and source applied). */
export function itemRefusals(item: ReviewItem, ctx: ExtractContext): RowRefusal[] {
  return item.kind === "row" ? resultRowRefusals(item.record, ctx) : unitRowRefusals(item.record, ctx);
}

/** The rows the import gets: the kept candidates only, as corrected. */
export function keptRecords(items: readonly ReviewItem[]): { results: Record<ResultColumn, string>[]; units: Record<UnitColumn, string>[] } {
  const kept = items.filter((i) => i.decision === "keep");
  return {
    results: kept.flatMap((i) => (i.kind === "row" ? [i.record] : [])),
    units: kept.flatMap((i) => (i.kind === "unit" ? [i.record] : [])),
  };
}

/** What a person may correct, per kind of candidate, in the order offered. */
export const CORRECTABLE = {
  row: ["entity_code", "year", "score", "zone", "opinion", "opinion_text", "rank_province", "rank_national"],
  unit: ["entity_code", "year", "unit_name", "score", "zone", "opinion"],
} as const;
export const CORRECTABLE_FIELDS = ["entity_code", "year", "unit_name", "score", "zone", "opinion", "opinion_text", "rank_province", "rank_national"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const isCorrectable = (kind: ReviewItem["kind"], field: string): field is CorrectableField =>
  (CORRECTABLE[kind] as readonly string[]).includes(field);

/** Why a typed value is not one (before the import's rules are asked). */
export type CorrectionProblem =
  | { code: "format"; field: CorrectableField }
  | { code: "required"; field: CorrectableField }
  | { code: "too-long"; field: CorrectableField }
  | { code: "unknown-body"; text: string }
  | { code: "ambiguous-body"; text: string; options: string[] };

/** Words that empty a cell. */
const CLEAR = /^(?:-|—|kosong|kosongkan|hapus|tidak ada|none|clear|empty|delete)$/i;
const REQUIRED: readonly CorrectableField[] = ["entity_code", "year", "unit_name"];
const MAX_TEXT = 200;

/** The body a person typed: its code, or a name the gazetteer knows for exactly one body. */
function typedBody(text: string, ctx: ExtractContext): { body: string } | CorrectionProblem {
  const upper = text.toUpperCase();
  if (ctx.gazetteer.bodies.has(upper)) return { body: upper };
  const codes = [...new Set(ctx.gazetteer.keys.get(normalizeName(text))?.sources.map((s) => s.code) ?? [])].sort();
  if (codes.length === 1) return { body: codes[0]! };
  if (codes.length === 0) return { code: "unknown-body", text };
  return { code: "ambiguous-body", text, options: codes.map((c) => ctx.gazetteer.bodies.get(c)?.name ?? c) };
}

/** The cells that follow a body and a year: its name, category and province of that year (results rows only). */
function bodyCells(kind: ReviewItem["kind"], code: string, year: string, ctx: ExtractContext): Record<string, string> {
  const body = ctx.gazetteer.bodies.get(code);
  if (!body) return { entity_code: code };
  if (kind === "unit") return { entity_code: code, entity_name: body.name };
  const y = Number(year);
  const regional = body.category === "kabupaten" || body.category === "kota";
  const province = body.category === "provinsi" ? code : regional && body.province_code && Number.isInteger(y) ? provinceAt(body.province_code, y) : "";
  return { entity_code: code, entity_name: body.name, category: body.category, province_code: province };
}

/**
 * A typed correction as cells ("94,39" is 94.39, "zona hijau" is hijau, "kategori a" is A, "ke-4" is 4, "-" empties
 * the cell), or why it is not a value of that field. The import's own rules are checked afterwards (see
 * `refusalsOfCorrection`).
 */
export function parseCorrection(item: ReviewItem, field: CorrectableField, typed: string, ctx: ExtractContext): { cells: Record<string, string> } | CorrectionProblem {
  const text = typed.trim().replace(/\s+/g, " ");
  const cells = (extra: Record<string, string>) => ({ cells: extra });
  if (text === "") return { code: "required", field };
  if (CLEAR.test(text)) return REQUIRED.includes(field) ? { code: "required", field } : cells({ [field]: "" });
  switch (field) {
    case "entity_code": {
      const body = typedBody(text, ctx);
      return "body" in body ? cells(bodyCells(item.kind, body.body, item.record.year, ctx)) : body;
    }
    case "year":
      return /^\d{4}$/.test(text) ? cells({ ...bodyCells(item.kind, item.record.entity_code, text, ctx), year: text }) : { code: "format", field };
    case "score": {
      const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
      return m ? cells({ score: m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}` }) : { code: "format", field };
    }
    case "zone":
      return cells({ zone: text.replace(/^(?:ber)?zona\s+/i, "").toLowerCase() });
    case "opinion":
      return cells({ opinion: text.replace(/^(?:kategori|opini|predikat|grade|nilai)\s+/i, "").replace(/["“”']/g, "").toUpperCase() });
    case "rank_province":
    case "rank_national": {
      const m = /^(?:(?:peringkat|ranking|rangking|nomor|no\.?|posisi)\s*)?(?:ke)?[\s-]*#?(\d{1,4})$/i.exec(text);
      return m ? cells({ [field]: String(Number(m[1])) }) : { code: "format", field };
    }
    case "opinion_text":
    case "unit_name":
      return text.length > MAX_TEXT ? { code: "too-long", field } : cells({ [field]: text });
  }
}

/** The columns a correction of `field` sets: the import's refusals of any of them refuse the typed value. */
const SETS: Record<CorrectableField, readonly string[]> = {
  entity_code: ["entity_code", "category", "province_code"],
  year: ["year", "province_code"],
  unit_name: ["unit_name"],
  score: ["score"],
  zone: ["zone"],
  opinion: ["opinion"],
  opinion_text: ["opinion_text"],
  rank_province: ["rank_province"],
  rank_national: ["rank_national"],
};

/** The import's refusals of a corrected value (other columns' problems stay the candidate's, shown with it). */
export function refusalsOfCorrection(corrected: ReviewItem, field: CorrectableField, ctx: ExtractContext): RowRefusal[] {
  return itemRefusals(corrected, ctx).filter((r) => SETS[field].includes(r.field));
}

/** The item with cells applied (as `reviewItems` would give it once they are stored). */
export function withCells(item: ReviewItem, cells: Record<string, string>): ReviewItem {
  const record = { ...item.record, ...cells } as typeof item.record;
  return { ...item, record, corrected: [...new Set([...item.corrected, ...Object.keys(cells)])] } as ReviewItem;
}
