import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile } from "vega-lite";
import type { ChartModel } from "./model.js";
import { outlineText } from "./outline.js";
import { chartSpec } from "./spec.js";
import { FONT_FAMILY, FONT_FILES, textWidth } from "./text.js";

/** Pixels per CSS pixel in the PNG: a 620-px-wide chart becomes about 1,300 px, what Telegram keeps of a photo. */
export const PNG_SCALE = 2;

// Vega measures text for its layout (axis labels, legends, bounds). Without a canvas it guesses
// 0.8 em a character; it is told the shipped font's real widths instead, so the PNG matches.
const metrics = (vega as unknown as { textMetrics: { width: (item: { fontSize?: number; fontWeight?: string | number }, text: string) => number } }).textMetrics;
metrics.width = (item, text) => {
  const value = text == null ? "" : String(text).trim();
  const weight = item.fontWeight;
  return textWidth(value, item.fontSize ?? 11, weight === "bold" || (typeof weight === "number" && weight >= 600));
};

/** Vega-Lite's warnings (a legend property merged...) are about our own specs, checked by the tests: not for stdout. */
const quiet = vega.logger(vega.Error);

/** A chart as SVG: Vega-Lite spec -> Vega view (no renderer, no DOM) -> SVG text. */
export async function chartSvg(model: ChartModel): Promise<string> {
  const { spec } = compile(chartSpec(model), { logger: quiet });
  const view = new vega.View(vega.parse(spec), { renderer: "none", logLevel: vega.Error });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** SVG to PNG with resvg: the text drawn as outlines of the shipped font (resvg's fonts are the same file, as a fallback). */
export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(outlineText(svg), {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: PNG_SCALE },
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

export async function renderChart(model: ChartModel): Promise<{ svg: string; png: Buffer }> {
  const svg = await chartSvg(model);
  return { svg, png: svgToPng(svg) };
}
