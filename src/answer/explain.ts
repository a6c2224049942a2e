import { OMBUDSMAN, ZONELESS_METHODS } from "../domain/programmes.js";
import { bandForScore, predicateOf } from "../domain/scales.js";
import type { ScaleBand, Zone } from "../store/schema.js";
import type { Catalog } from "./catalog.js";
import type { BodyYearView, Caveat, ExplainAnswer, ScaleEntry } from "./types.js";

export interface ExplainTopic {
  zone?: Zone | null;
  grade?: string | null;
  /** A predicate as people write it: "kualitas tinggi", "kepatuhan sedang", "pelayanan prima". */
  predicate?: string | null;
  year?: number | null;
  /**
   * A score looked up on the scale ("nilai 88 tahun 2023 masuk kategori apa"): the band it falls in, each year;
   * the zone or grade is then the one asked about ("is 80 a green zone score?"), not a filter.
   */
  score?: number | null;
}

const TANPA_MALADMINISTRASI = "tanpa maladministrasi";
const TANPA_RE = /tanpa\s+maladministrasi/i;

/** At least one source gives the body's opinion the suffix "Tanpa Maladministrasi". */
export const statesTanpaMaladministrasi = (v: BodyYearView) =>
  v.opinionText !== null && [v.opinionText.value, ...v.opinionText.conflicts.map((c) => c.value)].some((t) => TANPA_RE.test(t));

/** "Opini Kualitas Tinggi" ~ "kualitas tinggi"; "Baik (Dengan Catatan)" ~ "baik dengan catatan". */
const normalizePredicate = (s: string) =>
  s.toLowerCase().replace(/^(opini|predikat|predicate)\s+/, "").replace(/[()]/g, " ").replace(/\s+/g, " ").trim();

function bandMatches(band: ScaleBand, programme: string, topic: ExplainTopic): boolean {
  if (topic.zone && band.zone !== topic.zone) return false;
  // A bare grade letter means the Ombudsman grade; the IPP's grades are asked by their predicate.
  if (topic.grade && (band.grade !== topic.grade || programme !== OMBUDSMAN)) return false;
  if (topic.predicate) {
    const wanted = normalizePredicate(topic.predicate);
    const p = predicateOf(band);
    if (normalizePredicate(p.id) !== wanted && normalizePredicate(p.en) !== wanted) return false;
  }
  if (!topic.zone && !topic.grade && !topic.predicate && programme !== OMBUDSMAN) return false;
  return true;
}

const sameBand = (a: ScaleBand, b: ScaleBand) =>
  a.min === b.min && a.max === b.max && a.zone === b.zone && a.grade === b.grade && predicateOf(a).id === predicateOf(b).id;

/** What a zone, grade or predicate means, or a year's whole scale: the bands, grouped over the years they held. */
export function explainScale(catalog: Catalog, topic: ExplainTopic): ExplainAnswer {
  const entries: ScaleEntry[] = [];
  const caveats: Caveat[] = [];
  const scales = [...catalog.scales.values()]
    .filter((s) => s.bands.length > 0 && (!topic.year || s.year === topic.year))
    .sort((a, b) => a.programme.localeCompare(b.programme) || a.year - b.year);
  const score = topic.score ?? null;
  for (const scale of scales) {
    // 2025 dropped colour zones: its bands are explained by grade and predicate only.
    const bands = ZONELESS_METHODS.has(scale.method) ? scale.bands.map((b) => ({ ...b, zone: null })) : scale.bands;
    // A score is looked up on Ombudsman's 0-100 scale only (the IPP runs 1-5).
    const scoreBand = score !== null && scale.programme === OMBUDSMAN ? bandForScore(bands, score) : null;
    for (const band of bands) {
      if (score !== null ? band !== scoreBand : !bandMatches(band, scale.programme, topic)) continue;
      const last = entries.findLast((e) => e.programme === scale.programme && sameBand(e.band, band));
      if (last && last.years.at(-1) !== undefined && isNextRound(catalog, scale.programme, last.years.at(-1)!, scale.year)) {
        last.years.push(scale.year);
      } else {
        entries.push({ years: [scale.year], programme: scale.programme, band, predicate: predicateOf(band) });
      }
    }
    // Only the confidence notes of the scales the entries come from (not another programme's same year).
    const used = entries.some((e) => e.programme === scale.programme && e.years.includes(scale.year));
    if (scale.confidence && /medium|low/i.test(scale.confidence) && used) {
      if (!caveats.some((c) => c.kind === "scale-uncertain" && c.confidence === scale.confidence)) {
        caveats.push({ kind: "scale-uncertain", year: scale.year, confidence: scale.confidence });
      }
    }
  }
  const topicText = topic.zone ?? topic.grade ?? topic.predicate ?? (topic.year ? String(topic.year) : "");
  // "Tanpa Maladministrasi" qualifies a 2025 opinion; it is no band: what it means, and how many bodies hold one.
  if (topic.predicate && normalizePredicate(topic.predicate) === TANPA_MALADMINISTRASI) {
    const bodies = [...catalog.viewsByYear.values()].flat().filter(statesTanpaMaladministrasi);
    const years = [...new Set(bodies.map((v) => v.year))].sort((a, b) => a - b);
    return { kind: "explain", topic: topicText, entries: [], caveats: [], modifier: { years, bodies: bodies.length } };
  }
  // "zona hitam": no official zone. Only a zoneless year's scale file names it (one 2026 seminar slide): said so.
  if (topic.zone && entries.length === 0) {
    for (const scale of scales.filter((s) => ZONELESS_METHODS.has(s.method))) {
      for (const band of scale.bands.filter((b) => b.zone === topic.zone)) {
        entries.push({ years: [scale.year], programme: scale.programme, band, predicate: predicateOf(band) });
      }
    }
    if (entries.length > 0) return { kind: "explain", topic: topicText, entries, caveats, unofficialZone: true };
  }
  if (score !== null) {
    return { kind: "explain", topic: topicText, entries, caveats, score: { value: score, zone: topic.zone ?? null, grade: topic.grade ?? null } };
  }
  return { kind: "explain", topic: topicText, entries, caveats };
}

/** Consecutive rounds, skipping years without one (2020). */
function isNextRound(catalog: Catalog, programme: string, from: number, to: number): boolean {
  for (let y = from + 1; y < to; y++) {
    if ([...catalog.scales.values()].some((s) => s.programme === programme && s.year === y && s.bands.length > 0)) return false;
  }
  return true;
}
