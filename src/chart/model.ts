import { createHash } from "node:crypto";
import type { Locale } from "../present/i18n.js";
import type { Zone } from "../store/schema.js";

/** The colour a figure is drawn in: its zone, or none (a zoneless year, a zone no source states). */
export type ZoneKey = Zone | "none";

/**
 * What a chart shows, with every text already in the user's language: plain data, so it can be
 * hashed (the file_id cache key), posted to a render worker and turned into a Vega-Lite spec there.
 */
interface ChartBase {
  locale: Locale;
  title: string;
  /** The programme, under the title. */
  subtitle: string | null;
  /** Footnotes above the source line: method changes, how ranks were worked out, missing data. */
  notes: string[];
  /** "Sumber: …, data Rapor". */
  source: string;
  /** A file name without its extension. */
  slug: string;
}

export interface TrendChart extends ChartBase {
  kind: "trend";
  axis: { x: string; y: string };
  points: { year: number; score: number; label: string; ranks: string[]; zone: ZoneKey }[];
  /** The zone bands of each period of one scale, shaded behind the line. */
  bands: { from: number; to: number; min: number; max: number; zone: ZoneKey; label: string }[];
  /** A dashed rule between the two years where the method changed. */
  methodChanges: { between: [number, number]; label: string }[];
  /** Years without an assessment round inside the span (2020). */
  gaps: { year: number; label: string }[];
  legend: { zone: ZoneKey; label: string }[];
}

export interface ListBar {
  /** "3." */
  rank: string;
  name: string;
  score: number;
  /** "94,39 A", with a stated official rank when it differs from the position. */
  value: string;
  zone: ZoneKey;
}

export interface ListChart extends ChartBase {
  kind: "list";
  axis: { x: string };
  groups: { title: string | null; bars: ListBar[] }[];
  legend: { zone: ZoneKey; label: string }[];
}

export interface CompareChart extends ChartBase {
  kind: "compare";
  axis: { x: string; y: string };
  /** The bodies, in the order asked. */
  series: string[];
  bars: { year: number; series: number; score: number; label: string }[];
}

export type ChartModel = TrendChart | ListChart | CompareChart;

/** Bump when the drawing changes (spec.ts, render.ts): charts cached as Telegram file_ids are then drawn anew. */
export const CHART_STYLE = 1;

/** The chart's identity for the file_id cache: its model (data and every text) and the drawing style. */
export function chartHash(model: ChartModel): string {
  return createHash("sha256").update(`${CHART_STYLE}\n${JSON.stringify(model)}`).digest("hex");
}
