import type {
  BodyInfo,
  NoUnitsAnswer,
  ProgrammeAnswer,
  UnitCardAnswer,
  UnitRankingAnswer,
  UnitsAnswer,
  UnitView,
} from "../answer/types.js";
import { OMBUDSMAN } from "../domain/programmes.js";
import { MINISTRY_UNIT_KINDS } from "../answer/units.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, chunk, join, name, otherProgrammeLines, programmeName, scoreText, sourcesLine, yearButtons, zoneEmoji, zoneName } from "./common.js";
import { escapeHtml, formatYears } from "./format.js";
import { resultLines } from "./render-card.js";

/** Buttons shown per list: the first bodies of it, to open their cards. */
const BODY_BUTTONS = 4;

export function kindLabel(ctx: RenderContext, kind: string): string {
  return ctx.t("unit-kind", { kind });
}

/** "Dinas Kependudukan dan Pencatatan Sipil (Dukcapil)", but "Dinas Sosial", not "Dinas Sosial (Dinas Sosial)". */
export function unitName(ctx: RenderContext, unit: UnitView): string {
  const label = kindLabel(ctx, unit.kind);
  const lower = unit.name.toLowerCase();
  const core = label.replace(/\s*\(.*\)\s*/, "").toLowerCase();
  const inner = /\(([^)]*)\)/.exec(label)?.[1]?.toLowerCase();
  const redundant = unit.kind === "other" || lower.includes(core) || (inner !== undefined && lower.includes(inner));
  // "Civil Registry (Dukcapil)" beside a name reads "(Civil Registry, Dukcapil)": no brackets in brackets.
  const said = label.replace(/\s*\(([^)]*)\)\s*$/, ", $1");
  return escapeHtml(redundant ? unit.name : `${unit.name} (${said})`);
}

/** Zone, grade and predicate of a unit, as stated (a KemenPAN-RB role model says so). */
function unitResult(ctx: RenderContext, unit: UnitView): string {
  const parts: string[] = [];
  if (unit.score !== null) parts.push(`<b>${scoreText(ctx, { value: unit.score, decimals: unit.scoreDecimals })}</b>`);
  if (unit.zone) parts.push(`${zoneEmoji(unit.zone)} ${zoneName(ctx, unit.zone)}`);
  if (unit.roleModel) parts.push(ctx.t("units-role-model"));
  // A predicate only beside what a source states (a grade, a zone): a unit's own scale is not always the body's.
  const predicate = unit.predicate && (unit.grade || unit.zone) ? escapeHtml(ctx.locale === "id" ? unit.predicate.id : unit.predicate.en) : null;
  if (predicate) parts.push(predicate);
  if (unit.grade) parts.push(ctx.t("card-grade", { grade: escapeHtml(unit.grade) }));
  return parts.join(" · ") || "–";
}

function unitConflicts(ctx: RenderContext, unit: UnitView): string[] {
  return unit.conflicts.map((c) =>
    ctx.t("units-conflict", { unit: escapeHtml(unit.name), score: scoreText(ctx, c), sources: sourcesLine(ctx, c.sources) ?? "" }),
  );
}

/** A body of a region is named beside its unit; a ministry's units (land offices, Polres) name their place themselves. */
const showsBody = (body: BodyInfo) => body.category !== "kementerian" && body.category !== "lembaga";

export function renderUnits(ctx: RenderContext, answer: UnitsAnswer) {
  const title = answer.unitKind
    ? ctx.t("units-title-kind", { kind: kindLabel(ctx, answer.unitKind), name: name(answer.body.name), year: String(answer.year) })
    : ctx.t("units-title", { name: name(answer.body.name), year: String(answer.year) });
  const others = otherProgrammeLines(ctx, answer.body, answer.otherProgrammes);
  const ombudsman = answer.programme === OMBUDSMAN;
  const own = answer.ownResult;
  const html = join([
    ...(own
      ? [
          ctx.t("units-own-result-none", { name: name(answer.body.name), year: String(answer.year) }),
          own.years.length ? ctx.t("units-own-result-years", { name: name(answer.body.name), years: formatYears(own.years) }) : null,
          "",
        ]
      : []),
    title,
    ctx.t("card-programme", { programme: programmeName(ctx, answer.programme) }),
    ...answer.units.map((u) => ctx.t("units-entry", { unit: unitName(ctx, u), result: unitResult(ctx, u) })),
    ...answer.units.flatMap((u) => [...unitConflicts(ctx, u), ...caveatLines(ctx, u.caveats, null)]),
    ombudsman ? ctx.t("units-note") : ctx.t("programme-note"),
    ...caveatLines(ctx, answer.caveats, null),
    answer.otherYears.length ? ctx.t("units-other-years", { years: formatYears(answer.otherYears) }) : null,
    ...others.lines,
    sourcesLine(ctx, answer.units.flatMap((u) => u.sources)),
  ]);
  const code = answer.body.code;
  // The units button shows Ombudsman's units: another programme's other years are its own answer's.
  const programmeButton = { label: ctx.t("button-programme", { programme: answer.programme }), action: { a: "prog" as const, code, programme: answer.programme } };
  const buttons: Button[][] = [
    ...(ombudsman ? yearButtons(answer.otherYears, (year) => ({ a: "units", code, year })) : answer.otherYears.length ? [[programmeButton]] : []),
    [...(own && own.years.length === 0 ? [] : [{ label: answer.body.name, action: { a: "card" as const, code } }]), ...others.buttons],
  ];
  return { html, buttons: buttons.filter((r) => r.length) };
}

