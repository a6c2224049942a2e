/**
 * Names found -> the bodies asked about, the province filter, the names to choose between and those that match
 * nothing.
 *
 * - A province named after "di / se- / dalam / in / within" or "kab/kota", or in a ranking question (top, bottom, list, stats)
 *   with no other body, or next to a body inside it ("Deli Serdang di Sumut"), is a filter; otherwise it is the
 *   body asked about ("nilai Provinsi Lampung 2023").
 * - "Banjar di Kalsel": the province named decides between same-name bodies; else a category word said elsewhere.
 * - A place said about the asker ("Saya tinggal di Kupang. Berapa nilai Kabupaten TTS 2021?") is no subject
 *   (contextNames).
 */
import type { Category } from "../store/schema.js";
import type { ProgrammeId } from "./lexicon.js";
import type { Reading } from "./reading.js";
import type { BodyRef } from "./query.js";
import { pairsCategories, type Gazetteer, type GazetteerBody, type NameMatch } from "./resolve.js";

export interface Places {
  province: string | null;
  /** The province filter was said as one ("di Lampung", "se-provinsi"), not only implied. */
  provinceSaid: boolean;
  entities: BodyRef[];
  ambiguous: { text: string; candidates: BodyRef[] }[];
  unmatched: string[];
  /** Category words, without the "provinsi" of "se-provinsi" when it placed the body in its own province. */
  categoryWords: (Category | null)[];
}

export interface PlaceContext {
  compare: boolean;
  /** A ranking question (top, bottom, list, stats): a lone province is where to rank. */
  listing: boolean;
}

export function placeNames(gazetteer: Gazetteer, reading: Reading, context: PlaceContext): Places {
  const { cues } = reading;
  const aside = contextNames(reading);
  const names = reading.names.filter((m) => !aside.has(m));
  const body = (code: string): GazetteerBody | undefined => gazetteer.bodies.get(code);
  const isProvince = (m: NameMatch) => m.codes.length === 1 && body(m.codes[0]!)?.category === "provinsi";
  let categoryWords = cues.flatMap((c) => (c.cue.kind === "category" ? [c.cue.category] : []));
  narrowSameNames(gazetteer, names, categoryWords);

  const withinEnds = new Set(cues.filter((c) => c.cue.kind === "within").map((c) => c.end));
  const filters = new Set<NameMatch>();
  const others = names.filter((m) => !isProvince(m));
  const provinceMatches = names.filter(isProvince);
  for (const m of provinceMatches) {
    const code = m.codes[0]!;
    // "kab/kota Jambi": the kab/kota of the province, as "di Jambi" says.
    const marked = withinEnds.has(m.start) || pairsCategories(reading.tokens, m.start - 1);
    // "Deli Serdang (di) Sumut": the province placing a body named with it, unless both are compared.
    const joined = cues.some((c) => c.cue.kind === "connector" && c.end === m.start);
    const contains = !context.compare && !joined && others.some((o) => o.codes.every((c) => body(c)?.province_code === code));
    const comparingProvinces = context.compare && provinceMatches.length >= 2 && !marked;
    if (comparingProvinces) continue;
    if (marked || contains || (context.listing && others.length === 0)) filters.add(m);
  }
  const filter = names.find((m) => filters.has(m));
  let province = filter ? filter.codes[0]! : null;
  let provinceSaid = filter !== undefined && withinEnds.has(filter.start);
  // "peringkat Lampung Utara se-provinsi": the province of the body named (then "provinsi" is no category).
  const ownProvince = cues.filter((c) => c.cue.kind === "own-province");
  if (!province && ownProvince.length > 0) {
    const placed = names.find((m) => !filters.has(m) && m.codes.length === 1 && body(m.codes[0]!)?.category !== "provinsi");
    const code = placed ? (body(placed.codes[0]!)?.province_code ?? null) : null;
    if (code) {
      province = code;
      provinceSaid = true;
      const starts = new Set(ownProvince.map((c) => c.start));
      categoryWords = cues.flatMap((c) => (c.cue.kind === "category" && !starts.has(c.start) ? [c.cue.category] : []));
    }
  }

  const entities: BodyRef[] = [];
  const ambiguous: Places["ambiguous"] = [];
  const seen = new Set<string>();
  for (const m of names) {
    if (filters.has(m)) continue;
    const refs: BodyRef[] = m.codes.flatMap((c) => {
      const b = body(c);
      return b ? [{ code: b.code, name: b.name }] : [];
    });
    if (refs.length === 1) {
      const ref = refs[0]!;
      if (!seen.has(ref.code)) entities.push(ref);
      seen.add(ref.code);
    } else if (refs.length > 1) {
      ambiguous.push({ text: m.text, candidates: refs });
    }
  }
  return { province, provinceSaid, entities, ambiguous, unmatched: reading.unmatched.map((u) => u.text), categoryWords };
}

/** Words before a place, in its clause, that say the place is the asker's: where they live, come from, study. */
const CONTEXT_WORDS = new Set([
  "saya", "aku", "kami", "kita", "tinggal", "domisili", "berdomisili", "menetap", "asal", "asli", "berasal", "orang",
  "warga", "penduduk", "lahir", "kelahiran", "kampung", "kuliah", "kampus", "universitas", "univ", "institut",
  "politeknik", "mahasiswa", "mahasiswi", "kerja", "bekerja", "bertugas", "pindah", "rumah",
]);
/** Cues that ask something: a clause with one is part of the question. */
const ASKING = new Set(["intent", "zone", "predicate", "count", "place", "top-after-number", "measure", "output"]);
/** Intent cues that ask nothing of the data ("selamat malam", "tolong"). */
const CHAT_INTENTS = new Set(["greeting", "help"]);

