import { stringify } from "csv-stringify/sync";
import type { Reply } from "../answer/answer-query.js";
import { rankNationally, rankWithinProvince } from "../answer/ranking.js";
import type { BodyYearView, ComputedRank, Fact, SourceRef } from "../answer/types.js";
import { comparedViews, slugify } from "../chart/from-answer.js";
import { caveatLines, placeRange, type RenderContext } from "../present/common.js";
import { htmlToPlain, sourceLabel } from "../present/format.js";

export interface CsvFile {
  filename: string;
  /** UTF-8 with a byte-order mark, so spreadsheet programs read the names' accents right. */
  content: Buffer;
  /** Data rows (the header not counted). */
  rows: number;
}

const COLUMNS = [
  "name", "code", "category", "province", "year",
  "score", "score-source", "zone", "zone-source", "grade", "grade-source", "opinion",
  "rank-national-official", "rank-national-official-source", "rank-province-official", "rank-province-official-source",
  "rank-national-computed", "rank-province-computed", "caveats",
] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a leading tab or carriage return)
 * gets a leading apostrophe: the text shows as written and nothing is evaluated.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The body-years a reply shows: every year of a trend, every entry of a list (all pages), the years a comparison charts. */
function viewsOf(ctx: RenderContext, reply: Reply): BodyYearView[] | null {
  switch (reply.kind) {
    case "trend":
      return reply.points.map((p) => p.view);
    case "top":
    case "bottom":
    case "list":
      return reply.groups.flatMap((g) => g.entries.map((e) => e.view));
    case "compare":
      return comparedViews(ctx, reply).flatMap((s) => s.views);
    case "score":
    case "rank":
      return [reply.view];
    default:
      return null;
  }
}

/** Where a figure comes from: its sources' links (a report's name when it has none), or that it was derived. */
function sourcesOf<T>(ctx: RenderContext, fact: Fact<T> | null, year: number): string {
  if (!fact) return "";
  if (fact.derived) return ctx.t("csv-derived", { year: String(year) });
  const cite = (s: SourceRef) => s.url ?? sourceLabel(null, s.note);
  return [...new Set(fact.sources.map(cite))].join(" ; ");
}

function computed(ctx: RenderContext, rank: ComputedRank | null): string {
  if (!rank || rank.outOf <= 1) return "";
  const args = { position: placeRange(rank.from, rank.to), outOf: String(rank.outOf), assessed: rank.assessed === null ? "none" : String(rank.assessed) };
  return ctx.t(rank.complete ? "csv-computed-complete" : "csv-computed-partial", args);
}

function row(ctx: RenderContext, view: BodyYearView): (string | number)[] {
  const province = view.provinceCode ? (ctx.catalog.bodies.get(view.provinceCode)?.name ?? view.provinceCode) : "";
  const caveats = caveatLines(ctx, view.caveats, view).map((line) => htmlToPlain(line).replace(/^(?:\p{Extended_Pictographic}|\uFE0F|\s)+/u, ""));
  return [
    view.body.name,
    view.body.code,
    ctx.t(`category-${view.body.category}`),
    province,
    view.year,
    view.score?.value ?? "",
    sourcesOf(ctx, view.score, view.year),
    view.zone ? ctx.t(`zone-${view.zone.value}`) : "",
    sourcesOf(ctx, view.zone, view.year),
    view.grade?.value ?? "",
    sourcesOf(ctx, view.grade, view.year),
    view.opinionText?.value ?? "",
    view.rankNational?.value ?? "",
    sourcesOf(ctx, view.rankNational, view.year),
    view.rankProvince?.value ?? "",
    sourcesOf(ctx, view.rankProvince, view.year),
    computed(ctx, rankNationally(ctx.catalog, view).computed),
    computed(ctx, rankWithinProvince(ctx.catalog, view).computed),
    caveats.join(" | "),
  ];
}

/**
 * The figures behind a reply as a CSV file: one row per body-year shown, each figure beside its
 * source, official ranks apart from the positions Rapor computed. Null for replies without figures.
 * `title` (the card's first line) names the file.
 */
export function csvOf(ctx: RenderContext, reply: Reply, title: string): CsvFile | null {
  const views = viewsOf(ctx, reply);
  if (!views || views.length === 0) return null;
  const header = COLUMNS.map((c) => ctx.t(`csv-column-${c}`));
  const text = stringify([header, ...views.map((v) => row(ctx, v))], {
    bom: true,
    // Scores keep their dot (94.39) in both languages: the file is data, read the same way everywhere.
    cast: { string: (value) => neutralise(value) },
    record_delimiter: "windows",
  });
  return { filename: `${slugify(htmlToPlain(title))}.csv`, content: Buffer.from(text, "utf8"), rows: views.length };
}
