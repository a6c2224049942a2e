import { OMBUDSMAN } from "../domain/programmes.js";
import { scaleKey, type Catalog } from "./catalog.js";
import { hasResult } from "./merge.js";
import { rankNationally, rankWithinProvince } from "./ranking.js";
import { changeBetween, methodOf, noData } from "./score.js";
import type { BodyYearView, Caveat, NoDataAnswer, RankInfo, TrendAnswer, TrendPoint } from "./types.js";

/** Every year of a body, with its stated ranks, the change from the previous scored year and the method breaks. */
export function trendOf(catalog: Catalog, code: string): TrendAnswer | NoDataAnswer {
  const body = catalog.bodies.get(code) ?? null;
  const views = (catalog.viewsByBody.get(code) ?? []).filter(hasResult);
  if (!body || views.length === 0) return noData(catalog, body, null);
  const caveats: Caveat[] = [];
  let lastScored: BodyYearView | null = null;
  const points: TrendPoint[] = views.map((view) => {
    const change = lastScored ? changeBetween(catalog, lastScored, view) : null;
    if (view.score) lastScored = view;
    // Only the places sources state: a computed place of each year would be noise in a history.
    const stated = (info: RankInfo): RankInfo => ({ ...info, computed: null });
    return { view, change, national: stated(rankNationally(catalog, view)), province: stated(rankWithinProvince(catalog, view)) };
  });
  for (let i = 1; i < views.length; i++) {
    const [a, b] = [views[i - 1]!, views[i]!];
    if (methodOf(catalog, a.year) !== methodOf(catalog, b.year)) caveats.push({ kind: "method-change", between: [a.year, b.year] });
  }
  const first = views[0]!.year;
  const last = views.at(-1)!.year;
  const gaps: number[] = [];
  for (let y = first + 1; y < last; y++) {
    const scale = catalog.scales.get(scaleKey(OMBUDSMAN, y));
    if (scale && !scale.assessed) gaps.push(y);
  }
  if (views.some((v) => catalog.scales.get(scaleKey(OMBUDSMAN, v.year))?.sampled)) {
    caveats.push({ kind: "sampled-year", year: views.find((v) => catalog.scales.get(scaleKey(OMBUDSMAN, v.year))?.sampled)!.year });
  }
  return { kind: "trend", body, points, gaps, caveats };
}
