import type { Category } from "../store/schema.js";
import { type Catalog, regionsOfProvinceAt, viewsIn } from "./catalog.js";
import { assessedInProvince } from "./coverage.js";
import { provinceRankings, rankingOf, type Ranking } from "./ranking.js";
import { findView, noData } from "./score.js";
import type { BodyYearView, Caveat, ListFilters, ListLine, NoDataAnswer, Place, RankedEntry, RankedGroup, TopAnswer } from "./types.js";

export const DEFAULT_TOP_N = 5;
/** Per category when a national list names no category. */
export const DEFAULT_TOP_N_PER_GROUP = 3;
export const NATIONAL_CATEGORIES: Category[] = ["provinsi", "kabupaten", "kota", "kementerian", "lembaga"];
/** Bodies without a place named under a top or bottom whose open places they may hold; more are only counted. */
const MAX_UNPLACED_LISTED = 10;

const matches = (v: BodyYearView, f: ListFilters) =>
  (!f.zone || v.zone?.value === f.zone) && (!f.grade || v.grade?.value === f.grade);

/** Bodies a top or bottom can place: a stated rank or a score (a year holding only zones cannot be ranked). */
const rankable = (v: BodyYearView) => v.score !== null || v.rankNational !== null || v.rankProvince !== null;

/**
 * Years with something to show for the filters: a result matching them for a list, a score or a
 * stated rank for a top or bottom. Ascending.
 */
function yearsWithEntries(catalog: Catalog, f: ListFilters, kind: TopAnswer["kind"]): number[] {
  const years = [...catalog.viewsByYear.keys()].sort((a, b) => a - b);
  return years.filter((y) =>
    viewsIn(catalog, y, { category: f.category, provinceCode: f.provinceCode }).some(
      (v) => matches(v, f) && (kind === "list" || rankable(v)),
    ),
  );
}

/** The rankings a list shows: one per category nationally, the province's own (one, or one per category). */
function rankingsFor(catalog: Catalog, year: number, f: ListFilters): Ranking[] {
  if (f.provinceCode) return provinceRankings(catalog, year, f.provinceCode, f.category);
  const categories = f.category ? [f.category] : NATIONAL_CATEGORIES;
  return categories.map((category) => rankingOf(catalog, { kind: "national", year, category }));
}

const firstPlace = (p: Place) => (p.kind === "official" || p.kind === "computed" ? p.position : p.kind === "range" ? p.from : null);
const lastPlace = (p: Place) => (p.kind === "official" || p.kind === "computed" ? p.position : p.kind === "range" ? p.to : null);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const samePlace = (a: Place, b: Place) => JSON.stringify(a) === JSON.stringify(b);

/** The first n, and every entry after them that cannot be told apart from the nth (a tie is not cut by file order). */
function firstN(entries: RankedEntry[], n: number, same: (a: RankedEntry, b: RankedEntry) => boolean): RankedEntry[] {
  const out = entries.slice(0, n);
  for (let i = n; i < entries.length && out.length > 0 && same(out.at(-1)!, entries[i]!); i++) out.push(entries[i]!);
  return out;
}

/** A range that holds an official place listed ("2–25" beside the stated 3rd): it goes in the part set apart. */
const straddles = (place: Place, official: number[]) =>
  place.kind === "range" && official.some((p) => p >= place.from && (place.to === null || p <= place.to));

const officialIn = (entries: RankedEntry[]) => entries.flatMap((e) => (e.place.kind === "official" ? [e.place.position] : []));

/**
 * A ranking's entries in the order a list shows them, and how many lead it by holding places: those
 * with a stated place or a score (the ranking's own lead), and a body known only by its zone or
 * grade when that leaves it one place (Sorong Selatan 2023, kuning between Kabupaten Sorong's
 * stated 3rd at 81,68 and Tambrauw's 52,98: the 4th of 6).
 */
interface PlaceOrder {
  entries: RankedEntry[];
  placed: number;
  /** Bodies with no place that may hold an open one: a zone's range of places, any place when nothing is known of them. */
  open: { entry: RankedEntry; from: number; to: number }[];
}

const placeOrders = new WeakMap<Ranking, PlaceOrder>();

