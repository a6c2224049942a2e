/**
 * Places on a card: an official rank comes from a source and nothing computed is set beside it.
 * Otherwise the places a body can still hold, worked out from the scores held and the ranks
 * sources state for other bodies: one place when the data pins it (complete data, or stated
 * places on both sides), a range when not. Synthetic rows: complete-province.csv (Gorontalo
 * 2024, all six kab/kota), partial-province.csv (Sulawesi Barat 2023, four of six scored, one
 * zone only), partial-province-rest.csv, rank-conflict.csv (Maluku Utara 2021). Expected values are read from db/data/results.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataVersion } from "../../src/store/data-version.js";
import { assessedCount, assessedInProvince, isFullRound } from "../../src/answer/coverage.js";
import { rankNationally, rankWithinProvince } from "../../src/answer/ranking.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { listBodies } from "../../src/answer/top.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { answerFixture, answerStore, expectKind, urlsOf, viewOf, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore("complete-province.csv", "partial-province.csv", "rank-conflict.csv");
});
afterAll(async () => store.cleanup());

const provinceRank = (code: string, year: number) => expectKind(rankOf(store.catalog, code, year, "province"), "rank").province;
const nationalRank = (code: string, year: number) => rankNationally(store.catalog, viewOf(store.catalog, code, year));

describe("official ranks", () => {
  it("come from a source, and no computed place is set beside them", () => {
    // Lampung Utara 2021: the report says 4th in Lampung and 32nd of the kabupaten.
    const a = expectKind(rankOf(store.catalog, "18.03", 2021), "rank");
    expect(a.province.official).toMatchObject({ value: 4, derived: false });
    expect(a.province.official?.sources).toHaveLength(1);
    expect(a.national.official?.value).toBe(32);
    expect(a.province.computed).toBeNull();
    expect(a.national.computed).toBeNull();
  });

  it("are absent when no source states one, even if the computed place is complete", () => {
    const rank = provinceRank("75.01", 2024);
    expect(rank.official).toBeNull();
    expect(rank.computed).toMatchObject({ from: 1, to: 1, complete: true });
  });

  it("stay official in a complete province: Pohuwato's stated 4th (synthetic)", () => {
    const rank = provinceRank("75.04", 2024);
    expect(rank.official?.value).toBe(4);
    expect(rank.computed).toBeNull();
  });

  it("a rank two sources give to two bodies says who shares it (Sumatera Selatan 2022: #3 for Muara Enim and OKU Timur)", () => {
    const oku = rankWithinProvince(store.catalog, viewOf(store.catalog, "16.08", 2022));
    expect(oku.official?.value).toBe(3);
    expect(oku.sharedWith.map((b) => b.name)).toEqual(["Kabupaten Muara Enim"]);
  });

  it("sources that differ on a body's rank: the one value not stated for another body (synthetic Maluku Utara 2021: Halmahera Utara 3rd or 2nd; Halmahera Selatan is 3rd)", () => {
    const utara = rankWithinProvince(store.catalog, viewOf(store.catalog, "82.03", 2021));
    expect(utara.official?.value).toBe(2);
    expect(utara.official?.conflicts.map((c) => c.value)).toEqual([3]);
    // Each value keeps its own source: 2 is the article's, 3 the list's.
    expect(utara.official?.sources.map((s) => s.url)).toEqual(["https://example.test/rapor/malut-2021-article"]);
    expect(utara.official?.conflicts[0]?.sources.map((s) => s.url)).toEqual(["https://example.test/rapor/malut-2021-list"]);
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "82.04", 2021)).official?.value).toBe(3);
  });
});

describe("a report that numbers the Pemprov among the kab/kota (read among the kab/kota only)", () => {
  // db/data/results.csv: goriau.com's Riau 2022 list puts Provinsi Riau 3rd, Rokan Hilir 4th,
  // Kampar 6th, Indragiri Hulu 11th, Pekanbaru 12th; riau1.com gives Pekanbaru 11th.
  it("a kab/kota after the Pemprov is one place higher, with the source's own number kept (Kampar: 6th in the list, 5th)", () => {
    const kampar = rankWithinProvince(store.catalog, viewOf(store.catalog, "14.01", 2022));
    expect(kampar.official).toMatchObject({ value: 5, conflicts: [] });
    expect(viewOf(store.catalog, "14.01", 2022).pemprovLists).toEqual([
      { source: expect.objectContaining({ url: expect.stringContaining("goriau.com") }), pemprovAt: 3, listedAt: 6 },
    ]);
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "14.07", 2022)).official?.value).toBe(3);
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "14.02", 2022)).official?.value).toBe(10);
    // Before the Pemprov: as the source numbers it.
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "14.08", 2022)).official?.value).toBe(2);
  });

  it("two reports that seemed to differ agree once the Pemprov is left out (Pekanbaru 2022: 12th in goriau.com's list, 11th per riau1.com)", () => {
    const view = viewOf(store.catalog, "14.71", 2022);
    expect(view.rankProvince).toMatchObject({ value: 11, conflicts: [] });
    const urls = urlsOf(view.rankProvince!.sources);
    expect(urls).toHaveLength(2);
    expect(urls).toEqual(expect.arrayContaining([expect.stringContaining("goriau.com"), expect.stringContaining("riau1.com")]));
    expect(view.caveats).not.toContainEqual({ kind: "conflict", field: "rank_province" });
  });

  it("the Pemprov gets no provincial rank, only where the list placed it (Jambi 2024: 10th; Banten 2022: 9th)", () => {
    for (const [code, year, at] of [["15", 2024, 10], ["36", 2022, 9], ["14", 2022, 3]] as const) {
      const view = viewOf(store.catalog, code, year);
      expect(view.rankProvince).toBeNull();
      expect(rankWithinProvince(store.catalog, view)).toEqual({ official: null, computed: null, sharedWith: [], among: null });
      expect(view.pemprovLists.map((l) => [l.pemprovAt, l.listedAt])).toEqual([[at, at]]);
    }
    // Tebo: 11th in porosjambimedia.com's list, after the Pemprov: 10th of Jambi's 11 kab/kota.
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "15.09", 2024)).official?.value).toBe(10);
  });
});

describe("a score that fits no place the stated ranks leave", () => {
  it("Bolaang Mongondow 2023 (97.5, telegrafnews.co) scores above Tuban, stated #1 of the kabupaten at 97.44: no place, the contradiction with an example", () => {
    const rank = nationalRank("71.01", 2023);
    expect(rank.official).toBeNull();
    expect(rank.computed).toBeNull();
    expect(rank.contradicts?.example).toMatchObject({ body: { code: "35.23" }, position: 1, score: { value: 97.44 } });
  });

  it("a body that fits its place has none (Kota Cimahi 2024)", () => {
    expect(nationalRank("32.77", 2024).contradicts).toBeUndefined();
  });
});

describe("a place worked out where none is stated", () => {
  it("never takes a stated place nor one its score rules out: Kemenag 2023 is 7-9 (KKP 6th at 88.86, Kemenkumham 10th at 83.81)", () => {
    const rank = nationalRank("KL.KEMENAG", 2023);
    expect(rank.official).toBeNull();
    expect(rank.computed).toMatchObject({ from: 7, to: 9, complete: false });
  });

  it("Kota Cimahi 2024 (96.13) sits after Dumai's stated 17th (96.44), before Depok's 30th (94.7) and six unranked kota above 94.7: 18-23", () => {
    expect(nationalRank("32.77", 2024).computed).toMatchObject({ from: 18, to: 23 });
  });

  it("a body known only by a stated rank has no computed place (Kota Bima 2021: 3rd)", () => {
    const rank = nationalRank("52.72", 2021);
    expect(rank.official?.value).toBe(3);
    expect(rank.computed).toBeNull();
  });
});

describe("a province where every kab/kota has a score (Gorontalo 2024, synthetic)", () => {
  it("is complete: one place each, of the number assessed", () => {
    expect(assessedInProvince(store.catalog, 2024, "75", null)).toBe(6);
    expect(provinceRank("75.01", 2024).computed).toEqual({ from: 1, to: 1, tied: false, outOf: 6, assessed: 6, complete: true });
    expect(provinceRank("75.71", 2024).computed).toEqual({ from: 6, to: 6, tied: false, outOf: 6, assessed: 6, complete: true });
  });

  it("equal scores share a place and say it is a tie (1, 2, 2, 4); neither is listed first as a fact", () => {
    expect(provinceRank("75.02", 2024).computed).toMatchObject({ from: 2, to: 2, tied: true });
    expect(provinceRank("75.03", 2024).computed).toMatchObject({ from: 2, to: 2, tied: true });
    const top = expectKind(listBodies(store.catalog, "top", { year: 2024, provinceCode: "75", category: null, zone: null, grade: null }, 2), "top");
    // A top 2 cannot cut the tie for 2nd: both come.
    expect(top.groups[0]!.entries.map((e) => e.place)).toEqual([
      { kind: "computed", position: 1, tied: false },
      { kind: "computed", position: 2, tied: true },
      { kind: "computed", position: 2, tied: true },
    ]);
    expect(top.groups[0]).toMatchObject({ withData: 6, assessed: 6, complete: true });
  });

  it("ranks kabupaten and kota together, and leaves out a Pemprov no source places among them", () => {
    const top = expectKind(listBodies(store.catalog, "list", { year: 2024, provinceCode: "75", category: null, zone: null, grade: null }), "list");
    expect(top.groups[0]!.entries.map((e) => e.view.body.category).sort()).toEqual(["kabupaten", "kabupaten", "kabupaten", "kabupaten", "kabupaten", "kota"]);
  });
});

describe("a province where only some kab/kota have a score (Sulawesi Barat 2023, synthetic)", () => {
  it("gives the places still possible: Mamasa (70) has two scores above and one below, of 6: 3-5", () => {
    expect(provinceRank("76.03", 2023).computed).toEqual({ from: 3, to: 5, tied: false, outOf: 4, assessed: 6, complete: false });
    const top = expectKind(listBodies(store.catalog, "top", { year: 2023, provinceCode: "76", category: null, zone: null, grade: null }), "top");
    expect(top.groups[0]).toMatchObject({ withData: 4, assessed: 6, complete: false });
  });

  it("a zone alone bounds a list's places (Majene, kuning so under 78, is below Pasangkayu's 80: 2-6) but gives the card no rank", () => {
    const a = expectKind(scoreOf(store.catalog, "76.05", 2023), "score");
    expect(a.view.zone?.value).toBe("kuning");
    expect(a.province.computed).toBeNull();
    const list = expectKind(listBodies(store.catalog, "list", { year: 2023, provinceCode: "76", category: null, zone: null, grade: null }), "list");
    expect(list.groups[0]!.entries.at(-1)).toMatchObject({ view: { body: { code: "76.05" } }, place: { kind: "range", from: 2, to: 6 } });
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
      expect(rank.computed).toEqual({ from: 4, to: 4, tied: false, outOf: 6, assessed: 6, complete: true });
      expect(expectKind(rankOf(catalog, "76.05", 2023), "rank").province.computed).toMatchObject({ from: 6, to: 6, complete: true });
    } finally {
      await partial.cleanup();
    }
  });
});

describe("national places (within the category)", () => {
  it("the 14 lembaga of 2022 are all held and all stated: BPS is the official 4th", () => {
    expect(assessedCount(store.catalog, 2022, "lembaga")).toBe(14);
    const a = expectKind(rankOf(store.catalog, "KL.BPS", 2022, "national"), "rank");
    expect(a.national.official?.value).toBe(4);
    expect(a.national.computed).toBeNull();
    expect(a.province).toEqual({ official: null, computed: null, sharedWith: [], among: null });
  });

  it("the kabupaten of 2024 are partial: outOf is the 100 with a score, of the 416 assessed", () => {
    const a = expectKind(rankOf(store.catalog, "75.01", 2024, "national"), "rank");
    // 100 kabupaten have a 2024 score in db/data/results.csv; the synthetic rows add Gorontalo's five.
    expect(a.national.computed).toMatchObject({ outOf: 105, assessed: 416, complete: false });
  });

  it("compare only bodies of the same category (a kota is not ranked among kabupaten)", () => {
    // 35 kota have a 2024 score in db/data/results.csv, plus the synthetic Kota Gorontalo.
    expect(expectKind(rankOf(store.catalog, "75.71", 2024), "rank").national.computed?.outOf).toBe(36);
  });
});

describe("rounds where completeness cannot be known", () => {
  it("2019 covered only part of the regions: every Jambi kab/kota has a score, the place is still a range of unknown end", () => {
    expect(isFullRound(store.catalog, 2019)).toBe(false);
    expect(provinceRank("15.09", 2019).computed).toMatchObject({ outOf: 11, assessed: null, complete: false, to: null });
  });

  it("2025 has no ranks: no place is worked out, nationally or in the province", () => {
    expect(isFullRound(store.catalog, 2025)).toBe(false);
    const a = expectKind(rankOf(store.catalog, "18.72", 2025), "rank");
    expect(a.national.computed).toBeNull();
    expect(a.province.computed).toBeNull();
  });

  it("the full rounds 2021-2024 are recognised", () => {
    expect([2021, 2022, 2023, 2024].map((y) => isFullRound(store.catalog, y))).toEqual([true, true, true, true]);
  });
});

describe("the province at the time of the assessment", () => {
  it("Kota Sorong 2021 is ranked in Papua Barat (complete, 13), 2024 in Papua Barat Daya (stated 1st)", () => {
    const r2021 = expectKind(rankOf(store.catalog, "96.71", 2021), "rank");
    expect(r2021.provinceCode).toBe("92");
    expect(r2021.province.computed).toEqual({ from: 1, to: 1, tied: false, outOf: 13, assessed: 13, complete: true });
    const r2024 = expectKind(rankOf(store.catalog, "96.71", 2024), "rank");
    expect(r2024.provinceCode).toBe("96");
    expect(r2024.province.official?.value).toBe(1);
  });
});

describe("provincial ranks kept per category", () => {
  it("Jawa Tengah 2023: the report ranks kabupaten and kota apart ('best kabupaten', 'best kota')", () => {
    const sukoharjo = rankWithinProvince(store.catalog, viewOf(store.catalog, "33.11", 2023));
    const magelang = rankWithinProvince(store.catalog, viewOf(store.catalog, "33.71", 2023));
    expect([sukoharjo.official?.value, sukoharjo.among]).toEqual([1, "kabupaten"]);
    expect([magelang.official?.value, magelang.among]).toEqual([1, "kota"]);
  });

  it("Jawa Timur 2021: Kota Malang's 2nd 'untuk kategori pemerintah kota' is among kota", () => {
    expect(rankWithinProvince(store.catalog, viewOf(store.catalog, "35.73", 2021)).among).toBe("kota");
  });

  it("most provinces rank their kab/kota together (Jambi 2022's full list)", () => {
    const tebo = rankWithinProvince(store.catalog, viewOf(store.catalog, "15.09", 2022));
    expect([tebo.official?.value, tebo.among]).toEqual([1, null]);
  });
});
