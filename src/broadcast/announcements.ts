import type { Kysely } from "kysely";
import { buildCatalog, scaleKey, viewsIn, type Catalog } from "../answer/catalog.js";
import { hasResult } from "../answer/merge.js";
import { mergeAmongRegions, pemprovPlaces } from "../answer/province-lists.js";
import { rankNationally, rankWithinProvince } from "../answer/ranking.js";
import { methodOf } from "../answer/score.js";
import type { BodyInfo, BodyYearView, Predicate, RankInfo } from "../answer/types.js";
import { OMBUDSMAN } from "../domain/programmes.js";
import { importResultRecords, importResultsCsv, type ImportOptions, type ImportReport } from "../ingest/import-results.js";
import { Translator } from "../present/i18n.js";
import { readCatalogData } from "../store/catalog.js";
import { resultsExceptImport } from "../store/results.js";
import type { Db } from "../store/connection.js";
import type { Category, Zone } from "../domain/vocabulary.js";
import type { Database, ResultRow } from "../store/schema.js";
import { renderDigest } from "./digest.js";
import { enqueue, type OutgoingMessage } from "../store/outbox.js";
import { subscribersOf } from "../store/subscriptions.js";
import { targetKey, type Target } from "./targets.js";

/** A top-3 place: stated by a source, or computed from scores when the store holds every assessed body. */
export interface Place {
  scope: "national" | "province";
  position: number;
  official: boolean;
}

/** A better or worse zone or grade than the body's previous assessed year. */
export interface Change {
  direction: "up" | "down";
  fromYear: number;
  /** Set when the zone changed. */
  fromZone: Zone | null;
  /** Set when the grade changed. */
  fromGrade: string | null;
  /** The two years were scored by different methods. */
  methodChanged: boolean;
}

/** What is worth announcing about one body in one year after an import. Every value comes from the rows. */
export interface ResultFact {
  body: BodyInfo;
  programme: string;
  year: number;
  /** Province at the time of the assessment (the Pemprov's own code). */
  provinceCode: string | null;
  /** The body had no result for this year before the import. */
  isNewResult: boolean;
  score: number | null;
  /** Decimals the score was printed with, when known. */
  scoreDecimals?: number | undefined;
  zone: Zone | null;
  grade: string | null;
  predicate: Predicate | null;
  opinionText: string | null;
  change: Change | null;
  /** Top-3 places that this import made known. */
  places: Place[];
}

const ZONE_ORDER: Record<Zone, number> = { hitam: 0, merah: 1, kuning: 2, hijau: 3 };
const GRADE_ORDER: Record<string, number> = { A: 5, B: 4, C: 3, D: 2, E: 1 };

const compare = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 0 : Math.sign(a - b));