/** A body with a result but no unit rows for the year asked: says exactly that, with its result and the unit years. */
export function renderNoUnits(ctx: RenderContext, answer: NoUnitsAnswer) {
  const body = name(answer.body.name);
  const kind = answer.unitKind ? kindLabel(ctx, answer.unitKind) : "none";
  const year = answer.year === null ? "none" : String(answer.year);
  const view = answer.view;
  const others = otherProgrammeLines(ctx, answer.body, answer.otherProgrammes);
  const programme = programmeName(ctx, answer.programme);
  // The body's units of other kinds, when a kind was asked: what there is instead.
  const kinds = answer.unitKind ? answer.kinds.filter((k) => k.kind !== answer.unitKind) : [];
  const unitYears = answer.unitKind ? [...new Set(answer.kinds.flatMap((k) => k.years))] : answer.unitYears;
  const yearsLine = answer.unitKind
    ? answer.unitYears.length
      ? ctx.t("no-units-kind-years", { kind, name: body, years: formatYears(answer.unitYears) })
      : ctx.t("no-units-kind-never", { kind, name: body, programme })
    : answer.unitYears.length
      ? ctx.t("no-units-years", { years: formatYears(answer.unitYears) })
      : answer.otherProgrammes.length
        ? ctx.t("no-units-programme-never", { name: body, programme })
        : ctx.t("no-units-never", { name: body });
  const html = join([
    ctx.t("no-units-lead", { name: body, kind, year, programme }),
    view
      ? ctx.t("no-units-body-result", { name: body, year: String(view.year), result: resultLines(ctx, view)[0] ?? "" })
      : ctx.t("no-units-body-none", { name: body, year }),
    ...answer.namedUnits.map((n) =>
      ctx.t("units-named", { year: String(n.year), names: escapeHtml(n.names.join(", ")), sources: sourcesLine(ctx, [n.source]) ?? "" }),
    ),
    yearsLine,
    kinds.length
      ? ctx.t("no-units-kinds", { name: body, kinds: kinds.map((k) => ctx.t("no-units-kind-entry", { kind: kindLabel(ctx, k.kind), years: formatYears(k.years) })).join("; ") })
      : null,
    answer.unitKind && MINISTRY_UNIT_KINDS.has(answer.unitKind) ? ctx.t("unit-ranking-apart", { kind }) : null,
    ...others.lines,
    ctx.t("no-data-partial"),
    view ? sourcesLine(ctx, view.sources) : null,
  ]);
  const code = answer.body.code;
  const buttons: Button[][] = [
    ...yearButtons(unitYears, (y) => ({ a: "units", code, year: y })),
    [...(view ? [{ label: ctx.t("button-card-year", { name: answer.body.name, year: String(view.year) }), action: { a: "card" as const, code, year: view.year } }] : []), ...others.buttons],
  ];
  return { html, buttons: buttons.filter((r) => r.length) };
}

