import { OMBUDSMAN } from "../domain/programmes.js";
import { bandForGrade, bandForScore, bandForZone, predicateOf } from "../domain/scales.js";
import type { UnitResultRow, Zone } from "../store/schema.js";
import { scaleKey, type Catalog } from "./catalog.js";
import { hasResult, majority, type Candidate } from "./merge.js";
import { findView, noData, resultYears } from "./score.js";
import { sourceNoteCaveats } from "./source-notes.js";
import type {
  BodyInfo,
  NoDataAnswer,
  NoUnitsAnswer,
  SourceRef,
  UnitCardAnswer,
  UnitEntry,
  UnitMention,
  UnitRankingAnswer,
  UnitsAnswer,
  UnitView,
} from "./types.js";

/** Unit lists longer than this show their newest years only; the others are a button away. */
export const UNIT_LIST_MAX = 20;

/** Kinds of unit scored under their ministry (Polri, ATR/BPN), named after the region they serve: never a region's own units. */
export const MINISTRY_UNIT_KINDS: ReadonlySet<string> = new Set(["polres", "pertanahan"]);

/**
 * "polres kulon progo": the ministry's unit named after a region (Polres Kulon Progo, Kantor Pertanahan
 * Kabupaten Tanah Laut), found by the region's name without its category word; null when none is on record.
 */
export function ministryUnitOfRegion(catalog: Catalog, unitKind: string, code: string): UnitCardAnswer | null {
  const region = catalog.bodies.get(code);
  if (!MINISTRY_UNIT_KINDS.has(unitKind) || !region || region.category === "kementerian" || region.category === "lembaga") return null;
  const card = unitCard(catalog, unitKind, region.name.replace(/^(?:Kabupaten|Kota|Provinsi)\s+/, ""));
  return card.matches.length > 0 ? card : null;
}

const unitSource = (row: UnitResultRow): SourceRef => ({ url: row.source_url === "" ? null : row.source_url, note: row.note, statement: "entity" });

/**
 * One unit as people name it: "Dinas Penanaman Modal ... (DPMPTSP)" and the same name without
 * its abbreviation, "UPT Puskesmas Citeureup" and "Puskesmas Citeureup", are one unit.
 */
export function unitNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/^\s*uptd?\s+/, "")
    .trim();
}

const candidates = <T>(rows: UnitResultRow[], pick: (r: UnitResultRow) => T | null): Candidate<T>[] =>
  rows.flatMap((r) => {
    const value = pick(r);
    return value === null || value === undefined ? [] : [{ value, source: unitSource(r), id: r.id, decimals: r.score_decimals }];
  });

/** Every source of one unit in one year merged: the score most sources give, the others kept as conflicts. */
function mergeUnit(catalog: Catalog, rows: UnitResultRow[]): UnitView {
  const first = rows[0]!;
  const score = majority(candidates(rows, (r) => r.score));
  const zone = majority<Zone>(candidates(rows, (r) => r.zone));
  const grade = majority(candidates(rows, (r) => r.opinion));
  const bands = catalog.scales.get(scaleKey(first.programme_id, first.year))?.bands ?? [];
  const scoreBand = score ? bandForScore(bands, score.value) : null;
  // A unit's zone may follow a scale of its own (ATR/BPN's offices 2019: 81.50 is yellow there): the stated zone decides.
  const zoneBand = zone && scoreBand?.zone !== zone.value ? bandForZone(bands, zone.value) : scoreBand;
  const band = grade ? bandForGrade(bands, grade.value) : zone ? zoneBand : scoreBand;
  // "(average)" in a unit's name is the compiler's mark, said by the unit-average caveat instead.
  const averaged = /\s*\(average\)\s*$/i;
  return {
    kind: first.unit_kind,
    name: first.unit_name.replace(averaged, ""),
    programme: first.programme_id,
    year: first.year,
    score: score?.value ?? null,
    ...(score?.decimals === undefined ? {} : { scoreDecimals: score.decimals }),
    zone: zone?.value ?? null,
    grade: grade?.value ?? null,
    predicate: band ? predicateOf(band) : null,
    roleModel: rows.some((r) => /role model/i.test(r.note)),
    sources: rows.map(unitSource),
    conflicts: score?.conflicts ?? [],
    caveats: averaged.test(first.unit_name)
      ? [{ kind: "source-note", note: "unit-average" }]
      : sourceNoteCaveats(rows.map((r) => r.note), score && score.conflicts.length ? [{ kind: "conflict", field: "score" }] : [], { hasScore: score !== null, year: first.year }),
  };
}

/** Merged units per catalog: built once per load (the catalog is replaced, never changed, when data changes). */
const merged = new WeakMap<Catalog, Map<string, UnitView[]>>();

