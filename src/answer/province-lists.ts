import type { ResultRow } from "../store/schema.js";
import { mergeBodyYear, sourceOf, type YearScale } from "./merge.js";
import type { BodyInfo, BodyYearView, PemprovListing } from "./types.js";

/**
 * Some reports number the Pemprov inside their list of a province's kab/kota (goriau.com's Riau
 * 2022 list puts it 3rd, porosjambimedia.com's Jambi 2024 list 10th). A provincial rank is a place
 * among the kab/kota only, so Rapor reads such a list without the Pemprov: a kab/kota after it is
 * one place higher than the source numbers it, and the Pemprov gets no provincial rank. The
 * source's own numbers are kept (PemprovListing) so that replies can say what the source printed.
 */

/** Where each report that numbers a Pemprov in its kab/kota list puts it, by list (listKey). */
export type PemprovPlaces = Map<string, number>;

/** One report's list of one province in one year: its link, or its note when it has none. */
const listKey = (row: ResultRow): string | null => {
  const province = row.category === "provinsi" ? row.entity_code : row.province_code;
  return province === null ? null : `${row.programme_id}|${row.year}|${province}|${row.source_url || row.note}`;
};

export function pemprovPlaces(rows: ResultRow[]): PemprovPlaces {
  const places: PemprovPlaces = new Map();
  for (const row of rows) {
    const key = listKey(row);
    if (row.category === "provinsi" && row.rank_province !== null && row.statement === "entity" && key) places.set(key, row.rank_province);
  }
  return places;
}

const pemprovAtOf = (row: ResultRow, places: PemprovPlaces): number | undefined => {
  if (row.rank_province === null || row.statement !== "entity") return undefined;
  const key = listKey(row);
  return key ? places.get(key) : undefined;
};

/** One body's view of a year (mergeBodyYear), its provincial ranks read among the kab/kota only. */
export function mergeAmongRegions(body: BodyInfo, rows: ResultRow[], scale: YearScale | null, places: PemprovPlaces): BodyYearView {
  return mergeBodyYear(body, rows.map((r) => rankAmongRegions(r, places)), scale, pemprovListings(rows, places));
}

/** The row with its provincial rank among the kab/kota only (a Pemprov's place in such a list is no rank). */
function rankAmongRegions(row: ResultRow, places: PemprovPlaces): ResultRow {
  const pemprovAt = pemprovAtOf(row, places);
  if (pemprovAt === undefined || row.rank_province === null) return row;
  if (row.category === "provinsi") return { ...row, rank_province: null };
  return row.rank_province > pemprovAt ? { ...row, rank_province: row.rank_province - 1 } : row;
}

/** The lists with the Pemprov that place the body of these rows, as the sources number them. */
function pemprovListings(rows: ResultRow[], places: PemprovPlaces): PemprovListing[] {
  return rows.flatMap((row) => {
    const pemprovAt = pemprovAtOf(row, places);
    return pemprovAt === undefined ? [] : [{ source: sourceOf(row), pemprovAt, listedAt: row.rank_province! }];
  });
}
