import type { Category, Zone } from "../store/schema.js";
import { CHAT_WORDS } from "./chat-words.js";
import { normalizeName, squeeze } from "./normalize.js";

/** Intents a word can point at; parse.ts weighs them against each other. */
export type IntentCue =
  | "score" | "rank" | "top" | "bottom" | "list" | "compare" | "trend" | "units" | "stats" | "explain" | "help" | "subscribe"
  | "unsubscribe" | "about" | "method" | "schedule" | "greeting";

/** The programmes a question can name (results.programme). */
export type ProgrammeId = "ombudsman-kepatuhan" | "kemenpanrb-ipp";

export type Cue =
  | { kind: "intent"; intent: IntentCue }
  /** null: "daerah", "pemda", "region" (any region). */
  | { kind: "category"; category: Category | null }
  /** null: a unit asked in general ("unit layanan", "OPD", "dinas"). */
  | { kind: "unit"; unit: string | null }
  | { kind: "zone"; zone: Zone }
  /** A word after which a single letter A-E is a grade ("opini B", "grade A"). */
  | { kind: "grade-cue"; strict: boolean }
  | { kind: "predicate"; text: string; grade: string | null; zone: Zone | null }
  | { kind: "year-offset"; offset: number }
  | { kind: "latest" }
  /** "tahun": a two-digit number after it is a year ("thn 22"). */
  | { kind: "year-word" }
  /** "di", "se-", "in": the name after it is a place to search within. */
  | { kind: "within" }
  | { kind: "national" }
  /** "se-provinsi", "tingkat provinsi": within the named body's own province. */
  | { kind: "own-province" }
  /** berapa / jumlah / how many: a count when a category or zone is asked. */
  | { kind: "count" }
  /** "besar" means top only after a number ("5 besar"). */
  | { kind: "top-after-number" }
  | { kind: "connector" }
  /** "di atas", "above": with a name right after it, the bodies ranked above that body are asked. */
  | { kind: "above" }
  /** "sampai", "to": between two places, a range of them ("peringkat 1 sampai 3"). */
  | { kind: "range-to" }
  /**
   * A programme named. `ministry`: the words also name the ministry that runs it ("kemenpan rb"), which is the
   * body asked about when nothing else says the programme is meant.
   */
  | { kind: "programme"; programme: ProgrammeId; ministry: boolean }
  /** "penghargaan", "award": an award, i.e. a programme's result rather than a body. */
  | { kind: "award" }
  | { kind: "measure"; measure: "average" }
  /** A file asked for: "grafik" (chart), "csv"; `null` for "export/unduh" (CSV unless a chart is said). */
  | { kind: "output"; output: "chart" | "csv" | null }
  /** "kapan", "when": with a release word, a question about when results come out. */
  | { kind: "when" }
  | { kind: "release" }
  /** "ranked last", "peringkat pertama": one place of a ranking (n = 1). */
  | { kind: "place"; direction: "top" | "bottom" }
  | { kind: "stop" };

export interface LexiconMatch {
  cues: Cue[];
  /** Tokens taken. */
  length: number;
}

const PHRASES = new Map<string, Cue[]>();
let maxPhraseTokens = 1;

function add(phrases: string | readonly string[], ...cues: Cue[]): void {
  for (const phrase of typeof phrases === "string" ? [phrases] : phrases) {
    const key = normalizeName(phrase);
    if (!key) continue;
    const existing = PHRASES.get(key);
    PHRASES.set(key, existing ? [...existing, ...cues] : cues);
    maxPhraseTokens = Math.max(maxPhraseTokens, key.split(" ").length);
  }
}

const intent = (i: IntentCue): Cue => ({ kind: "intent", intent: i });
const STOP: Cue = { kind: "stop" };