function placeOrder(ranking: Ranking): PlaceOrder {
  const cached = placeOrders.get(ranking);
  if (cached) return cached;
  const ranked = ranking.entries.slice(0, ranking.ranked);
  const others = ranking.entries.slice(ranking.ranked);
  const zonePlaced = others.filter((e) => e.place.kind === "computed");
  const head = [...ranked.filter((e) => e.place.kind !== "none"), ...zonePlaced].sort((a, b) => firstPlace(a.place)! - firstPlace(b.place)!);
  const leading = zonePlaced.length ? [...head, ...ranked.filter((e) => e.place.kind === "none")] : ranked;
  const rest = others.filter((e) => e.place.kind !== "computed");
  // A body whose zone fits no place left is no candidate for one (see Ranking.contradictions).
  const open = rest.flatMap((entry) =>
    entry.place.kind === "range"
      ? [{ entry, from: entry.place.from, to: entry.place.to ?? Infinity }]
      : entry.place.kind === "none" && !ranking.contradictions.has(entry.view.body.code)
        ? [{ entry, from: 1, to: Infinity }]
        : [],
  );
  const order = { entries: [...leading, ...rest], placed: leading.length, open };
  placeOrders.set(ranking, order);
  return order;
}

/** Consecutive places, each run with the bodies without a place that may hold one of them. */
function runsOf(places: number[], open: PlaceOrder["open"]): { from: number; to: number; open?: number }[] {
  const runs: { from: number; to: number; holders: Set<RankedEntry> }[] = [];
  for (const p of places) {
    const holders = new Set(open.filter((o) => o.from <= p && p <= o.to).map((o) => o.entry));
    const last = runs.at(-1);
    if (last && last.to === p - 1 && (last.holders.size > 0) === (holders.size > 0)) {
      last.to = p;
      for (const h of holders) last.holders.add(h);
    } else runs.push({ from: p, to: p, holders });
  }
  return runs.map((r) => (r.holders.size ? { from: r.from, to: r.to, open: r.holders.size } : { from: r.from, to: r.to }));
}

/**
 * Entries and the places nobody on record holds, in order: places up to `end` (or the last one on
 * record) that no listed body holds or may hold, only those `keep` accepts. A range set apart holds
 * none of them: beside the stated 5th and 7th, "6–13. Kabupaten Cilacap" leaves the 6th and the
 * 8th–10th of a top 10 as unrecorded as the 4th. A place a body without a place may hold (its zone
 * allows it, or nothing is known of it) is open, not unrecorded: the gap says how many may.
 */
function withGaps(ranking: Ranking, entries: RankedEntry[], keep: (p: number) => boolean, end = 0): ListLine[] {
  const official = officialIn(entries);
  // As in the ranking, only bodies with a stated place or a score hold places (and those their zone places).
  const order = placeOrder(ranking);
  const spans = order.entries
    .slice(0, order.placed)
    .filter((e) => e.place.kind !== "none" && !straddles(e.place, official))
    .map((e) => [firstPlace(e.place)!, lastPlace(e.place) ?? firstPlace(e.place)!] as const)
    .sort((a, b) => a[0] - b[0]);
  const all: { from: number; to: number }[] = [];
  let reached = 0;
  for (const [from, to] of spans) {
    if (from > reached + 1) all.push({ from: reached + 1, to: from - 1 });
    reached = Math.max(reached, to);
  }
  if (end > reached) all.push({ from: reached + 1, to: end });
  const gaps = all.flatMap((g) => runsOf(range(g.from, g.to).filter(keep), order.open));
  const lines: ListLine[] = [];
  for (const entry of entries) {
    const first = firstPlace(entry.place);
    while (first !== null && !straddles(entry.place, official) && gaps[0] && gaps[0].from < first) lines.push({ kind: "gap", ...gaps.shift()! });
    lines.push({ kind: "entry", entry });
  }
  // Places after the last entry shown in order, still inside the list's span (a top 5 whose 5th place nobody holds).
  const inOrder = entries.filter((e) => !straddles(e.place, official));
  const lastShown = inOrder.length ? (firstPlace(inOrder.at(-1)!.place) ?? 0) : 0;
  for (const gap of gaps) if (gap.from > lastShown) lines.push({ kind: "gap", ...gap });
  return lines;
}

