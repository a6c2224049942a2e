import { OMBUDSMAN } from "../domain/programmes.js";
import { bandForGrade, bandForScore, predicateOf } from "../domain/scales.js";
import type { Category, ScaleBand, Zone } from "../store/schema.js";
import { scaleKey, viewsIn, type Catalog } from "./catalog.js";
import { assessedCount, assessedInProvince } from "./coverage.js";
import { bandForOpinionText } from "./merge.js";
import { zonePlaces, type ZonePlaces } from "./zone-counts.js";
import type { BodyInfo, BodyYearView, Fact, OpinionLevel, PemprovListing, Place, RankedEntry, RankInfo } from "./types.js";

/**
 * The one ranking of the engine: lists, cards, trends and announcements all read places from
 * here. Sources state some places ("peringkat 4"); the rest is worked out from the scores,
 * zones and grades held, as the places a body can still hold: a body with no stated rank never
 * gets a place a source gives another body, nor one its score rules out.
 */
export type RankingScope =
  | { kind: "national"; year: number; category: Category }
  /** `category` null: the province's kab/kota ranked together. */
  | { kind: "province"; year: number; provinceCode: string; category: Category | null };

export interface Ranking {
  scope: RankingScope;
  /** "opinion" for a year without ranks (2025): ordered by the opinion's level, then the score. */
  order: "rank" | "opinion";
  /** Best first: bodies with a stated place or a score, then those known only by zone or grade, then the rest. */
  entries: RankedEntry[];
  /** How many entries lead the list (a stated place or a score). */
  ranked: number;
  /** Places in the ranking, when the number assessed is known. */
  size: number | null;
  /** Bodies with a score. */
  withData: number;
  assessed: number | null;
  complete: boolean;
  /** Some place is stated by a source. */
  official: boolean;
  /** Places stated for more than one body. */
  shared: { position: number; bodies: BodyInfo[] }[];
  /** For "opinion" order: each entry's level, by body code. */
  levels: Map<string, OpinionLevel>;
  /** A province's ranking: the reports whose list numbered the Pemprov too, and where (their own numbering). */
  pemprovLists: PemprovListing[];
  /** Bodies whose score no place fits (see RankInfo.contradicts), by code. */
  contradictions: Map<string, NonNullable<RankInfo["contradicts"]>>;
}

interface Item {
  view: BodyYearView;
  stated: Fact<number> | null;
  /** Score interval: [s, s] for a score, a band's bounds for a zone or grade alone. */
  min: number;
  max: number;
  known: boolean;
  exact: boolean;
  lo: number;
  hi: number | null;
  place: Place;
  /** No place fits the score: set, with a body of a stated place and a lower score when there is one. */
  contradicts: { example: Item | null } | null;
  /** The places the official count per zone leaves its zone (zone-counts.ts), when they are known. */
  zonePlaces: [number, number] | null;
}

const cache = new WeakMap<Catalog, Map<string, Ranking>>();

const scopeKey = (s: RankingScope) =>
  s.kind === "national" ? `n|${s.year}|${s.category}` : `p|${s.year}|${s.provinceCode}|${s.category ?? ""}`;

function bandsOf(catalog: Catalog, year: number): ScaleBand[] {
  return catalog.scales.get(scaleKey(OMBUDSMAN, year))?.bands ?? [];
}

/** A year whose round gave no ranks (2025's sample): ordered by the opinion's level. */
function isUnrankedYear(catalog: Catalog, year: number): boolean {
  return catalog.scales.get(scaleKey(OMBUDSMAN, year))?.sampled ?? false;
}

/** The bounds of a band: up to the next band's lower bound (scores carry two decimals). */
function bandBounds(bands: ScaleBand[], band: ScaleBand): [number, number] {
  const next = bands.filter((b) => b.min > band.min).sort((a, b) => a.min - b.min)[0];
  return [band.min, next ? next.min - 0.001 : band.max];
}

/** Every value a fact's sources give (the chosen one and those in conflict). */
const valuesOf = <T>(fact: Fact<T> | null): T[] => (fact ? [fact.value, ...fact.conflicts.map((c) => c.value)] : []);

