import { matchLexicon } from "../understand/lexicon.js";
import { normalizeName, tokenize } from "../understand/normalize.js";
import { findNames, type Gazetteer } from "../understand/resolve.js";
import type { Span } from "./text.js";

/** What a named body is doing in its sentence. */
export type MentionRole =
  /** The body a figure can belong to. */
  | "subject"
  /** "se-Provinsi Lampung", "di Sumsel", "tingkat ...": where a rank or a group counts, not who. */
  | "scope"
  /** "Ombudsman RI Perwakilan Provinsi Lampung": the assessor's office. */
  | "office"
  /** "Hotel Horison Bandar Lampung", "Jl. ...": a place. */
  | "place"
  /** "Kabupaten Lebong Provinsi Bengkulu": the province qualifies the body before it. */
  | "qualifier"
  /** "Disdukcapil Kota Metro": the body of the unit just named. */
  | "owner";

export interface BodyMention extends Span {
  /** One code, or several when the name is shared (Bogor: kabupaten and kota). */
  codes: string[];
  text: string;
  role: MentionRole;
}

const WORD = /\d+(?:[.,]\d+)?|\p{L}+|\p{N}+/gu;
const WINDOW = 40;
const STEP = 26;

/**
 * Names of bodies in a stretch of text, with offsets. The resolver reads at most a question's worth of tokens,
 * so the text goes through it in overlapping windows; only exact, capitalised names count (a news report is
 * edited text: "satu" is not a typo of Batu, "batu" is a stone).
 */
export function findBodyMentions(gazetteer: Gazetteer, text: string, span: Span): BodyMention[] {
  const words = [...text.slice(span.start, span.end).matchAll(WORD)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
    raw: m[0],
  }));
  const found: BodyMention[] = [];
  for (let from = 0; from < words.length; from += STEP) {
    const window = words.slice(from, from + WINDOW);
    const first = window[0];
    const last = window[window.length - 1];
    if (!first || !last) break;
    const tokens = tokenize(text.slice(first.start, last.end));
    // Map tokens to words: the tokenizer may join or drop a few ("Ma'ruf", links); match raw forms in order.
    const at: number[] = [];
    let w = 0;
    for (const t of tokens) {
      let k = w;
      while (k < window.length && k < w + 4 && window[k]!.raw !== t.raw) k++;
      if (k < window.length && window[k]!.raw === t.raw) {
        at.push(k);
        w = k + 1;
      } else at.push(-1);
    }
    for (const m of findNames(gazetteer, tokens)) {
      if (m.corrections > 0 || m.fuzzy) continue;
      const a = at[m.start];
      const b = at[m.end - 1];
      if (a === undefined || b === undefined || a < 0 || b < a) continue;
      const startWord = window[a]!;
      if (!/^[\p{Lu}\d]/u.test(startWord.raw)) continue;
      found.push({ start: startWord.start, end: window[b]!.end, codes: m.codes, text: text.slice(startWord.start, window[b]!.end), role: "subject" });
    }
    if (from + WINDOW >= words.length) break;
  }
  // A name written in two words where the gazetteer has one ("Batang Hari" for Batanghari): the joined form wins.
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i]!, words[i + 1]!];
    if (!/^\p{Lu}/u.test(a.raw) || !/^\p{Lu}/u.test(b.raw) || !/^ $/.test(text.slice(a.end, b.start))) continue;
    const joined = gazetteer.keys.get(normalizeName(`${a.raw}${b.raw}`));
    if (!joined || normalizeName(`${a.raw}${b.raw}`).includes(" ")) continue;
    const codes = joined.sources.filter((s) => s.guard === "none").map((s) => s.code).sort();
    if (codes.length) found.push({ start: a.start, end: b.end, codes, text: text.slice(a.start, b.end), role: "subject" });
  }
  // Overlapping windows find a name twice: keep the longest at each place.
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: BodyMention[] = [];
  for (const m of found) {
    const prev = kept[kept.length - 1];
    if (prev && m.start < prev.end) continue;
    kept.push(m);
  }
  return kept;
}

/** The role of a mention from the words just before it. */
export function mentionRole(text: string, mention: BodyMention, previous: BodyMention | undefined, isProvince: boolean): MentionRole {
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  if (/(?:perwakilan|ombudsman(?:\s+RI)?|ORI|kantor\s+wilayah|kanwil|wilayah)\s*(?:provinsi\s*)?$/i.test(before)) return "office";
  if (/(?:hotel|gedung|aula|ballroom|jl\.?|jalan|bandara|stadion|lapangan|alun-alun|wisma|balai)(?:\s+[\p{Lu}][\p{L}.]*){0,3}\s*$/u.test(before)) return "place";
  if (/(?:\bse-?|\bseluruh|\btingkat|\bkawasan|\bregional|\bwilayah)\s*(?:provinsi\s*)?$/i.test(before)) return "scope";
  if (isProvince && /\b(?:di|dalam)\s+(?:provinsi\s+)?$/i.test(before)) return "scope";
  if (isProvince && previous && mention.start - previous.end <= 3 && /^[\s,]*$/.test(text.slice(previous.end, mention.start))) return "qualifier";
  return "subject";
}

