import type { Reply } from "../answer/answer-query.js";
import { scaleKey } from "../answer/catalog.js";
import { trendOf } from "../answer/trend.js";
import type { BodyInfo, BodyYearView, Caveat, CompareAnswer, RankedEntry, RankedGroup, SourceRef, TopAnswer, TrendAnswer } from "../answer/types.js";
import { ZONELESS_METHODS } from "../domain/programmes.js";
import { isMajority, type RenderContext } from "../present/common.js";
import type { ScaleBand } from "../store/schema.js";
import { formatNumber, formatYears, htmlToPlain, sourceLabel } from "../present/format.js";
import { basisOf, isMixed, LIST_PAGE_SIZE, placeText, scopeText } from "../present/render-list.js";
import type { ChartModel, CompareChart, ListBar, ListChart, TrendChart, ZoneKey } from "./model.js";

/**
 * Adapters from the answer objects to chart models: one per chart kind, reading only the answer
 * and the in-memory catalog it came from (no new queries). Text is plain (no HTML, no emoji).
 */

/** Bars in one list chart: a longer list is charted page by page, like the message. */
export const MAX_LIST_BARS = 25;
/** Sources named on the chart's source line before "and N more". */
const MAX_SOURCES = 3;
/** Names listed in a "no score" note before "and N more". */
const MAX_NAMED = 4;

const ZONE_ORDER: readonly ZoneKey[] = ["hijau", "kuning", "merah", "hitam", "none"];
const num = (ctx: RenderContext, value: number) => formatNumber(value, ctx.locale);
const zoneOf = (view: BodyYearView): ZoneKey => view.zone?.value ?? "none";
const zoneLabel = (ctx: RenderContext, zone: ZoneKey) => ctx.t("chart-zone", { zone });

/** A file name from a title: "5 besar kabupaten se-Provinsi Jambi, 2022" -> "5-besar-kabupaten-se-provinsi-jambi-2022". */
export function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80)
      .replace(/-+$/, "") || "chart"
  );
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase("id") + text.slice(1);

/** "94,39 A": a score with its grade. */
function scoreLabel(ctx: RenderContext, view: BodyYearView): string {
  return view.score ? `${num(ctx, view.score.value)}${view.grade ? ` ${view.grade.value}` : ""}` : "";
}

/** "Sumber: a.id, b.com dan 2 lainnya, data Rapor": distinct sources, as the card names them. */
export function chartSource(ctx: RenderContext, sources: SourceRef[]): string {
  const labels = [...new Set(sources.map((s) => sourceLabel(s.url, s.note)))];
  if (labels.length === 0) return ctx.t("chart-source-none");
  const more = labels.length > MAX_SOURCES ? ` ${ctx.t("sources-more", { count: String(labels.length - MAX_SOURCES) })}` : "";
  return ctx.t("chart-source", { list: labels.slice(0, MAX_SOURCES).join(", ") + more });
}

function programmeName(ctx: RenderContext, programme: string | undefined): string | null {
  const p = programme ? ctx.catalog.programmes.get(programme) : undefined;
  return p ? (ctx.locale === "id" ? p.nameId : p.nameEn) : null;
}

function namedList(ctx: RenderContext, names: string[]): string {
  const more = names.length > MAX_NAMED ? ` ${ctx.t("sources-more", { count: String(names.length - MAX_NAMED) })}` : "";
  return names.slice(0, MAX_NAMED).join(", ") + more;
}

/**
 * Scores another source gives differently, for the views drawn. The chart shows the value most
 * sources give; where as many give another (a 1–1 tie), the note says the sources disagree.
 */
function conflictNotes(ctx: RenderContext, views: BodyYearView[], withName: boolean): string[] {
  const disputed = views.filter((v) => v.score && v.score.conflicts.length > 0);
  const items = disputed.map((v) => `${withName ? `${v.body.name} ` : ""}${v.year} (${v.score!.conflicts.map((c) => num(ctx, c.value)).join(", ")})`);
  if (items.length === 0) return [];
  const key = disputed.every((v) => isMajority(v.score!)) ? "chart-note-conflict" : "chart-note-conflict-tie";
  return [ctx.t(key, { items: namedList(ctx, items) })];
}

function caveatNotes(ctx: RenderContext, caveats: Caveat[]): string[] {
  const notes: string[] = [];
  for (const c of caveats) {
    if (c.kind === "method-change") notes.push(ctx.t("chart-note-method", { from: String(c.between[0]), to: String(c.between[1]) }));
    if (c.kind === "sampled-year") notes.push(ctx.t("chart-note-sampled", { year: String(c.year) }));
  }
  return notes;
}

/**
 * Zone ranges of one year's scale: each zone from its lowest band to the next zone's floor. For a
 * year without colour zones (2025) the grade bands instead, uncoloured.
 */
