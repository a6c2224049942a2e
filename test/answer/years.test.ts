/**
 * Years and missing data: 2020 had no round, 2025 was a sample, the methods changed in
 * 2021->2022 and 2024->2025, no data is an answer and unknown codes never throw.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareBodies } from "../../src/answer/compare.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { statsFor } from "../../src/answer/stats.js";
import { listBodies } from "../../src/answer/top.js";
import { trendOf } from "../../src/answer/trend.js";
import { unitsOf } from "../../src/answer/units.js";
import { answerStore, caveatKinds, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

const noFilters = { year: null, provinceCode: null, category: null, zone: null, grade: null };

describe("2020: no assessment round (COVID)", () => {
  it("a body's 2020 result is a no-data answer that says there was no round, with the years that have data", () => {
    const a = expectKind(scoreOf(store.catalog, "18.03", 2020), "no-data");
    expect(a.body?.code).toBe("18.03");
    expect(a.year).toBe(2020);
    expect(a.caveats).toContainEqual({ kind: "no-assessment", year: 2020 });
    expect(a.availableYears).toEqual([2018, 2019, 2021, 2022, 2023, 2025]);
  });

  it("also for a rank, a list and the counts", () => {
    expect(expectKind(rankOf(store.catalog, "18.03", 2020), "no-data").caveats).toContainEqual({ kind: "no-assessment", year: 2020 });
    const list = expectKind(listBodies(store.catalog, "top", { ...noFilters, year: 2020, category: "kabupaten" }), "no-data");
    expect(list.caveats).toContainEqual({ kind: "no-assessment", year: 2020 });
    expect(list.availableYears).toContain(2021);
    expect(list.availableYears).not.toContain(2020);
    const stats = expectKind(statsFor(store.catalog, { year: 2020, category: null, provinceCode: null }), "no-data");
    expect(stats.caveats).toContainEqual({ kind: "no-assessment", year: 2020 });
    expect(stats.availableYears).toEqual(expect.arrayContaining([2021, 2022, 2023, 2024]));
  });

  it("a trend across it shows 2020 as a gap, and 2019->2021 as comparable (same method)", () => {
    const a = expectKind(trendOf(store.catalog, "36.71"), "trend"); // Kota Tangerang
    expect(a.gaps).toEqual([2020]);
    expect(a.points.map((p) => p.view.year)).toEqual([2019, 2021, 2022, 2023, 2024]);
    // 2021: 74 (Kompas, rounded) and 74.95 (voi.id), one report each; the change is from 2019's 92.52 to the one shown.
    const y2021 = a.points[1]!.view.score!;
    expect([y2021.value, ...y2021.conflicts.map((c) => c.value)].sort()).toEqual([74, 74.95]);
    expect(a.points[1]!.change).toMatchObject({ fromYear: 2019, fromScore: 92.52, delta: Math.round((y2021.value - 92.52) * 100) / 100, methodChanged: false });
    expect(a.caveats).toEqual([{ kind: "method-change", between: [2021, 2022] }]);
  });
});

describe("2025: a sampled round", () => {
  it("a 2025 result carries the sampled-year caveat", () => {
    const a = expectKind(scoreOf(store.catalog, "18.72", 2025), "score");
    expect(a.view.score?.value).toBe(84.43);
    expect(a.view.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
  });

  it("so do a 2025 list, 2025 counts and a comparison involving 2025", () => {
    const top = expectKind(listBodies(store.catalog, "top", { ...noFilters, year: 2025, category: "kota" }), "top");
    expect(top.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
    expect(top.groups[0]!.complete).toBe(false);
    const stats = expectKind(statsFor(store.catalog, { year: 2025, category: null, provinceCode: null }), "stats");
    expect(stats.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
    const cmp = expectKind(compareBodies(store.catalog, ["18.72", "18.03"], 2025), "compare");
    expect(cmp.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
  });

  it("earlier years are not flagged as sampled", () => {
    const a = expectKind(scoreOf(store.catalog, "18.72", 2024), "score");
    expect(caveatKinds(a.view.caveats)).not.toContain("sampled-year");
  });
});

describe("method changes (2021->2022, 2024->2025)", () => {
  it("a trend across both says so for each, and marks the changes that cross them", () => {
    const a = expectKind(trendOf(store.catalog, "18.72"), "trend"); // Kota Metro 2015 ... 2025
    expect(a.caveats).toEqual(
      expect.arrayContaining([
        { kind: "method-change", between: [2021, 2022] },
        { kind: "method-change", between: [2024, 2025] },
        { kind: "sampled-year", year: 2025 },
      ]),
    );
    const last = a.points.at(-1)!;
    expect(last.view.year).toBe(2025);
    expect(last.change).toMatchObject({ fromYear: 2024, fromScore: 97.21, methodChanged: true });
    const y2024 = a.points.find((p) => p.view.year === 2024)!;
    expect(y2024.change).toMatchObject({ fromYear: 2023, methodChanged: false });
    expect(a.gaps).toEqual([2020]);
  });

  it("a single year's change from the previous scored year says when the method changed", () => {
    expect(expectKind(scoreOf(store.catalog, "18.72", 2025), "score").change).toMatchObject({ fromYear: 2024, methodChanged: true });
    expect(expectKind(scoreOf(store.catalog, "13.76", 2022), "score").change).toMatchObject({ fromYear: 2021, methodChanged: true });
    expect(expectKind(scoreOf(store.catalog, "13.76", 2023), "score").change).toMatchObject({ fromYear: 2022, methodChanged: false });
  });

  it("a trend inside one method has no method-change caveat", () => {
    const a = expectKind(trendOf(store.catalog, "35.23"), "trend"); // Kabupaten Tuban 2022-2024
    expect(a.points.map((p) => [p.view.year, p.view.score?.value])).toEqual([[2022, 81.33], [2023, 97.44], [2024, 99.03]]);
    expect(a.caveats).toEqual([]);
    expect(a.points.map((p) => p.change?.methodChanged ?? null)).toEqual([null, false, false]);
  });

  it("a comparison without a year uses the latest year both have, not each one's latest", () => {
    // Kota Metro's latest year is 2025, Kota Payakumbuh's 2024: both have 2024 scores (97.21, 97.60).
    const a = expectKind(compareBodies(store.catalog, ["18.72", "13.76"]), "compare");
    expect(a).toMatchObject({ year: 2024, yearBasis: "common" });
    expect(a.items.map((i) => i.view?.score?.value)).toEqual([97.21, 97.6]);
    expect(caveatKinds(a.caveats)).not.toContain("method-change");
    // Lampung Utara (latest 2025) and Way Kanan (latest 2023): 2023, where both have a score.
    const lampura = expectKind(compareBodies(store.catalog, ["18.03", "18.08"]), "compare");
    expect(lampura.items.map((i) => [i.view?.year, i.view?.score?.value])).toEqual([[2023, 77.97], [2023, 80.13]]);
  });

  it("a comparison of bodies that share no year shows each one's latest and says the methods differ", () => {
    // Kota Yogyakarta has results for 2015 and 2025 only, Kota Payakumbuh for 2021-2024.
    const a = expectKind(compareBodies(store.catalog, ["34.71", "13.76"]), "compare");
    expect(a).toMatchObject({ year: null, yearBasis: "latest-each" });
    expect(a.items.map((i) => i.view?.year)).toEqual([2025, 2024]);
    expect(a.caveats).toContainEqual({ kind: "method-change", between: [2024, 2025] });
    const same = expectKind(compareBodies(store.catalog, ["17.07", "16.08"], 2023), "compare");
    expect(caveatKinds(same.caveats)).not.toContain("method-change");
    expect(same.items.map((i) => i.view?.score?.value)).toEqual([92, 94.39]);
  });
});

describe("without a year", () => {
  it("a body's score is its latest year with a result, offering the others", () => {
    const a = expectKind(scoreOf(store.catalog, "18.72"), "score");
    expect(a.view.year).toBe(2025);
    expect(a.otherYears).toEqual([2015, 2021, 2022, 2023, 2024]);
  });
});

describe("no data is an answer", () => {
  it("a year without a result: kind no-data, the body, and the years that have one", () => {
    const a = expectKind(scoreOf(store.catalog, "18.03", 2017), "no-data");
    expect(a).toMatchObject({ body: { code: "18.03", name: "Kabupaten Lampung Utara" }, year: 2017 });
    expect(a.availableYears).toEqual([2018, 2019, 2021, 2022, 2023, 2025]);
    expect(a.caveats).toEqual([]);
  });

  it("a body with no result at all: no-data with no years, not an exception", () => {
    const a = expectKind(scoreOf(store.catalog, "31.74"), "no-data");
    expect(a.body?.name).toBe("Kota Administrasi Jakarta Selatan");
    expect(a.availableYears).toEqual([]);
    expect(expectKind(trendOf(store.catalog, "31.74"), "no-data").body?.code).toBe("31.74");
  });

  it("a body-year known only as a note ('not assessed in 2022') says so", () => {
    const a = expectKind(scoreOf(store.catalog, "94.05", 2022), "no-data"); // Kabupaten Puncak
    expect(a.caveats).toEqual([{ kind: "note-only", note: expect.stringContaining("not assessed in 2022") }]);
  });

  it("a comparison keeps a body without data for that year, with its years", () => {
    const a = expectKind(compareBodies(store.catalog, ["18.03", "16.08"], 2017), "compare");
    expect(a.items.map((i) => i.view)).toEqual([null, null]);
    expect(a.items[0]!.availableYears).toContain(2021);
  });

  it("units: a year without unit results says so, with the years that have some", () => {
    const a = expectKind(unitsOf(store.catalog, "19.05", 2023), "no-units");
    expect(a.unitYears).toEqual([2017]);
    const none = expectKind(unitsOf(store.catalog, "18.03"), "no-units");
    expect(none.unitYears).toEqual([]);
  });

  it("a list for a province with no data at all is no-data, not an exception", () => {
    // Papua Tengah (95): no row in db/data/results.csv.
    const a = expectKind(listBodies(store.catalog, "top", { ...noFilters, provinceCode: "95" }), "no-data");
    expect(a.availableYears).toEqual([]);
  });
});

describe("unknown codes do not throw", () => {
  it.each(["99.99", "KL.NOPE", "", "18.03.01"])("%j", (code) => {
    const score = expectKind(scoreOf(store.catalog, code, 2023), "no-data");
    expect(score.body).toBeNull();
    expect(score.availableYears).toEqual([]);
    expect(expectKind(rankOf(store.catalog, code), "no-data").body).toBeNull();
    expect(expectKind(trendOf(store.catalog, code), "no-data").body).toBeNull();
    expect(expectKind(unitsOf(store.catalog, code), "no-data").body).toBeNull();
    const cmp = expectKind(compareBodies(store.catalog, [code, "18.03"], 2021), "compare");
    expect(cmp.items.map((i) => i.body.code)).toEqual(["18.03"]);
  });

  it("an unknown province or a year outside the data gives no-data", () => {
    expect(listBodies(store.catalog, "top", { ...noFilters, provinceCode: "00" }).kind).toBe("no-data");
    expect(listBodies(store.catalog, "list", { ...noFilters, year: 1999 }).kind).toBe("no-data");
    expect(statsFor(store.catalog, { year: 1999, category: null, provinceCode: null }).kind).toBe("no-data");
    expect(scoreOf(store.catalog, "18.03", 2031).kind).toBe("no-data");
  });
});