// ---- intents -------------------------------------------------------------------------
add(
  ["nilai", "skor", "score", "scores", "scored", "scoring", "predikat", "predicate", "opini", "opinion", "zona", "zone",
    "hasil", "result", "results", "rapor", "raport", "rapot", "report", "kepatuhan", "compliance", "grade", "kategori",
    "indeks", "index", "capaian", "kinerja", "performance", "rating", "zona apa", "opini apa", "predikat apa",
    "kategori apa", "warna apa", "what color", "what colour", "dapat apa", "how did", "how was", "how is",
    "nilai kepatuhan", "skor kepatuhan", "compliance score"],
  intent("score"),
);
add(["berapa"], intent("score"), { kind: "count" });
add(
  ["peringkat", "ranking", "rank", "ranked", "ranks", "urutan", "posisi", "position", "ke berapa", "nomor berapa",
    "urutan ke", "standing", "peringkat ke", "rangking ke"],
  intent("rank"),
);
add(
  ["terbaik", "tertinggi", "teratas", "top", "best", "highest", "paling baik", "paling bagus", "paling tinggi",
    "terbagus", "unggul", "juara", "leading", "first", "paling atas", "tertingi", "nilai tertinggi",
    "skor tertinggi"],
  intent("top"),
);
add(
  ["terbawah", "terendah", "terburuk", "terjelek", "lowest", "worst", "bottom", "paling rendah", "paling buruk",
    "paling jelek", "paling bawah", "weakest", "nilai terendah", "skor terendah"],
  intent("bottom"),
);
add(["peringkat terakhir", "urutan terakhir", "posisi terakhir", "juru kunci", "last place", "ranked last", "rank last",
  "ranks last", "came last", "paling buncit", "peringkat paling bawah", "nomor buncit"],
intent("bottom"), { kind: "place", direction: "bottom" });
add(["peringkat pertama", "urutan pertama", "posisi pertama", "peringkat satu", "nomor satu", "number one", "first place",
  "ranked first", "rank first", "ranks first", "came first", "juara satu", "nomor wahid"],
intent("top"), { kind: "place", direction: "top" });
add(["besar"], { kind: "top-after-number" });
add(
  ["daftar", "mana saja", "apa saja", "siapa saja", "which", "list", "sebutkan", "tampilkan semua", "semua", "all",
    "yang mana", "mana yang", "seluruh", "sebut"],
  intent("list"),
);
add(
  ["bandingkan", "bandingin", "banding", "perbandingan", "dibanding", "dibandingkan", "membandingkan", "vs", "versus",
    "compare", "compared", "comparison", "lebih baik", "lebih tinggi", "lebih bagus", "lebih unggul", "lebih rendah",
    "lebih buruk", "better", "worse", "higher than", "beda", "perbedaan", "selisih", "difference", "banding kan"],
  intent("compare"),
);
add(
  ["tren", "trend", "trends", "perkembangan", "dari tahun ke tahun", "tahun ke tahun", "naik", "turun", "naik turun",
    "meningkat", "menurun", "membaik", "memburuk", "history", "historical", "histori", "riwayat", "sejarah",
    "setiap tahun", "tiap tahun", "over the years", "over time", "progress", "kemajuan", "perubahan", "year by year",
    "per tahun", "selama ini", "dari waktu ke waktu", "improve", "improved", "improving", "declined", "decline",
    "semua tahun", "all years", "timeline", "evolution", "berkembang", "progres"],
  intent("trend"),
);
add(
  ["jumlah", "how many", "berapa banyak", "ada berapa", "total", "banyaknya", "count", "number of", "persentase",
    "persen", "percentage", "statistik", "statistics", "stats", "rekap", "rekapitulasi", "sebaran", "distribusi",
    "berapa jumlah"],
  intent("stats"), { kind: "count" },
);
add(
  ["apa arti", "arti", "artinya", "apa itu", "apa maksud", "maksud", "maksudnya", "dimaksud", "yang dimaksud",
    "pengertian", "definisi", "jelaskan", "penjelasan", "what does", "what is", "what are", "whats", "mean", "means",
    "meaning", "explain", "definition", "itu apa", "apa sih", "makna", "maknanya", "apakah itu", "rentang", "range",
    "batas", "kriteria", "skala", "scale"],
  intent("explain"),
);
add(
  ["halo", "hallo", "helo", "hello", "hai", "hi", "hey", "hei", "help", "bantuan", "bantu", "tolong", "apa yang bisa",
    "bisa apa", "what can you do", "how to use", "cara pakai", "cara menggunakan", "start", "mulai", "menu",
    "permisi", "tes", "test",
    "ping", "panduan", "petunjuk", "usage", "commands", "perintah"],
  intent("help"),
);
add(
  ["langganan", "berlangganan", "subscribe", "subscription", "ikuti", "follow", "notif", "notifikasi",
    "notification", "notifications", "kabari", "kabarin", "beritahu", "beri tahu", "kasih tahu kalau", "ingatkan",
    "alert", "alerts", "pantau", "remind", "notify"],
  intent("subscribe"),
);
// Longer than the subscribe words they contain ("berhenti ikuti"): read first, so stopping is never read as following.
add(
  ["unsubscribe", "unsub", "unfollow", "berhenti langganan", "berhenti berlangganan", "berhenti ikuti", "berhenti mengikuti",
    "berhenti follow", "berhenti subscribe", "berhenti notif", "berhenti notifikasi", "stop langganan", "stop berlangganan",
    "stop ikuti", "stop mengikuti", "stop follow", "stop subscribe", "stop notif", "stop notifikasi", "batal langganan",
    "batalkan langganan", "batal berlangganan", "batal ikuti", "batal mengikuti", "hentikan langganan", "hentikan notifikasi",
    "hentikan notif", "matikan notifikasi", "matikan notif", "tidak usah kabari", "tidak usah kabarin", "jangan kabari", "jangan kabarin", "stop following",
    "stop subscription", "cancel subscription", "stop notifications", "stop alerts", "turn off notifications"],
  intent("unsubscribe"),
);

