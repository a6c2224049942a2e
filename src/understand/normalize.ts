/**
 * Text normalization shared by questions and gazetteer names: both go through the same
 * tokenizer, so "Pemkab Bogor", "kab. bogor" and "Bogor regency" meet as the same tokens.
 */

export interface Token {
  /** Normalized form: lower-case, no diacritics, chat abbreviations expanded. */
  norm: string;
  /** The token as typed (case kept): short aliases ("BS", "BU") only match when typed in capitals. */
  raw: string;
  /**
   * Which clause of the message the token is in, counted from 0: punctuation between words (". , ; : ! ?", a line
   * break) starts a new one, except the dot of an abbreviation ("Kab. Bogor", "dr. H. Abdul").
   */
  clause: number;
}

/** Longer messages are not questions (a Telegram message can hold 4,096 characters): answered "unknown" at once. */
export const MAX_INPUT_CHARS = 600;
/** A cap on the work per question, whatever the input. */
export const MAX_TOKENS = 120;

/**
 * Chat abbreviations and spelling variants, and the category prefixes in all their forms
 * (kab/pemkab/regency -> kabupaten), so a name's derived forms collapse to one key.
 */
const EXPANSIONS: Record<string, string> = {
  // chat Indonesian
  brp: "berapa", brapa: "berapa", berapakah: "berapa", brpa: "berapa",
  yg: "yang", dgn: "dengan", dg: "dengan", sm: "sama", ama: "sama",
  thn: "tahun", th: "tahun", thun: "tahun", taun: "tahun", tahunnya: "tahun",
  gmn: "bagaimana", gmna: "bagaimana", gimana: "bagaimana", bgmn: "bagaimana", bgmana: "bagaimana",
  tdk: "tidak", gak: "tidak", ga: "tidak", nggak: "tidak", ngga: "tidak", enggak: "tidak", gk: "tidak",
  dr: "dari", utk: "untuk", untk: "untuk", pd: "pada", krn: "karena", karna: "karena",
  kl: "kalau", klo: "kalau", kalo: "kalau", jg: "juga", aja: "saja", ajah: "saja",
  sdh: "sudah", udh: "sudah", udah: "sudah", blm: "belum", jd: "jadi", skrg: "sekarang", skrang: "sekarang",
  kemaren: "kemarin", kmrn: "kemarin", kmarin: "kemarin",
  dpt: "dapat", dapet: "dapat", bs: "bisa", bsa: "bisa", tp: "tapi", tpi: "tapi", sy: "saya", gw: "saya", gue: "saya", aq: "aku",
  knp: "kenapa", kpn: "kapan", dmn: "dimana", apaan: "apa", ap: "apa", spt: "seperti",
  bgt: "banget", bnyk: "banyak", byk: "banyak", jml: "jumlah", jmlh: "jumlah", tsb: "tersebut",
  rangking: "ranking", peringat: "peringkat", rengking: "ranking",
  tertingi: "tertinggi", trbaik: "terbaik", tebaik: "terbaik", trendah: "terendah",
  ngebandingin: "bandingin", bndingkan: "bandingkan",
  // category prefixes (one canonical word each)
  kab: "kabupaten", kabupatennya: "kabupaten", pemkab: "kabupaten", regency: "kabupaten", regencies: "kabupaten",
  kot: "kota", pemkot: "kota", pemko: "kota", kotamadya: "kota", kodya: "kota", city: "kota", cities: "kota",
  municipality: "kota", municipalities: "kota",
  prov: "provinsi", prop: "provinsi", propinsi: "provinsi", pemprov: "provinsi", pemprop: "provinsi",
  province: "provinsi", provinces: "provinsi", provincial: "provinsi",
  kementrian: "kementerian", ministry: "kementerian", ministries: "kementerian", kemen: "kementerian",
  agency: "lembaga", agencies: "lembaga",
  kep: "kepulauan", kepl: "kepulauan",
  // English and common spellings of name words
  java: "jawa", sumatra: "sumatera", sumatrera: "sumatera", kalimantan: "kalimantan", borneo: "kalimantan",
  celebes: "sulawesi", moluccas: "maluku", island: "islands", isles: "islands",
};

const PHRASE_REWRITES: [RegExp, string][] = [
  // "city of Bogor" reads as "Kota Bogor"
  [/\b(?:city|kota) of\b/gi, "kota"],
  [/\b(?:regency|kabupaten) of\b/gi, "kabupaten"],
  [/\b(?:province|provinsi) of\b/gi, "provinsi"],
];

