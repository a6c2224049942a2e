import type { Catalog } from "./catalog.js";
import { findView, methodOf, resultYears } from "./score.js";
import type { Caveat, CompareAnswer } from "./types.js";

/** Two or more bodies in one year, or each one's latest year when none is asked. */
export function compareBodies(catalog: Catalog, codes: string[], year: number | null = null): CompareAnswer {
  const items = codes.flatMap((code) => {
    const body = catalog.bodies.get(code);
    if (!body) return [];
    return [{ body, view: findView(catalog, code, year), availableYears: resultYears(catalog, code) }];
  });
  const caveats: Caveat[] = [];
  const years = [...new Set(items.flatMap((i) => (i.view ? [i.view.year] : [])))].sort((a, b) => a - b);
  const methods = new Set(years.map((y) => methodOf(catalog, y)));
  if (methods.size > 1) caveats.push({ kind: "method-change", between: [years[0]!, years.at(-1)!] });
  for (const y of years) {
    if ([...catalog.scales.values()].some((s) => s.year === y && s.sampled)) caveats.push({ kind: "sampled-year", year: y });
  }
  return { kind: "compare", year, items, caveats };
}