/**
 * Places said as the asker's context, not asked about: "Saya tinggal di Kupang. Berapa nilai Kabupaten TTS
 * 2021?", "Saya dari Bogor, berapa nilai kota metro 2023?". A name is context when its clause asks nothing (no
 * question word, no year), a context word comes before it there, and a name typed exactly in a clause that asks
 * remains to carry the question; with a comparison asked, two must remain ("Saya dari Bogor, bandingkan dengan
 * Kota Metro" compares Bogor).
 */
export function contextNames(reading: Reading): Set<NameMatch> {
  const { tokens, cues, names } = reading;
  const clauseOf = (j: number) => tokens[j]!.clause;
  const asks = new Set<number>();
  for (const c of cues) {
    if (!ASKING.has(c.cue.kind) || (c.cue.kind === "intent" && CHAT_INTENTS.has(c.cue.intent))) continue;
    asks.add(clauseOf(c.start));
  }
  tokens.forEach((t) => {
    if (/^20\d\d$/.test(t.norm)) asks.add(t.clause);
  });
  const aside = new Set(names.filter((m) => {
    const clause = clauseOf(m.start);
    if (asks.has(clause)) return false;
    for (let j = m.start - 1; j >= 0 && clauseOf(j) === clause; j--) if (CONTEXT_WORDS.has(tokens[j]!.norm)) return true;
    return false;
  }));
  if (aside.size === 0) return aside;
  const carriers = names.filter((m) => !aside.has(m) && !m.fuzzy && m.corrections === 0 && asks.has(clauseOf(m.start)));
  const comparing = cues.some((c) => c.cue.kind === "intent" && c.cue.intent === "compare");
  return carriers.length >= (comparing ? 2 : 1) ? aside : new Set();
}

/** Same-name bodies (Banjar, Bogor): the province named with them decides, else the one category word said. */
function narrowSameNames(gazetteer: Gazetteer, names: NameMatch[], categoryWords: readonly (Category | null)[]): void {
  const body = (code: string) => gazetteer.bodies.get(code);
  const mentionedProvinces = names
    .filter((m) => m.codes.length === 1 && body(m.codes[0]!)?.category === "provinsi")
    .map((m) => m.codes[0]!);
  const kab = categoryWords.includes("kabupaten");
  const kota = categoryWords.includes("kota");
  const freeCategory = kab === kota ? null : kab ? "kabupaten" : "kota";
  for (const m of names) {
    if (m.codes.length < 2) continue;
    const inProvince = m.codes.filter((c) => mentionedProvinces.includes(body(c)?.province_code ?? ""));
    if (inProvince.length === 1) {
      m.codes = inProvince;
      continue;
    }
    const regions = m.codes.every((c) => ["kabupaten", "kota"].includes(body(c)?.category ?? ""));
    const ofCategory = m.codes.filter((c) => body(c)?.category === freeCategory);
    if (regions && !m.fuzzy && ofCategory.length === 1) m.codes = ofCategory;
  }
}

/**
 * KemenPAN-RB named: its evaluation, when the question names another body, a unit, an award or the evaluation
 * itself ("penghargaan kemenpan rb kota metro", "role model"); otherwise the ministry is the body asked about
 * ("nilai kemenpan rb 2023"), a body of the gazetteer if it has one, else a name that matches nothing.
 * Ombudsman named is its programme, never a body.
 */
export function programmeOf(gazetteer: Gazetteer, reading: Reading, places: Places): ProgrammeReading {
  const none = { programme: null, ministry: null, unmatched: null };
  const programmes = reading.cues.flatMap((c) => (c.cue.kind === "programme" ? [{ ...c, cue: c.cue }] : []));
  const first = programmes[0];
  if (!first) return none;
  if (first.cue.programme !== "kemenpanrb-ipp") return { ...none, programme: first.cue.programme };
  const meant = programmes.some((c) => c.cue.programme === "kemenpanrb-ipp" && !c.cue.ministry) ||
    reading.cues.some((c) => c.cue.kind === "award" || c.cue.kind === "unit") ||
    places.entities.length + places.ambiguous.length + places.unmatched.length > 0 || places.province !== null;
  if (meant) return { ...none, programme: "kemenpanrb-ipp" };
  const words = reading.tokens.slice(first.start, first.end);
  const codes = gazetteer.keys.get(words.map((t) => t.norm).join(" "))?.sources.map((s) => s.code) ?? [];
  const ministry = codes.length === 1 ? gazetteer.bodies.get(codes[0]!) : undefined;
  if (ministry) return { ...none, ministry: { code: ministry.code, name: ministry.name } };
  return { ...none, unmatched: words.map((t) => t.raw).join(" ") };
}

export interface ProgrammeReading {
  programme: ProgrammeId | null;
  /** KemenPAN-RB asked about as a body, found in the gazetteer... */
  ministry: BodyRef | null;
  /** ...or not: the words as typed. */
  unmatched: string | null;
}