// ---- where the data comes from, how scores are worked out, when results come out ------------
add(["sumber", "sumber data", "sumber resmi", "data source", "source", "sources", "asal data", "dari mana", "darimana",
  "come from", "comes from", "where from", "from where", "referensi", "rujukan", "data siapa", "about rapor",
  "tentang rapor", "about this bot", "tentang bot ini", "siapa yang membuat", "who made"], intent("about"));
add(["cara hitung", "cara ngitung", "cara menghitung", "cara penghitungan", "cara perhitungan", "perhitungan",
  "penghitungan", "dihitung", "menghitung", "ngitung", "calculated", "calculate", "calculation",
  "computed", "metode", "metodologi", "methodology", "method", "cara penilaian", "cara menilai", "penilaian dilakukan",
  "proses penilaian", "bagaimana penilaian", "mekanisme penilaian", "indikator penilaian", "dimensi penilaian",
  "bobot penilaian", "aspek penilaian", "indikator", "dimensi", "bobot", "how are scores", "scoring method",
  "how scores are", "apa saja yang dinilai", "what is assessed", "what is measured"], intent("method"));
add(["jadwal", "schedule", "jadwal pengumuman", "kapan diumumkan", "kapan keluar", "kapan rilis", "kapan terbit"],
  intent("schedule"));
add(["kapan", "kapankah", "when"], { kind: "when" });
add(["keluar", "diumumkan", "umumkan", "pengumuman", "rilis", "dirilis", "terbit", "diterbitkan", "out", "released",
  "release", "published", "publish", "announced", "announcement", "come out", "be out", "muncul"], { kind: "release" });

// ---- programmes ------------------------------------------------------------------------
const KEMENPAN = { kind: "programme", programme: "kemenpanrb-ipp" } as const;
add(["kemenpan", "kemenpanrb", "kemenpan rb", "menpan", "menpanrb", "menpan rb", "panrb", "pan rb", "kementerian pan rb",
  "kementerian panrb", "kementerian pan", "kementerian pendayagunaan aparatur negara",
  "kementerian pendayagunaan aparatur negara dan reformasi birokrasi", "pendayagunaan aparatur negara"],
{ ...KEMENPAN, ministry: true });
add(["role model", "role models", "role model pelayanan publik", "indeks pelayanan publik", "ipp", "pekppp",
  "evaluasi pelayanan publik", "evaluasi penyelenggaraan pelayanan publik", "public service index",
  "evaluasi kinerja pelayanan publik"], { ...KEMENPAN, ministry: false });
