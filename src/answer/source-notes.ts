import type { Caveat } from "./types.js";

/** What a row's note warns of: the card says it in the reply's language (the notes are the compiler's English). */
export type SourceNoteKind = "unit-average" | "recorded-as-written" | "inconsistent" | "caution" | "conflict" | "other-figure";

/** Kinds whose note is quoted on the card: the sentence alone would not say which figure differs, or what is doubted. */
const QUOTED: ReadonlySet<SourceNoteKind> = new Set(["caution", "conflict", "other-figure"]);

/** The note patterns of db/data (SOURCES.md: "note (caveats, conflicts)"), most specific first. */
const PATTERNS: [SourceNoteKind, RegExp][] = [
  // Depok 2023 "(= mean of the 7 unit scores)", Bantul 2025 "rata-rata nilai OPD", ATR/BPN 2019 "average over 240 ... offices".
  ["unit-average", /\b(?:mean|average) of (?:the )?\d* ?(?:assessed )?(?:units?|OPD|offices?)\b|rata-rata nilai (?:OPD|unit)|average over \d+ [^;]*offices/i],
  ["recorded-as-written", /recorded as written/i],
  ["inconsistent", /inconsisten/i],
  ["caution", /\bCAUTION\b|treat with caution/i],
  ["conflict", /\bCONFLICT\b|\bconflicts? with\b/i],
  // Lebong 2022 "the same article also says the previous score was 82", Bali 2022 "tribunnews printed 54,01 (typo)",
  // Batam 2021 "hariankepri gives 69.86"; not "source gives 86,2" (the score itself, as printed).
  ["other-figure", /\balso says (?:the |an )?(?:previous |earlier )?(?:score|value)\b|\bprint(?:ed|s) \d|(?<!source )\bgives \d/i],
];

/** Words saying the figure a note names is an earlier round's ("the previous score was 82"). */
const EARLIER = /\b(?:previous|earlier|prior|last year|sebelumnya|tahun lalu)\b/i;

/**
 * Caveats the notes of a body-year's rows carry, each kind once. A note that only repeats what
 * another caveat already says is left out: a conflict between stored rows, a zone or grade
 * that contradicts the score, a caution that the unit average explains.
 */
export function sourceNoteCaveats(
  notes: string[],
  known: Caveat[],
  { hasScore = true, shown = [], year = null }: { hasScore?: boolean; shown?: readonly number[]; year?: number | null } = {},
): Caveat[] {
  const kinds = new Map<SourceNoteKind, string>();
  for (const note of notes) {
    for (const [kind, re] of PATTERNS) {
      if (kinds.has(kind) || !re.test(note)) continue;
      // A conflict's note is the conflict's to say (quoted, or shown by the rows that disagree).
      if (kind === "other-figure" && (PATTERNS.some(([k, r]) => k === "conflict" && r.test(note)) || !namesAnotherFigure(note, re, shown, year))) continue;
      kinds.set(kind, note);
    }
  }
  // An average of unit scores is a caveat on a score: without one there is nothing to warn of.
  if (!hasScore) kinds.delete("unit-average");
  if (kinds.has("unit-average")) kinds.delete("caution");
  if (known.some((c) => c.kind === "conflict")) kinds.delete("conflict");
  if (known.some((c) => c.kind === "zone-contradicts-score" || c.kind === "grade-contradicts-score")) kinds.delete("recorded-as-written");
  return PATTERNS.flatMap(([note]) => {
    const quote = kinds.get(note);
    if (quote === undefined) return [];
    return [QUOTED.has(note) ? { kind: "source-note" as const, note, quote } : { kind: "source-note" as const, note }];
  });
}

/**
 * The figure after the note's words is another one for this result: not one the card already shows
 * ("hariankepri gives 69.86" for a shown 69,86), nor an earlier round's. An earlier figure is the year
 * before the report's (the latest year the note names, else the row's own): Lebong's 2023 report "also
 * says the previous score was 82", which is 2022's, so only the 2022 row (cited in that report) is at odds.
 */
function namesAnotherFigure(note: string, re: RegExp, shown: readonly number[], year: number | null): boolean {
  const at = re.exec(note)?.index ?? 0;
  const clause = note.slice(at).split(";")[0]!;
  if (year !== null && EARLIER.test(clause)) {
    const reportYear = Math.max(year, ...[...note.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0])));
    if (reportYear - 1 !== year) return false;
  }
  const figure = /\d+(?:[.,]\d+)?/.exec(clause)?.[0];
  return figure === undefined || !shown.includes(Number(figure.replace(",", ".")));
}