/** Tokens of a question or name; at most MAX_TOKENS. */
export function tokenize(text: string): Token[] {
  let s = text.slice(0, MAX_INPUT_CHARS * 2);
  s = s.replace(/&/g, " dan ");
  // Symbols go before the compatibility decomposition, which would turn some into letters ("₨" -> "Rs").
  s = s.replace(/\p{S}+/gu, " ").normalize("NFKD").replace(/\p{M}+/gu, "");
  s = s
    .replace(/https?:\/\/\S+/gi, " ")
    .replace(/^\/(\w+)@\w+/, "/$1") // "/start@RaporBot"
    .replace(/(^|\s)@\w+/g, " ") // group mentions
    .replace(/(\p{L})['’‘`´]s\b/gu, "$1") // "Kendari's"
    .replace(/(\p{L})['’‘`´](\p{L})/gu, "$1$2"); // "Ma'ruf"
  for (const [re, to] of PHRASE_REWRITES) s = s.replace(re, to);
  const tokens: Token[] = [];
  // Decimal numbers stay whole; letters and digits split ("top3" -> top 3, "thn22" -> thn 22).
  let previousEnd = -1;
  let previousLetters = false;
  let clause = 0;
  for (const m of s.matchAll(/\d+(?:[.,]\d+)?|\p{L}+|\p{N}+/gu)) {
    const raw = m[0];
    const glued = m.index === previousEnd;
    const letters = /^\p{L}/u.test(raw);
    const gap = previousEnd < 0 ? "" : s.slice(previousEnd, m.index);
    previousEnd = m.index + raw.length;
    // "kota2" is reduplication (kota-kota), not the number 2.
    if (raw === "2" && glued && previousLetters && !/[\p{L}\p{N}]/u.test(s.charAt(previousEnd))) continue;
    previousLetters = letters;
    if (breaksClause(gap, tokens.at(-1))) clause++;
    tokens.push({ raw, norm: normalizeWord(raw), clause });
    if (tokens.length >= MAX_TOKENS) break;
  }
  return tokens;
}

/** Titles written with a dot inside a name ("dr. H. Abdul Moeloek"); abbreviations of EXPANSIONS also keep theirs. */
const DOTTED_TITLES = new Set(["dr", "drs", "ir", "prof", "hj", "kh", "st", "no", "jl", "sdr"]);

/** Punctuation between two words ends a clause; a dot only after a word that is no abbreviation ("Kab. Bogor"). */
function breaksClause(gap: string, before: Token | undefined): boolean {
  if (!before || !/[.,;:!?\n]/.test(gap)) return false;
  if (/[,;:!?\n]/.test(gap)) return true;
  const word = before.raw.toLowerCase();
  return word.length > 1 && !DOTTED_TITLES.has(word) && EXPANSIONS[word] === undefined;
}

/**
 * One word: lower-case, runs of 3+ equal letters cut to two ("bagusss" -> "baguss", "Sikkka" -> "sikka":
 * the lexicon and the typo reader take the last doubled letter away), abbreviations expanded.
 */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  let w = lower.replace(/(\p{L})\1{2,}/gu, "$1$1");
  if (/^\d+,\d+$/.test(w)) w = w.replace(",", ".");
  // A short word typed in capitals is an acronym ("BS" = Bengkulu Selatan), not chat ("bs" = bisa).
  const acronym = raw.length <= 3 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw);
  const expanded = EXPANSIONS[w] ?? EXPANSIONS[lower.replace(/(\p{L})\1{2,}/gu, "$1")];
  return expanded && !acronym ? expanded : w;
}

/** The normalized key of a name: its tokens joined by one space. */
export function normalizeName(name: string): string {
  return tokenize(name).map((t) => t.norm).join(" ");
}

/** Doubled letters collapsed: "tinggii" and "tinggi" both give "tingi". */
export function squeeze(word: string): string {
  return word.replace(/(\p{L})\1+/gu, "$1");
}

const UNITS_ID: Record<string, number> = {
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
};
const UNITS_EN: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS_EN: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/**
 * A number written in digits or words at position i ("lima", "dua puluh lima", "sepuluh",
 * "twenty five"), with the tokens it takes. Only for tokens not already read as names:
 * "Lima Puluh Kota" and "Empat Lawang" are resolved first.
 */
export function numberAt(words: readonly string[], i: number): { value: number; length: number } | null {
  const w = words[i];
  if (w === undefined) return null;
  if (/^\d+$/.test(w)) return { value: Number(w), length: 1 };
  if (w === "sepuluh") return { value: 10, length: 1 };
  if (w === "sebelas") return { value: 11, length: 1 };
  if (w === "seratus") return { value: 100, length: 1 };
  const unit = UNITS_ID[w];
  if (unit !== undefined) {
    const next = words[i + 1];
    if (next === "belas") return { value: 10 + unit, length: 2 };
    if (next === "puluh") {
      const after = words[i + 2];
      const ones = after !== undefined ? UNITS_ID[after] : undefined;
      return ones !== undefined ? { value: unit * 10 + ones, length: 3 } : { value: unit * 10, length: 2 };
    }
    return { value: unit, length: 1 };
  }
  const en = UNITS_EN[w];
  if (en !== undefined) return { value: en, length: 1 };
  const tens = TENS_EN[w];
  if (tens !== undefined) {
    const after = words[i + 1];
    const ones = after !== undefined ? UNITS_EN[after] : undefined;
    return ones !== undefined && ones < 10 ? { value: tens + ones, length: 2 } : { value: tens, length: 1 };
  }
  return null;
}
