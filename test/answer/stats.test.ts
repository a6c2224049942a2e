/**
 * Counts per zone: official aggregates where they exist (conflicts reported), else counted from
 * the rows held, saying how many of how many; an unknown count is null, never 0. The average
 * score of a list, worked out over the bodies with a score. Expected counts are read from
 * db/data/results.csv, never from the engine's filters.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { averageScore, statsFor } from "../../src/answer/stats.js";
import { answerQuery } from "../../src/answer/answer-query.js";
import type { Answer } from "../../src/answer/types.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { answerStore, caveatKinds, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

describe("official counts", () => {
  // aggregates.csv 2024 provinsi: 34 assessed, 28 green, no yellow or red count; results.csv holds a zone
  // (stated, or a score's) for 24 provinces in 2024, none red.
  it("a zone no source counts is null and said unstated, with what the rows hold of the zone asked (2024 provinsi, red)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2024, category: "provinsi", provinceCode: null, zone: "merah" }), "stats");
    expect(a.counts).toEqual({ assessed: 34, hijau: 28, kuning: null, merah: null });
    expect(a.unstated).toEqual({ zones: ["kuning", "merah"], held: { zone: "merah", count: 0, withZone: 24, agrees: false } });
    expect(expectKind(statsFor(store.catalog, { year: 2024, category: "provinsi", provinceCode: null }), "stats").unstated).toEqual({ zones: ["kuning", "merah"], held: null });
    // Every zone counted: nothing unstated (2021 kabupaten 103/226/87).
    expect(expectKind(statsFor(store.catalog, { year: 2021, category: "kabupaten", provinceCode: null, zone: "merah" }), "stats").unstated).toBeNull();
  });

  it("2021 kabupaten: the value most sources give (103 green), with its sources", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2021, category: "kabupaten", provinceCode: null }), "stats");
    expect(a.basis).toBe("aggregate");
    expect(a.counts).toEqual({ assessed: 416, hijau: 103, kuning: 226, merah: 87 });
    expect(a.sources).toHaveLength(2);
    expect(a.conflicts).toEqual([]);
  });

  it("report a source that gives other figures (2022 kota: 53/42/3 against 54/43/3)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2022, category: "kota", provinceCode: null }), "stats");
    expect(a.counts).toEqual({ assessed: 98, hijau: 53, kuning: 42, merah: 3 });
    expect(a.conflicts.map((c) => [c.field, c.value])).toEqual([
      ["hijau", 54],
      ["kuning", 43],
    ]);
    expect(a.conflicts[0]!.sources[0]!.url).toContain("mediacitranusantara");
  });

  it("2022 provinsi: 19 green (official releases), the outlet's 14 reported", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2022, category: "provinsi", provinceCode: null }), "stats");
    expect(a.counts.hijau).toBe(19);
    expect(a.conflicts).toContainEqual(expect.objectContaining({ field: "hijau", value: 14 }));
  });

  it("two sources giving the same figures are both cited, with no conflict (2024 total)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2024, category: null, provinceCode: null }), "stats");
    expect(a.counts).toEqual({ assessed: 587, hijau: 494, kuning: 70, merah: 23 });
    expect(a.sources).toHaveLength(2);
    expect(a.conflicts).toEqual([]);
  });

  it("a count no source gives stays null, not 0 (2024 kota: only the green count is known)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2024, category: "kota", provinceCode: null }), "stats");
    expect(a.counts).toEqual({ assessed: 98, hijau: 94, kuning: null, merah: null });
  });

  it("the default year is the latest with official zone counts (2024)", () => {
    const a = expectKind(statsFor(store.catalog, { year: null, category: null, provinceCode: null }), "stats");
    expect(a.year).toBe(2024);
    expect(a.basis).toBe("aggregate");
  });
});

describe("a province", () => {
  it("uses its official subtotal when there is one (Jawa Timur 2023: 36 green, 2 yellow of 38)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2023, category: null, provinceCode: "35" }), "stats");
    expect(a.basis).toBe("aggregate");
    expect(a.counts).toEqual({ assessed: 38, hijau: 36, kuning: 2, merah: null });
    expect(a.scope).toEqual({ category: "total", provinceCode: "35" });
  });

  it("never passes the subtotal of all kab/kota off as the count of one category", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2023, category: "kabupaten", provinceCode: "35" }), "stats");
    expect(a.basis).toBe("rows");
    expect(a.scope).toEqual({ category: "kabupaten", provinceCode: "35" });
    expect(a.expected).toBe(29);
    expect(a.counts.assessed).toBeNull();
  });

  it("without a subtotal, counts the rows held: Jambi 2022, every kab/kota, no partial caveat", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2022, category: null, provinceCode: "15" }), "stats");
    expect(a.basis).toBe("rows");
    expect(a.counts).toEqual({ assessed: null, hijau: 10, kuning: 1, merah: 0 });
    expect(a.grades).toEqual({ A: 3, B: 7, C: 1 });
    expect(a).toMatchObject({ withData: 11, expected: 11 });
    expect(caveatKinds(a.caveats)).not.toContain("partial-data");
  });

  it("says when the rows are partial (Lampung 2021: 6 of 15)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2021, category: null, provinceCode: "18" }), "stats");
    expect(a.basis).toBe("rows");
    expect(a).toMatchObject({ withData: 6, expected: 15 });
    expect(a.caveats).toContainEqual({ kind: "partial-data", withData: 6, assessed: 15 });
    expect(a.counts).toEqual({ assessed: null, hijau: 1, kuning: 5, merah: 0 });
  });

  it("defaults to the province's own latest year, not the latest year anywhere", () => {
    // Aceh's latest rows are 2024; other provinces have 2025 rows.
    const a = expectKind(statsFor(store.catalog, { year: null, category: null, provinceCode: "11" }), "stats");
    expect(a.year).toBe(2024);
    const sumbarKab = expectKind(statsFor(store.catalog, { year: null, category: "kabupaten", provinceCode: "13" }), "stats");
    expect(sumbarKab.year).toBe(2024);
  });

  it("a province with no rows at all is no-data", () => {
    expect(statsFor(store.catalog, { year: null, category: null, provinceCode: "95" }).kind).toBe("no-data");
    expect(statsFor(store.catalog, { year: 2023, category: null, provinceCode: "93" }).kind).toBe("no-data");
  });
});

describe("2025: no official zone counts, zones dropped", () => {
  it("counts grades from the rows, leaves the zones unknown (null, not 0) and says N of the 310 assessed", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2025, category: null, provinceCode: null }), "stats");
    expect(a.basis).toBe("rows");
    expect(a.counts).toEqual({ assessed: null, hijau: null, kuning: null, merah: null });
    expect(a.grades).not.toBeNull();
    // 62 bodies have a 2025 row, each with a score or an opinion (hence a grade).
    expect(a).toMatchObject({ withData: 62, expected: 310 });
    expect(a.caveats).toEqual(expect.arrayContaining([{ kind: "sampled-year", year: 2025 }, { kind: "partial-data", withData: 62, assessed: 310 }]));
  });
});

describe("the average score of a list", () => {
  const noFilters = { year: null, provinceCode: null, category: null, zone: null, grade: null };

  it("rata2 nilai kabupaten di sumsel 2023: 85.37 over all 13 kabupaten, each with a score (complete)", () => {
    // The 13 scores of db/data/results.csv: 94.95, 94.39, 91.72, 90.29, 88.62, 88.51, 85.81, 85.4, 84.85, 80.58, 76.21, 75.88, 72.63.
    const a = expectKind(averageScore(store.catalog, { ...noFilters, year: 2023, provinceCode: "16", category: "kabupaten" }), "average");
    expect(a.groups).toEqual([{ category: "kabupaten", value: 85.37, count: 13, assessed: 13, complete: true }]);
    expect(a.yearChosen).toBe(false);
    expect(a.sources.length).toBeGreaterThanOrEqual(1);
  });

  it("is partial when only some bodies have a score, and says over how many (Lampung 2021: Lampung Utara's 91, one of 15)", () => {
    const a = expectKind(averageScore(store.catalog, { ...noFilters, year: 2021, provinceCode: "18" }), "average");
    expect(a.groups).toEqual([{ category: null, value: 91, count: 1, assessed: 15, complete: false }]);
  });

  it("nationally without a category: one figure per category, never an average across ministries and regencies", () => {
    const a = expectKind(averageScore(store.catalog, { ...noFilters, year: 2022 }), "average");
    expect(a.groups.map((g) => g.category)).toEqual(["provinsi", "kabupaten", "kota", "kementerian", "lembaga"]);
    // 2022: 14 of 14 lembaga scored.
    expect(a.groups.find((g) => g.category === "lembaga")).toMatchObject({ count: 14, assessed: 14, complete: true });
  });

  it("without a year, the latest with a score for the filters, said so", () => {
    const a = expectKind(averageScore(store.catalog, { ...noFilters, provinceCode: "16", category: "kabupaten" }), "average");
    expect(a).toMatchObject({ yearChosen: true });
    expect(a.filters.year).toBeGreaterThanOrEqual(2023);
  });

  it("is reached from a parsed question with measure 'average'", () => {
    const reply = answerQuery(store.catalog, { ...emptyQuery("rata2 nilai kabupaten di sumsel 2023"), intent: "list", year: 2023, years: [2023], province: "16", category: "kabupaten", measure: "average" });
    expect(expectKind(reply as Answer, "average").groups[0]).toMatchObject({ value: 85.37, count: 13 });
  });
});