add(["ombudsman", "ombudsman ri", "ombudsman republik indonesia", "ombudsmen"],
  { kind: "programme", programme: "ombudsman-kepatuhan", ministry: false });
add(["penghargaan", "award", "awards", "piagam", "diganjar", "anugerah"], { kind: "award" });

// ---- a figure over a list, a file ---------------------------------------------------------
add(["rata rata", "rata", "rerata", "average", "averages", "mean score", "mean of", "the mean", "avg", "nilai rata rata",
  "rata rata nilai", "nilai rerata"], { kind: "measure", measure: "average" });
add(["grafik", "chart", "charts", "diagram", "graph", "graphic", "plot", "visualisasi", "visualization",
  "gambar", "picture", "image", "png", "kurva"], { kind: "output", output: "chart" });
add(["csv", "excel", "xls", "xlsx", "spreadsheet", "sheet"], { kind: "output", output: "csv" });
add(["export", "ekspor", "unduh", "download", "diunduh", "berkas"], { kind: "output", output: null });

// ---- units (the unit kinds of unit_results.unit_kind) --------------------------------
const UNITS: Record<string, string[]> = {
  dukcapil: ["dukcapil", "disdukcapil", "dispendukcapil", "disdukpencapil", "kependudukan", "capil", "catatan sipil",
    "pencatatan sipil", "dinas kependudukan", "civil registry", "population registry", "population office"],
  dpmptsp: ["dpmptsp", "dpm ptsp", "ptsp", "perizinan", "penanaman modal", "pelayanan terpadu satu pintu", "dpmpptsp",
    "dpmpt", "dpmptk", "licensing", "one stop service", "investment office", "layanan izin", "pelayanan perizinan"],
  pendidikan: ["disdik", "dindik", "disdikbud", "disdikpora", "dikbud", "dinas pendidikan", "pendidikan",
    "education office", "education"],
  kesehatan: ["dinkes", "dinas kesehatan", "kesehatan", "health office"],
  sosial: ["dinsos", "dinas sosial", "sosial", "social office", "social affairs"],
  puskesmas: ["puskesmas", "pkm", "health center", "health centre", "community health center"],
  rsud: ["rsud", "rumah sakit", "rs", "rumah sakit umum daerah", "hospital", "hospitals"],
  pertanahan: ["kantah", "kantor pertanahan", "pertanahan", "bpn kantah", "kantor bpn", "land office"],
  polres: ["polres", "polresta", "polrestabes", "kepolisian resor", "police"],
  sekolah: ["sekolah", "smp", "sma", "smk", "school", "schools"],
};
for (const [unit, words] of Object.entries(UNITS)) add(words, intent("units"), { kind: "unit", unit });
/** Unit words that are also a field's name, and so end other organisations' names ("BPJS Kesehatan"). */
export const FIELD_UNIT_WORDS: ReadonlySet<string> = new Set(["kesehatan", "pendidikan", "sosial", "pertanahan", "kependudukan",
  "perizinan", "penanaman modal", "education"]);
add(
  ["unit", "units", "unit layanan", "unit pelayanan", "service unit", "service units", "opd", "skpd", "lokus", "dinas",
    "instansi layanan", "per unit", "unitnya",
    // Asking which units were assessed lists them; "apa saja yang dinilai" alone asks for the method.
    "unit apa saja", "unit apa saja yang dinilai", "unit mana saja", "unit mana saja yang dinilai", "unit yang dinilai",
    "opd apa saja", "opd apa saja yang dinilai", "opd yang dinilai", "which units", "what units", "units assessed",
    "which units were assessed", "what units were assessed"],
  intent("units"), { kind: "unit", unit: null },
);

// ---- categories ----------------------------------------------------------------------
add(["kabupaten"], { kind: "category", category: "kabupaten" });
add(["kota"], { kind: "category", category: "kota" });
add(["provinsi", "pemerintah provinsi"], { kind: "category", category: "provinsi" });
add(["kementerian"], { kind: "category", category: "kementerian" });
add(["lembaga", "lembaga negara"], { kind: "category", category: "lembaga" });
add(["daerah", "pemda", "region", "regions", "pemerintah daerah", "wilayah", "region wide", "local government",
  "local governments"], { kind: "category", category: null });