/**
 * A top or bottom with open places: the bodies without a place that may hold one of them, in a part
 * of their own after the list (worst first for a bottom), when they are few enough to name.
 */
function withUnplaced(lines: ListLine[], ranking: Ranking, keep: (e: RankedEntry) => boolean, kind: TopAnswer["kind"]): ListLine[] {
  const openGaps = lines.flatMap((l) => (l.kind === "gap" && l.open ? [l] : []));
  if (openGaps.length === 0) return lines;
  const holders = placeOrder(ranking)
    .open.filter((o) => keep(o.entry) && openGaps.some((g) => o.from <= g.to && g.from <= o.to))
    .map((o) => o.entry);
  if (holders.length === 0 || holders.length > MAX_UNPLACED_LISTED) return lines;
  if (kind === "bottom") holders.reverse();
  return [...lines, { kind: "unplaced" }, ...holders.map((entry): ListLine => ({ kind: "entry", entry }))];
}

/**
 * Bodies with only a range that holds an official place listed go after the numbered lines, in a
 * part of their own: listed between the stated 1st and 3rd, "2–25. Kementerian Agama" reads as 2nd.
 * A range between two official places ("18–23" after the 17th, before the 30th) stays in place.
 */
function setApart(lines: ListLine[]): ListLine[] {
  const official = officialIn(lines.flatMap((l) => (l.kind === "entry" ? [l.entry] : [])));
  const apart = (l: ListLine) => l.kind === "entry" && straddles(l.entry.place, official);
  const set = lines.filter(apart);
  return set.length ? [...lines.filter((l) => !apart(l)), { kind: "apart" }, ...set] : lines;
}

/** Official places listed whose scores run the other way (3rd at 97.43 above 4th at 97.46), as neighbouring pairs. */
function outOfOrder(shown: RankedEntry[]): RankedGroup["outOfOrder"] {
  const scored = shown
    .filter((e) => e.place.kind === "official" && e.view.score)
    .sort((a, b) => firstPlace(a.place)! - firstPlace(b.place)!);
  return scored.slice(1).flatMap((below, i) => {
    const above = scored[i]!;
    return above.view.score!.value < below.view.score!.value && firstPlace(above.place)! < firstPlace(below.place)! ? [{ above, below }] : [];
  });
}