export function renderUnitRanking(ctx: RenderContext, answer: UnitRankingAnswer) {
  const kind = kindLabel(ctx, answer.unitKind);
  const scope = answer.provinceCode ? ctx.t("unit-ranking-scope-province", { province: name(ctx.catalog.bodies.get(answer.provinceCode)?.name ?? "") }) : ctx.t("unit-ranking-scope-national");
  const yearButtonsFor = (shown: number[]) =>
    yearButtons(answer.years.filter((y) => !shown.includes(y)).sort((a, b) => a - b), (year) => ({ a: "ukind", kind: answer.unitKind, year, dir: answer.direction }));
  if (answer.groups.length === 0) {
    const html = join([
      ctx.t("unit-ranking-none", { kind, year: answer.asked === null ? "none" : String(answer.asked), scope }),
      answer.years.length ? ctx.t("unit-ranking-years", { kind, years: formatYears([...answer.years].sort((a, b) => a - b)) }) : null,
      ctx.t("no-data-partial"),
    ]);
    return { html, buttons: yearButtonsFor([]) };
  }
  const blocks: string[] = [];
  const single = answer.groups.length === 1;
  const first = answer.groups[0]!;
  blocks.push(
    ctx.t(`unit-ranking-title-${answer.direction}`, {
      kind,
      scope,
      n: String(answer.n ?? first.entries.length),
      year: single ? String(first.year) : "none",
    }),
    ctx.t("card-programme", { programme: programmeName(ctx, answer.programme) }),
  );
  for (const group of answer.groups) {
    if (!single) blocks.push("", `<b>${group.year}</b>`);
    for (const e of group.entries) {
      const args = { unit: unitName(ctx, e.unit), body: showsBody(e.body) ? ` · ${name(e.body.name)}` : "", result: unitResult(ctx, e.unit) };
      blocks.push(e.position === null ? ctx.t("unit-ranking-entry-unscored", args) : ctx.t("unit-ranking-entry", { ...args, position: String(e.position) }));
    }
  }
  const entries = answer.groups.flatMap((g) => g.entries);
  const scored = answer.groups.reduce((sum, g) => sum + g.withScore, 0);
  // A best or worst list without a year is of the newest one: say so, and which other years have scores.
  const otherYears = answer.years.filter((y) => !answer.groups.some((g) => g.year === y)).sort((a, b) => a - b);
  const yearChosen =
    answer.asked === null && answer.direction !== "list" && single
      ? [ctx.t("lists-year-chosen", { year: String(first.year) }), otherYears.length ? ctx.t("unit-ranking-other-years", { kind, years: formatYears(otherYears) }) : null]
      : [];
  const html = join([
    ...blocks,
    "",
    ...yearChosen,
    scored > 1 ? ctx.t("unit-ranking-note", { count: String(scored), kind }) : null,
    MINISTRY_UNIT_KINDS.has(answer.unitKind) ? ctx.t("unit-ranking-apart", { kind }) : ctx.t("units-note"),
    ...entries.flatMap((e) => [...unitConflicts(ctx, e.unit), ...caveatLines(ctx, e.unit.caveats, null)]),
    sourcesLine(ctx, entries.flatMap((e) => e.unit.sources)),
  ]);
  const bodies = [...new Map(entries.filter((e) => showsBody(e.body)).map((e) => [e.body.code, e])).values()].slice(0, BODY_BUTTONS);
  const buttons: Button[][] = [
    // Cards, not the bodies' unit views: those would edit this list in place (bot/keyboards.ts shouldEdit).
    ...chunk(bodies.map((e) => ({ label: e.body.name, action: { a: "card" as const, code: e.body.code, year: e.unit.year } })), 2),
    ...yearButtonsFor(answer.groups.map((g) => g.year)),
  ];
  return { html, buttons };
}

