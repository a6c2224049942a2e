import type { TopLevelSpec } from "vega-lite";
import type { ChartModel, CompareChart, ListChart, TrendChart, ZoneKey } from "./model.js";
import { FONT_FAMILY, widest, wrapText } from "./text.js";

/**
 * Chart models as Vega-Lite specs. Layout is worked out here with the real font's widths, so
 * long names wrap instead of being cut, and every label has room.
 */

/** The width text is wrapped to (title, notes, source line), in CSS pixels; the PNG is drawn at 2x. */
const CONTENT_WIDTH = 620;
const TITLE_SIZE = 17;
const SUBTITLE_SIZE = 12;
const LABEL_SIZE = 12;
const SMALL_SIZE = 10.5;
const NOTE_SIZE = 11;
const INK = "#1f2933";
const MUTED = "#52606d";

/** Zone colours: readable on white, distinct for the usual colour blindness (the legend names them too). */
export const ZONE_COLOURS: Record<ZoneKey, string> = {
  hijau: "#2b8a3e",
  kuning: "#e0a800",
  merah: "#c92a2a",
  hitam: "#343a40",
  none: "#868e96",
};
/** Bodies in a comparison: not the zone colours, so a series is never read as a zone. */
const SERIES_COLOURS = ["#1c5d99", "#e8590c", "#7048e8", "#0ca678", "#d6336c"];

const config = {
  font: FONT_FAMILY,
  background: "#ffffff",
  padding: 16,
  view: { stroke: null },
  axis: { labelFontSize: LABEL_SIZE, titleFontSize: LABEL_SIZE, labelColor: INK, titleColor: INK, titleFontWeight: "normal", gridColor: "#e9ecef", domainColor: "#adb5bd", tickColor: "#adb5bd" },
  legend: { labelFontSize: LABEL_SIZE, labelColor: INK, labelLimit: 0, symbolSize: 120, orient: "top", direction: "horizontal", title: null, offset: 12 },
  title: { fontSize: TITLE_SIZE, subtitleFontSize: SUBTITLE_SIZE, anchor: "start", color: INK, subtitleColor: MUTED, offset: 14, subtitlePadding: 6 },
  text: { font: FONT_FAMILY },
} as const;

function title(model: ChartModel, width: number) {
  return {
    text: wrapText(model.title, TITLE_SIZE, width, true),
    ...(model.subtitle ? { subtitle: wrapText(model.subtitle, SUBTITLE_SIZE, width) } : {}),
  };
}

/**
 * The score axis takes a fixed width (ticks and labels, its title and the gap between), so the
 * footer can start where the axis title does: views of a vertical concat share their origin.
 */
const Y_AXIS_EXTENT = 32;
const Y_AXIS_TITLE_PADDING = 6;
const Y_AXIS_OVERHANG = Y_AXIS_EXTENT + Y_AXIS_TITLE_PADDING + LABEL_SIZE;
const scoreAxis = (title: string) => ({ title, tickCount: 5, minExtent: Y_AXIS_EXTENT, maxExtent: Y_AXIS_EXTENT, titlePadding: Y_AXIS_TITLE_PADDING });

/** Notes, then the source line, as a text view under the chart, from `left` (its left edge, relative to the plot). */
function footer(model: ChartModel, width: number, left: number) {
  const lineHeight = NOTE_SIZE + 4;
  const rows: { y: number; text: string; colour: string }[] = [];
  for (const [text, colour] of [...model.notes.map((n) => [n, MUTED] as const), [model.source, INK] as const]) {
    for (const line of wrapText(text, NOTE_SIZE, width)) rows.push({ y: rows.length * lineHeight, text: line, colour });
  }
  return {
    // The view starts at the plot's origin; its text from `left`, so the whole chart stays `width` wide.
    width: Math.max(1, Math.round(width + left)),
    height: rows.length * lineHeight,
    data: { values: rows },
    mark: { type: "text", align: "left", baseline: "top", fontSize: NOTE_SIZE },
    encoding: {
      x: { value: left },
      y: { field: "y", type: "quantitative", scale: null },
      text: { field: "text" },
      color: { field: "colour", type: "nominal", scale: null },
    },
  } as const;
}

