import { OMBUDSMAN } from "../domain/programmes.js";
import type { Zone } from "../store/schema.js";
import type { Catalog } from "./catalog.js";

/** Zones from best to worst: every green body scores above every yellow one, every yellow above every red. */
const ZONES = ["hijau", "kuning", "merah"] as const satisfies readonly Zone[];
type CountedZone = (typeof ZONES)[number];
const FIELD = { hijau: "green", kuning: "yellow", merah: "red" } as const;

/** The places [first, last] each zone holds in a ranking of `assessed` bodies. */
export type ZonePlaces = Map<Zone, [number, number]>;

/**
 * The places each zone holds, from the official counts per zone (db/data/aggregates.csv): 3 red
 * kota of 98 in 2021 hold the 96th–98th places, 34 green ones the 1st–34th. Only counts that add
 * up are read: a row giving all three zones must sum to the number assessed (2022 kota: 53+42+3 of
 * 98 is read, another report's 54+43+3 is not), a row's number assessed must be the ranking's, and
 * a count the rows read give differently stays unknown. Null when no count is known.
 */
export function zonePlaces(catalog: Catalog, year: number, scope: { category: string } | { provinceCode: string }, assessed: number): ZonePlaces | null {
  const rows = catalog.aggregates.filter(
    (a) =>
      a.programme_id === OMBUDSMAN &&
      a.year === year &&
      ("category" in scope ? a.category === scope.category && a.province_code === null : a.province_code === scope.provinceCode && a.category === null) &&
      (a.assessed_count === null || a.assessed_count === assessed) &&
      (a.green === null || a.yellow === null || a.red === null || a.green + a.yellow + a.red === assessed),
  );
  const counts = new Map<CountedZone, number>();
  for (const zone of ZONES) {
    const values = new Set(rows.flatMap((r) => (r[FIELD[zone]] === null ? [] : [r[FIELD[zone]]!])));
    if (values.size === 1) counts.set(zone, [...values][0]!);
  }
  if (counts.size === 0) return null;
  const sum = (zones: readonly CountedZone[]) => zones.reduce((s, z) => s + (counts.get(z) ?? 0), 0);
  const allKnown = (zones: readonly CountedZone[]) => zones.every((z) => counts.has(z));
  const places: ZonePlaces = new Map();
  ZONES.forEach((zone, i) => {
    const [better, worse] = [ZONES.slice(0, i), ZONES.slice(i + 1)];
    // After every body of the better zones counted; before every one of the worse zones counted.
    let first = 1 + sum(better);
    let last = assessed - sum(worse);
    if (allKnown([zone, ...worse])) first = Math.max(first, assessed - sum([zone, ...worse]) + 1);
    if (allKnown([...better, zone])) last = Math.min(last, sum([...better, zone]));
    places.set(zone, [first, last]);
  });
  return places;
}
