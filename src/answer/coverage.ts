import type { Category } from "../store/schema.js";
import { regionsOfProvinceAt, scaleKey, type Catalog } from "./catalog.js";
import { majority } from "./merge.js";
import { OMBUDSMAN } from "../domain/programmes.js";

/** How many bodies of a category were assessed in a year, as the aggregates report it (the most-cited figure). */
export function assessedCount(catalog: Catalog, year: number, category: Category | "total"): number | null {
  const fact = majority(
    catalog.aggregates
      .filter((a) => a.year === year && a.category === category && a.assessed_count !== null)
      .map((a) => ({ value: a.assessed_count as number, id: a.id, source: { url: a.source_url, note: a.note, statement: "entity" as const } })),
  );
  return fact?.value ?? null;
}

/**
 * A round that assessed (nearly) every regency: only then is a province's list of kab/kota
 * known. 2015-2019 covered part of the regions and 2025 a sample; 2022 left out one regency.
 */
export function isFullRound(catalog: Catalog, year: number): boolean {
  const scale = catalog.scales.get(scaleKey(OMBUDSMAN, year));
  if (!scale?.assessed || scale.sampled) return false;
  const kabupaten = [...catalog.bodies.values()].filter((b) => b.category === "kabupaten").length;
  const assessed = assessedCount(catalog, year, "kabupaten");
  return assessed !== null && assessed >= kabupaten * 0.95;
}

/** Bodies assessed in a province's kab/kota list that year, when the round covered every regency. */
export function assessedInProvince(catalog: Catalog, year: number, provinceCode: string, category: Category | null): number | null {
  if (!isFullRound(catalog, year)) return null;
  return regionsOfProvinceAt(catalog, provinceCode, year).filter((b) => !category || b.category === category).length;
}
