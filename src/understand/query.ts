import type { Category, Zone } from "../store/schema.js";
import type { IslandGroup } from "./island-groups.js";

export const INTENTS = [
  "score", "rank", "top", "bottom", "list", "compare", "trend", "units", "stats", "explain", "help", "subscribe",
  /** Stop following a body ("berhenti ikuti Kota Metro", "unsubscribe"): the chat's own subscriptions decide the reply. */
  "unsubscribe",
  /** Where the data comes from ("data ini dari mana?"). */
  "about",
  /** How the score is worked out ("gmn cara ombudsman ngitung nilainya?"). */
  "method",
  /** When results come out ("hasil 2026 kapan keluar?"). */
  "schedule",
  /** A greeting or small talk with no question in it ("selamat pagi"). */
  "greeting",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];
export type Language = "id" | "en";

export interface BodyRef {
  code: string;
  name: string;
}

/** What a question asks, with names already resolved to gazetteer codes. The answer engine's input. */
export interface Query {
  /** The question as typed. */
  text: string;
  intent: Intent;
  language: Language;
  /**
   * The words showed `language` (more words of it than of the other language). False when no word did, or as
   * many of each: `language` is then only the default "id", and a reply takes the chat's language instead.
   */
  languageFromWords: boolean;
  /** Bodies named in the question, in the order they were named. */
  entities: BodyRef[];
  /** Names that matched several bodies equally well: the user must choose. */
  ambiguous: { text: string; candidates: BodyRef[] }[];
  /** Words written as a name ("kota Atlantis") that match no body: the answer says so instead of guessing. */
  unmatched: string[];
  /** One asked year, "latest" for "terbaru/terakhir", or null when none was said. */
  year: number | "latest" | null;
  /** Every year named, in order ("2022 dan 2023"). */
  years: number[];
  /** Province filter (code), as in "5 besar di Lampung". */
  province: string | null;
  category: Category | null;
  n: number | null;
  /** The ranking size written when it was above the maximum ("top 1000": `n` is the maximum). */
  nCappedFrom: number | null;
  /** Unit kind: dukcapil, dpmptsp, pendidikan, kesehatan, sosial, puskesmas, rsud, pertanahan, polres, sekolah, other. */
  unit: string | null;
  zone: Zone | null;
  grade: string | null;
  /** For explain: the zone, grade or predicate asked about, as text of the scale ("kuning", "B", "kualitas tinggi"). */
  topic: string | null;
  /**
   * The programme named: "kemenpanrb-ipp" for KemenPAN-RB's evaluation ("kemenpan", "role model", "indeks
   * pelayanan publik"), "ombudsman-kepatuhan" when Ombudsman is named; null when none is (answers then
   * show what exists, Ombudsman first).
   */
  programme: string | null;
  /** A figure computed over a list: "average" for "rata-rata nilai kabupaten di Sumsel". */
  measure: "average" | null;
  /** The ranks a rank question asks for ("di Lampung sm nasional": both); null when it does not say. */
  rankScope: "national" | "province" | "both" | null;
  /** The reply asked for as a file: a chart picture ("grafik", "chart") or a CSV ("export ... csv"). */
  output: "chart" | "csv" | null;
  /** A unit named by its own name after its kind ("Puskesmas Iringmulyo", "RSUD Ahmad Yani"), as typed. */
  unitName: string | null;
  /** An island group named ("kabupaten terbaik se-Sumatera"): no province, so no scope; the answer says so. */
  islandGroup: IslandGroup | null;
  /**
   * The year of a stated rank is asked ("lampung utara ranking 4 provinsi tahun brp?"): the rank and where it
   * holds (null: not said).
   */
  yearOfRank: { position: number; scope: "national" | "province" | null } | null;
  /** A share asked ("berapa persen", "percentage"): counts are also given as percentages. */
  percent: boolean;
  /** A score to look up on the scale, with no body named ("nilai 88 tahun 2023 masuk kategori apa"). */
  scoreAsked: number | null;
  /**
   * The body whose betters are asked ("siapa nomor 1 dan 2 se-bengkulu 2023 di atas lebong?"): a top list of its
   * province (or, with none said, of its category nationally) down to its place. Not in `entities`.
   */
  above: BodyRef | null;
}
