import type { Catalog } from "./catalog.js";
import type { RankYearsAnswer } from "./types.js";

/**
 * "lampung utara ranking 4 provinsi tahun brp?": the years whose sources state that rank for the body, in the
 * scope asked (or either when none is said), and every rank its sources state, for when none matches.
 */
export function yearsOfRank(catalog: Catalog, code: string, position: number, scope: "national" | "province" | null): RankYearsAnswer | null {
  const body = catalog.bodies.get(code);
  if (!body) return null;
  const views = (catalog.viewsByBody.get(code) ?? []).filter((v) => v.rankNational || v.rankProvince);
  const stated = views.map((v) => ({ view: v, national: v.rankNational?.value ?? null, province: v.rankProvince?.value ?? null }));
  const matches = stated.flatMap(({ view, national, province }) => [
    ...(scope !== "province" && national === position ? [{ view, scope: "national" as const }] : []),
    ...(scope !== "national" && province === position ? [{ view, scope: "province" as const }] : []),
  ]);
  return {
    kind: "rank-years",
    body,
    position,
    scope,
    matches: matches.sort((a, b) => a.view.year - b.view.year),
    stated: stated.sort((a, b) => a.view.year - b.view.year),
  };
}
