import { OMBUDSMAN } from "../domain/programmes.js";
import type { Catalog } from "./catalog.js";
import { hasResult } from "./merge.js";
import { resultYears } from "./score.js";
import { allUnits, unitCard } from "./units.js";
import type { ProgrammeAnswer } from "./types.js";

export interface ProgrammeQuery {
  programme: string;
  code: string | null;
  unitKind: string | null;
  unitName: string | null;
  year: number | null;
}

/**
 * What a programme other than Ombudsman's says (KemenPAN-RB's public-service evaluation): the
 * bodies' own results and their units' in that programme only, never mixed with Ombudsman's zones.
 */
export function programmeResults(catalog: Catalog, q: ProgrammeQuery): ProgrammeAnswer {
  const body = q.code ? (catalog.bodies.get(q.code) ?? null) : null;
  const wanted = (year: number) => q.year === null || year === q.year;
  const candidates = q.unitName ? unitCard(catalog, q.unitKind, q.unitName, q.code).matches : allUnits(catalog);
  const units = candidates
    .filter(
      (u) => u.unit.programme === q.programme && wanted(u.unit.year) && (!q.code || u.body.code === q.code) && (!q.unitKind || u.unit.kind === q.unitKind),
    )
    .sort((a, b) => b.unit.year - a.unit.year || a.body.name.localeCompare(b.body.name) || (b.unit.score ?? -1) - (a.unit.score ?? -1));
  const views = q.unitName || q.unitKind
    ? []
    : [...catalog.programmeViews]
        .filter(([key]) => key.startsWith(`${q.programme}|`) && (!q.code || key === `${q.programme}|${q.code}`))
        .flatMap(([, list]) => list.filter((v) => hasResult(v) && wanted(v.year)));
  return {
    kind: "programme",
    programme: q.programme,
    body,
    year: q.year,
    unitKind: q.unitKind,
    views,
    units,
    ombudsmanYears: body ? resultYears(catalog, body.code) : [],
  };
}

/** Whether a question names a programme other than Ombudsman's. */
export const asksOtherProgramme = (programme: string | null): programme is string => programme !== null && programme !== OMBUDSMAN;
