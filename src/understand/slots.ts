/** Slots read from the lexicon cues of a question: scale words, category, ranking size, output, measure. */
import type { Category, Zone } from "../store/schema.js";
import type { IntentCue } from "./lexicon.js";
import type { BodyRef, Query } from "./query.js";
import type { CueAt, Reading } from "./reading.js";
import type { Gazetteer } from "./resolve.js";

export interface Scale {
  zone: Zone | null;
  grade: string | null;
  topic: string | null;
  /** A grade cue that found its letter ("daerah dengan opini A"): its "nilai/opini" asks for no score. */
  gradeCueStarts: ReadonlySet<number>;
}

/** Zone, grade and predicate words; "opini B", "grade a", "nilai A" (after nilai/dapat only in capitals). */
export function readScale(reading: Reading): Scale {
  const { cues, tokens, names } = reading;
  let zone: Zone | null = null;
  let grade: string | null = null;
  let predicate: string | null = null;
  for (const c of cues) {
    if (c.cue.kind === "zone") zone ??= c.cue.zone;
    if (c.cue.kind === "predicate") {
      predicate ??= c.cue.text;
      zone ??= c.cue.zone;
      grade ??= c.cue.grade;
    }
  }
  const gradeCueStarts = new Set<number>();
  for (const c of cues) {
    if (c.cue.kind !== "grade-cue") continue;
    const next = tokens[c.end];
    if (!next || !/^[a-e]$/i.test(next.raw)) continue;
    if (names.some((m) => m.start <= c.end && c.end < m.end)) continue;
    if (c.cue.strict && next.raw !== next.raw.toUpperCase()) continue;
    grade ??= next.raw.toUpperCase();
    gradeCueStarts.add(c.start);
  }
  return { zone, grade, topic: predicate ?? zone ?? grade, gradeCueStarts };
}

/**
 * The category word said; "kabupaten/kota" together mean none; with no word, the one category the bodies
 * named share.
 */
export function categoryOf(words: readonly (Category | null)[], entities: readonly BodyRef[], gazetteer: Gazetteer): Category | null {
  const distinct = [...new Set(words.filter((c): c is Category => c !== null))];
  if (distinct.length === 2 && distinct.includes("kabupaten") && distinct.includes("kota")) return null;
  if (distinct.length > 0) return distinct[0]!;
  if (entities.length === 0 || words.length > 0) return null;
  const categories = new Set(entities.map((e) => gazetteer.bodies.get(e.code)?.category));
  return categories.size === 1 ? ([...categories][0] ?? null) : null;
}

/** The longest ranking a question may ask for; "top 1000" is read as this, and the reply says so. */
export const MAX_RANKING_N = 100;

export interface Ranking {
  direction: "top" | "bottom" | null;
  n: number | null;
  /** The size written when it was above MAX_RANKING_N ("top 1000"). */
  cappedFrom: number | null;
  /** The number was written ("5 besar", "top 3"), not implied by "peringkat terakhir". */
  nStated: boolean;
}

type NumberAt = Reading["numbers"][number];

/**
 * The far end of a range of places that starts at `from` ("1 sampai 3", "rank 1 to 3", "1-3", read as "1 3"):
 * a top of that many. Null when no range follows, or it runs backwards.
 */
function rangeTo(reading: Reading, from: NumberAt): NumberAt | null {
  const word = reading.cues.find((c) => c.cue.kind === "range-to" && c.start === from.end);
  const to = reading.numbers.find((x) => x.start === (word ? word.end : from.end));
  return to && Number.isInteger(from.value) && Number.isInteger(to.value) && to.value > from.value ? to : null;
}

/** "5 besar", "top 3", "10 terbawah", "lima kabupaten terbaik", "peringkat 1 di Jambi", "ranked last". */
export function readRanking(reading: Reading, named: number): Ranking {
  const { cues, numbers } = reading;
  const isSkippable = (j: number) => cues.some((c) => c.start === j && (c.cue.kind === "category" || c.cue.kind === "stop"));
  const skip = (j: number, step: 1 | -1) => {
    let k = j;
    while (isSkippable(k)) k += step;
    return k;
  };
  const rankish = (c: CueAt) =>
    c.cue.kind === "top-after-number" || (c.cue.kind === "intent" && (c.cue.intent === "top" || c.cue.intent === "bottom"));
  let direction: Ranking["direction"] = null;
  let n: number | null = null;
  let cappedFrom: number | null = null;
  for (const c of cues) {
    if (!rankish(c)) continue;
    const after = numbers.find((x) => x.start === skip(c.end, 1));
    const before = numbers.find((x) => x.end - 1 === skip(c.start - 1, -1));
    if (c.cue.kind === "top-after-number" && !before) continue;
    const found = before ?? (after && rangeTo(reading, after)) ?? after;
    if (found && Number.isInteger(found.value) && found.value > MAX_RANKING_N && n === null) {
      n = MAX_RANKING_N;
      cappedFrom = found.value;
    }
    if (found && Number.isInteger(found.value) && found.value >= 1 && found.value <= MAX_RANKING_N && n === null) n = found.value;
    direction ??= c.cue.kind === "intent" && c.cue.intent === "bottom" ? "bottom" : "top";
  }
  // "peringkat 1 di Jambi" with no body: the first N of a ranking.
  if (direction === null && named === 0) {
    for (const c of cues) {
      if (c.cue.kind !== "intent" || c.cue.intent !== "rank") continue;
      const start = numbers.find((x) => x.start === c.end);
      const found = (start && rangeTo(reading, start)) ?? start;
      if (found && Number.isInteger(found.value) && found.value >= 1 && found.value <= 50) {
        direction = "top";
        n = found.value;
      }
    }
  }
  const nStated = n !== null;
  // "which city ranked last": one place.
  if (n === null && cues.some((c) => c.cue.kind === "place")) n = 1;
  return { direction, n, nStated, cappedFrom };
}

