import type { Category, Zone } from "../store/schema.js";

export const INTENTS = [
  "score", "rank", "top", "bottom", "list", "compare", "trend", "units", "stats", "explain", "help", "subscribe", "unknown",
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
  /** Bodies named in the question, in the order they were named. */
  entities: BodyRef[];
  /** Names that matched several bodies equally well: the user must choose. */
  ambiguous: { text: string; candidates: BodyRef[] }[];
  /** One asked year, "latest" for "terbaru/terakhir", or null when none was said. */
  year: number | "latest" | null;
  /** Every year named, in order ("2022 dan 2023"). */
  years: number[];
  /** Province filter (code), as in "5 besar di Lampung". */
  province: string | null;
  category: Category | null;
  n: number | null;
  /** Unit kind: dukcapil, dpmptsp, pendidikan, kesehatan, sosial, puskesmas, rsud, pertanahan, polres, sekolah, other. */
  unit: string | null;
  zone: Zone | null;
  grade: string | null;
  /** For explain: the zone, grade or predicate asked about, as text of the scale ("kuning", "B", "kualitas tinggi"). */
  topic: string | null;
}
