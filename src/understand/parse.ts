/**
 * Question -> Query: intent and slots, names resolved to codes.
 *
 * Decisions (see also resolve.ts):
 * - A province named after "di / se- / dalam / in / within", or in a ranking question (top, bottom, list, stats),
 *   or next to a body inside it ("Deli Serdang di Sumut"), is a filter (`province`); otherwise it is the body asked
 *   about ("nilai Provinsi Lampung 2023", "Lampung 2023 peringkat berapa dari 34 provinsi").
 * - "top"/"bottom" without a number leave `n` null (the engine's default). "kabupaten terbaik nasional 2022" is
 *   top, category kabupaten, no province. With a body and no number, "terbaik" asks for its rank.
 * - `category` is the category word said; when none is said, the one category shared by the bodies named.
 *   "kabupaten/kota" together mean no category.
 * - `year`: the first year named, else "tahun lalu"/"last year" from the clock (WIB), else "latest" for
 *   "terbaru/terakhir/latest", else null. One body with two years or more is a trend.
 * - Input longer than MAX_INPUT_CHARS, code/SQL, mostly another script or mixed-script words: "unknown".
 */
import type { Category, Zone } from "../store/schema.js";
import { correctLexiconWord, detectLanguage, lexiconWord, matchLexicon, type Cue, type IntentCue } from "./lexicon.js";
import { MAX_INPUT_CHARS, numberAt, tokenize, type Token } from "./normalize.js";
import type { BodyRef, Intent, Query } from "./query.js";
import { findNames, fuzzyName, type Gazetteer, type GazetteerBody, type NameMatch } from "./resolve.js";

export interface ParseOptions {
  /** The clock for "tahun lalu" / "last year" (tests inject one). */
  now?: Date;
}

const MAX_FUZZY_SPANS = 2;
const MAX_FUZZY_WORDS = 4;

/** A query that asks nothing yet: every slot empty, intent "unknown". */
export function emptyQuery(text: string): Query {
  return {
    text, intent: "unknown", language: "id", entities: [], ambiguous: [], unmatched: [], year: null, years: [], province: null,
    category: null, n: null, unit: null, zone: null, grade: null, topic: null,
    programme: null, measure: null, rankScope: null, output: null, unitName: null,
  };
}

