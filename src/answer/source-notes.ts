import type { Caveat } from "./types.js";

/** What a row's note warns of: the card says it in the reply's language (the notes are the compiler's English). */
export type SourceNoteKind = "unit-average" | "recorded-as-written" | "inconsistent" | "caution" | "conflict";

/** The note patterns of db/data (SOURCES.md: "note (caveats, conflicts)"), most specific first. */
const PATTERNS: [SourceNoteKind, RegExp][] = [
  // Depok 2023 "(= mean of the 7 unit scores)", Bantul 2025 "rata-rata nilai OPD", ATR/BPN 2019 "average over 240 ... offices".
  ["unit-average", /\b(?:mean|average) of (?:the )?\d* ?(?:assessed )?(?:units?|OPD|offices?)\b|rata-rata nilai (?:OPD|unit)|average over \d+ [^;]*offices/i],
  ["recorded-as-written", /recorded as written/i],
  ["inconsistent", /inconsisten/i],
  ["caution", /\bCAUTION\b|treat with caution/i],
  ["conflict", /\bCONFLICT\b|\bconflicts? with\b/i],
];

/**
 * Caveats the notes of a body-year's rows carry, each kind once. A note that only repeats what
 * another caveat already says is left out: a conflict between stored rows, a zone or grade
 * that contradicts the score, a caution that the unit average explains.
 */
export function sourceNoteCaveats(notes: string[], known: Caveat[], hasScore = true): Caveat[] {
  const kinds = new Set<SourceNoteKind>();
  for (const note of notes) for (const [kind, re] of PATTERNS) if (re.test(note)) kinds.add(kind);
  // An average of unit scores is a caveat on a score: without one there is nothing to warn of.
  if (!hasScore) kinds.delete("unit-average");
  if (kinds.has("unit-average")) kinds.delete("caution");
  if (known.some((c) => c.kind === "conflict")) kinds.delete("conflict");
  if (known.some((c) => c.kind === "zone-contradicts-score" || c.kind === "grade-contradicts-score")) kinds.delete("recorded-as-written");
  return PATTERNS.filter(([kind]) => kinds.has(kind)).map(([note]) => ({ kind: "source-note" as const, note }));
}