// ---- zones, grades, predicates -------------------------------------------------------
const ZONE_WORDS: [Zone, string[]][] = [
  ["hijau", ["hijau", "green"]],
  ["kuning", ["kuning", "yellow"]],
  ["merah", ["merah", "red"]],
  ["hitam", ["hitam", "black"]],
];
for (const [zone, words] of ZONE_WORDS) {
  add(words.flatMap((w) => [w, `zona ${w}`, `${w} zone`, `zone ${w}`, `zona warna ${w}`]), { kind: "zone", zone });
}
add(["opini", "opinion", "grade", "kategori", "category", "predikat", "predicate", "nilai huruf"], { kind: "grade-cue", strict: false });
add(["nilai", "dapat", "mendapat", "meraih", "memperoleh", "rapor", "raih", "dapet"], { kind: "grade-cue", strict: true });

const PREDICATES: { words: string[]; text: string; grade: string | null; zone: Zone | null }[] = [
  { words: ["kualitas tertinggi", "highest quality"], text: "kualitas tertinggi", grade: "A", zone: null },
  { words: ["kualitas tinggi", "high quality"], text: "kualitas tinggi", grade: "B", zone: null },
  { words: ["kualitas sedang", "medium quality"], text: "kualitas sedang", grade: "C", zone: null },
  { words: ["kualitas rendah", "low quality"], text: "kualitas rendah", grade: "D", zone: null },
  { words: ["kualitas terendah", "lowest quality"], text: "kualitas terendah", grade: "E", zone: null },
  { words: ["kepatuhan tinggi", "high compliance", "kepatuhan tertinggi"], text: "kepatuhan tinggi", grade: null, zone: "hijau" },
  { words: ["kepatuhan sedang", "medium compliance"], text: "kepatuhan sedang", grade: null, zone: "kuning" },
  { words: ["kepatuhan rendah", "low compliance", "kepatuhan terendah"], text: "kepatuhan rendah", grade: null, zone: "merah" },
  { words: ["pelayanan prima", "excellent service"], text: "pelayanan prima", grade: null, zone: null },
  { words: ["sangat baik", "very good"], text: "sangat baik", grade: null, zone: null },
  { words: ["baik dengan catatan", "good with notes"], text: "baik dengan catatan", grade: null, zone: null },
  { words: ["cukup dengan catatan", "fair with notes"], text: "cukup dengan catatan", grade: null, zone: null },
  { words: ["sangat buruk", "very poor"], text: "sangat buruk", grade: null, zone: null },
  { words: ["predikat baik"], text: "baik", grade: null, zone: null },
  { words: ["predikat cukup"], text: "cukup", grade: null, zone: null },
  { words: ["predikat buruk"], text: "buruk", grade: null, zone: null },
  { words: ["predikat gagal"], text: "gagal", grade: null, zone: null },
];
for (const p of PREDICATES) {
  const forms = p.words.flatMap((w) => [w, `opini ${w}`, `predikat ${w}`, `opinion ${w}`, `predicate ${w}`]);
  add(forms, { kind: "predicate", text: p.text, grade: p.grade, zone: p.zone });
}

// 2025's suffix of an opinion: explained as what it means, never a band of its own.
add(["tanpa maladministrasi", "tanpa mal administrasi", "without maladministration", "opini tanpa maladministrasi"],
  { kind: "predicate", text: "tanpa maladministrasi", grade: null, zone: null });

// ---- years ---------------------------------------------------------------------------
add(["tahun", "year", "years", "thn", "periode", "tahun anggaran"], { kind: "year-word" });
add(["tahun lalu", "last year", "tahun kemarin", "previous year", "tahun sebelumnya", "tahun yang lalu", "years ago",
  "year ago"], { kind: "year-offset", offset: -1 });
