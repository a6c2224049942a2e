import type { BodyRef, Query } from "../understand/query.js";
import type { Catalog } from "./catalog.js";
import { compareBodies } from "./compare.js";
import { explainScale } from "./explain.js";
import { rankOf, scoreOf } from "./score.js";
import { averageScore, statsFor } from "./stats.js";
import { listBodies, listDownTo } from "./top.js";
import { trendOf } from "./trend.js";
import type { Answer, IslandGroupAnswer, RankYearsAnswer } from "./types.js";
import { yearsOfRank } from "./rank-years.js";
import { aboutData, islandGroupOf, methodOf, scheduleOf } from "./info.js";
import { asksOtherProgramme, programmeResults } from "./programme.js";
import { ministryUnitOfRegion, unitCard, unitsAcross, unitsInsteadOfResult, unitsOf } from "./units.js";

/** Replies that are not answers from the data: the conversation around them. */
export type Reply =
  | Answer
  | { kind: "help" }
  | { kind: "unknown" }
  | { kind: "ambiguous"; query: Query; text: string; candidates: BodyRef[] }
  /** The question needs a body (or two, to compare) and names none. */
  | { kind: "need-body"; query: Query; count: 1 | 2 }
  /** Small talk: a friendly reply with example questions. */
  | { kind: "greeting" }
  /** Names written as names that match no body: said so, with a suggestion, never a list of everything. */
  | { kind: "unmatched"; names: string[]; category: Query["category"]; year: number | null }
  | { kind: "subscribe"; query: Query }
  /** Stop following what the query names: the bot answers from the chat's subscriptions; elsewhere, how to. */
  | { kind: "unsubscribe"; query: Query }
  | IslandGroupAnswer
  | RankYearsAnswer;

/** Runs a parsed question against the engine: one engine function per intent. */
export function answerQuery(catalog: Catalog, query: Query): Reply {
  const first = query.ambiguous[0];
  if (first && query.intent !== "help" && query.intent !== "unknown") {
    return { kind: "ambiguous", query, text: first.text, candidates: first.candidates };
  }
  const year = typeof query.year === "number" ? query.year : null;
  const codes = query.entities.map((e) => e.code);
  const [code] = codes;
  const filters = { year, provinceCode: query.province, category: query.category, zone: query.zone, grade: query.grade };
  const conversational = ["help", "about", "method", "schedule", "greeting", "unknown", "explain"].includes(query.intent);
  if (query.unmatched.length > 0 && !conversational && (codes.length === 0 || query.intent === "compare")) {
    // The suggestion names a year with data: the one asked, else the newest.
    return { kind: "unmatched", names: query.unmatched, category: query.category, year: year ?? Math.max(0, ...catalog.viewsByYear.keys()) };
  }
  // "kabupaten terbaik se-Sumatera": an island group is no scope; never answered as the whole country.
  const scoped = ["top", "bottom", "list", "stats", "rank"].includes(query.intent) || codes.length === 0;
  // Unread otherwise ("sulawesi 2023"): only with a year or a category, not any sentence naming an island.
  const asksData = query.intent === "unknown" && (query.year !== null || query.category !== null);
  if (query.islandGroup && !query.province && scoped && (!conversational || asksData)) {
    return islandGroupOf(catalog, query.islandGroup, query.category, year);
  }
  if (asksOtherProgramme(query.programme) && !conversational) {
    return programmeResults(catalog, { programme: query.programme, code: code ?? null, unitKind: query.unit, unitName: query.unitName, year });
  }
  // A unit named by its own name, or a unit kind without a body: units across bodies.
  if (query.unitName && (query.intent === "units" || query.intent === "score")) return unitCard(catalog, query.unit, query.unitName, code ?? null);
  if (query.unit && !code && (query.intent === "top" || query.intent === "bottom" || query.intent === "units")) {
    const direction = query.intent === "units" ? "list" : query.intent;
    return unitsAcross(catalog, query.unit, direction, { year, provinceCode: query.province, programme: query.programme }, query.n);
  }
  switch (query.intent) {
    case "help":
      return { kind: "help" };
    case "about":
      return aboutData(catalog);
    case "method":
      return methodOf(year);
    case "schedule":
      return scheduleOf(catalog, year);
    case "greeting":
      return { kind: "greeting" };
    case "unknown":
      return { kind: "unknown" };
    case "subscribe":
      return { kind: "subscribe", query };
    case "unsubscribe":
      return { kind: "unsubscribe", query };
    case "explain":
      // `topic` repeats the zone or grade when that is what was asked; only other text is a predicate.
      return explainScale(catalog, {
        zone: query.zone,
        grade: query.grade,
        predicate: query.topic !== query.zone && query.topic !== query.grade ? query.topic : null,
        year,
        score: query.scoreAsked,
      });
    case "stats":
    case "top":
    case "bottom":
    case "list":
      // "rata-rata nilai kabupaten di Sumsel": a figure over the list, not the list.
      if (query.measure === "average") return averageScore(catalog, filters);
      if (query.intent === "stats") {
        const stats = statsFor(catalog, { year, category: query.category, provinceCode: query.province, zone: query.zone });
        return query.percent && stats.kind === "stats" ? { ...stats, percent: true } : stats;
      }
      if (query.above) {
        return listDownTo(catalog, query.above.code, filters) ?? rankOf(catalog, query.above.code, year, query.province ? "province" : "both");
      }
      return capped(listBodies(catalog, query.intent, filters, query.n), query);
  }
  if (!code) return { kind: "need-body", query, count: query.intent === "compare" ? 2 : 1 };
  switch (query.intent) {
    case "compare":
      return codes.length < 2 ? { kind: "need-body", query, count: 2 } : compareBodies(catalog, codes, year);
    case "score": {
      if (codes.length > 1) return compareBodies(catalog, codes, year);
      const score = scoreOf(catalog, code, year);
      // No result of its own that year is not "no data" when its units were scored then.
      return (score.kind === "no-data" && unitsInsteadOfResult(catalog, code, year)) || score;
    }
    case "rank": {
      if (query.yearOfRank && year === null) {
        const found = yearsOfRank(catalog, code, query.yearOfRank.position, query.yearOfRank.scope);
        if (found) return found;
      }
      const rank = rankOf(catalog, code, year, query.rankScope ?? (query.province ? "province" : "both"));
      return (rank.kind === "no-data" && unitsInsteadOfResult(catalog, code, year)) || rank;
    }
    case "trend":
      return trendOf(catalog, code);
    case "units": {
      const units = unitsOf(catalog, code, year, query.unit);
      // A region's own units never include its Polres or land office: those are the ministry's.
      return (units.kind === "no-units" && query.unit && ministryUnitOfRegion(catalog, query.unit, code)) || units;
    }
  }
}

/** "top 1000 kota": the list says it stops at the longest Rapor shows, instead of silently. */
function capped(answer: Answer, query: Query): Answer {
  if (query.nCappedFrom === null || query.n === null || (answer.kind !== "top" && answer.kind !== "bottom")) return answer;
  // Cut shorter still, at the number assessed: that caveat says so, of the size asked.
  const assessed = answer.caveats.find((c) => c.kind === "list-assessed");
  if (assessed) return { ...answer, caveats: answer.caveats.map((c) => (c === assessed ? { ...assessed, asked: query.nCappedFrom! } : c)) };
  return { ...answer, caveats: [{ kind: "list-capped", asked: query.nCappedFrom, max: query.n, direction: answer.kind }, ...answer.caveats] };
}
