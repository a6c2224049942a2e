/**
 * One pass over a question's tokens: names, lexicon cues, numbers and years, in token order. Names are read
 * first; the lexicon reads what is left; words nothing could read are a named unit ("Puskesmas Iringmulyo"),
 * a misspelt name (the fuzzy fallback) or a name that matches nothing ("kota Atlantis").
 */
import { correctLexiconWord, FIELD_UNIT_WORDS, lexiconWord, matchLexicon, type Cue, type IntentCue } from "./lexicon.js";
import { mayBeMisspeltName, oneWordGuessAllowed } from "./name-words.js";
import { numberAt, type Token } from "./normalize.js";
import { findNames, fuzzyName, type Gazetteer, type NameMatch } from "./resolve.js";
import { islandGroupAt, type IslandGroupAt } from "./island-groups.js";

const MAX_FUZZY_SPANS = 2;
const DATA_INTENTS = new Set<IntentCue>(["score", "rank", "top", "bottom", "compare", "trend", "units"]);
const MAX_FUZZY_WORDS = 4;
/** Words of an office's name that name no organisation by themselves ("badan pertanahan" is ATR/BPN's). */
const OFFICE_WORDS = new Set(["badan", "kantor", "bidang", "urusan", "layanan", "pelayanan"]);
/** Words that open an organisation's name ("Badan Kepegawaian Negara", "Komisi Pemilihan Umum"). */
const ORGANISATION_HEADS = new Set(["badan", "komisi", "dewan", "otoritas", "majelis", "mahkamah", "komnas", "kejaksaan",
  "pengadilan", "sekretariat", "inspektorat", "direktorat"]);
/** Words that end an organisation's name and are read as something else on their own ("negara", "nasional"). */
const ORGANISATION_TAILS = new Set(["negara", "nasional", "indonesia", "republik", "ri", "pusat", "daerah", "umum"]);
/** Titles inside a unit's name ("RSUD dr. H. Abdul Moeloek"), read from the raw token. */
const TITLES = new Set(["dr", "drs", "h", "hj", "ir", "prof", "kh", "st"]);

export interface CueAt {
  cue: Cue;
  start: number;
  end: number;
}

/** Words as typed, at a token span [start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Reading {
  tokens: readonly Token[];
  cues: CueAt[];
  numbers: { value: number; start: number; end: number }[];
  years: number[];
  names: NameMatch[];
  /** Words written as a name that match no body. */
  unmatched: Span[];
  /** The words naming a unit after its kind. */
  unitName: Span | null;
  /** Island groups named outside any name ("se-Sumatera"): no province, so no scope Rapor ranks within. */
  islandGroups: IslandGroupAt[];
}

/** Years in a wide but sane range; "thn 22" gives 2022. */
const isYear = (n: number) => n >= 2000 && n <= 2099;

/** The calendar year in Indonesian time (WIB, UTC+7): assessment years and "tahun lalu" follow it. */
export function currentYear(now: Date): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

const rawSpan = (tokens: readonly Token[], start: number, end: number): Span => ({
  start, end, text: tokens.slice(start, end).map((t) => t.raw).join(" "),
});

/** Programme phrases naming the ministry ("kemenpan rb") stay a programme cue, never a name of another body. */
function programmeTokens(words: readonly string[]): boolean[] {
  const blocked = words.map(() => false);
  const free = words.map(() => true);
  for (let i = 0; i < words.length; i++) {
    const lex = matchLexicon(words, free, i);
    if (lex?.cues.some((c) => c.kind === "programme")) for (let j = i; j < i + lex.length; j++) blocked[j] = true;
    if (lex) i += lex.length - 1;
  }
  return blocked;
}

