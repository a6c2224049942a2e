import type { Category } from "../store/schema.js";
import { type Catalog, viewsIn } from "./catalog.js";
import { assessedCount, assessedInProvince } from "./coverage.js";
import { noData } from "./score.js";
import type { BodyYearView, Caveat, ListFilters, NoDataAnswer, RankedEntry, RankedGroup, TopAnswer } from "./types.js";

export const DEFAULT_TOP_N = 5;
/** Per category when a national list names no category. */
export const DEFAULT_TOP_N_PER_GROUP = 3;
const NATIONAL_CATEGORIES: Category[] = ["provinsi", "kabupaten", "kota", "kementerian", "lembaga"];

const matches = (v: BodyYearView, f: ListFilters) =>
  (!f.zone || v.zone?.value === f.zone) && (!f.grade || v.grade?.value === f.grade);

/**
 * Years with something to show for the filters: a result matching them for a list, a score
 * for a top or bottom (a year holding only zones cannot be ranked). Ascending.
 */
function yearsWithEntries(catalog: Catalog, f: ListFilters, kind: TopAnswer["kind"]): number[] {
  const years = [...catalog.viewsByYear.keys()].sort((a, b) => a - b);
  return years.filter((y) =>
    viewsIn(catalog, y, { category: f.category, provinceCode: f.provinceCode }).some(
      (v) => matches(v, f) && (kind === "list" || v.score !== null),
    ),
  );
}

/** Competition ranking (1, 2, 2, 4) by score; entries without a score follow, by name. */
function ranked(views: BodyYearView[], direction: "desc" | "asc"): RankedEntry[] {
  const scored = views.filter((v) => v.score).sort((a, b) => {
    const d = a.score!.value - b.score!.value;
    return (direction === "desc" ? -d : d) || a.body.name.localeCompare(b.body.name);
  });
  const entries: RankedEntry[] = [];
  scored.forEach((view, i) => {
    const previous = entries[i - 1];
    const tied = previous && previous.view.score!.value === view.score!.value;
    entries.push({ position: tied ? previous.position : i + 1, view });
  });
  return entries;
}

function group(catalog: Catalog, year: number, f: ListFilters, category: Category | null, kind: TopAnswer["kind"], n: number | null): RankedGroup {
  const all = viewsIn(catalog, year, { category, provinceCode: f.provinceCode }).filter((v) =>
    f.provinceCode ? v.body.category === "kabupaten" || v.body.category === "kota" : true,
  );
  const filtered = all.filter((v) => matches(v, f));
  const assessed = f.provinceCode
    ? assessedInProvince(catalog, year, f.provinceCode, category)
    : category
      ? assessedCount(catalog, year, category)
      : null;
  const scoredCount = all.filter((v) => v.score).length;
  let entries: RankedEntry[];
  if (kind === "list") {
    const withScore = ranked(filtered, "desc");
    const unscored = filtered.filter((v) => !v.score).sort((a, b) => a.body.name.localeCompare(b.body.name));
    entries = [...withScore, ...unscored.map((view) => ({ position: 0, view }))];
  } else {
    // Positions come from the whole list (the 5th best is 5th even when filtered by zone).
    const order = ranked(all, kind === "top" ? "desc" : "asc").filter((e) => matches(e.view, f));
    entries = n === null ? order : order.slice(0, n);
  }
  return {
    category,
    entries,
    withData: kind === "list" ? filtered.length : scoredCount,
    assessed,
    complete: assessed !== null && scoredCount >= assessed,
  };
}

/** Top, bottom or a full list of bodies matching the filters, ranked by score. */
export function listBodies(
  catalog: Catalog,
  kind: TopAnswer["kind"],
  filters: ListFilters,
  n: number | null = null,
): TopAnswer | NoDataAnswer {
  const available = yearsWithEntries(catalog, filters, kind);
  const year = filters.year ?? available.at(-1) ?? null;
  // No data is an answer: say which years do have some for these filters.
  if (year === null) return { ...noData(catalog, null, filters.year), availableYears: available };
  const f = { ...filters, year };
  // National rankings are always within a category: without one, one list per category.
  const categories: (Category | null)[] = f.category ? [f.category] : f.provinceCode ? [null] : NATIONAL_CATEGORIES;
  const perGroup = kind === "list" ? null : (n ?? (categories.length > 1 ? DEFAULT_TOP_N_PER_GROUP : DEFAULT_TOP_N));
  const groups = categories.map((c) => group(catalog, year, f, c, kind, perGroup)).filter((g) => g.entries.length > 0);
  if (groups.length === 0) return { ...noData(catalog, null, year), availableYears: available };
  const caveats: Caveat[] = [];
  const scale = [...catalog.scales.values()].find((s) => s.year === year && s.sampled);
  if (scale) caveats.push({ kind: "sampled-year", year });
  return { kind, filters: f, n: perGroup, groups, caveats };
}
