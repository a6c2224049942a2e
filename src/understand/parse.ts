/**
 * Question -> Query: intent and slots, names resolved to codes. The pipeline:
 * tokens (normalize.ts) -> one reading of names, cues, numbers (reading.ts; which words may be a name:
 * name-words.ts) -> places (places.ts) -> slots (slots.ts) -> intent (intent.ts).
 *
 * Decisions (see also resolve.ts and places.ts):
 * - "top"/"bottom" without a number leave `n` null (the engine's default), "ranked last" gives 1. With a body and
 *   no number, "terbaik" asks for its rank.
 * - `year`: the first year named, else "tahun lalu"/"last year" from the clock (WIB), else "latest" for
 *   "terbaru/terakhir/latest", else null. One body with two years or more is a trend.
 * - `language`: from the words outside names ("Kota" in "score of Kota Metro" is part of a name); `languageFromWords`
 *   says whether any word showed it (else the reply takes the chat's language).
 * - Input longer than MAX_INPUT_CHARS, code/SQL, mostly another script or mixed-script words: "unknown".
 */
import { decideIntent, isCounting } from "./intent.js";
import { detectLanguage } from "./lexicon.js";
import { MAX_INPUT_CHARS, tokenize, type Token } from "./normalize.js";
import { placeNames, programmeOf } from "./places.js";
import type { Query } from "./query.js";
import { read, type Reading } from "./reading.js";
import type { Gazetteer } from "./resolve.js";
import { categoryOf, intentCues, outputOf, rankScopeOf, readRanking, readScale, scoreAskedOf, yearOfRankOf } from "./slots.js";

/** Words asking for a share of a count. */
const PERCENT_WORDS = new Set(["persen", "persentase", "prosentase", "percent", "percentage", "proporsi", "share"]);

export interface ParseOptions {
  /** The clock for "tahun lalu" / "last year" (tests inject one). */
  now?: Date;
}