/** A body's units, each unit-year once, in the order the data gives them. */
function unitViews(catalog: Catalog, code: string): UnitView[] {
  let byBody = merged.get(catalog);
  if (!byBody) {
    byBody = new Map();
    for (const [body, rows] of catalog.unitsByBody) {
      const groups = new Map<string, UnitResultRow[]>();
      for (const row of rows) {
        const key = [row.programme_id, row.year, row.unit_kind, unitNameKey(row.unit_name)].join("|");
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      byBody.set(body, [...groups.values()].map((group) => mergeUnit(catalog, group)));
    }
    merged.set(catalog, byBody);
  }
  return byBody.get(code) ?? [];
}

/** Every unit of every body, with its body. */
export function allUnits(catalog: Catalog): { body: BodyInfo; unit: UnitView }[] {
  const out: { body: BodyInfo; unit: UnitView }[] = [];
  for (const code of catalog.unitsByBody.keys()) {
    const body = catalog.bodies.get(code);
    if (body) for (const unit of unitViews(catalog, code)) out.push({ body, unit });
  }
  return out;
}

const byScore = (a: UnitView, b: UnitView) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name);

/** Programmes other than `programme` with units of this body, and their years. */
export function otherProgrammes(catalog: Catalog, code: string, programme: string): { programme: string; years: number[] }[] {
  const years = new Map<string, Set<number>>();
  for (const row of catalog.unitsByBody.get(code) ?? []) {
    if (row.programme_id !== programme) years.set(row.programme_id, (years.get(row.programme_id) ?? new Set()).add(row.year));
  }
  for (const [key, views] of catalog.programmeViews) {
    const [p, body] = key.split("|");
    if (p && p !== programme && body === code) for (const v of views.filter(hasResult)) years.set(p, (years.get(p) ?? new Set()).add(v.year));
  }
  return [...years].map(([p, ys]) => ({ programme: p, years: [...ys].sort((a, b) => a - b) }));
}

/**
 * Service units of a body in a year (default: its latest year with unit data), optionally one
 * kind, from one programme (Ombudsman unless asked). No unit rows for that year is not "no
 * result": the answer then carries the body's own result and the years that have units.
 */
export function unitsOf(
  catalog: Catalog,
  code: string,
  year: number | null = null,
  unitKind: string | null = null,
  programme: string = OMBUDSMAN,
): UnitsAnswer | NoUnitsAnswer | NoDataAnswer {
  const body = catalog.bodies.get(code) ?? null;
  if (!body) return noData(catalog, null, year);
  const ofProgramme = unitViews(catalog, code).filter((u) => u.programme === programme);
  const units = ofProgramme.filter((u) => !unitKind || u.kind === unitKind);
  const years = yearsOf(units);
  const chosen = year ?? years.at(-1) ?? null;
  const inYear = units.filter((u) => u.year === chosen);
  if (chosen === null || inYear.length === 0) {
    const view = programme === OMBUDSMAN ? findView(catalog, code, year) : null;
    const kinds = [...new Set(ofProgramme.map((u) => u.kind))].map((kind) => ({ kind, years: yearsOf(ofProgramme.filter((u) => u.kind === kind)) }));
    return {
      kind: "no-units",
      body,
      year,
      unitKind,
      programme,
      view,
      unitYears: years,
      kinds,
      // Without a year, any year's: "unit mana saja yang dinilai di kota metro" is answered by the 2023 note.
      namedUnits: programme !== OMBUDSMAN
        ? []
        : (catalog.viewsByBody.get(code) ?? []).filter((v) => (year === null || v.year === year)).flatMap((v) =>
            v.sources.flatMap((source) => {
              const names = unitsNamedIn(source.note);
              return names.length ? [{ year: v.year, names, source }] : [];
            }),
          ),
      otherProgrammes: otherProgrammes(catalog, code, programme),
    };
  }
  return {
    kind: "units",
    body,
    year: chosen,
    unitKind,
    programme,
    units: inYear.sort(byScore),
    otherYears: years.filter((y) => y !== chosen),
    otherProgrammes: otherProgrammes(catalog, code, programme),
    caveats: [],
    ownResult: null,
  };
}

const yearsOf = (units: UnitView[]) => [...new Set(units.map((u) => u.year))].sort((a, b) => a - b);

/** "six units sampled: Disdukcapil, DPMPTSP, ...)", "units assessed: Dit. Merek & IG, ...": the units a note lists. */
export function unitsNamedIn(note: string): string[] {
  const list = /\bunits? (?:sampled|assessed)\s*:\s*([^);]+)/i.exec(note)?.[1];
  return list ? list.split(",").map((n) => n.trim()).filter((n) => n !== "") : [];
}

/**
 * A body asked for its own result in a year it has none, though it has units that year (ATR/BPN's land offices
 * 2022, Kota Metro's KemenPAN-RB role models 2017): those units, Ombudsman's first. Without a year, its
 * latest year with units. Null when it has no units then either.
 */