add(["tahun ini", "this year", "current year"], { kind: "year-offset", offset: 0 });
add(["tahun depan", "next year", "tahun berikutnya", "following year"], { kind: "year-offset", offset: 1 });
add(["terbaru", "terakhir", "latest", "terkini", "most recent", "newest", "paling baru", "saat ini", "sekarang",
  "current", "recent", "paling akhir", "terupdate", "teranyar"], { kind: "latest" });

// ---- places --------------------------------------------------------------------------
// Not "dari"/"of": "nilai dari Lampung" asks for the province itself.
add(["di", "se", "dalam", "in", "within", "di wilayah", "di dalam", "among", "antar", "se wilayah", "sewilayah",
  "seprovinsi", "across"], { kind: "within" });
add(["nasional", "national", "nationally", "nationwide", "indonesia", "se indonesia", "seluruh indonesia",
  "tingkat nasional", "all indonesia", "se nasional", "secara nasional", "in indonesia", "di indonesia",
  "skala nasional", "senasional", "country"], { kind: "national" });
add(["se provinsi", "tingkat provinsi", "di provinsi", "dalam provinsi", "di provinsinya", "in provinsi",
  "in the provinsi", "in its provinsi", "within provinsi", "within the provinsi", "within its provinsi",
  "peringkat provinsi", "ranking provinsi", "provinsi ranking", "provinsi rank"], { kind: "own-province" },
  { kind: "category", category: "provinsi" });
add(["peringkat provinsi", "ranking provinsi", "provinsi ranking", "provinsi rank"], intent("rank"));
// "rank nasional dan provinsi": both ranks of the body named.
add(["nasional dan provinsi", "provinsi dan nasional", "nasional sama provinsi", "provinsi sama nasional",
  "nasional maupun provinsi", "provinsi maupun nasional", "nasional atau provinsi", "national and provincial",
  "provincial and national", "national and provinsi", "provinsi and national"],
{ kind: "national" }, { kind: "own-province" }, { kind: "category", category: "provinsi" });
add(["dan", "and", "sama", "dengan", "atau", "or", "serta", "with"], { kind: "connector" });
// "siapa di atas Lebong": before a name, the bodies ranked above it are asked.
add(["di atas", "diatas", "above", "ahead of"], { kind: "above" });
// "peringkat 1 sampai 3", "rank 1 to 3": the words between the two ends of a range of places.
add(["sampai", "hingga", "s d", "to", "until", "through"], { kind: "range-to" }, STOP);

// ---- chat words (chat-words.txt): never names; greetings also say the message greets --------
for (const [section, entries] of CHAT_WORDS) {
  add(entries, ...(section === "greetings" ? [intent("greeting"), STOP] : [STOP]));
}

/** Extra common words: a nickname that is also an everyday word only counts when written with a capital. */
const EVERYDAY_WORDS = ["mitra", "benteng", "pegunungan", "tuba", "kobar", "psp", "tala", "basel", "barut", "mura"];

/** Single words of the lexicon (and everyday words): never corrected into names, never fuzzy-searched. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...[...PHRASES.keys()].filter((k) => !k.includes(" ")),
  ...EVERYDAY_WORDS,
]);

const SQUEEZED = new Map<string, string>();
for (const key of PHRASES.keys()) if (!key.includes(" ")) SQUEEZED.set(squeeze(key), key);

/** The lexicon entry for a single word: itself, without the "-nya" suffix, or with doubled letters collapsed. */
export function lexiconWord(word: string): string | null {
  if (PHRASES.has(word)) return word;
  if (word.length > 5 && word.endsWith("nya") && PHRASES.has(word.slice(0, -3))) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ny") && PHRASES.has(word.slice(0, -2))) return word.slice(0, -2);
  return SQUEEZED.get(squeeze(word)) ?? null;
}

/** Longest lexicon phrase starting at i, over the words not yet taken (free[j] true). */
export function matchLexicon(words: readonly string[], free: readonly boolean[], i: number): LexiconMatch | null {
  const limit = Math.min(maxPhraseTokens, words.length - i);
  for (let len = limit; len >= 2; len--) {
    let ok = true;
    for (let j = i; j < i + len; j++) if (!free[j]) ok = false;
    if (!ok) continue;
    const cues = PHRASES.get(words.slice(i, i + len).join(" "));
    if (cues) return { cues, length: len };
  }
  const w = words[i];
  if (w === undefined || !free[i]) return null;
  const single = lexiconWord(w);
  const cues = single ? PHRASES.get(single) : undefined;
  return cues ? { cues, length: 1 } : null;
}

