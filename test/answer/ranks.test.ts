/**
 * An official rank comes from a source. A computed rank is complete only when the store holds
 * every assessed body of the category (and province) that year; otherwise it is "X of the N
 * with data". Synthetic rows: complete-province.csv (Gorontalo 2024, all six kab/kota),
 * partial-province.csv (Sulawesi Barat 2023, four of six scored), partial-province-rest.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataVersion } from "../../src/store/data-version.js";
import { assessedCount, assessedInProvince, isFullRound } from "../../src/answer/coverage.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { listBodies } from "../../src/answer/top.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { answerFixture, answerStore, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore("complete-province.csv", "partial-province.csv");
});
afterAll(async () => store.cleanup());

const provinceRank = (code: string, year: number) => expectKind(rankOf(store.catalog, code, year, "province"), "rank").province;

describe("official ranks", () => {
  it("come from a source and are never replaced by a computed one", () => {
    // Lampung Utara 2021: the report says 4th in Lampung and 32nd of the kabupaten.
    const a = expectKind(rankOf(store.catalog, "18.03", 2021), "rank");
    expect(a.province.official).toMatchObject({ value: 4, derived: false });
    expect(a.province.official?.sources).toHaveLength(1);
    expect(a.national.official?.value).toBe(32);
    expect(a.province.computed?.position).toBe(1); // 1st of the 1 with data: not the rank
    expect(a.province.computed?.complete).toBe(false);
  });

  it("are absent when no source states one, even if the computed rank is complete", () => {
    const rank = provinceRank("75.01", 2024);
    expect(rank.official).toBeNull();
    expect(rank.computed?.complete).toBe(true);
  });

  it("sit next to the computed one when both exist", () => {
    const rank = provinceRank("75.04", 2024);
    expect(rank.official?.value).toBe(4);
    expect(rank.computed).toMatchObject({ position: 4, complete: true });
  });
});

describe("a computed rank in a province where every kab/kota has a score (Gorontalo 2024)", () => {
  it("is complete: N is the number assessed", () => {
    expect(assessedInProvince(store.catalog, 2024, "75", null)).toBe(6);
    expect(provinceRank("75.01", 2024).computed).toEqual({ position: 1, outOf: 6, assessed: 6, complete: true });
    expect(provinceRank("75.71", 2024).computed).toEqual({ position: 6, outOf: 6, assessed: 6, complete: true });
  });

  it("shares a place between equal scores (1, 2, 2, 4)", () => {
    expect(provinceRank("75.02", 2024).computed?.position).toBe(2);
    expect(provinceRank("75.03", 2024).computed?.position).toBe(2);
    expect(provinceRank("75.04", 2024).computed?.position).toBe(4);
    const top = expectKind(listBodies(store.catalog, "top", { year: 2024, provinceCode: "75", category: null, zone: null, grade: null }, 6), "top");
    expect(top.groups[0]!.entries.map((e) => e.position)).toEqual([1, 2, 2, 4, 5, 6]);
    // Equal scores are listed by name.
    expect(top.groups[0]!.entries.slice(1, 3).map((e) => e.view.body.name)).toEqual(["Kabupaten Boalemo", "Kabupaten Bone Bolango"]);
    expect(top.groups[0]).toMatchObject({ withData: 6, assessed: 6, complete: true });
  });

  it("ranks kabupaten and kota together, and leaves the Pemprov out", () => {
    const top = expectKind(listBodies(store.catalog, "list", { year: 2024, provinceCode: "75", category: null, zone: null, grade: null }), "list");
    expect(top.groups[0]!.entries.map((e) => e.view.body.category).sort()).toEqual(["kabupaten", "kabupaten", "kabupaten", "kabupaten", "kabupaten", "kota"]);
  });
});

describe("a computed rank in a province where only some kab/kota have a score (Sulawesi Barat 2023)", () => {
  it("is 'X of the N with data': complete=false, outOf counts the scored bodies, assessed the real number", () => {
    expect(provinceRank("76.03", 2023).computed).toEqual({ position: 3, outOf: 4, assessed: 6, complete: false });
    const top = expectKind(listBodies(store.catalog, "top", { year: 2023, provinceCode: "76", category: null, zone: null, grade: null }), "top");
    expect(top.groups[0]).toMatchObject({ withData: 4, assessed: 6, complete: false });
  });

  it("is not computed for a body without a score", () => {
    const a = expectKind(scoreOf(store.catalog, "76.05", 2023), "score");
    expect(a.view.zone?.value).toBe("kuning");
    expect(a.province.computed).toBeNull();
    expect(a.national.computed).toBeNull();
  });

  it("becomes complete once the missing scores are imported (and the catalog knows it must reload)", async () => {
    const partial = await answerStore("partial-province.csv");
    try {
      expect(await readDataVersion(partial.db)).toBe(partial.catalog.version);
      await importResultsCsv(partial.db, answerFixture("partial-province-rest.csv"), { origin: "partial-province-rest.csv" });
      expect(await readDataVersion(partial.db)).toBe(partial.catalog.version + 1);
      const catalog = await partial.reload();
      const rank = expectKind(rankOf(catalog, "76.03", 2023, "province"), "rank").province;
      // Mamuju Tengah (90) now comes first: Mamasa is 4th of all 6.
      expect(rank.computed).toEqual({ position: 4, outOf: 6, assessed: 6, complete: true });
      expect(expectKind(rankOf(catalog, "76.05", 2023), "rank").province.computed).toMatchObject({ position: 6, complete: true });
    } finally {
      await partial.cleanup();
    }
  });
});

describe("national computed ranks (within the category)", () => {
  it("are complete for the 14 lembaga of 2022, which the store holds in full", () => {
    expect(assessedCount(store.catalog, 2022, "lembaga")).toBe(14);
    const a = expectKind(rankOf(store.catalog, "KL.BPS", 2022, "national"), "rank");
    expect(a.national.official?.value).toBe(4);
    expect(a.national.computed).toEqual({ position: 4, outOf: 14, assessed: 14, complete: true });
    expect(a.province).toEqual({ official: null, computed: null });
  });

  it("are partial for the kabupaten of 2024: outOf is the number with a score, assessed the 416", () => {
    const a = expectKind(rankOf(store.catalog, "75.01", 2024, "national"), "rank");
    const scored = (store.catalog.viewsByYear.get(2024) ?? []).filter((v) => v.body.category === "kabupaten" && v.score).length;
    expect(a.national.computed).toMatchObject({ outOf: scored, assessed: 416, complete: false });
    expect(scored).toBeLessThan(416);
  });

  it("compare only bodies of the same category (a kota is not ranked among kabupaten)", () => {
    const a = expectKind(rankOf(store.catalog, "75.71", 2024), "rank");
    const kota = (store.catalog.viewsByYear.get(2024) ?? []).filter((v) => v.body.category === "kota" && v.score).length;
    expect(a.national.computed?.outOf).toBe(kota);
  });
});

describe("rounds where completeness cannot be known", () => {
  it("2019 covered only part of the regions: every Jambi kab/kota has a score, the rank is still not complete", () => {
    expect(isFullRound(store.catalog, 2019)).toBe(false);
    const rank = provinceRank("15.09", 2019).computed;
    expect(rank).toMatchObject({ outOf: 11, assessed: null, complete: false });
  });

  it("2025 was a sample: no computed rank is complete", () => {
    expect(isFullRound(store.catalog, 2025)).toBe(false);
    const a = expectKind(rankOf(store.catalog, "18.72", 2025), "rank");
    expect(a.national.computed?.complete).toBe(false);
    expect(a.province.computed).toMatchObject({ assessed: null, complete: false });
  });

  it("the full rounds 2021-2024 are recognised", () => {
    expect([2021, 2022, 2023, 2024].map((y) => isFullRound(store.catalog, y))).toEqual([true, true, true, true]);
  });
});

describe("the province at the time of the assessment", () => {
  it("Kota Sorong 2021 is ranked in Papua Barat (complete 13), 2024 in Papua Barat Daya (complete 6)", () => {
    const r2021 = expectKind(rankOf(store.catalog, "96.71", 2021), "rank");
    expect(r2021.provinceCode).toBe("92");
    expect(r2021.province.computed).toEqual({ position: 1, outOf: 13, assessed: 13, complete: true });
    const r2024 = expectKind(rankOf(store.catalog, "96.71", 2024), "rank");
    expect(r2024.provinceCode).toBe("96");
    expect(r2024.province.computed).toEqual({ position: 1, outOf: 6, assessed: 6, complete: true });
  });
});