/** The views as they were before this import: the same catalog re-merged without its rows. */
async function catalogWithout(db: Kysely<Database>, after: Catalog, importId: number): Promise<Catalog> {
  const rows = await resultsExceptImport(db, OMBUDSMAN, importId);
  const grouped = new Map<string, ResultRow[]>();
  for (const row of rows) {
    const key = `${row.entity_code}|${row.year}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  const places = pemprovPlaces(rows);
  const viewsByBody = new Map<string, BodyYearView[]>();
  const viewsByYear = new Map<number, BodyYearView[]>();
  for (const list of grouped.values()) {
    const first = list[0]!;
    const body = after.bodies.get(first.entity_code);
    if (!body) continue;
    const view = mergeAmongRegions(body, list, after.scales.get(scaleKey(OMBUDSMAN, first.year)) ?? null, places);
    viewsByBody.set(body.code, [...(viewsByBody.get(body.code) ?? []), view]);
    viewsByYear.set(view.year, [...(viewsByYear.get(view.year) ?? []), view]);
  }
  for (const list of viewsByBody.values()) list.sort((a, b) => a.year - b.year);
  return { ...after, viewsByBody, viewsByYear };
}

/**
 * A top-3 place from the engine's ranking: the official one when a source states it, else a
 * computed one only from complete data (the digest says so), when it is the body's one
 * possible place and not shared by a tie.
 */
function placeFrom(scope: Place["scope"], info: RankInfo): Place | null {
  // A province that ranks its kabupaten and kota apart: a digest's "Peringkat 1 se-Provinsi" would misstate it.
  if (scope === "province" && info.among !== null) return null;
  if (info.official) {
    // Sources disagree on the rank, or give it to another body too: nothing certain to announce.
    if (info.official.conflicts.length > 0 || info.sharedWith.length > 0) return null;
    return info.official.value <= 3 ? { scope, position: info.official.value, official: true } : null;
  }
  const computed = info.computed;
  return computed?.complete && computed.from === computed.to && !computed.tied && computed.from <= 3
    ? { scope, position: computed.from, official: false }
    : null;
}

function placesOf(catalog: Catalog, view: BodyYearView): Place[] {
  const places = [placeFrom("national", rankNationally(catalog, view))];
  if (view.body.category === "kabupaten" || view.body.category === "kota") places.push(placeFrom("province", rankWithinProvince(catalog, view)));
  return places.filter((p): p is Place => p !== null);
}

/** Compared with the body's previous year with a zone or grade: grades when both years have one, else zones. */
function changeOf(catalog: Catalog, view: BodyYearView): Change | null {
  const previous = (catalog.viewsByBody.get(view.body.code) ?? []).filter((v) => v.year < view.year && (v.zone || v.grade)).at(-1);
  if (!previous) return null;
  const byGrade = view.grade && previous.grade ? compare(GRADE_ORDER[view.grade.value], GRADE_ORDER[previous.grade.value]) : 0;
  const byZone = view.zone && previous.zone ? compare(ZONE_ORDER[view.zone.value], ZONE_ORDER[previous.zone.value]) : 0;
  const direction = byGrade || byZone;
  if (direction === 0) return null;
  return {
    direction: direction > 0 ? "up" : "down",
    fromYear: previous.year,
    fromZone: byZone !== 0 ? previous.zone!.value : null,
    fromGrade: byGrade !== 0 ? previous.grade!.value : null,
    methodChanged: methodOf(catalog, previous.year) !== methodOf(catalog, view.year),
  };
}

/**
 * The facts an import made known, from the catalogs before and after it. Announced: a body's
 * result for a year it had none, when no later year is already known (an import of old years
 * is history, not news), with its change of zone or grade; and any top-3 place made known.
 */
export function announcementFacts(before: Catalog, after: Catalog, touched: Iterable<{ code: string; year: number }>): ResultFact[] {
  const facts: ResultFact[] = [];
  const seen = new Set<string>();
  for (const { code, year } of touched) {
    const key = `${code}|${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const view = (after.viewsByBody.get(code) ?? []).find((v) => v.year === year);
    if (!view || !hasResult(view)) continue;
    const earlier = (before.viewsByBody.get(code) ?? []).filter(hasResult);
    const latestBefore = earlier.at(-1)?.year;
    if (latestBefore !== undefined && year < latestBefore) continue;
    const previous = earlier.find((v) => v.year === year) ?? null;
    const places = placesOf(after, view);
    const known = previous ? placesOf(before, previous) : [];
    const newPlaces = places.filter((p) => !known.some((k) => k.scope === p.scope && k.position === p.position));
    if (previous && newPlaces.length === 0) continue;
    facts.push({
      body: view.body,
      programme: view.programme,
      year: view.year,
      provinceCode: view.provinceCode,
      isNewResult: previous === null,
      score: view.score?.value ?? null,
      scoreDecimals: view.score?.decimals,
      zone: view.zone?.value ?? null,
      grade: view.grade?.value ?? null,
      predicate: view.predicate,
      opinionText: view.opinionText?.value ?? null,
      change: previous === null ? changeOf(after, view) : null,
      places: newPlaces,
    });
  }
  return facts;
}

/** Computes the facts of an import from inside its transaction (the new rows are already written). */
export async function computeAnnouncements(db: Kysely<Database>, report: ImportReport): Promise<{ facts: ResultFact[]; catalog: Catalog | null }> {
  // Only the Ombudsman programme has merged views (catalog.ts); other programmes are not announced yet.
  const touched = report.addedRows.filter((r) => r.programme_id === OMBUDSMAN).map((r) => ({ code: r.entity_code, year: r.year }));
  if (report.importId === null || touched.length === 0) return { facts: [], catalog: null };
  const after = await buildCatalog(await readCatalogData(db));
  const before = await catalogWithout(db, after, report.importId);
  return { facts: announcementFacts(before, after, [...touched, ...rankPeers(after, touched)]), catalog: after };
}

/**
 * Bodies ranked together with the touched ones: a new score can complete a category (or a
 * province) and so make a computed top-3 place known for bodies the import did not name.
 */
function rankPeers(catalog: Catalog, touched: readonly { code: string; year: number }[]): { code: string; year: number }[] {
  const groups = new Set<string>();
  for (const { code, year } of touched) {
    const view = (catalog.viewsByBody.get(code) ?? []).find((v) => v.year === year);
    if (!view) continue;
    groups.add(`${year}|national|${view.body.category}`);
    if ((view.body.category === "kabupaten" || view.body.category === "kota") && view.provinceCode) groups.add(`${year}|province|${view.provinceCode}`);
  }
  const peers: { code: string; year: number }[] = [];
  for (const group of groups) {
    const [year, scope, key] = group.split("|") as [string, string, string];
    const views =
      scope === "national"
        ? viewsIn(catalog, Number(year), { category: key as Category })
        : viewsIn(catalog, Number(year), { provinceCode: key });
    for (const v of views) peers.push({ code: v.body.code, year: v.year });
  }
  return peers;
}

/** The things a fact concerns: its body, its province at the time (kab/kota and Pemprov), its category. */
export function targetsOf(fact: ResultFact): Target[] {
  const targets: Target[] = [{ kind: "body", code: fact.body.code }, { kind: "category", code: fact.body.category }];
  const regional: Category[] = ["provinsi", "kabupaten", "kota"];
  if (fact.provinceCode && regional.includes(fact.body.category)) targets.push({ kind: "province", code: fact.provinceCode });
  return targets;
}

export interface AnnouncementOptions {
  /** The bot's username, for deep links to the full cards; without it bodies are named as plain text. */
  botUsername?: string | undefined;
  translator?: Translator;
  now?: () => Date;
}

export interface AnnouncementSummary {
  facts: number;
  /** Digests added to the outbox. */
  messages: number;
  /** Distinct chats those digests go to. */
  chats: number;
}

let sharedTranslator: Translator | null = null;

/**
 * The import's `withinTransaction` hook: one digest per subscription whose target the import
 * touched, in the chat's language, written to the outbox in the import's own transaction, so
 * the facts and their announcements commit or roll back together.
 *
 *   importResultsCsv(db, csv, { origin, withinTransaction: (trx, report) => enqueueAnnouncements(trx, report, { botUsername }) })
 */
export async function enqueueAnnouncements(
  trx: Kysely<Database>,
  report: ImportReport,
  options: AnnouncementOptions,
): Promise<AnnouncementSummary> {
  if (report.importId === null || report.addedRows.length === 0) return { facts: 0, messages: 0, chats: 0 };
  const { facts, catalog } = await computeAnnouncements(trx, report);
  if (facts.length === 0 || !catalog) return { facts: 0, messages: 0, chats: 0 };

  const byTarget = new Map<string, ResultFact[]>();
  for (const fact of facts) {
    for (const target of targetsOf(fact)) {
      const key = targetKey(target);
      byTarget.set(key, [...(byTarget.get(key) ?? []), fact]);
    }
  }
  const targets = [...byTarget.keys()].map((key) => {
    const [kind, ...code] = key.split(":");
    return { kind, code: code.join(":") } as Target;
  });
  const subscribers = await subscribersOf(trx, targets);
  if (subscribers.length === 0) return { facts: facts.length, messages: 0, chats: 0 };

  const translator = options.translator ?? (sharedTranslator ??= new Translator());
  // One rendering per target and language, shared by every subscriber of it.
  const rendered = new Map<string, ReturnType<typeof renderDigest>>();
  const messages: OutgoingMessage[] = subscribers.map((sub) => {
    const key = targetKey(sub.target);
    const cacheKey = `${key}|${sub.locale}`;
    let digest = rendered.get(cacheKey);
    if (!digest) {
      digest = renderDigest(sub.target, byTarget.get(key) ?? [], {
        locale: sub.locale,
        t: translator.forLocale(sub.locale),
        catalog,
        botUsername: options.botUsername,
      });
      rendered.set(cacheKey, digest);
    }
    return {
      chatId: sub.chatId,
      html: digest.html,
      replyMarkup: digest.replyMarkup,
      importId: report.importId,
      dedupeKey: `announce:${report.importId}:${sub.chatId}:${key}`,
    };
  });
  const inserted = await enqueue(trx, messages, options.now?.() ?? new Date());
  return { facts: facts.length, messages: inserted, chats: new Set(subscribers.map((s) => s.chatId)).size };
}

/**
 * Imports results (a CSV's text, or records in its columns: an admin's reviewed news report) and queues their
 * announcements in the same transaction (the import CLI and an admin's upload), then runs the caller's own
 * `withinTransaction` in it too. With `dryRun` all of it is rolled back: an exact preview of what would happen.
 */
export async function importAnnouncing(
  db: Db,
  input: string | Record<string, string>[],
  options: ImportOptions & AnnouncementOptions,
): Promise<{ report: ImportReport; told: AnnouncementSummary }> {
  let told: AnnouncementSummary = { facts: 0, messages: 0, chats: 0 };
  const withAnnouncements: ImportOptions = {
    ...options,
    withinTransaction: async (trx, r) => {
      told = await enqueueAnnouncements(trx, r, options);
      await options.withinTransaction?.(trx, r);
    },
  };
  const report = typeof input === "string" ? await importResultsCsv(db, input, withAnnouncements) : await importResultRecords(db, input, withAnnouncements);
  return { report, told };
}