/** A unit asked by name: its results, or the reports that name it without a score. */
export function renderUnitCard(ctx: RenderContext, answer: UnitCardAnswer) {
  const typed = answer.unitName.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  const asked = escapeHtml(answer.unitKind && answer.unitKind !== "other" ? `${ctx.t("unit-kind-name", { kind: answer.unitKind })} ${typed}` : typed);
  if (answer.matches.length === 0) {
    const mentions = answer.mentions.map((m) =>
      ctx.t("unit-card-mention", { name: name(m.view.body.name), year: String(m.view.year), result: resultLines(ctx, m.view)[0] ?? "", sources: sourcesLine(ctx, m.sources) ?? "" }),
    );
    const html = join([
      ctx.t(mentions.length ? "unit-card-unscored" : "unit-card-none", { unit: asked }),
      ...mentions,
      mentions.length ? ctx.t("units-note") : ctx.t("unit-card-hint"),
    ]);
    const buttons: Button[][] = answer.mentions.slice(0, BODY_BUTTONS).map((m) => [
      { label: ctx.t("button-card-year", { name: m.view.body.name, year: String(m.view.year) }), action: { a: "card", code: m.view.body.code, year: m.view.year } },
    ]);
    return { html, buttons };
  }
  const groups = new Map<string, UnitCardAnswer["matches"]>();
  for (const m of answer.matches) {
    const key = `${m.body.code}|${m.unit.name}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const blocks: string[] = [];
  for (const items of [...groups.values()].slice(0, 8)) {
    const { body, unit } = items[0]!;
    blocks.push(ctx.t("unit-card-title", { unit: unitName(ctx, unit), body: showsBody(body) ? name(body.name) : "none" }));
    for (const { unit: u } of items) {
      blocks.push(ctx.t("unit-card-line", { year: String(u.year), programme: programmeName(ctx, u.programme), result: unitResult(ctx, u) }));
      blocks.push(...unitConflicts(ctx, u), ...caveatLines(ctx, u.caveats, null));
    }
  }
  if (groups.size > 8) blocks.push(ctx.t("unit-card-more", { count: String(groups.size - 8) }));
  // A Polres or land office is the ministry's, not part of the region it serves: said as in the lists of them.
  const kinds = new Set(answer.matches.map((m) => m.unit.kind));
  const [onlyKind] = kinds;
  const note = kinds.size === 1 && MINISTRY_UNIT_KINDS.has(onlyKind!) ? ctx.t("unit-ranking-apart", { kind: kindLabel(ctx, onlyKind!) }) : ctx.t("units-note");
  const html = join([...blocks, note, sourcesLine(ctx, answer.matches.flatMap((m) => m.unit.sources))]);
  const bodies = [...new Map(answer.matches.filter((m) => showsBody(m.body)).map((m) => [m.body.code, m])).values()].slice(0, BODY_BUTTONS);
  const buttons: Button[][] = bodies.map((m) => [
    m.unit.programme === OMBUDSMAN
      ? { label: ctx.t("button-card-year", { name: m.body.name, year: String(m.unit.year) }), action: { a: "card" as const, code: m.body.code, year: m.unit.year } }
      : { label: ctx.t("button-programme", { programme: m.unit.programme }), action: { a: "prog" as const, code: m.body.code, programme: m.unit.programme } },
  ]);
  return { html, buttons };
}

/** A programme other than Ombudsman's, named as such; its answer never shows Ombudsman's zones. */
export function renderProgramme(ctx: RenderContext, answer: ProgrammeAnswer) {
  const programme = programmeName(ctx, answer.programme);
  const blocks: string[] = [ctx.t("programme-title", { programme })];
  const byBodyYear = new Map<string, { body: BodyInfo; year: number; lines: string[] }>();
  const add = (body: BodyInfo, year: number, line: string) => {
    const key = `${body.code}|${year}`;
    const entry = byBodyYear.get(key) ?? { body, year, lines: [] };
    entry.lines.push(line);
    byBodyYear.set(key, entry);
  };
  for (const v of answer.views) add(v.body, v.year, ctx.t("programme-body-result", { result: resultLines(ctx, v).join(" · ") }));
  for (const { body, unit } of answer.units) add(body, unit.year, ctx.t("units-entry", { unit: unitName(ctx, unit), result: unitResult(ctx, unit) }));
  for (const { body, year, lines } of [...byBodyYear.values()].sort((a, b) => b.year - a.year || a.body.name.localeCompare(b.body.name))) {
    blocks.push("", ctx.t("programme-group", { name: name(body.name), year: String(year) }), ...lines);
  }
  const subject = answer.body ? name(answer.body.name) : "none";
  const empty = byBodyYear.size === 0;
  const sources = [...answer.views.flatMap((v) => v.sources), ...answer.units.flatMap((u) => u.unit.sources)];
  const html = join([
    ...(empty ? [ctx.t("programme-none", { programme, name: subject, kind: answer.unitKind ? kindLabel(ctx, answer.unitKind) : "none" })] : blocks),
    "",
    ctx.t("programme-note"),
    answer.body && answer.ombudsmanYears.length
      ? ctx.t("programme-ombudsman-years", { name: subject, years: formatYears(answer.ombudsmanYears), ombudsman: programmeName(ctx, OMBUDSMAN) })
      : null,
    sourcesLine(ctx, sources),
  ]);
  const buttons: Button[][] = answer.body && answer.ombudsmanYears.length
    ? [[{ label: ctx.t("button-ombudsman-card", { name: answer.body.name }), action: { a: "card", code: answer.body.code } }]]
    : [];
  return { html, buttons };
}