function zoneScale(legend: { zone: ZoneKey; label: string }[]) {
  return { domain: legend.map((l) => l.label), range: legend.map((l) => ZONE_COLOURS[l.zone]) };
}

function trendSpec(model: TrendChart): TopLevelSpec {
  const years = model.points.map((p) => p.year);
  const first = Math.min(...years, ...model.gaps.map((g) => g.year));
  const last = Math.max(...years, ...model.gaps.map((g) => g.year));
  const allYears = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const width = CONTENT_WIDTH - 60;
  const height = 300;
  const low = Math.min(...model.points.map((p) => p.score));
  const yMin = Math.max(0, Math.floor((low - 12) / 10) * 10);
  const labelOf = new Map(model.legend.map((l) => [l.zone, l.label]));
  const visible = new Set([...model.points.map((p) => p.zone), ...model.bands.filter((b) => b.max > yMin).map((b) => b.zone)]);
  const legend = model.legend.filter((l) => visible.has(l.zone));
  // A new segment at each method change: the line does not join scores that are not comparable.
  const period = (year: number) => model.methodChanges.filter((m) => year >= m.between[1]).length;
  const rankLine = SMALL_SIZE + 2;
  const points = model.points.map((p) => ({
    ...p,
    zoneLabel: labelOf.get(p.zone),
    period: period(p.year),
    rankText: p.ranks.join("\n"),
    // Vega sets the first line of a multi-line text at y: the block is raised to end at the foot.
    rankY: height - 6 - Math.max(0, p.ranks.length - 1) * rankLine,
  }));
  const bands = model.bands.map((b, i) => ({
    x: b.from - 0.5,
    x2: b.to + 0.5,
    y: Math.max(b.min, yMin),
    y2: b.max,
    fill: ZONE_COLOURS[b.zone],
    // Grade bands of a zoneless year alternate in shade; zone bands are all alike.
    opacity: b.zone === "none" ? (i % 2 ? 0.16 : 0.07) : 0.13,
    label: b.zone === "none" ? b.label : "",
  })).filter((b) => b.y2 > yMin);
  const x = { field: "year", type: "quantitative", scale: { domain: [first - 0.5, last + 0.5], nice: false, zero: false } } as const;
  const xAxis = { ...x, axis: { values: allYears, format: "d", labelAngle: 0, grid: false, title: model.axis.x, labelFlush: false } };
  const y = { field: "score", type: "quantitative", scale: { domain: [yMin, 100], nice: false, zero: false }, axis: { title: model.axis.y, tickCount: 5 } } as const;

  const layers: unknown[] = [
    {
      data: { values: bands },
      mark: { type: "rect", clip: true },
      encoding: {
        x: { ...xAxis, field: "x" },
        x2: { field: "x2" },
        y: { ...y, field: "y" },
        y2: { field: "y2" },
        color: { field: "fill", type: "nominal", scale: null },
        opacity: { field: "opacity", type: "quantitative", scale: null },
      },
    },
    {
      // The grade letters of a zoneless year's bands, at their right edge.
      data: { values: bands.filter((b) => b.label).map((b) => ({ ...b, middle: (b.y + Math.min(b.y2, 100)) / 2 })) },
      mark: { type: "text", align: "right", baseline: "middle", dx: -5, fontSize: LABEL_SIZE, fontWeight: "bold", color: MUTED },
      encoding: { x: { ...x, field: "x2" }, y: { ...y, field: "middle" }, text: { field: "label" } },
    },
  ];
  if (model.methodChanges.length) {
    const rules = model.methodChanges.map((m) => ({ x: m.between[1] - 0.5, label: m.label }));
    layers.push(
      { data: { values: rules }, mark: { type: "rule", strokeDash: [5, 4], color: MUTED, strokeWidth: 1.5 }, encoding: { x: { ...x, field: "x" } } },
      {
        data: { values: rules },
        mark: { type: "text", align: "left", baseline: "top", dx: 4, dy: 4, fontSize: SMALL_SIZE, color: MUTED },
        encoding: { x: { ...x, field: "x" }, y: { value: 0 }, text: { field: "label" } },
      },
    );
  }
  if (model.gaps.length) {
    layers.push({
      data: { values: model.gaps },
      mark: { type: "text", angle: 270, align: "left", baseline: "middle", dy: 0, fontSize: SMALL_SIZE, color: MUTED },
      encoding: { x: { ...x, field: "year" }, y: { value: height - 6 }, text: { field: "label" } },
    });
  }
  layers.push(
    {
      data: { values: points },
      mark: { type: "line", color: INK, strokeWidth: 2.5 },
      encoding: { x: { ...x }, y, detail: { field: "period" } },
    },
    {
      data: { values: points },
      mark: { type: "point", filled: true, size: 110, stroke: INK, strokeWidth: 1.5, opacity: 1 },
      encoding: {
        x,
        y,
        color: { field: "zoneLabel", type: "nominal", scale: zoneScale(legend), legend: {} },
      },
    },
    // Score labels over a white halo, so the line passing behind never hides a digit.
    ...[{ stroke: "#ffffff", strokeWidth: 4, strokeJoin: "round" }, {}].map((halo) => ({
      data: { values: points },
      mark: { type: "text", baseline: "bottom", dy: -10, fontSize: LABEL_SIZE, fontWeight: "bold", color: INK, ...halo },
      encoding: { x, y, text: { field: "label" } },
    })),
    {
      data: { values: points },
      // Along the foot of the plot, under each year: never in the line's way.
      mark: { type: "text", baseline: "bottom", fontSize: SMALL_SIZE, color: MUTED, lineBreak: "\n" },
      encoding: { x, y: { field: "rankY", type: "quantitative", scale: null }, text: { field: "rankText" } },
    },
  );
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config,
    title: title(model, CONTENT_WIDTH),
    vconcat: [{ width, height, layer: layers }, footer(model, CONTENT_WIDTH, -Y_AXIS_OVERHANG)],
    spacing: 18,
  } as TopLevelSpec;
}