export function unitsInsteadOfResult(catalog: Catalog, code: string, year: number | null): UnitsAnswer | null {
  const views = unitViews(catalog, code);
  const programmes = [...new Set([OMBUDSMAN, ...views.map((u) => u.programme)])];
  for (const programme of programmes) {
    const years = yearsOf(views.filter((u) => u.programme === programme));
    const chosen = year ?? years.at(-1) ?? null;
    if (chosen === null || !years.includes(chosen)) continue;
    const units = unitsOf(catalog, code, chosen, null, programme);
    if (units.kind === "units") return { ...units, ownResult: { years: resultYears(catalog, code) } };
  }
  return null;
}

/** Competition ranking over scores: equal scores share a place (1, 2, 2, 4). */
function ranked(units: { body: BodyInfo; unit: UnitView }[], direction: "top" | "bottom" | "list"): UnitEntry[] {
  const scored = units.filter((u) => u.unit.score !== null);
  scored.sort((a, b) => (direction === "bottom" ? -1 : 1) * byScore(a.unit, b.unit) || a.body.name.localeCompare(b.body.name));
  const entries: UnitEntry[] = scored.map((u, i) => ({ ...u, position: i + 1 }));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.unit.score === entries[i - 1]!.unit.score) entries[i]!.position = entries[i - 1]!.position;
  }
  const unscored = units.filter((u) => u.unit.score === null).sort((a, b) => a.unit.name.localeCompare(b.unit.name));
  return direction === "list" ? [...entries, ...unscored.map((u) => ({ ...u, position: null }))] : entries;
}

export interface UnitListFilters {
  year: number | null;
  /** Only bodies of this province (today's), as in "puskesmas terbaik di Jawa Barat". */
  provinceCode: string | null;
  programme: string | null;
}

/**
 * Units of one kind across every body: the best (or worst) by score, or all of them. Scores are
 * compared only within one programme and one year; the order is Rapor's, over the units with data.
 */
export function unitsAcross(
  catalog: Catalog,
  unitKind: string,
  direction: "top" | "bottom" | "list",
  filters: UnitListFilters,
  n: number | null = null,
): UnitRankingAnswer {
  const programme = filters.programme ?? OMBUDSMAN;
  const units = allUnits(catalog).filter(
    (u) =>
      u.unit.kind === unitKind &&
      u.unit.programme === programme &&
      (!filters.provinceCode || u.body.code === filters.provinceCode || u.body.provinceCode === filters.provinceCode),
  );
  const years = [...new Set(units.map((u) => u.unit.year))].sort((a, b) => b - a);
  const scoredYears = [...new Set(units.filter((u) => u.unit.score !== null).map((u) => u.unit.year))].sort((a, b) => b - a);
  const base = { kind: "unit-ranking" as const, unitKind, programme, direction, n, provinceCode: filters.provinceCode, asked: filters.year };
  if (direction !== "list") {
    const year = filters.year ?? scoredYears[0] ?? null;
    const entries = year === null ? [] : ranked(units.filter((u) => u.unit.year === year), direction);
    return {
      ...base,
      groups: entries.length ? [{ year: year!, entries: n ? entries.filter((e) => e.position! <= n) : entries, withScore: entries.length }] : [],
      years: scoredYears,
    };
  }
  const shownYears = filters.year !== null ? [filters.year] : years;
  const groups: UnitRankingAnswer["groups"] = [];
  for (const year of shownYears) {
    const entries = ranked(units.filter((u) => u.unit.year === year), "list");
    if (entries.length === 0) continue;
    const total = groups.reduce((sum, g) => sum + g.entries.length, 0);
    // Newest years first, as long as the message stays short; the first year always.
    if (groups.length > 0 && total + entries.length > UNIT_LIST_MAX) break;
    groups.push({ year, entries, withScore: entries.filter((e) => e.position !== null).length });
  }
  return { ...base, groups, years };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1);

/**
 * A unit named by its own name ("Puskesmas Iringmulyo"): its results in every year and
 * programme. With none, the reports that name it without a score (a body's note listing the
 * units sampled), so that the answer still says where it appears.
 */
export function unitCard(catalog: Catalog, unitKind: string | null, unitName: string, code: string | null = null): UnitCardAnswer {
  const wanted = words(unitName);
  const named = (text: string) => {
    const have = new Set(words(text));
    return wanted.length > 0 && wanted.every((w) => have.has(w));
  };
  const matches = allUnits(catalog)
    .filter((u) => (!code || u.body.code === code) && (!unitKind || u.unit.kind === unitKind) && named(u.unit.name))
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name) || b.unit.year - a.unit.year || a.unit.programme.localeCompare(b.unit.programme));
  const mentions: UnitMention[] = [];
  if (matches.length === 0) {
    const first = wanted[0] ?? "";
    for (const views of catalog.viewsByBody.values()) {
      for (const view of views) {
        if (code && view.body.code !== code) continue;
        // A cheap substring test first: few notes name any unit.
        const sources = view.sources.filter((s) => s.note.toLowerCase().includes(first) && named(s.note));
        if (sources.length) mentions.push({ view, sources });
      }
    }
  }
  return { kind: "unit-card", unitKind, unitName, body: code ? (catalog.bodies.get(code) ?? null) : null, matches, mentions };
}
