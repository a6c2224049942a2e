import Fuse from "fuse.js";
import { splitRegionName } from "../domain/names.js";
import type { Category } from "../store/schema.js";
import { COMMON_WORDS, deletions, editDistance, lexiconWord, nearWords } from "./lexicon.js";
import { correctionCounts, fuzzyEditsAllowed, isChatWord, mayBeMisspeltName } from "./name-words.js";
import { normalizeName, type Token } from "./normalize.js";

export interface GazetteerBody {
  code: string;
  name: string;
  category: Category;
  province_code: string | null;
}

export interface GazetteerAlias {
  alias: string;
  code: string;
  /** official | derived | variant | short | alias */
  kind: string;
}

/**
 * When a key may be read: nicknames that are also everyday words ("Mitra", "Benteng") need a capital,
 * two-letter ones ("BS", "BU", "KK") need capitals: "bu" is "ibu", "bs" is "bisa".
 */
type Guard = "none" | "capital" | "upper";

interface KeyEntry {
  sources: { code: string; guard: Guard }[];
  /** Only nicknames and abbreviations give this key ("sumbar"), no official name: typo correction never reaches it. */
  nickname: boolean;
}

/** The name index, built once from bodies and aliases; keyed by normalized token strings, valued by codes. */
export interface Gazetteer {
  readonly bodies: ReadonlyMap<string, GazetteerBody>;
  readonly keys: ReadonlyMap<string, KeyEntry>;
  /** Every token prefix of every key: the n-gram walk stops as soon as a prefix is unknown. */
  readonly prefixes: ReadonlySet<string>;
  readonly maxKeyTokens: number;
  /** Words of all keys, and the same words by their one-letter deletions (typo correction at distance 1). */
  readonly vocab: ReadonlySet<string>;
  readonly vocabDeletes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys searched by the fuzzy fallback: names and aliases, without the prefixed and run-together forms. */
  readonly fuzzyKeys: readonly string[];
  /** Built on first use: fuzzy search is the fallback, never the first step. */
  trigrams: Map<string, number[]> | null;
}

const CATEGORY_WORD: Partial<Record<Category, string>> = { kabupaten: "kabupaten", kota: "kota", provinsi: "provinsi" };

/**
 * A bare name shared by a province and a regency or city (Jambi, Bengkulu, Gorontalo; nicknames such as
 * "Jogja") means the province: people name the city with its prefix ("Kota Jambi"), and "5 besar di Jambi"
 * only makes sense for the province. Same-name regency/city pairs (Bogor, Malang...) stay ambiguous.
 */
function preferProvince(codes: string[], bodies: ReadonlyMap<string, GazetteerBody>): string[] {
  const provinces = codes.filter((c) => bodies.get(c)?.category === "provinsi");
  if (provinces.length !== 1) return codes;
  const rest = codes.filter((c) => !provinces.includes(c));
  const regionsOnly = rest.every((c) => {
    const cat = bodies.get(c)?.category;
    return cat === "kabupaten" || cat === "kota";
  });
  return regionsOnly ? provinces : codes;
}

const DIRECTIONS_EN: Record<string, string> = {
  utara: "north", selatan: "south", barat: "west", timur: "east", tengah: "central", tenggara: "southeast",
  "barat daya": "southwest", pegunungan: "highland",
};

/** English word order for names: "Jawa Barat" -> "west jawa" ("West Java"), "Kepulauan Riau" -> "riau islands". */
function englishForms(key: string): string[] {
  const out: string[] = [];
  for (const [id, en] of Object.entries(DIRECTIONS_EN)) {
    if (key.endsWith(` ${id}`)) out.push(`${en} ${key.slice(0, -id.length - 1)}`);
  }
  if (key.startsWith("kepulauan ")) out.push(`${key.slice("kepulauan ".length)} islands`);
  return out;
}

/** Aliases that are notes rather than names ("Sulawesi Utara (Sultra) [known media error...]"). */
const isUsableAlias = (alias: string) => !/[[\](){}]/.test(alias) && alias.length <= 80;

