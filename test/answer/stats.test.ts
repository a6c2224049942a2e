/**
 * Counts per zone: official aggregates where they exist (conflicts reported), else counted from
 * the rows held, saying how many of how many; an unknown count is null, never 0.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statsFor } from "../../src/answer/stats.js";
import { answerStore, caveatKinds, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

describe("official counts", () => {
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
    expect(a.expected).toBe(15);
    expect(a.caveats).toContainEqual({ kind: "partial-data", withData: a.withData!, assessed: 15 });
    expect(a.withData).toBeLessThan(15);
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
    expect(a.expected).toBe(310);
    expect(a.caveats).toEqual(
      expect.arrayContaining([{ kind: "sampled-year", year: 2025 }, { kind: "partial-data", withData: a.withData!, assessed: 310 }]),
    );
  });
});