export function read(gazetteer: Gazetteer, tokens: readonly Token[], now: Date): Reading {
  const words = tokens.map((t) => t.norm);
  // Lexicon forms: "zonaa merah", "nilainya" read as "zona merah", "nilai".
  const lexWords = words.map((w) => lexiconWord(w) ?? w);
  const names = withoutNeedlessGuesses(findNames(gazetteer, tokens, programmeTokens(lexWords)), tokens);
  const free = words.map(() => true);
  for (const m of names) for (let j = m.start; j < m.end; j++) free[j] = false;

  const cues: CueAt[] = [];
  const numbers: Reading["numbers"] = [];
  const years: number[] = [];
  const unknown = new Set<number>();
  const islandGroups: IslandGroupAt[] = [];
  let i = 0;
  while (i < words.length) {
    if (!free[i]) {
      i++;
      continue;
    }
    const w = words[i]!;
    if (/^\d/.test(w)) {
      const value = Number(w);
      const afterYearWord = cues.some((c) => c.cue.kind === "year-word" && c.end === i);
      if (/^\d{4}$/.test(w) && isYear(value)) years.push(value);
      else if (afterYearWord && /^\d{2}$/.test(w) && value >= 10 && value <= 60) years.push(2000 + value);
      else if (Number.isFinite(value)) numbers.push({ value, start: i, end: i + 1 });
      i++;
      continue;
    }
    const island = islandGroupAt(tokens, (j) => free[j] === true, i);
    if (island) {
      islandGroups.push(island);
      i = island.end;
      continue;
    }
    const lex = matchLexicon(lexWords, free, i);
    if (lex) {
      for (const cue of lex.cues) cues.push({ cue, start: i, end: i + lex.length });
      i += lex.length;
      continue;
    }
    const num = numberAt(words, i);
    if (num) {
      numbers.push({ value: num.value, start: i, end: i + num.length });
      i += num.length;
      continue;
    }
    const corrected = correctLexiconWord(w);
    const fixed = corrected ? matchLexicon([corrected], [true], 0) : null;
    if (fixed) {
      for (const cue of fixed.cues) cues.push({ cue, start: i, end: i + 1 });
    } else {
      unknown.add(i);
    }
    i++;
  }

  const unitName = readUnitName(tokens, cues, unknown);
  if (unitName) for (let j = unitName.start; j < unitName.end; j++) unknown.delete(j);
  const yearSaid = years.length > 0 || cues.some((c) => c.cue.kind === "year-offset");
  const unmatched = readMisspeltNames(gazetteer, tokens, cues, unknown, names, yearSaid);

  // "2 tahun lalu": the number scales the offset.
  for (const c of cues) {
    if (c.cue.kind !== "year-offset") continue;
    const before = numbers.find((n) => n.end === c.start && Number.isInteger(n.value) && n.value >= 1);
    const offset = before && c.cue.offset < 0 && before.value <= 20 ? -before.value : c.cue.offset;
    if (before && c.cue.offset < 0) numbers.splice(numbers.indexOf(before), 1);
    years.push(currentYear(now) + offset);
  }
  return { tokens, cues, numbers, years, names, unmatched, unitName, islandGroups };
}

const exactlyNamed = (names: readonly NameMatch[]) => names.some((m) => m.corrections === 0 && !m.fuzzy);

/** One-word names read only through a typo correction, dropped where the message names a body exactly. */
function withoutNeedlessGuesses(names: NameMatch[], tokens: readonly Token[]): NameMatch[] {
  const exact = exactlyNamed(names);
  return names.filter((m) => m.end - m.start > 1 || m.corrections === 0 || oneWordGuessAllowed(tokens[m.start]!.norm, exact));
}

/** "Puskesmas Iringmulyo", "RSUD dr. Ahmad Yani": the unknown words right after a unit kind name one unit. */
function readUnitName(tokens: readonly Token[], cues: CueAt[], unknown: ReadonlySet<number>): Span | null {
  for (const c of cues) {
    if (c.cue.kind !== "unit" || c.cue.unit === null) continue;
    let end = c.end;
    while (unknown.has(end) || (TITLES.has(tokens[end]?.raw.toLowerCase() ?? "") && unknown.has(end + 1))) end++;
    if (end > c.end) return rawSpan(tokens, c.end, end);
  }
  return null;
}

/**
 * The fallback for words nothing could read: runs of unknown words that may be a name, searched by fuse.js
 * (the runs written as names first). A run found is added to `names`; a run written as a name that finds
 * nothing (after a category word, capitalized inside the sentence, an organisation's or an abbreviation's shape
 * in a question about data) is returned as unmatched.
 */