/** Abbreviations of the direction word that ends a name, as nicknames write them ("Tanjabbar", "Tanjabtim"). */
const DIRECTION_ABBREVIATIONS: Record<string, string[]> = {
  barat: ["bar", "brt"], timur: ["tim", "tmr"], selatan: ["sel", "slt"], utara: ["ut", "utr"], tengah: ["teng", "tgh"],
};

/**
 * "Tanjabbar" (Tanjung Jabung Barat) is also written "tanjab barat": a one-word nickname ending in a direction's
 * abbreviation, for a name ending in that direction, gives the spaced form; the stem alone ("tanjab") names every
 * body that shares it.
 */
function directionForms(nickname: string, officialName: string): { stem: string; spaced: string } | null {
  const last = normalizeName(officialName).split(" ").at(-1) ?? "";
  for (const abbreviation of DIRECTION_ABBREVIATIONS[last] ?? []) {
    if (!nickname.endsWith(abbreviation)) continue;
    const stem = nickname.slice(0, -abbreviation.length);
    if (stem.length >= 4) return { stem, spaced: `${stem} ${last}` };
  }
  return null;
}

/** "DKI Jakarta" -> "dki": an acronym that opens a name names it alone. */
function leadingAcronym(name: string): string | null {
  const first = /^(\p{Lu}{3,})\s+\S/u.exec(name)?.[1];
  return first ? first.toLowerCase() : null;
}

export function buildGazetteer(bodyRows: readonly GazetteerBody[], aliasRows: readonly GazetteerAlias[]): Gazetteer {
  const bodies = new Map(bodyRows.map((b) => [b.code, b]));
  const raw = new Map<string, { codes: Map<string, Guard>; official: boolean }>();
  const put = (key: string, code: string, guard: Guard, official = true) => {
    if (!key) return;
    let entry = raw.get(key);
    if (!entry) raw.set(key, (entry = { codes: new Map(), official: false }));
    entry.official ||= official;
    const old = entry.codes.get(code);
    // The least strict source wins: an official "Batu" is never guarded by a nickname.
    if (old === undefined || old === "upper" || (old === "capital" && guard === "none")) entry.codes.set(code, guard);
  };
  /** Forms added only where no name already has them. */
  const derived = new Map<string, { codes: Set<string>; official: boolean }>();
  const derive = (key: string, code: string, official: boolean) => {
    const entry = derived.get(key) ?? { codes: new Set<string>(), official };
    entry.codes.add(code);
    entry.official ||= official;
    derived.set(key, entry);
  };

  for (const b of bodyRows) {
    put(normalizeName(b.name), b.code, "none");
    const { bare } = splitRegionName(b.name);
    const word = CATEGORY_WORD[b.category];
    if (bare !== b.name && word) {
      const key = normalizeName(bare);
      put(key, b.code, "none");
      put(`${word} ${key}`, b.code, "none");
      put(`${key} ${word}`, b.code, "none"); // "Bogor regency", "Jambi province"
      for (const en of englishForms(key)) {
        put(en, b.code, "none");
        put(`${en} ${word}`, b.code, "none");
      }
    }
    const acronym = leadingAcronym(bare);
    if (acronym) derive(acronym, b.code, true);
  }
  for (const a of aliasRows) {
    const b = bodies.get(a.code);
    if (!b || !isUsableAlias(a.alias)) continue;
    const key = normalizeName(a.alias);
    const nickname = a.kind === "alias" || a.kind === "short";
    let guard: Guard = "none";
    if (nickname && !key.includes(" ")) {
      if (a.alias.replace(/\W/g, "").length <= 2) guard = "upper";
      else if (COMMON_WORDS.has(key) || isChatWord(key)) guard = "capital";
    }
    put(key, a.code, guard, !nickname);
    const word = CATEGORY_WORD[b.category];
    // "Pemprov Sulbar", "Pemkab Lampura": a nickname with its category word is no longer an everyday word.
    if (word && nickname && !Object.values(CATEGORY_WORD).some((w) => key.startsWith(`${w} `))) put(`${word} ${key}`, a.code, "none", false);
    if (nickname && !key.includes(" ")) {
      const forms = directionForms(key, b.name);
      if (forms) {
        derive(forms.spaced, a.code, false);
        if (forms.stem.length >= 5) derive(forms.stem, a.code, false);
      }
    }
    const acronym = leadingAcronym(a.alias);
    if (acronym) derive(acronym, a.code, !nickname);
  }
  for (const [key, entry] of derived) {
    if (raw.has(key) || COMMON_WORDS.has(key) || isChatWord(key)) continue;
    // A form several bodies give ("tanjab": Tanjung Jabung Barat and Timur) names all of them: the user chooses.
    for (const code of entry.codes) put(key, code, "none", entry.official);
  }

  const keys = new Map<string, KeyEntry>();
  for (const [key, { codes, official }] of raw) {
    const kept = new Set(preferProvince([...codes.keys()].sort(), bodies));
    keys.set(key, { sources: [...codes].filter(([c]) => kept.has(c)).map(([code, guard]) => ({ code, guard })), nickname: !official });
  }
  // Name words (before run-together forms are added: those are split by the typo reader instead).
  const vocab = new Set<string>();
  for (const key of keys.keys()) for (const w of key.split(" ")) vocab.add(w);
  // Words run together ("lampungutara", "kotabogor") read as the spaced name, unless that is already a key.
  for (const [key, entry] of [...keys]) {
    if (!key.includes(" ")) continue;
    const joined = key.replace(/ /g, "");
    if (!keys.has(joined)) keys.set(joined, entry);
  }

  const prefixes = new Set<string>();
  let maxKeyTokens = 1;
  for (const key of keys.keys()) {
    const words = key.split(" ");
    maxKeyTokens = Math.max(maxKeyTokens, words.length);
    for (let i = 1; i <= words.length; i++) prefixes.add(words.slice(0, i).join(" "));
  }
  const vocabDeletes = new Map<string, Set<string>>();
  for (const w of vocab) {
    if (w.length < 3 || /\d/.test(w)) continue;
    for (const d of deletions(w)) {
      const set = vocabDeletes.get(d);
      if (set) set.add(w);
      else vocabDeletes.set(d, new Set([w]));
    }
  }
  const fuzzyKeys = [...new Set([...bodyRows.map((b) => normalizeName(b.name)), ...bodyRows.map((b) => normalizeName(splitRegionName(b.name).bare)),
    ...aliasRows.filter((a) => isUsableAlias(a.alias)).map((a) => normalizeName(a.alias))])].filter((k) => k.length >= 4 && keys.has(k));
  return { bodies, keys, prefixes, maxKeyTokens, vocab, vocabDeletes, fuzzyKeys, trigrams: null };
}

