import { OMBUDSMAN } from "../domain/programmes.js";
import { bandForGrade, bandForScore, predicateOf } from "../domain/scales.js";
import type { UnitResultRow } from "../store/schema.js";
import { scaleKey, type Catalog } from "./catalog.js";
import { noData } from "./score.js";
import type { Caveat, NoDataAnswer, UnitsAnswer, UnitView } from "./types.js";

function unitView(catalog: Catalog, row: UnitResultRow): UnitView {
  const bands = catalog.scales.get(scaleKey(row.programme_id, row.year))?.bands ?? [];
  const band = row.opinion ? bandForGrade(bands, row.opinion) : row.score !== null ? bandForScore(bands, row.score) : null;
  return {
    kind: row.unit_kind,
    name: row.unit_name,
    programme: row.programme_id,
    score: row.score,
    zone: row.zone,
    grade: row.opinion,
    predicate: band ? predicateOf(band) : null,
    source: { url: row.source_url === "" ? null : row.source_url, note: row.note, statement: "entity" },
  };
}

/** Service units of a body in a year (default: its latest year with unit data), optionally one kind. */
export function unitsOf(catalog: Catalog, code: string, year: number | null = null, unitKind: string | null = null): UnitsAnswer | NoDataAnswer {
  const body = catalog.bodies.get(code) ?? null;
  if (!body) return noData(catalog, null, year);
  const rows = (catalog.unitsByBody.get(code) ?? []).filter((u) => !unitKind || u.unit_kind === unitKind);
  const years = [...new Set(rows.map((u) => u.year))].sort((a, b) => a - b);
  const chosen = year ?? years.at(-1) ?? null;
  const inYear = rows.filter((u) => u.year === chosen);
  if (chosen === null || inYear.length === 0) {
    return { ...noData(catalog, body, year), availableYears: years };
  }
  const units = inYear
    .map((u) => unitView(catalog, u))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name));
  const caveats: Caveat[] = [...new Set(units.map((u) => u.programme))]
    .filter((p) => p !== OMBUDSMAN)
    .map((programme) => ({ kind: "other-programme" as const, programme }));
  return { kind: "units", body, year: chosen, unitKind, units, otherYears: years.filter((y) => y !== chosen), caveats };
}