/** A query that asks nothing yet: every slot empty, intent "unknown". */
export function emptyQuery(text: string): Query {
  return {
    text, intent: "unknown", language: "id", languageFromWords: false, entities: [], ambiguous: [], unmatched: [], year: null, years: [], province: null,
    category: null, n: null, nCappedFrom: null, unit: null, zone: null, grade: null, topic: null,
    programme: null, measure: null, rankScope: null, output: null, unitName: null, islandGroup: null, yearOfRank: null, scoreAsked: null, percent: false, above: null,
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

  // Bot commands.
  const command = /^\s*\/(\w+)/.exec(text)?.[1]?.toLowerCase();
  if (command && ["start", "help", "bantuan", "mulai", "menu"].includes(command)) {
    const { language, fromWords } = detectLanguage(tokens.map((t) => t.raw));
    return { ...query, intent: "help", language, languageFromWords: fromWords };
  }

  const reading = read(gazetteer, tokens, now);
  const { cues } = reading;
  const has = (kind: Reading["cues"][number]["cue"]["kind"]) => cues.some((c) => c.cue.kind === kind);
  const { outside, inside } = wordsByNames(reading);
  const language = detectLanguage(outside, inside);
  query.language = language.language;
  query.languageFromWords = language.fromWords;
  const intents = intentCues(cues);
  const counting = isCounting(cues);

  const years = [...new Set(reading.years)];
  query.years = years;
  query.year = years[0] ?? (has("latest") ? "latest" : null);
  query.unit = cues.flatMap((c) => (c.cue.kind === "unit" && c.cue.unit !== null ? [c.cue.unit] : []))[0] ?? null;
  query.unitName = reading.unitName?.text ?? null;
  query.islandGroup = reading.islandGroups[0]?.group ?? null;
  query.output = outputOf(cues);
  query.measure = has("measure") ? "average" : null;
  query.percent = tokens.some((t) => PERCENT_WORDS.has(t.norm) || t.raw.includes("%"));

  const scale = readScale(reading);
  query.zone = scale.zone;
  query.grade = scale.grade;
  query.topic = scale.topic;
  // A grade cue that found its letter is not a request for a score ("daerah dengan opini A").
  if (scale.gradeCueStarts.size > 0 &&
    !cues.some((c) => c.cue.kind === "intent" && c.cue.intent === "score" && !scale.gradeCueStarts.has(c.start))) {
    intents.delete("score");
  }

  const listing = (["top", "bottom", "list", "stats"] as const).some((x) => intents.has(x)) ||
    cues.some((c) => c.cue.kind === "top-after-number" && reading.numbers.some((n) => n.end === c.start)) || counting;
  const places = placeNames(gazetteer, reading, { compare: intents.has("compare"), listing });
  const programme = programmeOf(gazetteer, reading, places);
  if (programme.ministry) places.entities.push(programme.ministry);
  if (programme.unmatched) places.unmatched.push(programme.unmatched);
  query.programme = programme.programme;
  query.province = places.province;
  query.entities = places.entities;
  query.ambiguous = places.ambiguous;
  query.unmatched = places.unmatched;
  // "siapa nomor 1 dan 2 se-bengkulu 2023 di atas lebong?": the one body named after "di atas" ends a top list.
  query.above = aboveOf(reading, query.entities, query.ambiguous.length + query.unmatched.length);
  if (query.above) query.entities = [];
  query.category = categoryOf(places.categoryWords, query.entities, gazetteer);
  const named = query.entities.length + query.ambiguous.length + query.unmatched.length;

  const ranking = readRanking(reading, named);
  query.n = ranking.n;
  const subscribing = command !== undefined && ["langganan", "subscribe", "ikuti", "follow"].includes(command);
  query.intent = subscribing ? "subscribe" : decideIntent({
    intents, named, years: years.length, direction: ranking.direction, topic: query.topic !== null, count: counting,
    measure: query.measure !== null, categories: places.categoryWords.length, province: query.province !== null || query.islandGroup !== null,
    nStated: ranking.nStated, whenReleased: has("when") && has("release"), chart: query.output === "chart",
    secondProgramme: query.programme === "kemenpanrb-ipp",
  });
  if (query.above && !subscribing) query.intent = "top";
  if ((query.intent !== "top" && query.intent !== "bottom") || ranking.direction === null || query.above) query.n = null;
  query.nCappedFrom = query.n === null ? null : ranking.cappedFrom;
  // "in which year was Tebo ranked 1 in Jambi?": one body, a rank and a year asked for is the year of that rank.
  const yearOfRank = query.entities.length === 1 && query.ambiguous.length === 0 && years.length === 0 ? yearOfRankOf(reading) : null;
  if (yearOfRank && !subscribing) {
    query.intent = "rank";
    query.yearOfRank = yearOfRank;
  }
  // "is 80 a green zone score in 2021?": a score and no body asks where it falls on the scale.
  const scoreAsked = named === 0 && query.province === null && query.islandGroup === null &&
    ["score", "explain"].includes(query.intent) ? scoreAskedOf(reading) : null;
  if (scoreAsked !== null) {
    query.intent = "explain";
    query.scoreAsked = scoreAsked;
  }
  query.rankScope = query.intent === "rank" ? rankScopeOf(cues, places.provinceSaid) : null;
  return query;
}

/** The body named right after "di atas"/"above", when it is the only name of the question. */
function aboveOf(reading: Reading, entities: Query["entities"], otherNames: number): Query["above"] {
  if (entities.length !== 1 || otherNames > 0) return null;
  const named = reading.cues.some((c) => c.cue.kind === "above" && reading.names.some((m) => m.start === c.end && m.codes.includes(entities[0]!.code)));
  return named ? entities[0]! : null;
}

/** Raw words outside and inside names (bodies, a unit's name, names that matched nothing): the language evidence. */
function wordsByNames(reading: Reading): { outside: string[]; inside: string[] } {
  const inName = reading.tokens.map(() => false);
  const spans = [...reading.names, ...reading.unmatched, ...(reading.unitName ? [reading.unitName] : [])];
  for (const m of spans) for (let j = m.start; j < m.end; j++) inName[j] = true;
  const raw = (t: Token) => t.raw;
  return { outside: reading.tokens.filter((_, j) => !inName[j]).map(raw), inside: reading.tokens.filter((_, j) => inName[j]).map(raw) };
}
