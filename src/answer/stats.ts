import type { AggregateRow, Category, Zone } from "../store/schema.js";
import { viewsIn, type Catalog } from "./catalog.js";
import { assessedCount, assessedInProvince } from "./coverage.js";
import { statesTanpaMaladministrasi } from "./explain.js";
import { majority } from "./merge.js";
import { noData } from "./score.js";
import { NATIONAL_CATEGORIES } from "./top.js";
import type { AverageAnswer, AverageGroup, BodyYearView, Caveat, ListFilters, NoDataAnswer, SourceRef, StatsAnswer, ZoneCounts } from "./types.js";

const FIELDS = { assessed: "assessed_count", hijau: "green", kuning: "yellow", merah: "red" } as const;

/** Field by field, the figure most aggregate sources give; the others are conflicts. */
function fromAggregates(rows: AggregateRow[]): Pick<StatsAnswer, "counts" | "sources" | "conflicts"> {
  const counts: ZoneCounts = { assessed: null, hijau: null, kuning: null, merah: null };
  const conflicts: StatsAnswer["conflicts"] = [];
  const used = new Map<number, SourceRef>();
  for (const [field, column] of Object.entries(FIELDS) as [keyof ZoneCounts, (typeof FIELDS)[keyof typeof FIELDS]][]) {
    const fact = majority(
      rows
        .filter((r) => r[column] !== null)
        .map((r) => ({ value: r[column] as number, id: r.id, source: { url: r.source_url || null, note: r.note, statement: "entity" as const } })),
    );
    if (!fact) continue;
    counts[field] = fact.value;
    for (const r of rows) if (r[column] === fact.value) used.set(r.id, { url: r.source_url || null, note: r.note, statement: "entity" });
    for (const c of fact.conflicts) conflicts.push({ field, value: c.value, sources: c.sources });
  }
  return { counts, sources: [...used.values()], conflicts };
}

const ZONES = ["hijau", "kuning", "merah"] as const;

/**
 * The zones the official counts leave out: said so, never shown as 0. For the zone asked among
 * them, what the rows held say of it (Rapor's data, not a count: it may be partial).
 */
function unstatedZones(counts: ZoneCounts, asked: Zone | null, views: BodyYearView[]): StatsAnswer["unstated"] {
  const zones = ZONES.filter((z) => counts[z] === null);
  if (zones.length === 0) return null;
  const inZone = (zone: Zone) => views.filter((v) => v.zone?.value === zone).length;
  const held = asked && zones.some((z) => z === asked)
    ? {
        zone: asked,
        count: inZone(asked),
        withZone: views.filter((v) => v.zone).length,
        agrees: ZONES.every((z) => counts[z] === null || counts[z] === inZone(z)),
      }
    : null;
  return { zones, held };
}