// ---- typo correction of lexicon words ("peringakt", "bandingkna") ------------------------
const CORRECTABLE = [...PHRASES.entries()]
  .filter(([k, cues]) => !k.includes(" ") && k.length >= 5 && cues.some((c) => c.kind !== "stop" && c.kind !== "connector"))
  .map(([k]) => k);
const DELETES = new Map<string, Set<string>>();
for (const word of CORRECTABLE) for (const d of deletions(word)) addTo(DELETES, d, word);

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** The word itself and every form with one letter deleted. */
export function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    rows.push(row);
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Candidates at edit distance <= 1 from `word` among words indexed by their deletions. */
export function nearWords(index: ReadonlyMap<string, ReadonlySet<string>>, word: string): string[] {
  const found = new Set<string>();
  for (const d of deletions(word)) for (const w of index.get(d) ?? []) found.add(w);
  return [...found].filter((w) => w !== word && editDistance(word, w, 1) <= 1);
}

/** A lexicon word one typo away ("peringakt" -> "peringkat"), when there is exactly one. */
export function correctLexiconWord(word: string): string | null {
  if (word.length < 5 || !/^\p{L}+$/u.test(word)) return null;
  const near = nearWords(DELETES, word);
  return near.length === 1 ? near[0]! : null;
}

// ---- language ------------------------------------------------------------------------
// Raw lower-case words (before expansion: "city" must still read as English). Words used in both languages
// ("top", "rank", "score", "vs", "trend", "help") count for neither.
const EN_WORDS = new Set(
  ("what was is are the of in how many which show me best worst compare and scores scored regency regencies city " +
    "cities province provinces ministry ministries agency agencies mean does list hello hi highest lowest history " +
    "units year years last latest please did get got with for between about explain green yellow red black zone " +
    "compared ranked who where when ago this previous national nationwide subscribe follow result results grade " +
    "quality compliance hospital school police health education can you do tell give versus than better worse over " +
    "time whats what's lowest highest most least s").split(" "),
);
const ID_WORDS = new Set(
  ("nilai berapa brp yang yg dan di tahun thn apa peringkat skor kabupaten kab pemkab pemkot pemko kota provinsi " +
    "prov terbaik terburuk terendah tertinggi terbawah daftar mana saja bandingkan bandingin dibanding perkembangan " +
    "naik turun tren riwayat zona hijau kuning merah hitam opini predikat jumlah daerah arti itu maksud halo hai " +
    "bantuan tolong langganan ikuti berhenti dengan dgn dari dr untuk sama sm siapa besar nasional se lalu terbaru terakhir " +
    "dapat masuk unit layanan dinas kementerian lembaga urutan tidak bisa saya kamu ini ada kepatuhan bagaimana " +
    "gmn apakah dong sih nilainya").split(" "),
);

/** The language words show: `fromWords` false when none counts or both count alike (`language` is then "id"). */
export interface LanguageReading {
  language: "id" | "en";
  fromWords: boolean;
}

/**
 * "en" when English words outnumber Indonesian ones, "id" when Indonesian ones do; neither (no such word, or as
 * many of each) is "id" not read from the words. Words inside names count only when English ("Bogor city"):
 * official names are Indonesian in either language ("score of Kota Metro").
 */
export function detectLanguage(rawWords: readonly string[], nameWords: readonly string[] = []): LanguageReading {
  let en = 0;
  let id = 0;
  for (const raw of rawWords) {
    const w = raw.toLowerCase();
    if (EN_WORDS.has(w)) en++;
    if (ID_WORDS.has(w)) id++;
  }
  for (const raw of nameWords) if (EN_WORDS.has(raw.toLowerCase())) en++;
  return { language: en > id ? "en" : "id", fromWords: en !== id };
}