function zoneRanges(ctx: RenderContext, programme: string, year: number): { min: number; max: number; zone: ZoneKey; label: string }[] {
  const scale = ctx.catalog.scales.get(scaleKey(programme, year));
  if (!scale?.assessed || scale.bands.length === 0) return [];
  const { bands } = scale;
  const top = Math.max(...bands.map((b) => b.max));
  const floors = (key: (b: ScaleBand) => string | null) => {
    const lowest = new Map<string, number>();
    for (const b of bands) {
      const k = key(b);
      if (k !== null) lowest.set(k, Math.min(lowest.get(k) ?? Infinity, b.min));
    }
    const sorted = [...lowest].sort((a, b) => a[1] - b[1]);
    return sorted.map(([k, min], i) => ({ key: k, min, max: sorted[i + 1]?.[1] ?? top }));
  };
  if (ZONELESS_METHODS.has(scale.method)) {
    return floors((b) => b.grade).map((r) => ({ min: r.min, max: r.max, zone: "none" as const, label: r.key }));
  }
  return floors((b) => b.zone).map((r) => ({ min: r.min, max: r.max, zone: r.key as ZoneKey, label: zoneLabel(ctx, r.key as ZoneKey) }));
}

export function trendChart(ctx: RenderContext, answer: TrendAnswer): TrendChart | null {
  const views = answer.points.map((p) => p.view);
  const scored = views.filter((v) => v.score);
  if (scored.length === 0) return null;
  const programme = views[0]!.programme;
  // The span drawn: from the first to the last year with a score (years with only a zone are a note).
  const first = scored[0]!.year;
  const last = scored.at(-1)!.year;

  // Consecutive years with the same zone ranges make one shaded period; a year without a round joins its neighbours.
  const bands: TrendChart["bands"] = [];
  let run: { from: number; to: number; key: string; ranges: ReturnType<typeof zoneRanges> } | null = null;
  for (let year = first; year <= last; year++) {
    const ranges = zoneRanges(ctx, programme, year);
    if (ranges.length === 0) continue;
    const key = JSON.stringify(ranges);
    if (run && run.key === key) run.to = year;
    else {
      if (run) bands.push(...run.ranges.map((r) => ({ from: run!.from, to: run!.to, ...r })));
      run = { from: year, to: year, key, ranges };
    }
  }
  if (run) bands.push(...run.ranges.map((r) => ({ from: run!.from, to: run!.to, ...r })));

  const points = scored.map((v) => ({
    year: v.year,
    score: v.score!.value,
    label: scoreLabel(ctx, v),
    ranks: [
      ...(v.rankNational ? [ctx.t("chart-rank-national", { position: String(v.rankNational.value) })] : []),
      ...(v.rankProvince ? [ctx.t("chart-rank-province", { position: String(v.rankProvince.value) })] : []),
    ],
    zone: zoneOf(v),
  }));
  const unscored = views.filter((v) => !v.score);
  const notes = [
    ...caveatNotes(ctx, answer.caveats),
    ...conflictNotes(ctx, scored, false),
    ...(points.some((p) => p.ranks.length > 0) ? [ctx.t("chart-note-trend-ranks")] : []),
    ...(unscored.length
      ? [ctx.t("chart-note-unscored", { items: unscored.map((v) => `${v.year} (${unscoredLabel(ctx, v)})`).join(", ") })]
      : []),
  ];
  const zones = new Set([...points.map((p) => p.zone), ...bands.map((b) => b.zone)]);
  const title = ctx.t("chart-title-trend", { name: answer.body.name });
  return {
    kind: "trend",
    locale: ctx.locale,
    title,
    subtitle: programmeName(ctx, programme),
    notes,
    source: chartSource(ctx, views.flatMap((v) => v.sources)),
    slug: slugify(title),
    axis: { x: ctx.t("chart-axis-year"), y: ctx.t("chart-axis-score") },
    points,
    bands,
    methodChanges: answer.caveats.flatMap((c) =>
      c.kind === "method-change" && c.between[1] > first && c.between[1] <= last ? [{ between: c.between, label: ctx.t("chart-method-change") }] : [],
    ),
    gaps: answer.gaps.filter((year) => year > first && year < last).map((year) => ({ year, label: ctx.t("chart-gap") })),
    legend: ZONE_ORDER.filter((z) => zones.has(z)).map((zone) => ({ zone, label: zoneLabel(ctx, zone) })),
  };
}