/** A name found in the token stream. */
export interface NameMatch {
  /** Token span [start, end). */
  start: number;
  end: number;
  /** One code: resolved; several: the user must choose. Sorted by code. */
  codes: string[];
  /** The words as typed. */
  text: string;
  /** Tokens changed by typo correction (0: exact). */
  corrections: number;
  fuzzy: boolean;
}

interface Alternative {
  words: string[];
  cost: number;
}

/** A word that may be a misspelt name word: not a name word itself, not a chat or lexicon word. */
function isCorrectable(gazetteer: Gazetteer, norm: string): boolean {
  return !gazetteer.vocab.has(norm) && mayBeMisspeltName(norm);
}

function alternatives(gazetteer: Gazetteer, norm: string): Alternative[] {
  const out: Alternative[] = [{ words: [norm], cost: 0 }];
  // A doubled letter or "-nya" on a lexicon word that is also a name word: "Kementeriann Agama".
  const lex = lexiconWord(norm);
  if (lex && lex !== norm && gazetteer.vocab.has(lex)) out.push({ words: [lex], cost: 1 });
  // A whole name typed exactly is never corrected into another one: "sulbar" is Sulawesi Barat, not Sumbar.
  if (gazetteer.keys.has(norm)) return out;
  if (gazetteer.vocab.has(norm) && lex === null && !COMMON_WORDS.has(norm)) {
    // A name word can be a typo of another name word ("Indragiri Ilir" for Hilir): only used inside longer names.
    for (const w of nearWords(gazetteer.vocabDeletes, norm).slice(0, 12)) out.push({ words: [w], cost: 1 });
    return out;
  }
  if (!isCorrectable(gazetteer, norm)) return out;
  for (const w of nearWords(gazetteer.vocabDeletes, norm).slice(0, 12)) out.push({ words: [w], cost: 1 });
  // A lost space: "kabupatenlampung" -> kabupaten lampung.
  for (let k = 3; k <= norm.length - 3; k++) {
    const a = norm.slice(0, k);
    const b = norm.slice(k);
    if (gazetteer.vocab.has(a) && gazetteer.vocab.has(b)) out.push({ words: [a, b], cost: 1 });
  }
  return out;
}

