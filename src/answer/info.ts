import { ANNOUNCEMENTS, announcementOf, METHOD_PERIODS, methodPeriodOf, NO_ROUND_YEARS } from "../domain/rounds.js";
import { splitRegionName } from "../domain/names.js";
import type { Category } from "../store/schema.js";
import { ISLAND_GROUPS, type IslandGroup } from "../understand/island-groups.js";
import { provincesAt, viewsIn, type Catalog } from "./catalog.js";
import { hasResult } from "./merge.js";
import type { AboutAnswer, IslandGroupAnswer, MethodAnswer, ScheduleAnswer } from "./types.js";

/** Where the data comes from, with what the store holds: rows, distinct reports, bodies, years. */
export function aboutData(catalog: Catalog): AboutAnswer {
  const reports = new Set<string>();
  const years = new Set<number>();
  let resultRows = 0;
  let bodies = 0;
  const views = [...catalog.viewsByBody.values(), ...catalog.programmeViews.values()];
  for (const list of views) {
    for (const v of list) {
      resultRows += v.sources.length;
      for (const s of v.sources) reports.add(s.url ?? `note:${s.note}`);
    }
  }
  for (const list of catalog.viewsByBody.values()) {
    const withResult = list.filter(hasResult);
    if (withResult.length) bodies += 1;
    for (const v of withResult) years.add(v.year);
  }
  let unitRows = 0;
  for (const rows of catalog.unitsByBody.values()) {
    unitRows += rows.length;
    for (const r of rows) reports.add(r.source_url || `note:${r.note}`);
  }
  for (const a of catalog.aggregates) reports.add(a.source_url || `note:${a.note}`);
  const programmes = new Set<string>();
  for (const rows of catalog.unitsByBody.values()) for (const r of rows) programmes.add(r.programme_id);
  for (const list of views) for (const v of list) programmes.add(v.programme);
  return {
    kind: "about",
    resultRows,
    unitRows,
    aggregateRows: catalog.aggregates.length,
    reports: reports.size,
    bodies,
    years: [...years].sort((a, b) => a - b),
    programmes: [...programmes].sort(),
  };
}

/** How the score is made in each period (or the period of the year asked). */
export function methodOf(year: number | null): MethodAnswer {
  const period = year === null ? null : methodPeriodOf(year);
  return { kind: "method", year, periods: period ? [period] : [...METHOD_PERIODS], noRound: year !== null && year in NO_ROUND_YEARS };
}

/** When results come out: a year already in the data is out; a later one is not published yet. */
export function scheduleOf(catalog: Catalog, year: number | null): ScheduleAnswer {
  const dataYears = [...catalog.viewsByYear.keys()].filter((y) => (catalog.viewsByYear.get(y) ?? []).some(hasResult)).sort((a, b) => a - b);
  const latest = dataYears.at(-1) ?? null;
  const past = [...ANNOUNCEMENTS];
  const base = { kind: "schedule" as const, year, latest, past };
  if (year === null) return { ...base, status: "latest", announcement: latest === null ? null : announcementOf(latest) };
  if (year in NO_ROUND_YEARS) return { ...base, status: "no-round", announcement: null };
  if (dataYears.includes(year)) return { ...base, status: "published", announcement: announcementOf(year) };
  const announcement = announcementOf(year);
  if (announcement) return { ...base, status: "published-no-data", announcement };
  if (latest !== null && year > latest) return { ...base, status: "not-published", announcement: null };
  return { ...base, status: "no-data", announcement: null };
}

/**
 * An island group asked as a scope ("kabupaten terbaik se-Sumatera"): not a province, so nothing is ranked
 * within it; its provinces (by their Kemendagri codes) are what can be asked instead.
 */
export function islandGroupOf(catalog: Catalog, group: IslandGroup, category: Category | null, year: number | null): IslandGroupAnswer {
  const latest = Math.max(0, ...catalog.viewsByYear.keys());
  const inGroup = provincesAt(catalog, year ?? latest)
    .filter((b) => ISLAND_GROUPS[group].codePrefixes.some((prefix) => b.code.startsWith(prefix)))
    .sort((a, b) => a.code.localeCompare(b.code));
  // The example asks about the province with the most results of the category that year: one worth asking.
  const held = (code: string) => viewsIn(catalog, year ?? latest, { category: category ?? "kabupaten", provinceCode: code }).length;
  const example = inGroup.reduce<(typeof inGroup)[number] | null>((best, b) => (!best || held(b.code) > held(best.code) ? b : best), null);
  const bare = (b: { code: string; name: string }) => ({ code: b.code, name: splitRegionName(b.name).bare });
  return { kind: "island-group", group, provinces: inGroup.map(bare), example: example ? bare(example) : null, category, year };
}
