import type { Catalog } from "./catalog.js";
import { hasResult } from "./merge.js";
import { findView, methodOf, resultYears } from "./score.js";
import type { Caveat, CompareAnswer } from "./types.js";

/**
 * The year to compare when none is asked: the latest in which every body has a score, else the
 * latest in which every body has a result; null when they share none.
 */
function commonYear(catalog: Catalog, codes: string[]): number | null {
  const yearsWith = (code: string, scored: boolean) =>
    new Set((catalog.viewsByBody.get(code) ?? []).filter((v) => (scored ? v.score !== null : hasResult(v))).map((v) => v.year));
  for (const scored of [true, false]) {
    const sets = codes.map((c) => yearsWith(c, scored));
    const shared = [...(sets[0] ?? [])].filter((y) => sets.every((s) => s.has(y)));
    if (shared.length > 0) return Math.max(...shared);
  }
  return null;
}

/** Two or more bodies in one year: the one asked, else the latest they all have; each one's latest only when they share none. */
export function compareBodies(catalog: Catalog, codes: string[], year: number | null = null): CompareAnswer {
  const known = codes.filter((code) => catalog.bodies.has(code));
  const shared = year === null ? commonYear(catalog, known) : year;
  const yearBasis: CompareAnswer["yearBasis"] = year !== null ? "asked" : shared !== null ? "common" : "latest-each";
  const items = known.map((code) => ({
    body: catalog.bodies.get(code)!,
    view: findView(catalog, code, shared),
    availableYears: resultYears(catalog, code),
  }));
  const caveats: Caveat[] = [];
  const years = [...new Set(items.flatMap((i) => (i.view ? [i.view.year] : [])))].sort((a, b) => a - b);
  const methods = new Set(years.map((y) => methodOf(catalog, y)));
  if (methods.size > 1) caveats.push({ kind: "method-change", between: [years[0]!, years.at(-1)!] });
  for (const y of years) {
    if ([...catalog.scales.values()].some((s) => s.year === y && s.sampled)) caveats.push({ kind: "sampled-year", year: y });
  }
  return { kind: "compare", year: shared, yearBasis, items, caveats };
}