/** Names wider than this wrap onto more lines (the longest agency name takes two). */
const MAX_NAME_WIDTH = 330;

function listSpec(model: ListChart): TopLevelSpec {
  const bars = model.groups.flatMap((g) => g.bars);
  const names = bars.map((b) => wrapText(`${b.rank} ${b.name}`, LABEL_SIZE, MAX_NAME_WIDTH));
  const nameWidth = widest(names.flat(), LABEL_SIZE);
  const valueWidth = widest(bars.map((b) => b.value), LABEL_SIZE) + 8;
  const width = Math.max(220, Math.round(CONTENT_WIDTH - nameWidth - valueWidth - 12));
  const lines = Math.max(...names.map((n) => n.length));
  const step = 12 + lines * (LABEL_SIZE + 2);
  let row = 0;
  const view = (group: ListChart["groups"][number], index: number) => {
    const values = group.bars.map((b) => ({ ...b, key: String(row), nameText: names[row++]!.join("\n"), zoneLabel: model.legend.find((l) => l.zone === b.zone)!.label }));
    const y = { field: "key", type: "nominal", sort: null, axis: null } as const;
    const x = { field: "score", type: "quantitative", scale: { domain: [0, 100], nice: false } } as const;
    const last = index === model.groups.length - 1;
    // A group's heading starts at the chart's left edge, where the footer does.
    const heading = group.title
      ? [{ data: { values: [{ text: group.title }] }, mark: { type: "text", align: "left", baseline: "bottom", dy: -8, fontSize: LABEL_SIZE + 1, fontWeight: "bold", color: INK }, encoding: { x: { value: -nameWidth - 8 }, y: { value: 0 }, text: { field: "text" } } }]
      : [];
    return {
      width,
      height: { step },
      data: { values },
      layer: [
        {
          mark: { type: "bar", cornerRadiusEnd: 2, height: { band: 0.7 } },
          encoding: {
            y,
            x: { ...x, axis: last ? { title: model.axis.x, tickCount: 5, grid: true } : { title: null, labels: false, ticks: false, grid: true } },
            color: { field: "zoneLabel", type: "nominal", scale: zoneScale(model.legend), legend: {} },
          },
        },
        { mark: { type: "text", align: "left", baseline: "middle", dx: 5, fontSize: LABEL_SIZE, color: INK }, encoding: { y, x, text: { field: "value" } } },
        {
          mark: { type: "text", align: "right", baseline: "middle", fontSize: LABEL_SIZE, color: INK, lineBreak: "\n" },
          encoding: { y, x: { value: -8 }, text: { field: "nameText" } },
        },
        ...heading,
      ],
    };
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config,
    title: title(model, CONTENT_WIDTH),
    vconcat: [...model.groups.map(view), footer(model, CONTENT_WIDTH, -nameWidth - 8)],
    spacing: 16,
    resolve: { scale: { color: "shared" }, legend: { color: "shared" } },
  } as TopLevelSpec;
}