/** The scores a body can have: its score, else what its zone and grade (every source's) allow. */
function scoreInterval(view: BodyYearView, bands: ScaleBand[]): [number, number] | null {
  if (view.score) return [view.score.value, view.score.value];
  const union = (list: ScaleBand[]): [number, number] | null => {
    if (list.length === 0) return null;
    const bounds = list.map((b) => bandBounds(bands, b));
    return [Math.min(...bounds.map((b) => b[0])), Math.max(...bounds.map((b) => b[1]))];
  };
  const byGrade = union(valuesOf(view.grade).flatMap((g) => bandForGrade(bands, g) ?? []));
  const byZone = union(valuesOf(view.zone).flatMap((z) => bands.filter((b) => b.zone === z)));
  const parts = [byGrade, byZone].filter((p): p is [number, number] => p !== null);
  if (parts.length === 0) return null;
  const lo = Math.max(...parts.map((p) => p[0]));
  const hi = Math.min(...parts.map((p) => p[1]));
  return lo <= hi ? [lo, hi] : null;
}

/**
 * The stated place of a body. When its sources differ and only one of their values is not
 * already stated (without dispute) for another body, that value is the consistent reading.
 */
function resolveStated(items: { view: BodyYearView; fact: Fact<number> | null }[]): Map<string, Fact<number>> {
  const undisputed = new Map<number, string>();
  for (const { view, fact } of items) if (fact && fact.conflicts.length === 0) undisputed.set(fact.value, view.body.code);
  const out = new Map<string, Fact<number>>();
  for (const { view, fact } of items) {
    if (!fact) continue;
    if (fact.conflicts.length === 0) {
      out.set(view.body.code, fact);
      continue;
    }
    const options = [{ value: fact.value, sources: fact.sources }, ...fact.conflicts];
    const free = options.filter((o) => !undisputed.has(o.value));
    const chosen = free.length === 1 ? free[0]! : options[0]!;
    out.set(view.body.code, {
      value: chosen.value,
      sources: chosen.sources,
      derived: false,
      conflicts: options.filter((o) => o !== chosen).map((o) => ({ value: o.value, sources: o.sources })),
    });
  }
  return out;
}