/** What a year without a score has: its zone, grade, opinion or stated ranks. */
function unscoredLabel(ctx: RenderContext, view: BodyYearView): string {
  const parts: string[] = [];
  if (view.zone) parts.push(ctx.t(`zone-${view.zone.value}`));
  if (view.grade) parts.push(view.grade.value);
  if (view.opinionText) parts.push(view.opinionText.value);
  if (view.rankNational) parts.push(ctx.t("chart-rank-national", { position: String(view.rankNational.value) }));
  if (view.rankProvince) parts.push(ctx.t("chart-rank-province", { position: String(view.rankProvince.value) }));
  return parts.join(", ") || "–";
}

/** The entries a list chart draws: the whole list when short, else the page the message shows. */
export function chartedEntries(answer: TopAnswer, page: number): { group: RankedGroup; from: number; to: number }[] {
  return answer.groups.map((group) => {
    const count = group.entries.length;
    if (answer.groups.length > 1 || count <= MAX_LIST_BARS) return { group, from: 0, to: count };
    const pages = Math.ceil(count / LIST_PAGE_SIZE);
    const current = Math.min(Math.max(page, 0), pages - 1);
    return { group, from: current * LIST_PAGE_SIZE, to: Math.min(count, (current + 1) * LIST_PAGE_SIZE) };
  });
}

export function listChart(ctx: RenderContext, answer: TopAnswer, page = 0): ListChart | null {
  const single = answer.groups.length === 1;
  const parts = chartedEntries(answer, page);
  const mixed = isMixed(answer.groups);
  const barsOf = (group: RankedGroup, entries: RankedEntry[]) =>
    entries.flatMap((e): ListBar[] => {
      if (!e.view.score) return [];
      // Numbered as the list is (official places, else the places Rapor can give); a year ranked by opinion has no numbers.
      // A bottom nobody can tell has no numbers either (its bars are the lowest scores on record).
      const place = group.order === "opinion" || group.bottomUnknown ? null : placeText(e.place);
      const official = e.place.kind === "official" && mixed ? ` · ${ctx.t("chart-rank-official-tag")}` : "";
      return [{ rank: place ? `${place}.` : "•", name: e.view.body.name, score: e.view.score.value, value: scoreLabel(ctx, e.view) + official, zone: zoneOf(e.view) }];
    });
  // The part of a list set apart (ranges that hold an official place listed) is a group of its own, as in the message.
  const groups = parts.flatMap(({ group, from, to }) => {
    const title = single ? null : ctx.t("chart-group", { category: group.category ?? "other" });
    const split = Math.min(Math.max(group.apartFrom, from), to);
    const apart = group.entries.slice(split, to);
    return [
      { title, bars: barsOf(group, group.entries.slice(from, split)) },
      ...(apart.length ? [{ title: ctx.t("chart-group-apart", { category: single ? "none" : (group.category ?? "other") }), bars: barsOf(group, apart) }] : []),
    ];
  });
  if (groups.every((g) => g.bars.length === 0)) return null;

  const first = parts[0]!;
  const scope = htmlToPlain(scopeText(ctx, answer.filters, single ? first.group.category : undefined));
  const year = String(answer.filters.year);
  const count = first.group.entries.length;
  const title = capitalised(
    single && (first.from > 0 || first.to < count)
      ? ctx.t("chart-title-list-page", { scope, year, from: String(first.from + 1), to: String(first.to), count: String(count) })
      : answer.kind === "list"
        ? ctx.t("chart-title-list", { scope, year })
        : ctx.t(`chart-title-${answer.kind}`, { n: String(answer.n ?? first.group.entries.length), scope, year }),
  );

  const shown = parts.flatMap(({ group, from, to }) => group.entries.slice(from, to).map((e) => e.view));
  const notes = [...coverageNotes(ctx, answer, single), ...conflictNotes(ctx, shown, true), ...unscoredNote(ctx, parts), ...caveatNotes(ctx, answer.caveats)];
  const zones = new Set(groups.flatMap((g) => g.bars.map((b) => b.zone)));
  return {
    kind: "list",
    locale: ctx.locale,
    title,
    subtitle: programmeName(ctx, shown[0]?.programme),
    notes,
    source: chartSource(ctx, shown.flatMap((v) => v.sources)),
    slug: slugify(title),
    axis: { x: ctx.t("chart-axis-score") },
    groups: groups.filter((g) => g.bars.length > 0),
    legend: ZONE_ORDER.filter((z) => zones.has(z)).map((zone) => ({ zone, label: zoneLabel(ctx, zone) })),
  };
}