/** Counts per zone (and grade) for a year: official aggregates where they exist, else counted from the rows held. */
export function statsFor(
  catalog: Catalog,
  params: { year: number | null; category: Category | null; provinceCode: string | null; zone?: Zone | null },
): StatsAnswer | NoDataAnswer {
  const category: Category | "total" = params.category ?? "total";
  // A provincial subtotal covers the whole province (its kab/kota, some with the Pemprov): it
  // answers for the province, never for one category in it.
  const relevant = catalog.aggregates.filter((a) =>
    params.provinceCode ? a.province_code === params.provinceCode && !params.category : a.category === category,
  );
  const hasZoneCounts = (a: AggregateRow) => a.green !== null || a.yellow !== null || a.red !== null;
  const rowsIn = (y: number) =>
    viewsIn(catalog, y, { category: params.category, provinceCode: params.provinceCode }).filter((v) =>
      params.provinceCode ? v.body.category === "kabupaten" || v.body.category === "kota" : true,
    );
  // Default year: the latest with official zone counts, or for a province the latest with any
  // row of that province (nationally, rows count only when no official count exists at all).
  const official = relevant.filter(hasZoneCounts).map((a) => a.year);
  const rowYears = [...catalog.viewsByYear.keys()].filter((y) => rowsIn(y).length > 0);
  const candidates = params.provinceCode || official.length === 0 ? [...official, ...rowYears] : official;
  const availableYears = [...new Set(candidates)].sort((a, b) => a - b);
  const year = params.year ?? availableYears.at(-1) ?? null;
  if (year === null) return { ...noData(catalog, null, null), availableYears };
  const caveats: Caveat[] = [];
  if ([...catalog.scales.values()].some((s) => s.year === year && s.sampled)) caveats.push({ kind: "sampled-year", year });
  const scope = { category, provinceCode: params.provinceCode };

  const aggregateRows = relevant.filter((a) => a.year === year && hasZoneCounts(a));
  if (aggregateRows.length > 0) {
    const official = fromAggregates(aggregateRows);
    const unstated = unstatedZones(official.counts, params.zone ?? null, rowsIn(year));
    return { kind: "stats", year, scope, basis: "aggregate", ...official, grades: null, withData: null, expected: null, caveats, unstated, withoutMaladministration: null };
  }

  // No official count: count the rows held, and say how many of how many.
  const views = rowsIn(year);
  if (views.length === 0) return { ...noData(catalog, null, year), availableYears };
  // No data is not zero: a zone nobody states (2025 dropped the zones) is unknown, not 0.
  const anyZone = views.some((v) => v.zone);
  const counts: ZoneCounts = { assessed: null, hijau: anyZone ? 0 : null, kuning: anyZone ? 0 : null, merah: anyZone ? 0 : null };
  const grades: Record<string, number> = {};
  for (const v of views) {
    const zone = v.zone?.value;
    if (zone === "hijau" || zone === "kuning" || zone === "merah") counts[zone] = (counts[zone] ?? 0) + 1;
    if (v.grade) grades[v.grade.value] = (grades[v.grade.value] ?? 0) + 1;
  }
  const expected = params.provinceCode
    ? assessedInProvince(catalog, year, params.provinceCode, params.category)
    : assessedCount(catalog, year, category);
  const withData = views.filter((v) => v.zone || v.grade).length;
  if (expected === null || withData < expected) caveats.push({ kind: "partial-data", withData, assessed: expected });
  return {
    kind: "stats",
    year,
    scope,
    basis: "rows",
    counts,
    grades: Object.keys(grades).length ? grades : null,
    sources: views.flatMap((v) => v.sources.slice(0, 1)),
    conflicts: [],
    withData,
    expected,
    caveats,
    withoutMaladministration: views.filter(statesTanpaMaladministrasi).length || null,
    unstated: null,
  };
}

/**
 * The mean score of the bodies matching the filters, worked out by Rapor over those with a score
 * (one figure per category nationally, since categories are ranked apart), saying how many of how many.
 */
export function averageScore(catalog: Catalog, filters: ListFilters): AverageAnswer | NoDataAnswer {
  const scoredIn = (year: number, category: Category | null) =>
    viewsIn(catalog, year, { category, provinceCode: filters.provinceCode }).filter(
      (v) =>
        v.score !== null &&
        (!filters.provinceCode || v.body.category === "kabupaten" || v.body.category === "kota") &&
        (!filters.zone || v.zone?.value === filters.zone) &&
        (!filters.grade || v.grade?.value === filters.grade),
    );
  const years = [...catalog.viewsByYear.keys()].filter((y) => scoredIn(y, filters.category).length > 0).sort((a, b) => a - b);
  const year = filters.year ?? years.at(-1) ?? null;
  if (year === null) return { ...noData(catalog, null, null), availableYears: years };
  const categories: (Category | null)[] = filters.category || filters.provinceCode ? [filters.category] : NATIONAL_CATEGORIES;
  const filtered = Boolean(filters.zone || filters.grade);
  const groups: AverageGroup[] = [];
  const sources: SourceRef[] = [];
  for (const category of categories) {
    const views = scoredIn(year, category);
    if (views.length === 0) continue;
    const sum = views.reduce((total, v) => total + v.score!.value, 0);
    // How many bodies the scope holds is known; how many of them match a zone or grade is not.
    const assessed = filtered
      ? null
      : filters.provinceCode
        ? assessedInProvince(catalog, year, filters.provinceCode, category)
        : category
          ? assessedCount(catalog, year, category)
          : null;
    groups.push({ category, value: Math.round((sum / views.length) * 100) / 100, count: views.length, assessed, complete: assessed !== null && views.length >= assessed });
    sources.push(...views.flatMap((v) => v.score!.sources.slice(0, 1)));
  }
  if (groups.length === 0) return { ...noData(catalog, null, year), availableYears: years };
  const caveats: Caveat[] = [];
  if ([...catalog.scales.values()].some((s) => s.year === year && s.sampled)) caveats.push({ kind: "sampled-year", year });
  return { kind: "average", filters: { ...filters, year }, yearChosen: filters.year === null, groups, sources, caveats };
}