function readMisspeltNames(gazetteer: Gazetteer, tokens: readonly Token[], cues: CueAt[], unknown: ReadonlySet<number>,
  names: NameMatch[], yearSaid: boolean): Span[] {
  const spans: number[][] = [];
  for (const j of [...unknown].sort((a, b) => a - b)) {
    if (!mayBeMisspeltName(tokens[j]!.norm)) continue;
    const last = spans.at(-1);
    if (last && last.at(-1) === j - 1 && last.length < MAX_FUZZY_WORDS) last.push(j);
    else spans.push([j]);
  }
  // "lampung utrx": a name-like word right after a name may be the rest of a longer one. Read together they
  // name another body: the user chooses between both, rather than the shorter name with the word ignored.
  const joined = new Set<number[]>();
  for (const span of spans) {
    const m = names.find((n) => n.end === span[0] && !n.fuzzy);
    if (!m) continue;
    const end = span.at(-1)! + 1;
    const found = fuzzyName(gazetteer, tokens.slice(m.start, end).map((t) => t.norm).join(" "));
    if (!found || found.codes.every((c) => m.codes.includes(c))) continue;
    m.codes = [...new Set([...m.codes, ...found.codes])].sort();
    m.end = end;
    m.text = rawSpan(tokens, m.start, end).text;
    m.fuzzy = true;
    joined.add(span);
  }
  for (const span of joined) spans.splice(spans.indexOf(span), 1);
  const afterCategory = (span: number[]) => cues.some((c) => c.cue.kind === "category" && c.cue.category !== null && c.end === span[0]);
  // A capital inside the sentence marks a name only in a question about data that names nothing else:
  // "saya Budi dari Kompas" in a greeting names no body.
  const asksData = cues.some((c) => c.cue.kind === "intent" && DATA_INTENTS.has(c.cue.intent));
  const capitalized = (span: number[]) => asksData && names.length === 0 && span[0]! > 0 && /^\p{Lu}/u.test(tokens[span[0]!]!.raw);
  // "BPJS Kesehatan": words nothing could read before a field's name are an organisation's name, not a Dinas Kesehatan.
  const fieldAfter = (span: number[]) =>
    span.some((j) => !OFFICE_WORDS.has(tokens[j]!.norm)) ? cues.find((c) => c.cue.kind === "unit" && c.start === span.at(-1)! + 1 &&
      FIELD_UNIT_WORDS.has(tokens.slice(c.start, c.end).map((t) => t.norm).join(" "))) : undefined;
  // A question about data (a year, or a question word) may name a body Rapor lacks: "badan kepegawaian negara
  // 2023" (an organisation's first word), "BKN 2023" (capitals not shouted), "bkn 2023 nilainya" (a short word
  // with no vowel, in a question asking a score of a year: chat's own vowel-less abbreviations are chat words).
  // Only where nothing else is named, or the words are joined to a name ("BKN dan BPS 2023"): next to a body,
  // a stray word is no second one.
  const isNumber = (j: number) => /^\d/.test(tokens[j]?.norm ?? "");
  // A name at j, or after the numbers (a year) from j on, stepping `step`: "BPS 2022 dan KPU" joins KPU to BPS.
  const nameAt = (j: number, step: 1 | -1) => {
    let k = j;
    while (isNumber(k)) k += step;
    return names.some((m) => (step === 1 ? m.start === k : m.end === k + 1));
  };
  const joinedToName = (span: number[]) => cues.some((c) => (c.cue.kind === "connector" || (c.cue.kind === "intent" && c.cue.intent === "compare")) &&
    ((c.start === span.at(-1)! + 1 && nameAt(c.end, 1)) || (c.end === span[0] && nameAt(c.start - 1, -1))));
  const aboutData = (span: number[]) => (asksData || yearSaid) && (names.length === 0 || joinedToName(span));
  const words = tokens.filter((t) => /^\p{L}{2,}$/u.test(t.raw));
  const shouted = words.length > 1 && words.every((t) => t.raw === t.raw.toUpperCase());
  const organisation = (span: number[]) => span.length > 1 && ORGANISATION_HEADS.has(tokens[span[0]!]!.norm) && aboutData(span);
  const abbreviation = (span: number[]) => {
    const raw = tokens[span[0]!]!.raw;
    if (span.length > 1 || !aboutData(span)) return false;
    if (!shouted && /^\p{Lu}{3,6}$/u.test(raw)) return true;
    return asksData && yearSaid && /^[b-df-hj-np-tv-z]{3,5}$/i.test(raw);
  };
  const writtenAsName = (span: number[]) => afterCategory(span) || capitalized(span) || fieldAfter(span) !== undefined ||
    organisation(span) || abbreviation(span);
  const asName = new Set(spans.filter(writtenAsName));
  const ordered = [...asName, ...spans.filter((s) => !asName.has(s))].slice(0, MAX_FUZZY_SPANS);
  const unmatched: Span[] = [];
  for (const span of ordered) {
    const start = span[0]!;
    const end = span.at(-1)! + 1;
    const text = span.map((j) => tokens[j]!.norm).join(" ");
    const guess = span.length > 1 || oneWordGuessAllowed(text, exactlyNamed(names));
    const found = guess ? fuzzyName(gazetteer, text) : null;
    if (found) {
      names.push({ start, end, codes: found.codes, text: rawSpan(tokens, start, end).text, corrections: 0, fuzzy: true });
    } else if (asName.has(span)) {
      const field = fieldAfter(span);
      let last = field?.end ?? end;
      // "Badan Kepegawaian Negara": the words that end such a name are part of it, not a scope or a category.
      if (organisation(span)) while (last < tokens.length && ORGANISATION_TAILS.has(tokens[last]!.norm) && !names.some((m) => m.start === last)) last++;
      unmatched.push(rawSpan(tokens, start, last));
      // The words taken are part of that name: no unit kind (or scope) is asked.
      for (let k = cues.length - 1; k >= 0; k--) if (cues[k]!.start >= end && cues[k]!.start < last) cues.splice(k, 1);
    }
  }
  names.sort((a, b) => a.start - b.start);
  unmatched.sort((a, b) => a.start - b.start);
  return unmatched;
}