function group(ranking: Ranking, f: ListFilters, kind: TopAnswer["kind"], n: number | null): RankedGroup {
  const scope = ranking.scope;
  // A category asked inside a province ranked as a whole is a filter: its places stay the province's.
  const byCategory = scope.kind === "province" && scope.category === null && f.category !== null;
  const filtered = Boolean(f.zone || f.grade || byCategory);
  const keep = (e: RankedEntry) => matches(e.view, f) && (!byCategory || e.view.body.category === f.category);
  const order = placeOrder(ranking);
  const entries = order.entries.filter(keep);
  const same =
    ranking.order === "opinion"
      ? (a: RankedEntry, b: RankedEntry) =>
          !a.view.score && !b.view.score && a.place.kind === "none" && b.place.kind === "none" &&
          JSON.stringify(ranking.levels.get(a.view.body.code)) === JSON.stringify(ranking.levels.get(b.view.body.code))
      : (a: RankedEntry, b: RankedEntry) => a.place.kind !== "none" && samePlace(a.place, b.place);

  // No score and no stated place (Aceh 2021 holds zones only): the best zone first, as a filtered list is, never
  // "no data" for the province when its kabupaten alone have a list.
  const zonesOnly = ranking.order === "rank" && ranking.ranked === 0;
  const byPlace = ranking.order === "rank" && !filtered && !zonesOnly;
  let bottomUnknown = false;
  let lines: ListLine[];
  // An unfiltered top's last place: bodies not listed whose score is above a stated place up to it are named apart.
  let topEnd = 0;
  if (kind === "list" || n === null) {
    lines = byPlace ? withGaps(ranking, entries, () => true) : entries.map((entry) => ({ kind: "entry", entry }));
  } else {
    // A top or bottom places only bodies with a stated place or a score (or a place their zone leaves),
    // unless a zone or grade is asked or nothing else is known (then those with a zone or grade).
    const candidates = filtered ? entries : zonesOnly ? entries.filter((e) => e.place.kind !== "none") : entries.slice(0, order.placed);
    if (kind === "top") {
      const inTop = byPlace ? candidates.filter((e) => (firstPlace(e.place) ?? Infinity) <= n) : [];
      const chosen = inTop.length > 0 ? inTop : firstN(candidates, n, same);
      const last = Math.max(n, ...chosen.map((e) => firstPlace(e.place) ?? 0));
      if (byPlace) topEnd = last;
      // Every place of the top nobody listed holds is marked, up to the last one (a top 5 of the stated 1st and 3rd: 2nd, 4th–5th).
      const end = Math.min(last, ranking.size ?? last);
      lines = byPlace ? withGaps(ranking, chosen, (p) => p <= last, end) : chosen.map((entry) => ({ kind: "entry", entry }));
    } else {
      const reversed = [...candidates].reverse();
      const size = ranking.size;
      const inBottom = byPlace && size !== null ? reversed.filter((e) => (lastPlace(e.place) ?? 0) > size - n) : [];
      // The last n places, worst first, with those nobody on record holds.
      lines =
        inBottom.length > 0
          ? withGaps(ranking, [...inBottom].reverse(), (p) => p > size! - n, size!).reverse()
          : firstN(reversed, n, same).map((entry) => ({ kind: "entry", entry }));
      // No stated place and none worked out among them, with partial data: only wide ranges, which are no places.
      // Who is last is not known; the lowest scores on record are shown as such instead.
      // A last place that bodies on record could hold (their zone leaves it to them) is known ground too.
      const pinned = lines.some((l) => (l.kind === "entry" && (l.entry.place.kind === "official" || l.entry.place.kind === "computed")) || (l.kind === "gap" && Boolean(l.open)));
      if (byPlace && !ranking.complete && !pinned) {
        bottomUnknown = true;
        const lowest = candidates.filter((e) => e.view.score).sort((a, b) => a.view.score!.value - b.view.score!.value);
        lines = firstN(lowest, n, (a, b) => a.view.score!.value === b.view.score!.value).map((entry) => ({ kind: "entry", entry }));
      }
    }
  }
  if (ranking.order === "rank" && !bottomUnknown) lines = setApart(lines);
  // Bodies that could hold a place nobody holds are named after the numbered lines (not under an unknown bottom's scores).
  if (kind !== "list" && n !== null && ranking.order === "rank" && !filtered && !bottomUnknown && !zonesOnly) lines = withUnplaced(lines, ranking, keep, kind);
  const shown = lines.flatMap((l) => (l.kind === "entry" ? [l.entry] : []));
  const shownCodes = new Set(shown.map((e) => e.view.body.code));
  const contradicted = entries.flatMap((entry) => {
    const example = shownCodes.has(entry.view.body.code) ? null : ranking.contradictions.get(entry.view.body.code)?.example;
    return example && example.position <= topEnd ? [{ entry, position: example.position }] : [];
  });
  const apartAt = lines.findIndex((l) => l.kind === "apart");
  const entryCount = (part: ListLine[]) => part.filter((l) => l.kind === "entry").length;
  return {
    category: scope.kind === "national" ? scope.category : (scope.category ?? (byCategory ? f.category : null)),
    rankingCategory: scope.category,
    lines,
    entries: lines.flatMap((l) => (l.kind === "entry" ? [l.entry] : [])),
    apartFrom: entryCount(apartAt < 0 ? lines : lines.slice(0, apartAt)),
    withData: ranking.withData,
    withZone: ranking.entries.filter((e) => e.view.zone || e.view.grade).length,
    zonesOnly,
    bottomUnknown,
    assessed: ranking.size,
    complete: ranking.complete,
    order: ranking.order,
    official: ranking.official,
    perCategory: scope.kind === "province" && scope.category !== null,
    levels: Object.fromEntries(ranking.levels),
    shared: ranking.shared,
    inconsistent: shown.some((e) => e.place.kind === "none" && ranking.contradictions.has(e.view.body.code)),
    outOfOrder: outOfOrder(shown),
    contradicted,
    pemprovLists: ranking.pemprovLists,
  };
}