/** SQL, HTML or program code pasted as a question. */
export function looksLikeCode(text: string): boolean {
  if (/<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/i.test(text)) return true;
  if (/\b(?:select|insert|update|delete|drop|union|create|alter|truncate|exec)\b[\s\S]{0,120}\b(?:from|into|table|set|where|select|database|values)\b/i.test(text)) return true;
  if (/['"]\s*(?:or|and)\s+['"]?\w+['"]?\s*=|;\s*--|\/\*|\*\/|\b1\s*=\s*1\b/i.test(text)) return true;
  const signals = [
    /[{}]/, /;/, /=|[<>]/, /\$[\w{(]/, /`/, /\\/, /=>|->|::|\|\||&&/, /\w\(|\(\s*\)/, /#include|#!\//,
    /\b(?:function|const|let|var|return|import|export|def|class|console|printf?|echo|null|undefined|eval|script|lambda)\b/i,
  ];
  return signals.filter((re) => re.test(text)).length >= 2;
}

/** Letters of other scripts: a question mixing scripts, or mostly in another script, is not one we can read. */
function scriptCheck(tokens: Token[]): { ok: boolean; latin: Token[] } {
  let latin = 0;
  let other = 0;
  const kept: Token[] = [];
  for (const t of tokens) {
    const l = (t.norm.match(/\p{Script=Latin}/gu) ?? []).length;
    const o = (t.norm.match(/\p{L}/gu) ?? []).length - l;
    if (l > 0 && o > 0) return { ok: false, latin: [] };
    latin += l;
    other += o;
    if (o === 0) kept.push(t);
  }
  return { ok: other === 0 || other < latin, latin: kept };
}

/** Years in a wide but sane range; "thn 22" gives 2022. */
const isYear = (n: number) => n >= 2000 && n <= 2099;

function currentYear(now: Date): number {
  // Assessment years follow Indonesian time (WIB, UTC+7).
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

interface CueAt {
  cue: Cue;
  start: number;
  end: number;
}

/** The question's pieces in token order. */
interface Reading {
  cues: CueAt[];
  numbers: { value: number; start: number; end: number }[];
  years: number[];
  names: NameMatch[];
}

function read(gazetteer: Gazetteer, tokens: Token[], now: Date): Reading {
  const words = tokens.map((t) => t.norm);
  // Lexicon forms: "zonaa merah", "nilainya" read as "zona merah", "nilai".
  const lexWords = words.map((w) => lexiconWord(w) ?? w);
  const names = findNames(gazetteer, tokens);
  const free = words.map(() => true);
  for (const m of names) for (let j = m.start; j < m.end; j++) free[j] = false;

  const cues: CueAt[] = [];
  const numbers: Reading["numbers"] = [];
  const years: number[] = [];
  const unknown: number[] = [];
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
      unknown.push(i);
    }
    i++;
  }

  // Fallback for words nothing could read: runs of unknown Latin words, searched by fuse.js.
  const spans: number[][] = [];
  for (const j of unknown) {
    if (!/^\p{Script=Latin}{3,}$/u.test(words[j]!)) continue;
    const last = spans.at(-1);
    if (last && last.at(-1) === j - 1 && last.length < MAX_FUZZY_WORDS) last.push(j);
    else spans.push([j]);
  }
  for (const span of spans.slice(0, MAX_FUZZY_SPANS)) {
    const text = span.map((j) => words[j]).join(" ");
    if (span.length === 1 && text.length < 5) continue;
    const found = fuzzyName(gazetteer, text);
    if (!found) continue;
    names.push({
      start: span[0]!, end: span.at(-1)! + 1, codes: found.codes,
      text: span.map((j) => tokens[j]!.raw).join(" "), corrections: 0, fuzzy: true,
    });
  }
  names.sort((a, b) => a.start - b.start);

  // "2 tahun lalu": the number scales the offset.
  for (const c of cues) {
    if (c.cue.kind !== "year-offset") continue;
    const before = numbers.find((n) => n.end === c.start && Number.isInteger(n.value) && n.value >= 1);
    const offset = before && c.cue.offset < 0 && before.value <= 20 ? -before.value : c.cue.offset;
    if (before && c.cue.offset < 0) numbers.splice(numbers.indexOf(before), 1);
    years.push(currentYear(now) + offset);
  }
  return { cues, numbers, years, names };
}

/** Reads one question into a Query. Never throws: anything it cannot read is intent "unknown". */
export function parseQuestion(text: string, gazetteer: Gazetteer, options: ParseOptions = {}): Query {
  const input = typeof text === "string" ? text : "";
  try {
    return parse(input, gazetteer, options.now ?? new Date());
  } catch {
    return emptyQuery(input);
  }
}

/** A question reader bound to one gazetteer (for the bot, the CLI and the benchmark). */
export function createUnderstander(gazetteer: Gazetteer, defaults: ParseOptions = {}): (text: string, options?: ParseOptions) => Query {
  return (text, options) => parseQuestion(text, gazetteer, { ...defaults, ...options });
}

function parse(text: string, gazetteer: Gazetteer, now: Date): Query {
  const query = emptyQuery(text);
  if (!text.trim() || text.length > MAX_INPUT_CHARS || looksLikeCode(text)) return query;
  const script = scriptCheck(tokenize(text));
  if (!script.ok || script.latin.length === 0) return query;
  const tokens = script.latin;
  query.language = detectLanguage(tokens.map((t) => t.raw));

  // Bot commands.
  const command = /^\s*\/(\w+)/.exec(text)?.[1]?.toLowerCase();
  if (command && ["start", "help", "bantuan", "mulai", "menu"].includes(command)) return { ...query, intent: "help" };
  if (command && ["langganan", "subscribe", "ikuti", "follow"].includes(command)) query.intent = "subscribe";

  const { cues, numbers, years, names } = read(gazetteer, tokens, now);
  const has = (kind: Cue["kind"]) => cues.some((c) => c.cue.kind === kind);
  // "berapa" counts when a category or zone comes with it ("berapa daerah", "berapa yang zona merah"),
  // not in "peringkat berapa dari 34 provinsi" or "nilai berapa".
  const counting = cues.some((c) => {
    if (c.cue.kind !== "count") return false;
    if (cues.some((o) => o.cue.kind === "intent" && o.cue.intent === "stats" && o.start === c.start)) return true;
    const afterAsk = cues.some((o) => o.end === c.start && o.cue.kind === "intent" && (o.cue.intent === "rank" || o.cue.intent === "score"));
    const categoryNext = cues.some((o) => o.start === c.end && o.cue.kind === "category");
    const zoneAsked = cues.some((o) => o.cue.kind === "zone" || o.cue.kind === "predicate");
    return !afterAsk && (categoryNext || zoneAsked);
  });
  const intents = new Set<IntentCue>();
  for (const c of cues) if (c.cue.kind === "intent") intents.add(c.cue.intent);

  // ---- slots that need no names --------------------------------------------------------
  const uniqueYears = [...new Set(years)];
  query.years = uniqueYears;
  query.year = uniqueYears[0] ?? (has("latest") ? "latest" : null);

  let categoryWords = cues.flatMap((c) => (c.cue.kind === "category" ? [c.cue.category] : []));
  const units = cues.flatMap((c) => (c.cue.kind === "unit" ? [c.cue.unit] : []));
  query.unit = units.find((u) => u !== null) ?? null;

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
  // "opini B", "grade a", "nilai A" (after nilai/dapat only in capitals: "nilai a" is too loose).
  const gradeTokens = new Set<number>();
  for (const c of cues) {
    if (c.cue.kind !== "grade-cue") continue;
    const next = tokens[c.end];
    if (!next || !/^[a-e]$/i.test(next.raw)) continue;
    if (names.some((m) => m.start <= c.end && c.end < m.end)) continue;
    if (c.cue.strict && next.raw !== next.raw.toUpperCase()) continue;
    grade ??= next.raw.toUpperCase();
    gradeTokens.add(c.start);
  }
  query.zone = zone;
  query.grade = grade;
  query.topic = predicate ?? zone ?? grade;
  // A grade cue that found its letter is not a request for a score ("daerah dengan opini A").
  if (gradeTokens.size > 0 && !cues.some((c) => c.cue.kind === "intent" && c.cue.intent === "score" && !gradeTokens.has(c.start))) {
    intents.delete("score");
  }

  // ---- names: filters, entities, ambiguity -------------------------------------------
  const body = (code: string): GazetteerBody | undefined => gazetteer.bodies.get(code);
  const isProvince = (m: NameMatch) => m.codes.length === 1 && body(m.codes[0]!)?.category === "provinsi";
  const mentionedProvinces = names.filter(isProvince).map((m) => m.codes[0]!);
  const freeCategory = (() => {
    const kab = categoryWords.includes("kabupaten");
    const kota = categoryWords.includes("kota");
    return kab === kota ? null : kab ? "kabupaten" : "kota";
  })();
  for (const m of names) {
    if (m.codes.length < 2) continue;
    // "Banjar di Kalsel": the province named decides; else "kabupaten ... Bogor" said elsewhere.
    const inProvince = m.codes.filter((c) => mentionedProvinces.includes(body(c)?.province_code ?? ""));
    if (inProvince.length === 1) {
      m.codes = inProvince;
      continue;
    }
    const regions = m.codes.every((c) => ["kabupaten", "kota"].includes(body(c)?.category ?? ""));
    const ofCategory = m.codes.filter((c) => body(c)?.category === freeCategory);
    if (regions && !m.fuzzy && ofCategory.length === 1) m.codes = ofCategory;
  }

  const withinEnds = new Set(cues.filter((c) => c.cue.kind === "within").map((c) => c.end));
  const listing = ["top", "bottom", "list", "stats"].some((x) => intents.has(x as IntentCue)) ||
    cues.some((c) => c.cue.kind === "top-after-number" && numbers.some((n) => n.end === c.start)) ||
    counting;
  const filters = new Set<NameMatch>();
  const others = names.filter((m) => !isProvince(m));
  const provinceMatches = names.filter(isProvince);
  for (const m of provinceMatches) {
    const code = m.codes[0]!;
    const marked = withinEnds.has(m.start);
    // "Deli Serdang (di) Sumut": the province placing a body named with it, unless both are compared.
    const joined = cues.some((c) => c.cue.kind === "connector" && c.end === m.start);
    const contains = !intents.has("compare") && !joined &&
      others.some((o) => o.codes.every((c) => body(c)?.province_code === code));
    const comparingProvinces = intents.has("compare") && provinceMatches.length >= 2 && !marked;
    if (comparingProvinces) continue;
    if (marked || contains || (listing && others.length === 0)) filters.add(m);
  }
  const filter = names.find((m) => filters.has(m));
  query.province = filter ? filter.codes[0]! : null;
  // "peringkat Lampung Utara se-provinsi": the province of the body named (then "provinsi" is no category).
  const ownProvince = cues.filter((c) => c.cue.kind === "own-province");
  if (!query.province && ownProvince.length > 0) {
    const placed = names.find((m) => !filters.has(m) && m.codes.length === 1 && body(m.codes[0]!)?.category !== "provinsi");
    const code = placed ? (body(placed.codes[0]!)?.province_code ?? null) : null;
    if (code) {
      query.province = code;
      const starts = new Set(ownProvince.map((c) => c.start));
      categoryWords = cues.flatMap((c) => (c.cue.kind === "category" && !starts.has(c.start) ? [c.cue.category] : []));
    }
  }

  const seen = new Set<string>();
  for (const m of names) {
    if (filters.has(m)) continue;
    const refs: BodyRef[] = m.codes.flatMap((c) => {
      const b = body(c);
      return b ? [{ code: b.code, name: b.name }] : [];
    });
    if (refs.length === 1) {
      const ref = refs[0]!;
      if (!seen.has(ref.code)) query.entities.push(ref);
      seen.add(ref.code);
    } else if (refs.length > 1) {
      query.ambiguous.push({ text: m.text, candidates: refs });
    }
  }
  const named = query.entities.length + query.ambiguous.length;

  // ---- category ----------------------------------------------------------------------
  const stated = categoryWords.filter((c): c is Category => c !== null);
  const distinct = [...new Set(stated)];
  if (distinct.length === 2 && distinct.includes("kabupaten") && distinct.includes("kota")) query.category = null;
  else if (distinct.length > 0) query.category = distinct[0]!;
  else if (query.entities.length > 0 && categoryWords.length === 0) {
    const cats = new Set(query.entities.map((e) => body(e.code)?.category));
    if (cats.size === 1) query.category = [...cats][0] ?? null;
  }

  // ---- N: "5 besar", "top 3", "10 terbawah", "lima kabupaten terbaik" --------------------
  const isCategoryAt = (j: number) => cues.some((c) => c.start === j && c.cue.kind === "category");
  const skipCategories = (j: number, step: 1 | -1) => {
    let k = j;
    while (isCategoryAt(k) || cues.some((c) => c.start === k && c.cue.kind === "stop")) k += step;
    return k;
  };
  const rankish = (c: CueAt) =>
    c.cue.kind === "top-after-number" ||
    (c.cue.kind === "intent" && (c.cue.intent === "top" || c.cue.intent === "bottom"));
  let direction: "top" | "bottom" | null = null;
  for (const c of cues) {
    if (!rankish(c)) continue;
    const after = numbers.find((n) => n.start === skipCategories(c.end, 1));
    const before = numbers.find((n) => n.end - 1 === skipCategories(c.start - 1, -1));
    const bottom = c.cue.kind === "intent" && c.cue.intent === "bottom";
    if (c.cue.kind === "top-after-number" && !before) continue;
    const n = before ?? after;
    if (n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 100 && query.n === null) query.n = n.value;
    direction ??= bottom ? "bottom" : "top";
  }
  // "peringkat 1 di Jambi" with no body: the first N of a ranking.
  if (direction === null && named === 0) {
    for (const c of cues) {
      if (c.cue.kind !== "intent" || c.cue.intent !== "rank") continue;
      const n = numbers.find((x) => x.start === c.end);
      if (n && Number.isInteger(n.value) && n.value >= 1 && n.value <= 50) {
        direction = "top";
        query.n = n.value;
      }
    }
  }

  // ---- intent ------------------------------------------------------------------------
  query.intent = query.intent === "subscribe" ? "subscribe" : decideIntent({
    intents, named, entities: query.entities.length, years: uniqueYears.length, direction,
    topic: query.topic !== null, count: counting, categories: categoryWords.length,
    province: query.province !== null, nStated: query.n !== null,
  });
  if (query.intent === "top" || query.intent === "bottom") {
    if (direction === null) query.n = null;
  } else {
    query.n = null;
  }
  return query;
}

interface Signals {
  intents: Set<IntentCue>;
  /** Bodies named (resolved or ambiguous), province filters excluded. */
  named: number;
  entities: number;
  years: number;
  direction: "top" | "bottom" | null;
  topic: boolean;
  count: boolean;
  categories: number;
  province: boolean;
  nStated: boolean;
}

/** The intent from the cues found, by precedence: asking to follow, then explaining, counting, comparing... */
function decideIntent(s: Signals): Intent {
  const i = s.intents;
  if (i.has("subscribe")) return "subscribe";
  const data = (["rank", "top", "bottom", "list", "compare", "trend", "units", "stats"] as const).some((x) => i.has(x)) ||
    s.direction !== null;
  if (s.named === 0 && !data && (i.has("explain") || (s.topic && !s.count && s.categories === 0 && !s.province))) {
    return "explain";
  }
  if (s.named === 0 && (i.has("stats") || s.count)) return "stats";
  if (i.has("compare") || s.named >= 2) {
    if (s.named === 1 && s.years >= 2) return "trend";
    if (!i.has("trend") || s.named >= 2) return "compare";
  }
  if (i.has("trend") || (s.named === 1 && s.years >= 2 && !s.direction)) return "trend";
  if (i.has("units") && (s.named > 0 || s.direction === null)) return "units";
  if (s.direction) {
    // "Tebo terbaik?" asks where Tebo stands; "5 besar ..." and lists without a body ask for a ranking.
    return s.named > 0 && !s.nStated ? "rank" : s.direction;
  }
  if (i.has("list")) return "list";
  if (i.has("rank")) return s.named === 0 && (s.categories > 0 || s.province) ? "top" : "rank";
  if (i.has("score") || s.named > 0) {
    if (s.named === 0 && (s.categories > 0 || s.province || s.topic)) return "list";
    return "score";
  }
  if (i.has("help")) return "help";
  if (s.named === 0 && s.topic) return "list";
  return "unknown";
}