function compareSpec(model: CompareChart): TopLevelSpec {
  const years = [...new Set(model.bars.map((b) => b.year))].sort((a, b) => a - b);
  const count = model.series.length;
  const width = CONTENT_WIDTH - 60;
  const [yearPadding, barPadding] = [0.25, 0.08];
  const barWidth = ((width / years.length) * (1 - yearPadding) * (1 - barPadding)) / count;
  // Labels stand above the bars when they fit a bar's width, else they run up inside the bars.
  const upright = widest(model.bars.map((b) => b.label), SMALL_SIZE) + 4 <= barWidth;
  const values = model.bars.map((b) => ({ ...b, name: model.series[b.series]!, year: String(b.year) }));
  const x = { field: "year", type: "ordinal", sort: years.map(String), axis: { labelAngle: 0, title: model.axis.x }, scale: { paddingInner: yearPadding } } as const;
  const xOffset = { field: "name", type: "nominal", sort: model.series, scale: { paddingInner: barPadding } } as const;
  const y = { field: "score", type: "quantitative", scale: { domain: [0, 100], nice: false }, axis: scoreAxis(model.axis.y) } as const;
  const colour = {
    field: "name",
    type: "nominal",
    scale: { domain: model.series, range: SERIES_COLOURS.slice(0, count) },
    // One body a line: long names are never cut, they wrap within the chart's width.
    legend: { direction: "vertical", columns: 1 },
  } as const;
  const label = upright
    ? { mark: { type: "text", baseline: "bottom", dy: -3, fontSize: SMALL_SIZE, color: INK }, encoding: { x, xOffset, y, text: { field: "label" } } }
    : {
        mark: { type: "text", angle: 270, align: "right", baseline: "middle", dx: -5, fontSize: SMALL_SIZE, color: "#ffffff", fontWeight: "bold" },
        encoding: { x, xOffset, y, text: { field: "label" } },
      };
  const longest = widest(model.series, LABEL_SIZE);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: { ...config, legend: { ...config.legend, labelLimit: Math.max(longest + 4, CONTENT_WIDTH - 40) } },
    title: title(model, CONTENT_WIDTH),
    vconcat: [
      {
        width,
        height: 300,
        data: { values },
        layer: [{ mark: { type: "bar", cornerRadiusEnd: 2 }, encoding: { x, xOffset, y, color: colour } }, label],
      },
      footer(model, CONTENT_WIDTH, -Y_AXIS_OVERHANG),
    ],
    spacing: 18,
  } as TopLevelSpec;
}

export function chartSpec(model: ChartModel): TopLevelSpec {
  switch (model.kind) {
    case "trend":
      return trendSpec(model);
    case "list":
      return listSpec(model);
    case "compare":
      return compareSpec(model);
  }
}