/**
 * A kota-only (or kabupaten-only) list of a province ranked as a whole numbers its bodies by their
 * places among all the province's kab/kota (Sumatera Selatan 2023: its four kota 3rd, 8th, 12th,
 * 14th): what can be said among the category alone (CategoryPlaces).
 */
function withinCategory(catalog: Catalog, ranking: Ranking, f: ListFilters, g: RankedGroup): RankedGroup {
  const scope = ranking.scope;
  if (scope.kind !== "province" || scope.category !== null || !f.category) return g;
  const category = f.category;
  const count = regionsOfProvinceAt(catalog, scope.provinceCode, scope.year).filter((b) => b.category === category).length;
  const members = ranking.entries
    .filter((e) => e.view.body.category === category && e.place.kind !== "none")
    .sort((a, b) => firstPlace(a.place)! - firstPlace(b.place)!);
  const ordered = members.length === count && members.every((e, i) => i === 0 || (lastPlace(members[i - 1]!.place) ?? Infinity) < firstPlace(e.place)!);
  const positions = ordered ? Object.fromEntries(members.map((e, i) => [e.view.body.code, i + 1])) : null;
  return { ...g, withinCategory: { category, count, positions } };
}

/**
 * A top or bottom of a ranking where no body has a score or a stated place: the bodies whose zone
 * or grade is on record, best first for a top and worst first for a bottom, unnumbered (a zone
 * bounds places, it does not give one). Within a zone (and grade) by name, as the ranking has them.
 */
function byZoneGroup(catalog: Catalog, ranking: Ranking, f: ListFilters & { year: number }, kind: TopAnswer["kind"]): RankedGroup {
  const base = group(ranking, f, "list", null);
  // A category asked inside a province ranked as a whole: that category's count, not the province's.
  const scope = ranking.scope;
  const assessed = scope.kind === "province" && scope.category === null && f.category ? assessedInProvince(catalog, f.year, scope.provinceCode, f.category) : base.assessed;
  const bands: RankedEntry[][] = [];
  const bandOf = (e: RankedEntry) => `${e.view.zone?.value ?? ""}|${e.view.grade?.value ?? ""}`;
  // The ranking's order (by zone, then name), not a list's: no body is placed here.
  for (const e of ranking.entries) {
    if ((!e.view.zone && !e.view.grade) || (f.category && e.view.body.category !== f.category)) continue;
    const last = bands.at(-1);
    if (last && bandOf(last[0]!) === bandOf(e)) last.push(e);
    else bands.push([e]);
  }
  if (kind === "bottom") bands.reverse();
  const entries = bands.flat().map((e): RankedEntry => ({ view: e.view, place: { kind: "none" } }));
  return {
    ...base,
    lines: entries.map((entry) => ({ kind: "entry", entry })),
    entries,
    apartFrom: entries.length,
    assessed,
    inconsistent: false,
    outOfOrder: [],
    contradicted: [],
  };
}

/**
 * Every assessed body of the rankings has the attribute a zone or grade filter asks about, and
 * none matches: the honest answer is "none", not "no data".
 */
function noneMatch(rankings: Ranking[], f: ListFilters): boolean {
  if (!f.zone && !f.grade) return false;
  return rankings.every((r) => {
    const scope = r.scope;
    const pool = r.entries.filter((e) => !(scope.kind === "province" && scope.category === null && f.category && e.view.body.category !== f.category));
    const known = pool.filter((e) => (!f.zone || e.view.zone) && (!f.grade || e.view.grade)).length;
    const expected = scope.kind === "province" && scope.category === null && f.category ? null : r.size;
    return expected !== null && known >= expected && !pool.some((e) => matches(e.view, f));
  });
}