/** A chart when a chart word is said; a CSV for "csv", or for "export/unduh" without a chart word. */
export function outputOf(cues: readonly CueAt[]): Query["output"] {
  const outputs = cues.flatMap((c) => (c.cue.kind === "output" ? [c.cue.output] : []));
  if (outputs.includes("chart")) return "chart";
  return outputs.length > 0 ? "csv" : null;
}

/**
 * The ranks a rank question asks for: "nasional" and a province said ("di Lampung sm nasional") ask for both;
 * null when it says neither.
 */
export function rankScopeOf(cues: readonly CueAt[], provinceSaid: boolean): Query["rankScope"] {
  const national = cues.some((c) => c.cue.kind === "national");
  if (national && provinceSaid) return "both";
  if (national) return "national";
  return provinceSaid ? "province" : null;
}

export const intentCues = (cues: readonly CueAt[]): Set<IntentCue> =>
  new Set(cues.flatMap((c) => (c.cue.kind === "intent" ? [c.cue.intent] : [])));

/** Words after "tahun"/"year" that ask which year: "tahun berapa", "tahun apa", "tahun brp" (normalized). */
const WHICH = new Set(["berapa", "apa", "mana", "kapan"]);

/**
 * "lampung utara ranking 4 provinsi tahun brp?", "in which year was Tebo ranked 1 in Jambi?": a rank number
 * right after a rank word, and a year asked for ("tahun berapa", "which/what year", "kapan"). The scope is the
 * word after the number or a province/national word anywhere ("se-Jambi", "nasional").
 */
export function yearOfRankOf(reading: Reading): Query["yearOfRank"] {
  const { cues, numbers, tokens } = reading;
  const rankCue = cues.find((c) => c.cue.kind === "intent" && c.cue.intent === "rank" && numbers.some((n) => n.start === c.end));
  const number = rankCue ? numbers.find((n) => n.start === rankCue.end) : undefined;
  if (!rankCue || !number || !Number.isInteger(number.value) || number.value < 1 || number.value > 600) return null;
  const norm = (j: number) => tokens[j]?.norm ?? "";
  const yearWordAt = (j: number) => cues.some((c) => c.cue.kind === "year-word" && c.start === j);
  const asksYear = tokens.some((_, j) =>
    (yearWordAt(j) && WHICH.has(norm(j + 1))) || (["which", "what"].includes(norm(j)) && yearWordAt(j + 1)) || norm(j) === "kapan" || norm(j) === "when");
  if (!asksYear) return null;
  const provinceAfter = cues.some((c) => c.start === number.end && c.cue.kind === "category" && c.cue.category === "provinsi");
  const within = cues.some((c) => (c.cue.kind === "within" && reading.names.some((m) => m.start === c.end)) || c.cue.kind === "own-province");
  const national = cues.some((c) => c.cue.kind === "national");
  const scope = provinceAfter || (within && !national) ? "province" : national ? "national" : null;
  return { position: number.value, scope };
}

/**
 * The one score a question gives ("nilai 88", "is 80 a green zone score", "skor 77,99"): a number of 0-100 that
 * is no ranking size or place ("5 besar", "peringkat 3"). Null when there is none, or several.
 */
export function scoreAskedOf(reading: Reading): number | null {
  const { cues, numbers } = reading;
  const ranking = (c: CueAt) => c.cue.kind === "top-after-number" || c.cue.kind === "place" ||
    (c.cue.kind === "intent" && ["rank", "top", "bottom"].includes(c.cue.intent));
  const scores = numbers.filter((n) => n.value >= 0 && n.value <= 100 &&
    !cues.some((c) => ranking(c) && (c.end === n.start || c.start === n.end)));
  return scores.length === 1 ? scores[0]!.value : null;
}