/** How many of the ascending `values` are below `x` (or, with `orEqual`, not above it). */
function countBelow(values: number[], x: number, orEqual = false): number {
  let [lo, hi] = [0, values.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x || (orEqual && values[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Stated places held, sorted, and those of them a body may share (its holders have exactly its score). */
interface Taken {
  held: number[];
  shareable: number[];
}

const takenIn = (t: Taken, from: number, to: number) =>
  to < from ? 0 : countBelow(t.held, to, true) - countBelow(t.held, from) - (countBelow(t.shareable, to, true) - countBelow(t.shareable, from));

/** The (k+1)-th place after `after` that is not taken. */
function nextFree(t: Taken, after: number, k: number): number {
  let p = after + k + 1;
  for (let q = 0; q !== p; ) [q, p] = [p, after + k + 1 + takenIn(t, after + 1, p)];
  return p;
}

/** The (k+1)-th place before `before` that is not taken; 0 when there is none. */
function prevFree(t: Taken, before: number, k: number): number {
  let p = before - k - 1;
  for (let q = 0; q !== p && p >= 1; ) [q, p] = [p, before - k - 1 - takenIn(t, p, before - 1)];
  return Math.max(p, 0);
}

/** The places each body can hold (see the module comment). Mutates the items' lo/hi/place/contradicts. */
function placeItems(items: Item[], size: number | null): void {
  const held = new Map<number, Item[]>();
  for (const i of items) if (i.stated) held.set(i.stated.value, [...(held.get(i.stated.value) ?? []), i]);
  const heldPlaces = [...held.keys()].sort((a, b) => a - b);
  const exactCount = new Map<number, number>();
  for (const i of items) if (i.exact) exactCount.set(i.min, (exactCount.get(i.min) ?? 0) + 1);
  const stated = items.filter((i) => i.stated && i.known);
  const byMax = items.filter((i) => !i.stated && i.known).sort((a, b) => a.max - b.max);
  const byMin = [...byMax].sort((a, b) => a.min - b.min);
  const noShare: number[] = [];
  for (const u of items) {
    if (u.stated) {
      u.lo = u.hi = u.stated.value;
      u.place = { kind: "official", position: u.stated.value, disputed: u.stated.conflicts.length > 0 || (held.get(u.stated.value)?.length ?? 0) > 1 };
      continue;
    }
    if (!u.known) {
      u.place = { kind: "none" };
      continue;
    }
    const tiedCount = u.exact ? (exactCount.get(u.min) ?? 0) : 0;
    const shareable =
      tiedCount > 1 ? heldPlaces.filter((p) => held.get(p)!.every((x) => x.exact && x.min === u.min)) : noShare;
    const taken: Taken = { held: heldPlaces, shareable };
    // Lowest place: after every body surely above, and after each stated place surely above
    // plus the unstated bodies surely between that place and u. The highest, the same way down.
    const aboveMax: number[] = [];
    for (const y of byMax) if (y !== u && y.min > u.max) aboveMax.push(y.max);
    const belowMin: number[] = [];
    for (const y of byMin) if (y !== u && y.max < u.min) belowMin.push(y.min);
    let lo = nextFree(taken, 0, aboveMax.length);
    let hi: number | null = size === null ? null : prevFree(taken, size + 1, belowMin.length);
    for (const x of stated) {
      if (x.min > u.max) lo = Math.max(lo, nextFree(taken, x.stated!.value, countBelow(aboveMax, x.min)));
      if (x.max < u.min) {
        const bound = prevFree(taken, x.stated!.value, belowMin.length - countBelow(belowMin, x.max, true));
        hi = hi === null ? bound : Math.min(hi, bound);
      }
    }
    if (u.zonePlaces) {
      lo = Math.max(lo, nextFree(taken, u.zonePlaces[0] - 1, 0));
      const last = prevFree(taken, u.zonePlaces[1] + 1, 0);
      hi = hi === null ? last : Math.min(hi, last);
    }
    u.lo = lo;
    u.hi = hi;
    const tied = tiedCount > 1;
    if (hi !== null && lo > hi) {
      u.place = { kind: "none" };
      // The highest stated place held by a lower score: the plainest example of the contradiction.
      u.contradicts = { example: stated.filter((x) => x.exact && x.max < u.min).sort((a, b) => a.stated!.value - b.stated!.value)[0] ?? null };
    } else if (lo === hi) {
      u.place = { kind: "computed", position: lo, tied };
    } else {
      u.place = { kind: "range", from: lo, to: hi, tied };
    }
  }
  // Bodies with the same score that together fill exactly their places share the first (1, 2, 2, 4).
  const byScore = new Map<number, Item[]>();
  for (const i of items) if (!i.stated && i.exact && i.place.kind === "range") byScore.set(i.min, [...(byScore.get(i.min) ?? []), i]);
  for (const group of byScore.values()) {
    const [first] = group;
    if (group.length < 2 || !first || first.hi === null) continue;
    if (group.every((g) => g.lo === first.lo && g.hi === first.hi) && first.hi - first.lo + 1 === group.length) {
      for (const g of group) g.place = { kind: "computed", position: first.lo, tied: true };
    }
  }
}

/** A body's zone: its score's band, else the one zone (or the zone of the one grade) its sources give. */
function zoneOfItem(view: BodyYearView, bands: ScaleBand[]): Zone | null {
  if (view.score) return bandForScore(bands, view.score.value)?.zone ?? null;
  const zones = new Set([...valuesOf(view.zone), ...valuesOf(view.grade).flatMap((g) => bandForGrade(bands, g)?.zone ?? [])]);
  return zones.size === 1 ? [...zones][0]! : null;
}

/**
 * Bounds each body's places by the official count of its zone (3 red kota of 98 in 2021: the
 * 96th–98th), unless the data disagrees with the counts: more bodies of a zone than counted, or a
 * stated place outside its zone's places. Then the counts are not read at all.
 */
function boundByZoneCounts(items: Item[], places: ZonePlaces, bands: ScaleBand[]): void {
  const zoned = items.flatMap((i) => {
    const zone = zoneOfItem(i.view, bands);
    const bounds = zone ? places.get(zone) : undefined;
    return bounds ? [{ item: i, bounds }] : [];
  });
  const perZone = new Map<[number, number], number>();
  for (const { bounds } of zoned) perZone.set(bounds, (perZone.get(bounds) ?? 0) + 1);
  if ([...perZone].some(([[first, last], n]) => n > last - first + 1)) return;
  if (zoned.some(({ item, bounds }) => item.stated && (item.stated.value < bounds[0] || item.stated.value > bounds[1]))) return;
  for (const { item, bounds } of zoned) item.zonePlaces = bounds;
}

const GRADE_ORDER = (bands: ScaleBand[], grade: string) => bandForGrade(bands, grade)?.min ?? -1;

/** 2025's level: the lowest reading of the opinion its sources give, else its grade or score's band. */
export function opinionLevel(view: BodyYearView, bands: ScaleBand[]): OpinionLevel | null {
  const texts = valuesOf(view.opinionText);
  const readings = texts.flatMap((t) => {
    const band = bandForOpinionText(bands, t);
    return band?.grade ? [{ band, tm: /tanpa\s+maladministrasi/i.test(t) }] : [];
  });
  if (readings.length > 0) {
    const lowest = readings.reduce((a, b) => (b.band.min < a.band.min ? b : a));
    const tm = readings.every((r) => r.tm);
    const disputed = readings.some((r) => r.band !== lowest.band || r.tm !== tm);
    return { grade: lowest.band.grade!, predicate: predicateOf(lowest.band), withoutMaladministration: tm, disputed };
  }
  const band = (view.grade ? bandForGrade(bands, view.grade.value) : null) ?? (view.score ? bandForScore(bands, view.score.value) : null);
  return band?.grade ? { grade: band.grade, predicate: predicateOf(band), withoutMaladministration: false, disputed: false } : null;
}

function poolOf(catalog: Catalog, scope: RankingScope): { views: BodyYearView[]; size: number | null; assessed: number | null } {
  if (scope.kind === "national") {
    const assessed = assessedCount(catalog, scope.year, scope.category);
    return { views: viewsIn(catalog, scope.year, { category: scope.category }), size: assessed, assessed };
  }
  // The kab/kota only: a report that numbers the Pemprov among them is read without it (province-lists.ts).
  const views = viewsIn(catalog, scope.year, { provinceCode: scope.provinceCode }).filter(
    (v) => (v.body.category === "kabupaten" || v.body.category === "kota") && (!scope.category || v.body.category === scope.category),
  );
  const assessed = assessedInProvince(catalog, scope.year, scope.provinceCode, scope.category);
  return { views, size: assessed, assessed };
}

const statedIn = (scope: RankingScope, view: BodyYearView) => (scope.kind === "national" ? view.rankNational : view.rankProvince);

function build(catalog: Catalog, scope: RankingScope): Ranking {
  const { views, size: poolSize, assessed } = poolOf(catalog, scope);
  const bands = bandsOf(catalog, scope.year);
  const stated = resolveStated(views.map((view) => ({ view, fact: statedIn(scope, view) })));
  const maxStated = Math.max(0, ...[...stated.values()].map((f) => f.value));
  const size = poolSize === null ? null : Math.max(poolSize, views.length, maxStated);
  const withData = views.filter((v) => v.score).length;
  const shared = new Map<number, BodyInfo[]>();
  for (const v of views) {
    const f = stated.get(v.body.code);
    if (f) shared.set(f.value, [...(shared.get(f.value) ?? []), v.body]);
  }
  const base = {
    scope,
    size,
    withData,
    assessed,
    complete: assessed !== null && withData >= assessed,
    official: stated.size > 0,
    shared: [...shared].filter(([, bodies]) => bodies.length > 1).map(([position, bodies]) => ({ position, bodies })),
    pemprovLists:
      scope.kind === "province" ? ((catalog.viewsByYear.get(scope.year) ?? []).find((v) => v.body.code === scope.provinceCode)?.pemprovLists ?? []) : [],
  };

  if (isUnrankedYear(catalog, scope.year)) {
    const levels = new Map<string, OpinionLevel>();
    for (const v of views) {
      const level = opinionLevel(v, bands);
      if (level) levels.set(v.body.code, level);
    }
    const key = (v: BodyYearView) => {
      const level = levels.get(v.body.code);
      return [
        level ? -GRADE_ORDER(bands, level.grade) : 1,
        level?.withoutMaladministration ? 0 : 1,
        v.score ? -v.score.value : 1,
        stated.get(v.body.code)?.value ?? Number.MAX_SAFE_INTEGER,
      ];
    };
    const sorted = [...views].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return a.body.name.localeCompare(b.body.name);
    });
    const entries: RankedEntry[] = sorted.map((view) => {
      const f = stated.get(view.body.code);
      return { view, place: f ? { kind: "official", position: f.value, disputed: f.conflicts.length > 0 } : { kind: "none" } };
    });
    return { ...base, order: "opinion", entries, ranked: entries.filter((e) => levels.has(e.view.body.code)).length, levels, contradictions: new Map() };
  }

  const items: Item[] = views.map((view) => {
    const interval = scoreInterval(view, bands);
    return {
      view,
      stated: stated.get(view.body.code) ?? null,
      min: interval?.[0] ?? -Infinity,
      max: interval?.[1] ?? Infinity,
      known: interval !== null,
      exact: view.score !== null,
      lo: 0,
      hi: null,
      place: { kind: "none" },
      contradicts: null,
      zonePlaces: null,
    };
  });
  if (size !== null) {
    const counted = scope.kind === "national" ? { category: scope.category } : scope.category === null ? { provinceCode: scope.provinceCode } : null;
    const places = counted ? zonePlaces(catalog, scope.year, counted, size) : null;
    if (places) boundByZoneCounts(items, places, bands);
  }
  placeItems(items, size);

  const leads = (i: Item) => i.stated !== null || i.exact;
  const scoreOf = (i: Item) => (i.exact ? i.min : -1);
  const compareHi = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
  const byName = (a: Item, b: Item) => a.view.body.name.localeCompare(b.view.body.name);
  const placed = (i: Item) => i.place.kind !== "none";
  const head = items
    .filter((i) => leads(i) && placed(i))
    .sort((a, b) => a.lo - b.lo || compareHi(a.hi, b.hi) || scoreOf(b) - scoreOf(a) || byName(a, b));
  // A body whose score contradicts the stated places keeps its score's order, after the placed ones.
  const unplaced = items.filter((i) => leads(i) && !placed(i)).sort((a, b) => b.min - a.min || byName(a, b));
  const banded = items.filter((i) => !leads(i) && i.known).sort((a, b) => b.max - a.max || b.min - a.min || byName(a, b));
  const rest = items.filter((i) => !leads(i) && !i.known).sort(byName);
  const ordered = [...head, ...unplaced, ...banded, ...rest];

  return {
    ...base,
    order: "rank",
    entries: ordered.map((i) => ({ view: i.view, place: i.place })),
    ranked: head.length + unplaced.length,
    levels: new Map(),
    contradictions: new Map(
      items.flatMap((i) => {
        const x = i.contradicts?.example;
        if (!i.contradicts) return [];
        return [[i.view.body.code, { example: x?.view.score ? { body: x.view.body, position: x.stated!.value, score: x.view.score } : null }]];
      }),
    ),
  };
}

export function rankingOf(catalog: Catalog, scope: RankingScope): Ranking {
  let byScope = cache.get(catalog);
  if (!byScope) cache.set(catalog, (byScope = new Map()));
  const key = scopeKey(scope);
  let ranking = byScope.get(key);
  if (!ranking) byScope.set(key, (ranking = build(catalog, scope)));
  return ranking;
}

/**
 * Stated provincial places that name one category as their field ("best kota in Jateng",
 * "(rank_province among kabupaten)", "untuk kategori pemerintah kota"): the curators' notes and
 * the reports' own words. Other stated places count kab/kota together, as most reports do.
 */
const PER_CATEGORY_NOTE = [
  /\b(?:among|best|highest|top)\s+(?:kota|kabupaten)\s+in\b/i,
  /\bamong\s+(?:kota|kabupaten)\)/i,
  /\bkategori\s+pemerintah\s+(?:kota|kabupaten)\b/i,
  /\bdari\s+\d+\s+(?:kota|kabupaten)\s+se-/i,
  /\bof\s+\d+\s+(?:kota|kabupaten)\s+in\b/i,
];

/**
 * Whether a province's stated places that year rank its kabupaten and its kota apart: when a
 * report says so (its note, or another row of the same report), or when one place is stated for
 * a kabupaten and a kota while no place repeats within a category (Jawa Tengah 2023: two #1).
 */
export function isRankedPerCategory(catalog: Catalog, year: number, provinceCode: string): boolean {
  const views = viewsIn(catalog, year, { provinceCode }).filter((v) => v.rankProvince);
  if (views.length === 0) return false;
  const sources = views.flatMap((v) => [...v.rankProvince!.sources, ...v.rankProvince!.conflicts.flatMap((c) => c.sources)]);
  const cued = sources.filter((s) => PER_CATEGORY_NOTE.some((re) => re.test(s.note)));
  const cuedUrls = new Set(cued.flatMap((s) => (s.url ? [s.url] : [])));
  if (cued.length > 0 || sources.some((s) => s.url && cuedUrls.has(s.url))) return true;
  const stated = resolveStated(views.map((view) => ({ view, fact: view.rankProvince })));
  const placesOf = (category: Category) => views.filter((v) => v.body.category === category).map((v) => stated.get(v.body.code)!.value);
  const [kabupaten, kota] = [placesOf("kabupaten"), placesOf("kota")];
  const repeats = (places: number[]) => new Set(places).size < places.length;
  return !repeats(kabupaten) && !repeats(kota) && kabupaten.some((p) => kota.includes(p));
}

/** The rankings a province's list shows: one of all its kab/kota, or one per category when kept apart. */
export function provinceRankings(catalog: Catalog, year: number, provinceCode: string, category: Category | null): Ranking[] {
  if (!isRankedPerCategory(catalog, year, provinceCode)) return [rankingOf(catalog, { kind: "province", year, provinceCode, category: null })];
  const categories: Category[] = category ? [category] : ["kabupaten", "kota"];
  return categories.map((c) => rankingOf(catalog, { kind: "province", year, provinceCode, category: c }));
}

/** A body's place in a ranking, as a card states it. */
function rankInfoIn(ranking: Ranking, view: BodyYearView, among: Category | null): RankInfo {
  const entry = ranking.entries.find((e) => e.view.body.code === view.body.code);
  const empty: RankInfo = { official: null, computed: null, sharedWith: [], among };
  if (!entry) return empty;
  const place = entry.place;
  if (place.kind === "official") {
    const fact = statedIn(ranking.scope, view)!;
    // The ranking may read the body's other stated value (the one no other body holds): its own sources then.
    const taken = fact.conflicts.find((c) => c.value === place.position);
    const official =
      fact.value === place.position || !taken
        ? fact
        : { ...fact, value: place.position, sources: taken.sources, conflicts: [{ value: fact.value, sources: fact.sources }, ...fact.conflicts.filter((c) => c !== taken)] };
    const sharedWith = ranking.shared.find((s) => s.position === place.position)?.bodies.filter((b) => b.code !== view.body.code) ?? [];
    return { ...empty, official, sharedWith };
  }
  // A card states a worked-out place only for a score: a zone alone bounds a list's places, not a body's rank.
  if (!view.score) return empty;
  if (place.kind === "none") {
    const contradicts = ranking.contradictions.get(view.body.code);
    return contradicts ? { ...empty, contradicts } : empty;
  }
  const [from, to] = place.kind === "computed" ? [place.position, place.position] : [place.from, place.to];
  return {
    ...empty,
    computed: { from, to, tied: place.tied, outOf: ranking.withData, assessed: ranking.size, complete: ranking.complete },
  };
}

export function rankNationally(catalog: Catalog, view: BodyYearView): RankInfo {
  const ranking = rankingOf(catalog, { kind: "national", year: view.year, category: view.body.category });
  return rankInfoIn(ranking, view, view.body.category);
}

/** Among the kab/kota of the province the body belonged to that year; a Pemprov has no such rank. */
export function rankWithinProvince(catalog: Catalog, view: BodyYearView): RankInfo {
  const provinceCode = view.provinceCode;
  if (!provinceCode || (view.body.category !== "kabupaten" && view.body.category !== "kota")) return { official: null, computed: null, sharedWith: [], among: null };
  const category = isRankedPerCategory(catalog, view.year, provinceCode) ? view.body.category : null;
  const ranking = rankingOf(catalog, { kind: "province", year: view.year, provinceCode, category });
  const info = rankInfoIn(ranking, view, category);
  // A stated place contradicts a score only among the bodies it ranks: a kota above "the best kabupaten"
  // (Depok 2023 above Kabupaten Bandung's #1) is no conflict. Unless a report numbers kabupaten and kota
  // in one list, only the stated places of the body's own category are held against it.
  if (category !== null || !info.contradicts || listsBothCategories(catalog, view.year, provinceCode)) return info;
  const { contradicts: _, ...rest } = info;
  const own = rankInfoIn(rankingOf(catalog, { kind: "province", year: view.year, provinceCode, category: view.body.category }), view, null);
  return own.contradicts ? { ...rest, contradicts: own.contradicts } : rest;
}

/** One report states provincial places for several bodies, kabupaten and kota among them: its list ranks them together. */
function listsBothCategories(catalog: Catalog, year: number, provinceCode: string): boolean {
  const byUrl = new Map<string, { codes: Set<string>; categories: Set<Category> }>();
  for (const v of viewsIn(catalog, year, { provinceCode })) {
    if (!v.rankProvince) continue;
    for (const s of [...v.rankProvince.sources, ...v.rankProvince.conflicts.flatMap((c) => c.sources)]) {
      if (!s.url) continue;
      const list = byUrl.get(s.url) ?? { codes: new Set(), categories: new Set() };
      list.codes.add(v.body.code);
      list.categories.add(v.body.category);
      byUrl.set(s.url, list);
    }
  }
  return [...byUrl.values()].some((l) => l.codes.size > 1 && l.categories.has("kabupaten") && l.categories.has("kota"));
}
