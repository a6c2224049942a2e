/**
 * Fixed facts about Ombudsman RI's assessment rounds, from /work/shared/domain.md §1 (which
 * cites the public reports): when each round's results were announced, and how each period
 * scored. Answers read them from here; no sentence carries a date or a weight of its own.
 */

/** When a round's results were announced: a day, or (2015-2019) only the months. */
export type Announcement =
  | { year: number; date: string }
  | { year: number; months: [number, number]; sameYear: true };

export const ANNOUNCEMENTS: readonly Announcement[] = [
  ...[2015, 2016, 2017, 2018, 2019].map((year) => ({ year, months: [11, 12] as [number, number], sameYear: true as const })),
  { year: 2021, date: "2021-12-29" },
  { year: 2022, date: "2022-12-22" },
  { year: 2023, date: "2023-12-14" },
  { year: 2024, date: "2024-11-14" },
  { year: 2025, date: "2026-01-29" },
];

/** Years without a round. */
export const NO_ROUND_YEARS: Readonly<Record<number, "covid">> = { 2020: "covid" };

/** A dimension of the score and its weight in percent. */
export interface Dimension {
  id: "input" | "proses" | "output" | "pengaduan" | "trust";
  weight: number | null;
}

/** How a period's scores were made: scores are comparable only within one period. */
export interface MethodPeriod {
  /** The method id of scales.json's programme years (domain/programmes.ts METHOD_OF_SCALE). */
  method: "ombudsman-standar" | "ombudsman-opini" | "ombudsman-maladministrasi";
  from: number;
  to: number;
  /** What the score measured. */
  basis: "standards" | "dimensions" | "dimensions-trust";
  /** The four dimensions' weights (2022-2024); 2025: the four together, then public trust. */
  dimensions: readonly Dimension[];
  /** 2025: the four dimensions together weigh this much, public trust the rest. */
  dimensionsTotal: number | null;
  /** The result's form: a colour zone, or an opinion with grades A-E. */
  result: "zone" | "opinion-zone" | "opinion";
}

export const METHOD_PERIODS: readonly MethodPeriod[] = [
  { method: "ombudsman-standar", from: 2015, to: 2021, basis: "standards", dimensions: [], dimensionsTotal: null, result: "zone" },
  {
    method: "ombudsman-opini",
    from: 2022,
    to: 2024,
    basis: "dimensions",
    dimensions: [
      { id: "input", weight: 21.85 },
      { id: "proses", weight: 32.37 },
      { id: "output", weight: 24.24 },
      { id: "pengaduan", weight: 21.54 },
    ],
    dimensionsTotal: null,
    result: "opinion-zone",
  },
  {
    method: "ombudsman-maladministrasi",
    from: 2025,
    to: 2025,
    basis: "dimensions-trust",
    dimensions: [
      { id: "input", weight: null },
      { id: "proses", weight: null },
      { id: "output", weight: null },
      { id: "pengaduan", weight: null },
      { id: "trust", weight: 30 },
    ],
    dimensionsTotal: 70,
    result: "opinion",
  },
];

export const announcementOf = (year: number) => ANNOUNCEMENTS.find((a) => a.year === year) ?? null;
export const methodPeriodOf = (year: number) => METHOD_PERIODS.find((p) => year >= p.from && year <= p.to) ?? null;