/** Top, bottom or a full list of bodies matching the filters, in the official order where sources state it. */
export function listBodies(
  catalog: Catalog,
  kind: TopAnswer["kind"],
  filters: ListFilters,
  n: number | null = null,
): TopAnswer | NoDataAnswer {
  // The years with data are looked up only when they are needed (no year asked, or nothing found): a scan of every year.
  let listedYears: number[] | undefined;
  // A top or bottom of a year holding only zones lists the bodies by zone: that year has data too.
  const listed = () => (listedYears ??= yearsWithEntries(catalog, filters, "list"));
  const yearChosen = filters.year === null;
  // Nothing matches in any year: check the latest year with data for the scope, which may be a "none".
  const filtered = Boolean(filters.zone || filters.grade);
  const latest = () => {
    const available = kind === "list" ? listed() : yearsWithEntries(catalog, filters, kind);
    const fallback = filtered && listed().length === 0 ? yearsWithEntries(catalog, { ...filters, zone: null, grade: null }, "list").at(-1) : undefined;
    return available.at(-1) ?? listed().at(-1) ?? fallback ?? null;
  };
  const year = filters.year ?? latest();
  // No data is an answer: say which years do have some for these filters.
  if (year === null) return { ...noData(catalog, null, filters.year), availableYears: listed() };
  const f = { ...filters, year };
  const rankings = rankingsFor(catalog, year, f);
  const asked = kind === "list" ? null : (n ?? (rankings.length > 1 && !f.provinceCode ? DEFAULT_TOP_N_PER_GROUP : DEFAULT_TOP_N));
  const caveats: Caveat[] = [];
  // No list runs past the number assessed that year ("top 1000 kota 2022": 98 kota), when it is known.
  const sizes = rankings.map((r) => r.size);
  const most = sizes.every((s): s is number => s !== null) && sizes.length > 0 ? Math.max(...sizes) : null;
  const perGroup = asked !== null && most !== null && asked > most ? most : asked;
  if (kind !== "list" && asked !== null && perGroup !== asked) caveats.push({ kind: "list-assessed", asked, assessed: perGroup!, year, direction: kind });
  if ([...catalog.scales.values()].some((s) => s.year === year && s.sampled)) caveats.push({ kind: "sampled-year", year });
  if (kind !== "list" && !filtered && rankings.every((r) => r.ranked === 0)) {
    const zoned = rankings.map((r) => byZoneGroup(catalog, r, f, kind)).filter((g) => g.entries.length > 0);
    if (zoned.length > 0) return { kind, filters: f, yearChosen, n: perGroup, groups: zoned, none: false, byZone: true, caveats };
  }
  const groups = rankings.map((r) => withinCategory(catalog, r, f, group(r, f, kind, perGroup))).filter((g) => g.entries.length > 0);
  if (groups.length === 0) {
    if (noneMatch(rankings, f)) {
      return { kind, filters: f, yearChosen, n: perGroup, groups: rankings.map((r) => ({ ...group(r, f, kind, perGroup), lines: [], entries: [], apartFrom: 0 })), none: true, caveats };
    }
    return { ...noData(catalog, null, year), availableYears: listed() };
  }
  return { kind, filters: f, yearChosen, n: perGroup, groups, none: false, caveats };
}

/**
 * The top of a ranking down to one body ("siapa nomor 1 dan 2 se-bengkulu 2023 di atas lebong?"): the list of
 * the province asked to the body's place; with none asked, of its category nationally, else of its own
 * province. Null when no such place is one number (stated or worked out): the body's rank answers instead.
 */
export function listDownTo(catalog: Catalog, code: string, filters: ListFilters): TopAnswer | NoDataAnswer | null {
  const view = findView(catalog, code, filters.year);
  if (!view) return null;
  const year = view.year;
  const placeIn = (rankings: Ranking[]) => {
    const place = rankings.flatMap((r) => r.entries).find((e) => e.view.body.code === code)?.place;
    return place && (place.kind === "official" || place.kind === "computed") ? place.position : null;
  };
  const own = filters.provinceCode ?? view.provinceCode;
  const inProvince = own && (view.body.category === "kabupaten" || view.body.category === "kota") ? placeIn(provinceRankings(catalog, year, own, filters.category)) : null;
  const national = filters.provinceCode === null ? placeIn([rankingOf(catalog, { kind: "national", year, category: view.body.category })]) : null;
  if (national !== null) return listBodies(catalog, "top", { ...filters, year, category: view.body.category }, national);
  return inProvince === null ? null : listBodies(catalog, "top", { ...filters, year, provinceCode: own }, inProvince);
}