function guardPasses(guard: Guard, raw: string, cost: number): boolean {
  if (guard === "none") return true;
  if (cost > 0) return false;
  if (guard === "upper") return raw === raw.toUpperCase();
  return /^\p{Lu}/u.test(raw);
}

/** Tokens j and j+1 written together, when both are words of three letters or more that may be read as names. */
function splitWord(tokens: readonly Token[], alts: readonly Alternative[][], j: number): string | null {
  const a = tokens[j]?.norm;
  const b = tokens[j + 1]?.norm;
  if (!a || !b || alts[j]!.length === 0 || alts[j + 1]!.length === 0) return null;
  return a.length >= 3 && b.length >= 3 && /^\p{L}+$/u.test(a + b) ? a + b : null;
}

interface Candidate {
  end: number;
  cost: number;
  codes: Set<string>;
}

/**
 * Names in a token stream: the longest key starting at each position (exact words first, then words one
 * typo away), left to right. "Lampung Utara" is one name, not the province Lampung followed by "utara".
 * Tokens marked in `blocked` are never part of a name.
 */
/** "kab/kota", "kabupaten dan kota": the second word of the pair names both categories, not a name's start. */
export function pairsCategories(tokens: readonly Token[], i: number): boolean {
  const pair = (a: string | undefined, b: string | undefined) => (a === "kabupaten" && b === "kota") || (a === "kota" && b === "kabupaten");
  const word = tokens[i]?.norm;
  return pair(tokens[i - 1]?.norm, word) || (["dan", "atau"].includes(tokens[i - 1]?.norm ?? "") && pair(tokens[i - 2]?.norm, word));
}

export function findNames(gazetteer: Gazetteer, tokens: readonly Token[], blocked?: readonly boolean[]): NameMatch[] {
  const alts = tokens.map((t, j) => (blocked?.[j] ? [] : alternatives(gazetteer, t.norm)));
  const matches: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "daftar kab/kota jambi": the kab/kota of Jambi, not Kota Jambi.
    if (pairsCategories(tokens, i)) {
      i++;
      continue;
    }
    const state: { best: Candidate | null } = { best: null };
    const start = i;
    const consider = (end: number, words: string[], cost: number, shortestCorrected: number) => {
      const entry = gazetteer.keys.get(words.join(" "));
      if (!entry) return;
      const span = end - start;
      if (cost > 0) {
        const typedLetters = tokens.slice(start, end).reduce((n, t) => n + t.norm.length, 0);
        if (!correctionCounts({ span, cost, shortestCorrected, keyWords: words.length, nickname: entry.nickname, typedLetters })) return;
        // A real name word is never read as another one on its own.
        if (span === 1 && gazetteer.vocab.has(tokens[start]!.norm)) return;
        if (words.length === 1 && COMMON_WORDS.has(words[0]!)) return;
      }
      const raw = tokens[start]!.raw;
      const codes = entry.sources.filter((s) => guardPasses(s.guard, raw, span === 1 ? cost : 0)).map((s) => s.code);
      if (codes.length === 0) return;
      const best = state.best;
      if (!best || end > best.end || (end === best.end && cost < best.cost)) {
        state.best = { end, cost, codes: new Set(codes) };
      } else if (end === best.end && cost === best.cost) {
        for (const c of codes) best.codes.add(c);
      }
    };
    const walk = (j: number, words: string[], cost: number, shortestCorrected: number) => {
      if (j >= tokens.length || words.length >= gazetteer.maxKeyTokens) return;
      for (const alt of alts[j]!) {
        const next = [...words, ...alt.words];
        if (!gazetteer.prefixes.has(next.join(" "))) continue;
        const shortest = alt.cost > 0 ? Math.min(shortestCorrected, tokens[j]!.norm.length) : shortestCorrected;
        consider(j + 1, next, cost + alt.cost, shortest);
        walk(j + 1, next, cost + alt.cost, shortest);
      }
      // A one-word name typed as two words: "batang hari" (Batanghari), "pekan baru", "gunung kidul".
      const joined = splitWord(tokens, alts, j);
      if (joined) {
        const next = [...words, joined];
        if (!gazetteer.prefixes.has(next.join(" "))) return;
        consider(j + 2, next, cost, shortestCorrected);
        walk(j + 2, next, cost, shortestCorrected);
      }
    };
    walk(i, [], 0, Infinity);
    const found = state.best;
    if (found) {
      matches.push({
        start: i,
        end: found.end,
        codes: preferProvince([...found.codes].sort(), gazetteer.bodies),
        text: tokens.slice(i, found.end).map((t) => t.raw).join(" "),
        corrections: found.cost,
        fuzzy: false,
      });
      i = found.end;
    } else {
      i++;
    }
  }
  return matches;
}