/** A service unit named in the text: "Disdukcapil", "Dinas Sosial", "UPTD Puskesmas Iringmulyo", "RSUD Ahmad Yani". */
export interface UnitMention extends Span {
  /** The unit's name as written, without a leading "UPTD"/"UPT". */
  name: string;
  /** A unit kind of units.csv (dukcapil, dpmptsp, pendidikan, kesehatan, sosial, puskesmas, rsud, ...), else "other". */
  kind: string;
}

const CAP = "[\\p{Lu}][\\p{L}'.-]*";
const NAME_WORD = `(?:${CAP}|[IVX]+|\\d{1,2})`;
/** "dan" joins words of one unit's name ("Kependudukan dan Pencatatan Sipil") unless another unit follows. */
const NEXT_UNIT = "(?:Dinas|Puskesmas|PKM|UPTD|UPT|RSUD|RSU|Rumah|Kantor|Polres|Disdukcapil|Dukcapil|DPMPTSP|Disdik|Dinkes|Dinsos|Kabupaten|Kota|Provinsi|Pemkab|Pemkot|Pemko|Pemprov)";
const STOP_WORDS = "(?!(?:Kabupaten|Kota|Provinsi|Kab|Pemkab|Pemkot|Pemko|Pemprov|Pemerintah|Sebagai|Yang|Dengan)\\b)";
const UNIT_PATTERN = new RegExp(
  [
    // Dinas ... with its capitalised words; "dan" inside the name. ("Badan ..." is left out: BPS, BNN are bodies.)
    `\\b(?:Dinas)(?:\\s+${STOP_WORDS}(?:${CAP}|dan(?!\\s+${NEXT_UNIT}\\b)(?=\\s+${CAP})))+`,
    // Named health centres, hospitals, land offices, police stations, schools.
    `\\b(?:(?:UPTD|UPT)\\s+)?(?:Puskesmas|PKM)(?:\\s+${STOP_WORDS}${NAME_WORD}){1,4}`,
    `\\b(?:RSUD|RSU|Rumah Sakit Umum Daerah|Rumah Sakit Umum|Rumah Sakit)(?:\\s+(?:dr\\.|Dr\\.|H\\.|Hj\\.)?\\s*${STOP_WORDS}${CAP}){1,5}`,
    `\\b(?:Kantor Pertanahan|Kantah)(?:\\s+(?:Kabupaten|Kota|Kab\\.?)?\\s*${CAP}){0,3}`,
    `\\b(?:Polres|Polresta|Polrestabes)(?:\\s+${CAP}){1,3}`,
    `\\b(?:SD|SMP|SMA|SMK)\\s+(?:Negeri|N)\\s+\\d{1,3}(?:\\s+${CAP}){0,2}`,
    // Acronyms and short forms.
    `\\b(?:Disdukcapil|Dispendukcapil|Disdukpencapil|Dukcapil|DPMPTSP|DPM-PTSP|DPMPPTSP|DPMPTK|Disdik|Disdikbud|Disdikpora|Dindik|Dinkes|Dinsos|Kantah)\\b`,
  ].join("|"),
  "gu",
);

/** Unit words the question lexicon lacks (its unit kinds are the ones units.csv uses). */
const EXTRA_KINDS: Record<string, string> = { pmptsp: "dpmptsp", dpmptk: "dpmptsp", disdukpencapil: "dukcapil", kantah: "pertanahan" };

/** The unit kind of a unit's name, read with the question lexicon's unit words. */
export function unitKind(name: string): string {
  const words = normalizeName(name).split(" ");
  const free = words.map(() => true);
  for (let i = 0; i < words.length; i++) {
    const extra = EXTRA_KINDS[words[i]!];
    if (extra) return extra;
    const match = matchLexicon(words, free, i);
    const unit = match?.cues.find((c) => c.kind === "unit" && c.unit !== null);
    if (unit && unit.kind === "unit" && unit.unit) return unit.unit;
  }
  return "other";
}

export function findUnitMentions(text: string, span: Span): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(UNIT_PATTERN)) {
    let raw = m[0].replace(/[\s,.]+$/u, "");
    const start = span.start + m.index;
    // "Dinas Pendidikan dan" at the end of a list keeps no dangling "dan".
    raw = raw.replace(/\s+dan$/u, "");
    const name = raw.replace(/^(?:UPTD|UPT)\s+/u, "");
    const previous = out[out.length - 1];
    // "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)": the acronym is the same unit.
    if (previous && /^\s*\(\s*$/.test(text.slice(previous.end, start))) {
      previous.end = start + raw.length + (text.charAt(start + raw.length) === ")" ? 1 : 0);
      continue;
    }
    out.push({ start, end: start + raw.length, name, kind: unitKind(name) });
  }
  return out;
}
