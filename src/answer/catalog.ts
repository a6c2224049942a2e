import { OMBUDSMAN } from "../domain/programmes.js";
import { provinceAt, provinceExisted } from "../domain/provinces.js";
import type { CatalogData } from "../store/catalog.js";
import type { AggregateRow, Category, ResultRow, ScaleBand, UnitResultRow } from "../store/schema.js";
import { hasResult, type YearScale } from "./merge.js";
import { mergeAmongRegions, pemprovPlaces } from "./province-lists.js";
import { TimeSlices } from "./time-slices.js";
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
  /** The imports (imports.id) its rows include: an announcement of another one means reload first. */
  imports: ReadonlySet<number>;
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

/** Appends to a map of lists (in place: spreading a copy per row made building quadratic). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Builds the read model from the store's rows. Asynchronous only to yield: after a large import
 * the rows are a hundred thousand and more, and the work is done in slices of a few milliseconds
 * (see TimeSlices) so that the event loop is never held for long; nothing is shared with the
 * catalog in use until the caller swaps the finished one in.
 */
export async function buildCatalog(data: CatalogData, slices = new TimeSlices()): Promise<Catalog> {
  const { bodies, programmes, years, bands, results, units, aggregates, version, imports } = data;

  const bodyMap = new Map<string, BodyInfo>(
    bodies.map((b) => [b.code, { code: b.code, name: b.name, category: b.category, provinceCode: b.province_code }]),
  );
  const bandsByYear = new Map<string, ScaleBand[]>();
  for (const b of bands) append(bandsByYear, scaleKey(b.programme_id, b.year), b);
  const scales = new Map<string, YearScale>();
  for (const y of years) {
    scales.set(scaleKey(y.programme_id, y.year), {
      programme: y.programme_id,
      year: y.year,
      method: y.method,
      sampled: y.sampled === 1,
      assessed: y.assessed === 1,
      confidence: y.confidence,
      bands: bandsByYear.get(scaleKey(y.programme_id, y.year)) ?? [],
    });
  }

  const grouped = new Map<string, ResultRow[]>();
  for (const row of results) {
    append(grouped, `${row.programme_id}|${row.entity_code}|${row.year}`, row);
    if (slices.due()) await slices.pause();
  }
  const places = pemprovPlaces(results);
  const viewsByBody = new Map<string, BodyYearView[]>();
  const viewsByYear = new Map<number, BodyYearView[]>();
  const programmeViews = new Map<string, BodyYearView[]>();
  for (const rows of grouped.values()) {
    const first = rows[0]!;
    const body = bodyMap.get(first.entity_code);
    if (!body) continue;
    const scale = scales.get(scaleKey(first.programme_id, first.year)) ?? null;
    const view = mergeAmongRegions(body, rows, scale, places);
    if (first.programme_id !== OMBUDSMAN) append(programmeViews, `${first.programme_id}|${body.code}`, view);
    else {
      append(viewsByBody, body.code, view);
      append(viewsByYear, view.year, view);
    }
    if (slices.due()) await slices.pause();
  }
  for (const list of viewsByBody.values()) list.sort((a, b) => a.year - b.year);
  for (const list of programmeViews.values()) list.sort((a, b) => a.year - b.year);

  const unitsByBody = new Map<string, UnitResultRow[]>();
  for (const u of units) {
    append(unitsByBody, u.entity_code, u);
    if (slices.due()) await slices.pause();
  }

  const regionsByProvince = new Map<string, BodyInfo[]>();
  for (const b of bodyMap.values()) {
    if ((b.category === "kabupaten" || b.category === "kota") && b.provinceCode) append(regionsByProvince, b.provinceCode, b);
  }

  return {
    version,
    imports: new Set(imports),
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
