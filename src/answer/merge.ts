import { ZONELESS_METHODS } from "../domain/programmes.js";
import { provinceAt } from "../domain/provinces.js";
import { bandForGrade, bandForScore, bandForZone, predicateOf } from "../domain/scales.js";
import type { ResultRow, ScaleBand, Zone } from "../store/schema.js";
import { sourceNoteCaveats } from "./source-notes.js";
import type { BodyInfo, BodyYearView, Caveat, Fact, PemprovListing, SourceRef } from "./types.js";

export interface YearScale {
  programme: string;
  year: number;
  method: string;
  sampled: boolean;
  /** False for a year without a round (2020). */
  assessed: boolean;
  confidence: string | null;
  bands: ScaleBand[];
}

export interface Candidate<T> {
  value: T;
  source: SourceRef;
  id: number;
  /** Decimals the value was printed with, when known (scores). */
  decimals?: number | null;
}

/** The most decimals any source printed a value with: 97.6 and 97.60 are one value, printed 97,60. */
function printed<T>(group: Candidate<T>[]): { decimals?: number } {
  const known = group.flatMap((c) => (typeof c.decimals === "number" ? [c.decimals] : []));
  return known.length ? { decimals: Math.max(...known) } : {};
}

export const sourceOf = (row: ResultRow): SourceRef => ({
  url: row.source_url === "" ? null : row.source_url,
  note: row.note,
  statement: row.statement,
});

/**
 * The value most sources give; at equal counts a statement about the body itself beats a
 * group statement, then the source stored first. Every other value is kept as a conflict.
 */
export function majority<T>(candidates: Candidate<T>[]): Fact<T> | null {
  if (candidates.length === 0) return null;
  const groups = new Map<T, Candidate<T>[]>();
  for (const c of candidates) groups.set(c.value, [...(groups.get(c.value) ?? []), c]);
  const weight = (g: Candidate<T>[]) => [
    g.length,
    g.some((c) => c.source.statement === "entity") ? 1 : 0,
    -Math.min(...g.map((c) => c.id)),
  ];
  const ordered = [...groups.values()].sort((a, b) => {
    const [wa, wb] = [weight(a), weight(b)];
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return (wb[i] ?? 0) - (wa[i] ?? 0);
    return 0;
  });
  const [chosen, ...others] = ordered as [Candidate<T>[], ...Candidate<T>[][]];
  return {
    value: chosen[0]!.value,
    ...printed(chosen),
    sources: chosen.map((c) => c.source),
    derived: false,
    conflicts: others.map((g) => ({ value: g[0]!.value, ...printed(g), sources: g.map((c) => c.source) })),
  };
}

function collect<T>(
  rows: ResultRow[],
  pickValue: (r: ResultRow) => T | null,
  entityOnly: boolean,
  decimalsOf: (r: ResultRow) => number | null = () => null,
): Candidate<T>[] {
  const out: Candidate<T>[] = [];
  for (const row of rows) {
    if (entityOnly && row.statement !== "entity") continue;
    const value = pickValue(row);
    if (value !== null && value !== undefined) out.push({ value, source: sourceOf(row), id: row.id, decimals: decimalsOf(row) });
  }
  return out;
}

const derivedFact = <T>(value: T): Fact<T> => ({ value, sources: [], derived: true, conflicts: [] });

/** "Kualitas Tertinggi Tanpa Maladministrasi" -> the band whose predicate is "Opini Kualitas Tertinggi". */
export function bandForOpinionText(bands: ScaleBand[], text: string): ScaleBand | null {
  const base = text.replace(/\s*tanpa maladministrasi\s*$/i, "").replace(/^opini\s+/i, "").trim().toLowerCase();
  return bands.find((b) => predicateOf(b).id.replace(/^opini\s+/i, "").toLowerCase() === base) ?? null;
}

/**
 * Merges every source of one body in one year into one view, with the caveats an honest answer
 * needs. `rows` carry provincial ranks among the kab/kota only; `pemprovLists`, the lists that
 * numbered the Pemprov too (see province-lists.ts).
 */
