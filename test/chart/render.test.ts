import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareBodies, listBodies, trendOf, type Catalog } from "../../src/answer/index.js";
import { loadCatalog } from "../../src/app/load.js";
import { chartOf } from "../../src/chart/from-answer.js";
import type { ChartModel } from "../../src/chart/model.js";
import { PNG_SCALE, renderChart } from "../../src/chart/render.js";
import { Translator, type Locale } from "../../src/present/i18n.js";
import { tempStore } from "../helpers/temp-store.js";
import { shippedResults } from "./shipped-results.js";

/** Every text of an SVG, one per <text> element, its lines (tspans) joined by spaces, entities decoded. */
export function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
  return [...svg.matchAll(/<text\b[^>]*?(?:\/>|>([\s\S]*?)<\/text>)/g)].map((m) => {
    const inner = m[1] ?? "";
    const lines = [...inner.matchAll(/<tspan\b[^>]*>([\s\S]*?)<\/tspan>/g)].map((t) => t[1]!);
    return decode((lines.length ? lines.join(" ") : inner).replace(/\s+/g, " ").trim());
  });
}

/** Pixels clearly not white, and dark pixels in the title's band (text drawn: resvg drops text it has no font for). */
function inspect(png: Buffer) {
  const image = PNG.sync.read(png);
  let ink = 0;
  let titleInk = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (Math.min(r, g, b) < 225) ink++;
      if (y < 60 * PNG_SCALE && r + g + b < 200) titleInk++;
    }
  }
  return { width: image.width, height: image.height, inkShare: ink / (image.width * image.height), titleInk };
}

/** Every text the model asks for, as the chart must show it, whole. */
function expectedTexts(model: ChartModel): string[] {
  const common = [model.title, ...(model.subtitle ? [model.subtitle] : []), ...model.notes, model.source];
  switch (model.kind) {
    case "trend":
      return [
        ...common,
        model.axis.x,
        model.axis.y,
        ...model.points.flatMap((p) => [p.label, String(p.year), ...p.ranks]),
        ...model.methodChanges.map((m) => m.label),
        ...model.gaps.map((g) => g.label),
        // The legend names at least the zones of the points (bands below the axis are left out).
        ...model.legend.filter((l) => model.points.some((p) => p.zone === l.zone)).map((l) => l.label),
      ];
    case "list":
      return [...common, model.axis.x, ...model.groups.flatMap((g) => [...(g.title ? [g.title] : []), ...g.bars.flatMap((b) => [`${b.rank} ${b.name}`, b.value])])];
    case "compare":
      return [...common, model.axis.x, model.axis.y, ...model.series, ...model.bars.flatMap((b) => [b.label, String(b.year)])];
  }
}

describe("charts: the SVG holds every text whole, the PNG is drawn with the shipped font", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let catalog: Catalog;
  const translator = new Translator();
  const ctx = (locale: Locale) => ({ locale, t: translator.forLocale(locale), catalog });
  const results = shippedResults();
  /** The body with the longest name among those with at least two scored years (and its code), from the data file. */
  const longestTrend = [...results.scoredYears].filter(([, years]) => years.size >= 2).sort(([a], [b]) => results.names.get(b)!.length - results.names.get(a)!.length)[0]!;
  /** The category and year whose scored bodies have the longest names: a list of them. */
  const longest = [...results.names].sort(([, a], [, b]) => b.length - a.length);

  beforeAll(async () => {
    store = await tempStore();
    catalog = await loadCatalog(store.db);
  });
  afterAll(async () => store.cleanup());

  const cases: { kind: string; model: (locale: Locale) => ChartModel | null; longName: string }[] = [
    {
      kind: "trend",
      model: (locale) => chartOf(ctx(locale), trendOf(catalog, longestTrend[0])),
      longName: results.names.get(longestTrend[0])!,
    },
    {
      // The longest name of all (an agency), in the list of its category and year.
      kind: "list",
      model: (locale) => {
        const [code] = longest.find(([c]) => results.scoredYears.has(c))!;
        const year = Math.max(...results.scoredYears.get(code)!);
        return chartOf(ctx(locale), listBodies(catalog, "list", { year, provinceCode: null, category: results.categories.get(code)!, zone: null, grade: null }, null));
      },
      longName: results.names.get(longest.find(([c]) => results.scoredYears.has(c))![0])!,
    },
    {
      // The three longest names with a score in one shared year.
      kind: "compare",
      model: (locale) => {
        const codes = longest.filter(([c]) => results.scoredYears.get(c)?.has(2023)).slice(0, 3).map(([c]) => c);
        return chartOf(ctx(locale), compareBodies(catalog, codes, 2023));
      },
      longName: results.names.get(longest.find(([c]) => results.scoredYears.get(c)?.has(2023))![0])!,
    },
  ];

  for (const { kind, model: build, longName } of cases) {
    for (const locale of ["id", "en"] as const) {
      it(`${kind} (${locale}): title, every label and the source line, long names uncut; a PNG of the right size with ink and text`, async () => {
        const model = build(locale);
        expect(model?.kind).toBe(kind);
        const { svg, png } = await renderChart(model!);
        const texts = svgTexts(svg);
        const all = texts.join(" ");
        for (const text of expectedTexts(model!)) expect(all).toContain(text);
        // A name is one text (wrapped onto lines at spaces, never cut with an ellipsis).
        expect(texts.some((t) => t.includes(longName))).toBe(true);
        expect(all).not.toContain("…");
        expect(all).toContain(locale === "id" ? "data Rapor" : "Rapor data");
        expect(svg).toContain('font-family="DejaVu Sans"');

        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const picture = inspect(png);
        expect(picture.width).toBeGreaterThanOrEqual(1000);
        expect(picture.width).toBeLessThanOrEqual(2000);
        expect(picture.height).toBeGreaterThanOrEqual(600);
        expect(picture.inkShare).toBeGreaterThan(0.03);
        expect(picture.titleInk).toBeGreaterThan(1000);
      });
    }
  }

  it("the trend's points are the scores of the data file, with the method change and the stated ranks", () => {
    const model = chartOf(ctx("id"), trendOf(catalog, "13.76"));
    if (model?.kind !== "trend") throw new Error(String(model?.kind));
    const expected = [...results.rows.filter((r) => r.entity_code === "13.76" && r.score !== "")].map((r) => [Number(r.year), Number(r.score)]);
    expect(model.points.map((p) => [p.year, p.score])).toEqual(expect.arrayContaining(expected));
    expect(model.points).toHaveLength(new Set(expected.map(([y]) => y)).size);
    expect(model.methodChanges.map((m) => m.between)).toContainEqual([2021, 2022]);
    const stated = results.rows.filter((r) => r.entity_code === "13.76" && r.rank_national !== "");
    for (const r of stated) expect(model.points.find((p) => p.year === Number(r.year))!.ranks).toContain(`#${r.rank_national} nas.`);
    // Zone bands from the scales: green from 81 in 2021, from 78 from 2022.
    expect(model.bands).toContainEqual(expect.objectContaining({ from: 2021, to: 2021, zone: "hijau", min: 81 }));
    expect(model.bands).toContainEqual(expect.objectContaining({ from: 2022, zone: "hijau", min: 78 }));
  });
});
