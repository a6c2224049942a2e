/**
 * The intent of a question from what was found in it: the first rule that applies wins. Each rule is one
 * sentence of precedence ("asking how scores are worked out beats asking for one").
 */
import type { IntentCue } from "./lexicon.js";
import type { Intent } from "./query.js";
import type { CueAt } from "./reading.js";

export interface Signals {
  intents: ReadonlySet<IntentCue>;
  /** Bodies named (resolved, ambiguous or matching nothing), province filters excluded. */
  named: number;
  years: number;
  direction: "top" | "bottom" | null;
  /** A zone, grade or predicate was said. */
  topic: boolean;
  /** "berapa daerah", "jumlah": a count. */
  count: boolean;
  /** "rata-rata": a figure over a list. */
  measure: boolean;
  categories: number;
  province: boolean;
  /** The number of a ranking was written ("5 besar"), not implied ("peringkat terakhir"). */
  nStated: boolean;
  /** "kapan" with a release word ("kapan keluar", "when ... be out"). */
  whenReleased: boolean;
  chart: boolean;
  /** KemenPAN-RB's evaluation named ("role model"): with no body, the list of what it awarded. */
  secondProgramme: boolean;
}

type Rule = (s: Signals) => Intent | null;

const DATA: readonly IntentCue[] = ["rank", "top", "bottom", "list", "compare", "trend", "units", "stats"];
const asksData = (s: Signals) => DATA.some((x) => s.intents.has(x)) || s.direction !== null;

const RULES: Rule[] = [
  // Asking to stop following, whatever else is said ("berhenti ikuti" also holds "ikuti").
  (s) => (s.intents.has("unsubscribe") ? "unsubscribe" : null),
  // Asking to follow, whatever else is said.
  (s) => (s.intents.has("subscribe") ? "subscribe" : null),
  // How scores are worked out: "gmn cara ombudsman ngitung nilainya?" asks about the method, not for a score.
  (s) => (s.intents.has("method") ? "method" : null),
  // When results come out: "hasil 2026 kapan keluar?".
  (s) => (s.intents.has("schedule") || s.whenReleased ? "schedule" : null),
  // Where the data comes from, with no body named ("sumber nilai Tebo" is Tebo's card, with its sources).
  (s) => (s.intents.has("about") && s.named === 0 && !asksData(s) ? "about" : null),
  // What a zone or grade means, with nothing to look up.
  (s) => s.named === 0 && !asksData(s) && (s.intents.has("explain") || (s.topic && !s.count && s.categories === 0 && !s.province))
    ? "explain" : null,
  // Counts and averages over a list.
  (s) => (s.named === 0 && (s.intents.has("stats") || s.count || s.measure) ? "stats" : null),
  // Two bodies, or a comparison word: compare; one body and two years compared is its trend.
  (s) => {
    if (!s.intents.has("compare") && s.named < 2) return null;
    if (s.named === 1 && s.years >= 2) return "trend";
    return !s.intents.has("trend") || s.named >= 2 ? "compare" : null;
  },
  // A trend word, one body with several years, or a chart of one body.
  (s) => s.intents.has("trend") || (s.named === 1 && !s.direction && (s.years >= 2 || (s.chart && !s.intents.has("units"))))
    ? "trend" : null,
  // Units of a body, or units in general without a ranking ("dukcapil terbaik" ranks units).
  (s) => (s.intents.has("units") && (s.named > 0 || s.direction === null) ? "units" : null),
  // "Tebo terbaik?" asks where Tebo stands; "5 besar ..." and lists without a body ask for a ranking.
  (s) => (s.direction ? (s.named > 0 && !s.nStated ? "rank" : s.direction) : null),
  (s) => (s.intents.has("list") ? "list" : null),
  (s) => (s.intents.has("rank") ? (s.named === 0 && (s.categories > 0 || s.province) ? "top" : "rank") : null),
  (s) => {
    if (!s.intents.has("score") && s.named === 0) return null;
    return s.named === 0 && (s.categories > 0 || s.province || s.topic) ? "list" : "score";
  },
  (s) => (s.intents.has("help") ? "help" : null),
  // A greeting with no question in it ("selamat pagi"); with one, the question is answered.
  (s) => (s.intents.has("greeting") && s.named === 0 && s.years === 0 && s.categories === 0 && !s.province ? "greeting" : null),
  (s) => (s.named === 0 && (s.topic || s.secondProgramme) ? "list" : null),
];

export function decideIntent(s: Signals): Intent {
  for (const rule of RULES) {
    const intent = rule(s);
    if (intent) return intent;
  }
  return "unknown";
}

/**
 * "berapa" counts when a category or zone comes with it ("berapa daerah", "berapa yang zona merah"), not in
 * "peringkat berapa dari 34 provinsi" or "nilai berapa".
 */
export function isCounting(cues: readonly CueAt[]): boolean {
  return cues.some((c) => {
    if (c.cue.kind !== "count") return false;
    if (cues.some((o) => o.cue.kind === "intent" && o.cue.intent === "stats" && o.start === c.start)) return true;
    const afterAsk = cues.some((o) => o.end === c.start && o.cue.kind === "intent" && (o.cue.intent === "rank" || o.cue.intent === "score"));
    const categoryNext = cues.some((o) => o.start === c.end && o.cue.kind === "category");
    const zoneAsked = cues.some((o) => o.cue.kind === "zone" || o.cue.kind === "predicate");
    return !afterAsk && (categoryNext || zoneAsked);
  });
}
