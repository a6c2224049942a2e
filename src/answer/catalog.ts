import { OMBUDSMAN } from "../domain/programmes.js";
import { provinceAt, provinceExisted } from "../domain/provinces.js";
import type { CatalogData } from "../store/catalog.js";
import type { AggregateRow, Category, ResultRow, UnitResultRow } from "../store/schema.js";
import { hasResult, mergeBodyYear, type YearScale } from "./merge.js";
import type { BodyInfo, BodyYearView } from "./types.js";

export interface ProgrammeInfo {
  id: string;
  nameId: string;
  nameEn: string;
}

/**
 * The read model the answer engine queries: every body, scale and merged result, held in
 * memory (a few thousand rows) so that each question costs microseconds. Built from the rows
 * the store reads (src/store/catalog.ts), rebuilt when an import changes the store (see `version`).
 */
export interface Catalog {
  /** The data version it was built from: another one in the store means reload. */
  version: number;
  bodies: Map<string, BodyInfo>;
  programmes: Map<string, ProgrammeInfo>;
  scales: Map<string, YearScale>;
  /** Ombudsman views by body, sorted by year. */
  viewsByBody: Map<string, BodyYearView[]>;
  /** Ombudsman views by year. */
  viewsByYear: Map<number, BodyYearView[]>;
  /** Views of the other programmes (KemenPAN-RB's IPP), by `${programme}|${code}`, sorted by year. */
  programmeViews: Map<string, BodyYearView[]>;
  unitsByBody: Map<string, UnitResultRow[]>;
  aggregates: AggregateRow[];
  /** Regencies and cities under their current province. */
  regionsByProvince: Map<string, BodyInfo[]>;
}

export const scaleKey = (programme: string, year: number) => `${programme}|${year}`;

export function buildCatalog(data: CatalogData): Catalog {
  const { bodies, programmes, years, bands, results, units, aggregates, version } = data;

  const bodyMap = new Map<string, BodyInfo>(
    bodies.map((b) => [b.code, { code: b.code, name: b.name, category: b.category, provinceCode: b.province_code }]),
  );
  const scales = new Map<string, YearScale>();
  for (const y of years) {
    scales.set(scaleKey(y.programme_id, y.year), {
      programme: y.programme_id,
      year: y.year,
      method: y.method,
      sampled: y.sampled === 1,
      assessed: y.assessed === 1,
      confidence: y.confidence,
      bands: bands.filter((b) => b.programme_id === y.programme_id && b.year === y.year),
    });
  }

  const grouped = new Map<string, ResultRow[]>();
  for (const row of results) {
    const key = `${row.programme_id}|${row.entity_code}|${row.year}`;
    grouped.set(key, [...(grouped.get(key) ?? []), row]);
  }
  const viewsByBody = new Map<string, BodyYearView[]>();
  const viewsByYear = new Map<number, BodyYearView[]>();
  const programmeViews = new Map<string, BodyYearView[]>();
  for (const rows of grouped.values()) {
    const first = rows[0]!;
    const body = bodyMap.get(first.entity_code);
    if (!body) continue;
    const view = mergeBodyYear(body, rows, scales.get(scaleKey(first.programme_id, first.year)) ?? null);
    if (first.programme_id !== OMBUDSMAN) {
      const key = `${first.programme_id}|${body.code}`;
      programmeViews.set(key, [...(programmeViews.get(key) ?? []), view].sort((a, b) => a.year - b.year));
      continue;
    }
    viewsByBody.set(body.code, [...(viewsByBody.get(body.code) ?? []), view]);
    viewsByYear.set(view.year, [...(viewsByYear.get(view.year) ?? []), view]);
  }
  for (const list of viewsByBody.values()) list.sort((a, b) => a.year - b.year);

  const unitsByBody = new Map<string, UnitResultRow[]>();
  for (const u of units) unitsByBody.set(u.entity_code, [...(unitsByBody.get(u.entity_code) ?? []), u]);

  const regionsByProvince = new Map<string, BodyInfo[]>();
  for (const b of bodyMap.values()) {
    if ((b.category === "kabupaten" || b.category === "kota") && b.provinceCode) {
      regionsByProvince.set(b.provinceCode, [...(regionsByProvince.get(b.provinceCode) ?? []), b]);
    }
  }

  return {
    version,
    bodies: bodyMap,
    programmes: new Map(programmes.map((p) => [p.id, { id: p.id, nameId: p.name_id, nameEn: p.name_en }])),
    scales,
    viewsByBody,
    viewsByYear,
    programmeViews,
    unitsByBody,
    aggregates,
    regionsByProvince,
  };
}

/** Regencies and cities that belonged to a province in a year (Papua's split taken into account). */
export function regionsOfProvinceAt(catalog: Catalog, provinceCode: string, year: number): BodyInfo[] {
  const out: BodyInfo[] = [];
  for (const [current, regions] of catalog.regionsByProvince) {
    if (provinceAt(current, year) === provinceCode) out.push(...regions);
  }
  return out;
}

/** Provinces that existed in a year. */
export function provincesAt(catalog: Catalog, year: number): BodyInfo[] {
  return [...catalog.bodies.values()].filter((b) => b.category === "provinsi" && provinceExisted(b.code, year));
}

export function viewsIn(catalog: Catalog, year: number, filter: { category?: Category | null; provinceCode?: string | null }): BodyYearView[] {
  return (catalog.viewsByYear.get(year) ?? []).filter(
    (v) =>
      hasResult(v) &&
      (!filter.category || v.body.category === filter.category) &&
      (!filter.provinceCode || (v.provinceCode === filter.provinceCode && v.body.category !== "provinsi")),
  );
}