export function mergeBodyYear(body: BodyInfo, rows: ResultRow[], scale: YearScale | null, pemprovLists: PemprovListing[] = []): BodyYearView {
  const first = rows[0];
  const programme = first?.programme_id ?? scale?.programme ?? "";
  const year = first?.year ?? scale?.year ?? 0;
  const bands = scale?.bands ?? [];
  const caveats: Caveat[] = [];

  const score = majority(collect(rows, (r) => r.score, true, (r) => r.score_decimals));
  let zone = majority(collect<Zone>(rows, (r) => r.zone, false));
  let grade = majority(collect(rows, (r) => r.opinion, false));
  const opinionText = majority(collect(rows, (r) => r.opinion_text, false));
  const rankNational = majority(collect(rows, (r) => r.rank_national, true));
  const rankProvince = majority(collect(rows, (r) => r.rank_province, true));
  for (const [field, fact] of [
    ["score", score], ["zone", zone], ["grade", grade], ["rank_national", rankNational],
    ["rank_province", rankProvince], ["opinion_text", opinionText],
  ] as const) {
    if (fact && fact.conflicts.length > 0) caveats.push({ kind: "conflict", field });
  }

  const hasGrades = bands.some((b) => b.grade !== null);
  const zoneless = scale ? ZONELESS_METHODS.has(scale.method) : false;
  const scoreBand = score ? bandForScore(bands, score.value) : null;

  if (!grade && hasGrades) {
    const opinionBand = !scoreBand && opinionText ? bandForOpinionText(bands, opinionText.value) : null;
    const band = scoreBand ?? opinionBand;
    if (band?.grade) {
      grade = derivedFact(band.grade);
      caveats.push({ kind: opinionBand ? "grade-from-opinion" : "grade-derived" });
    }
  }
  // "pemprov aceh 2024 kategori apa": a zone alone must not read as the whole answer.
  if (!grade && hasGrades) caveats.push({ kind: "grade-not-stated" });
  if (!zone && !zoneless) {
    const band = scoreBand ?? (grade ? bandForGrade(bands, grade.value) : null);
    if (band?.zone) {
      zone = derivedFact(band.zone);
      caveats.push(scoreBand ? { kind: "zone-derived" } : { kind: "zone-from-grade" });
    }
  }
  // The bounds matter only to what was derived from a score: an opinion's wording names its band.
  const fromScore = (zone?.derived && scoreBand !== null) || (grade?.derived && scoreBand !== null);
  if (fromScore && scale?.confidence && /medium|low/i.test(scale.confidence)) {
    caveats.push({ kind: "scale-uncertain", year, confidence: scale.confidence });
  }

  const expectedBand = scoreBand ?? (grade && !grade.derived ? bandForGrade(bands, grade.value) : null);
  if (zone && !zone.derived && expectedBand?.zone && expectedBand.zone !== zone.value) {
    caveats.push({ kind: "zone-contradicts-score", stated: zone.value, expected: expectedBand.zone });
  }
  if (grade && !grade.derived && scoreBand?.grade && scoreBand.grade !== grade.value) {
    caveats.push({ kind: "grade-contradicts-score", stated: grade.value, expected: scoreBand.grade });
  }
  if (!score && (zone || grade) && rows.every((r) => r.statement === "group" || (r.zone === null && r.opinion === null))) {
    if (rows.some((r) => r.statement === "group")) caveats.push({ kind: "group-statement-only" });
  }
  if (scale?.sampled) caveats.push({ kind: "sampled-year", year });
  caveats.push(...sourceNoteCaveats(rows.map((r) => r.note), caveats, { hasScore: score !== null, shown: score ? [score.value] : [], year }));

  // The predicate follows the stated grade, else the score's band, else a zone-only scale's zone.
  const predicateBand =
    (grade && !grade.derived ? bandForGrade(bands, grade.value) : null) ??
    scoreBand ??
    (grade ? bandForGrade(bands, grade.value) : null) ??
    (zone && !hasGrades ? bandForZone(bands, zone.value) : null);

  const notes = rows
    .filter((r) => [r.score, r.zone, r.opinion, r.opinion_text, r.rank_national, r.rank_province].every((v) => v === null))
    .map((r) => r.note)
    .filter((n) => n !== "");

  return {
    body,
    programme,
    year,
    provinceCode:
      rows.find((r) => r.province_code !== null)?.province_code ??
      (body.provinceCode === null ? null : provinceAt(body.provinceCode, year)),
    score,
    zone,
    grade,
    opinionText,
    predicate: predicateBand ? predicateOf(predicateBand) : null,
    rankNational,
    rankProvince,
    pemprovLists,
    notes,
    sources: rows.map(sourceOf),
    caveats,
  };
}

/** A view has a result worth stating (not only a note). */
export const hasResult = (v: BodyYearView) =>
  Boolean(v.score || v.zone || v.grade || v.opinionText || v.rankNational || v.rankProvince || v.pemprovLists.length > 0);
