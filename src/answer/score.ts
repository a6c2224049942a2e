import { OMBUDSMAN } from "../domain/programmes.js";
import { scaleKey, type Catalog } from "./catalog.js";
import { hasResult } from "./merge.js";
import { rankNationally, rankWithinProvince } from "./ranking.js";
import type { BodyInfo, BodyYearView, Change, NoDataAnswer, RankAnswer, RankInfo, ScoreAnswer } from "./types.js";

export const resultYears = (catalog: Catalog, code: string) =>
  (catalog.viewsByBody.get(code) ?? []).filter(hasResult).map((v) => v.year);

export function methodOf(catalog: Catalog, year: number): string | null {
  return catalog.scales.get(scaleKey(OMBUDSMAN, year))?.method ?? null;
}

function unitYearsOf(catalog: Catalog, code: string): { programme: string; years: number[] }[] {
  const years = new Map<string, Set<number>>();
  for (const row of catalog.unitsByBody.get(code) ?? []) years.set(row.programme_id, (years.get(row.programme_id) ?? new Set()).add(row.year));
  return [...years].map(([programme, ys]) => ({ programme, years: [...ys].sort((a, b) => a - b) }));
}

/** No result: say so, with the years that do have data and why this one may not. */
export function noData(catalog: Catalog, body: BodyInfo | null, year: number | null): NoDataAnswer {
  const scale = year === null ? null : catalog.scales.get(scaleKey(OMBUDSMAN, year));
  const notes = body && year !== null ? (catalog.viewsByBody.get(body.code) ?? []).find((v) => v.year === year)?.notes ?? [] : [];
  return {
    kind: "no-data",
    body,
    year,
    availableYears: body ? resultYears(catalog, body.code) : [],
    unitYears: body ? unitYearsOf(catalog, body.code) : [],
    caveats: [
      ...(scale && !scale.assessed && year !== null ? [{ kind: "no-assessment" as const, year }] : []),
      ...notes.map((note) => ({ kind: "note-only" as const, note })),
    ],
  };
}

/** The body's view in a year, or its latest year with a result. */
export function findView(catalog: Catalog, code: string, year: number | null): BodyYearView | null {
  const views = (catalog.viewsByBody.get(code) ?? []).filter(hasResult);
  if (year === null) return views.at(-1) ?? null;
  return views.find((v) => v.year === year) ?? null;
}

export function changeBetween(catalog: Catalog, previous: BodyYearView, current: BodyYearView): Change | null {
  if (!previous.score || !current.score) return null;
  return {
    fromYear: previous.year,
    fromScore: previous.score.value,
    fromDecimals: previous.score.decimals,
    delta: Math.round((current.score.value - previous.score.value) * 100) / 100,
    methodChanged: methodOf(catalog, previous.year) !== methodOf(catalog, current.year),
  };
}

function previousScored(catalog: Catalog, view: BodyYearView): BodyYearView | null {
  const earlier = (catalog.viewsByBody.get(view.body.code) ?? []).filter((v) => v.year < view.year && v.score);
  return earlier.at(-1) ?? null;
}

/**
 * The view with its stated ranks as the ranking reads them: where sources differ on a rank and
 * the ranking takes the other value (the one no other body holds), the card's conflict line must
 * name the value not shown.
 */
function withRanksRead(view: BodyYearView, national: RankInfo, province: RankInfo): BodyYearView {
  return { ...view, rankNational: national.official ?? view.rankNational, rankProvince: province.official ?? view.rankProvince };
}

export function scoreOf(catalog: Catalog, code: string, year: number | null = null): ScoreAnswer | NoDataAnswer {
  const body = catalog.bodies.get(code) ?? null;
  if (!body) return noData(catalog, null, year);
  const view = findView(catalog, code, year);
  if (!view) return noData(catalog, body, year);
  const previous = previousScored(catalog, view);
  const [national, province] = [rankNationally(catalog, view), rankWithinProvince(catalog, view)];
  return {
    kind: "score",
    view: withRanksRead(view, national, province),
    national,
    province,
    change: previous ? changeBetween(catalog, previous, view) : null,
    otherYears: resultYears(catalog, code).filter((y) => y !== view.year),
  };
}

export function rankOf(
  catalog: Catalog,
  code: string,
  year: number | null = null,
  scope: "national" | "province" | "both" = "both",
): RankAnswer | NoDataAnswer {
  const body = catalog.bodies.get(code) ?? null;
  if (!body) return noData(catalog, null, year);
  const view = findView(catalog, code, year);
  if (!view) return noData(catalog, body, year);
  const [national, province] = [rankNationally(catalog, view), rankWithinProvince(catalog, view)];
  return {
    kind: "rank",
    view: withRanksRead(view, national, province),
    national,
    province,
    provinceCode: view.provinceCode,
    scope,
  };
}