/** How the places were worked out and how much data is behind them: the list's own sentences, as plain text. */
function coverageNotes(ctx: RenderContext, answer: TopAnswer, single: boolean): string[] {
  // Plain text without the message's leading emoji, before a group's name is put in front.
  const plain = (note: string) => htmlToPlain(note).replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\s)+/u, "");
  // As in the message: groups that share a legend, with official and worked-out places among them, say so once.
  const mixed = !single && isMixed(answer.groups.filter((g) => g.order === "rank"));
  const notes = answer.groups.flatMap((g) => {
    const basis = basisOf(ctx, g, answer.filters.year);
    const meaning = mixed && g.order === "rank" ? ctx.t("lists-basis-mixed") : basis.meaning;
    const prefix = single ? "" : `${ctx.t("chart-group", { category: g.category ?? "other" })}: `;
    return [plain(meaning), ...(basis.coverage ? [prefix + plain(basis.coverage)] : [])];
  });
  return [...new Set(notes)];
}

function unscoredNote(ctx: RenderContext, parts: ReturnType<typeof chartedEntries>): string[] {
  const views = parts.flatMap(({ group, from, to }) => group.entries.slice(from, to).filter((e) => !e.view.score).map((e) => e.view));
  return views.length ? [ctx.t("chart-note-unscored", { items: namedList(ctx, views.map((v) => `${v.body.name} (${unscoredLabel(ctx, v)})`)) })] : [];
}

/**
 * The body-years a comparison charts: every year at least two of the bodies have a score for
 * (the years they share), else each body's year in the answer.
 */
export function comparedViews(ctx: RenderContext, answer: CompareAnswer): { body: BodyInfo; views: BodyYearView[] }[] {
  const series = answer.items.flatMap(({ body }) => {
    const trend = trendOf(ctx.catalog, body.code);
    const views = trend.kind === "trend" ? trend.points.map((p) => p.view).filter((v) => v.score) : [];
    return views.length > 0 ? [{ body, views }] : [];
  });
  const counts = new Map<number, number>();
  for (const s of series) for (const v of s.views) counts.set(v.year, (counts.get(v.year) ?? 0) + 1);
  const shared = new Set([...counts].filter(([, n]) => n >= 2).map(([year]) => year));
  if (series.length >= 2 && shared.size > 0) return series.map((s) => ({ body: s.body, views: s.views.filter((v) => shared.has(v.year)) }));
  return answer.items.flatMap((i) => (i.view?.score ? [{ body: i.body, views: [i.view] }] : []));
}

export function compareChart(ctx: RenderContext, answer: CompareAnswer): CompareChart | null {
  const series = comparedViews(ctx, answer);
  if (series.length === 0) return null;
  const views = series.flatMap((s) => s.views);
  const years = [...new Set(views.map((v) => v.year))].sort((a, b) => a - b);
  const missing = answer.items.filter((i) => !series.some((s) => s.body.code === i.body.code)).map((i) => i.body.name);
  const methods = years.map((y) => ctx.catalog.scales.get(scaleKey(views[0]!.programme, y))?.method);
  const notes: string[] = [];
  for (let i = 1; i < years.length; i++) {
    if (methods[i] !== methods[i - 1]) notes.push(ctx.t("chart-note-method", { from: String(years[i - 1]), to: String(years[i]) }));
  }
  const sampled = years.find((y) => ctx.catalog.scales.get(scaleKey(views[0]!.programme, y))?.sampled);
  if (sampled !== undefined) notes.push(ctx.t("chart-note-sampled", { year: String(sampled) }));
  notes.push(...conflictNotes(ctx, views, true));
  if (missing.length) notes.push(ctx.t("chart-note-no-data", { names: namedList(ctx, missing) }));
  const title = ctx.t("chart-title-compare", { years: formatYears(years) });
  return {
    kind: "compare",
    locale: ctx.locale,
    title,
    subtitle: programmeName(ctx, views[0]!.programme),
    notes,
    source: chartSource(ctx, views.flatMap((v) => v.sources)),
    slug: slugify(`${title} ${series.map((s) => s.body.name).join(" ")}`),
    axis: { x: ctx.t("chart-axis-year"), y: ctx.t("chart-axis-score") },
    series: series.map((s) => s.body.name),
    bars: series.flatMap((s, index) => s.views.map((v) => ({ year: v.year, series: index, score: v.score!.value, label: scoreLabel(ctx, v) }))),
  };
}

/**
 * The chart of a reply, or null when it has none. A score or rank question asked as a chart
 * ("grafik kota metro") gets the body's trend.
 */
export function chartOf(ctx: RenderContext, reply: Reply, page = 0): ChartModel | null {
  switch (reply.kind) {
    case "trend":
      return trendChart(ctx, reply);
    case "top":
    case "bottom":
    case "list":
      return listChart(ctx, reply, page);
    case "compare":
      return compareChart(ctx, reply);
    case "score":
    case "rank": {
      const trend = trendOf(ctx.catalog, reply.view.body.code);
      return trend.kind === "trend" ? trendChart(ctx, trend) : null;
    }
    default:
      return null;
  }
}