const FUZZY_MAX_SCORE = 0.3;
const FUZZY_TIE = 0.03;
const FUZZY_POOL = 40;

function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Character trigrams of the searchable keys: a cheap first cut so fuse.js only scores a few dozen keys. */
function trigramIndex(gazetteer: Gazetteer): Map<string, number[]> {
  const index = new Map<string, number[]>();
  gazetteer.fuzzyKeys.forEach((key, k) => {
    for (const g of new Set(trigrams(key))) {
      const list = index.get(g);
      if (list) list.push(k);
      else index.set(g, [k]);
    }
  });
  return index;
}

/**
 * The fallback: fuse.js over names and aliases, for words nothing else could read ("lampng utaar").
 * Near ties come back as several codes.
 */
export function fuzzyName(gazetteer: Gazetteer, text: string): { codes: string[]; score: number } | null {
  const query = text.slice(0, 64);
  if (query.replace(/ /g, "").length < 4) return null;
  // Correct words that are only part of a name ("Kepulauan") name nothing: fuzzy search would pick one at random.
  if (query.split(" ").every((w) => gazetteer.vocab.has(w))) return null;
  gazetteer.trigrams ??= trigramIndex(gazetteer);
  const grams = [...new Set(trigrams(query))];
  const shared = new Map<number, number>();
  for (const g of grams) for (const k of gazetteer.trigrams.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(grams.length * 0.3));
  const pool = [...shared].filter(([, n]) => n >= needed).sort((a, b) => b[1] - a[1]).slice(0, FUZZY_POOL);
  if (pool.length === 0) return null;
  const fuse = new Fuse(pool.map(([k]) => ({ key: gazetteer.fuzzyKeys[k]! })), {
    keys: ["key"], includeScore: true, threshold: FUZZY_MAX_SCORE, ignoreLocation: false, distance: 40,
  });
  // fuse.js ranks; an edit-distance check keeps only real near-spellings ("keren" is not "Kerinci").
  const results = fuse.search(query, { limit: 8 }).filter((r) => {
    const allowed = fuzzyEditsAllowed(query, r.item.key, gazetteer.keys.get(r.item.key)?.nickname ?? true);
    return allowed >= 0 && editDistance(query, r.item.key, allowed) <= allowed;
  });
  const top = results[0];
  if (!top || top.score === undefined || top.score > FUZZY_MAX_SCORE) return null;
  const codes = new Set<string>();
  for (const r of results) {
    if ((r.score ?? 1) > top.score + FUZZY_TIE) break;
    for (const s of gazetteer.keys.get(r.item.key)?.sources ?? []) if (s.guard === "none") codes.add(s.code);
  }
  if (codes.size === 0) return null;
  return { codes: preferProvince([...codes].sort(), gazetteer.bodies).slice(0, 6), score: top.score };
}
