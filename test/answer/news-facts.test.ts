/**
 * The facts news reports state (db/data/SOURCES.md), answered from the shipped data only.
 * Counts are read from db/data/results.csv, never from the engine's own filters.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OMBUDSMAN } from "../../src/domain/programmes.js";
import { explainScale } from "../../src/answer/explain.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { statsFor } from "../../src/answer/stats.js";
import { listBodies } from "../../src/answer/top.js";
import { trendOf } from "../../src/answer/trend.js";
import { unitsOf } from "../../src/answer/units.js";
import { answerQuery } from "../../src/answer/answer-query.js";
import type { Answer } from "../../src/answer/types.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { answerStore, caveatKinds, expectKind, urlsOf, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

const noFilters = { year: null, provinceCode: null, category: null, zone: null, grade: null };

describe("Kabupaten Lampung Utara (18.03) 2021", () => {
  it("scored 91, zona hijau, kepatuhan tinggi, ranked 4th in Lampung and 32nd nationally, both official", () => {
    const a = expectKind(scoreOf(store.catalog, "18.03", 2021), "score");
    expect(a.view.body.name).toBe("Kabupaten Lampung Utara");
    expect(a.view.programme).toBe(OMBUDSMAN);
    expect(a.view.score?.value).toBe(91);
    expect(a.view.zone).toMatchObject({ value: "hijau", derived: false });
    expect(a.view.predicate?.id).toBe("Kepatuhan Tinggi");
    expect(a.province.official?.value).toBe(4);
    expect(a.national.official?.value).toBe(32);
    expect(a.view.provinceCode).toBe("18");
  });

  it("a rank question asking for both gets both official ranks, and no computed place beside them", () => {
    const a = expectKind(rankOf(store.catalog, "18.03", 2021, "both"), "rank");
    expect(a.scope).toBe("both");
    expect(a.national.official?.value).toBe(32);
    expect(a.province.official?.value).toBe(4);
    expect([a.national.computed, a.province.computed]).toEqual([null, null]);
  });

  it("its computed neighbours are partial: 88 kabupaten have a 2021 score of the 416 assessed", () => {
    const list = expectKind(listBodies(store.catalog, "top", { ...noFilters, year: 2021, category: "kabupaten" }), "top");
    expect(list.groups[0]).toMatchObject({ withData: 88, assessed: 416, complete: false });
  });
});

describe("Kabupaten Lebong (17.07) 2023", () => {
  it("scored 92 (two reports: 92 and 92.00 are one value) and ranked 3rd in Bengkulu", () => {
    const a = expectKind(scoreOf(store.catalog, "17.07", 2023), "score");
    expect(a.view.score).toMatchObject({ value: 92, derived: false, conflicts: [] });
    expect(a.view.score?.sources).toHaveLength(2);
    expect(a.province.official?.value).toBe(3);
    expect(a.province.computed).toBeNull();
    expect(a.view.caveats.filter((c) => c.kind === "conflict")).toEqual([]);
  });
});

describe("Kabupaten Ogan Komering Ulu Timur (16.08) 2023", () => {
  it("scored 94.39, grade A (stated), zona hijau, 2nd in Sumatera Selatan", () => {
    const a = expectKind(scoreOf(store.catalog, "16.08", 2023), "score");
    expect(a.view.score?.value).toBe(94.39);
    expect(a.view.grade).toMatchObject({ value: "A", derived: false });
    expect(a.view.zone?.value).toBe("hijau");
    expect(a.view.predicate?.id).toBe("Opini Kualitas Tertinggi");
    expect(a.province.official?.value).toBe(2);
  });

  it("Sumatera Selatan 2023 is complete in the store (17 scored of 17): the places worked out agree with the stated 2nd", () => {
    const a = expectKind(rankOf(store.catalog, "16.08", 2023, "province"), "rank");
    expect(a.scope).toBe("province");
    expect(a.province.official?.value).toBe(2);
    const list = expectKind(listBodies(store.catalog, "list", { ...noFilters, year: 2023, provinceCode: "16" }), "list");
    const [group] = list.groups;
    expect(group).toMatchObject({ withData: 17, assessed: 17, complete: true });
    // Every other body has one place; none of them is the 2nd.
    const others = group!.entries.filter((e) => e.view.body.code !== "16.08").map((e) => e.place);
    expect(others.every((p) => p.kind === "computed" && p.position !== 2)).toBe(true);
    expect(group!.entries[0]!.view.body.name).toBe("Kabupaten Musi Rawas");
  });
});

describe("Kota Metro (18.72) 2023", () => {
  it("shows 80.85, the value two reports give, and reports the 80.58 of a third instead of hiding it", () => {
    const a = expectKind(scoreOf(store.catalog, "18.72", 2023), "score");
    expect(a.view.score?.value).toBe(80.85);
    expect(a.view.score?.sources).toHaveLength(2);
    expect(a.view.score?.conflicts).toEqual([
      { value: 80.58, decimals: 2, sources: [expect.objectContaining({ url: expect.stringContaining("radarlampung.disway.id") })] },
    ]);
    expect(a.view.caveats).toContainEqual({ kind: "conflict", field: "score" });
    expect(a.view.grade).toMatchObject({ value: "B", derived: false });
    expect(a.view.predicate?.id).toBe("Opini Kualitas Tinggi");
  });
});

describe("Kabupaten Bengkulu Selatan (17.01) 2024", () => {
  it("keeps both reports' scores, 95.57 and 95.27 (one source each: neither is the fact), and says they conflict", () => {
    const a = expectKind(scoreOf(store.catalog, "17.01", 2024), "score");
    const score = a.view.score!;
    expect([score.value, ...score.conflicts.map((c) => c.value)].sort()).toEqual([95.27, 95.57]);
    const radarkepahiang = score.value === 95.27 ? score.sources : score.conflicts[0]!.sources;
    expect(urlsOf(radarkepahiang)).toEqual([expect.stringContaining("radarkepahiang")]);
    expect(a.view.caveats).toContainEqual({ kind: "conflict", field: "score" });
    expect(a.province.official?.value).toBe(2);
    expect(a.change).toMatchObject({ fromYear: 2023, fromScore: 94.08, methodChanged: false });
  });
});

describe("Kabupaten Gorontalo Utara (75.05) 2023", () => {
  it("keeps the printed 'zona hijau, kategori D' at 76.24 and says both contradict the score's band", () => {
    const a = expectKind(scoreOf(store.catalog, "75.05", 2023), "score");
    expect(a.view.score?.value).toBe(76.24);
    expect(a.view.zone).toMatchObject({ value: "hijau", derived: false });
    expect(a.view.caveats).toContainEqual({ kind: "zone-contradicts-score", stated: "hijau", expected: "kuning" });
    expect(a.view.grade).toMatchObject({ value: "D", derived: false });
    expect(a.view.caveats).toContainEqual({ kind: "grade-contradicts-score", stated: "D", expected: "C" });
  });
});

describe("Jambi 2022", () => {
  it("top 5 kab/kota: Tebo, Batanghari, Kota Jambi, Tanjung Jabung Timur, Kerinci, as the report ranks them", () => {
    const a = expectKind(listBodies(store.catalog, "top", { ...noFilters, year: 2022, provinceCode: "15" }, 5), "top");
    expect(a.groups).toHaveLength(1);
    const [group] = a.groups;
    expect(group!.entries.map((e) => e.view.body.name)).toEqual([
      "Kabupaten Tebo",
      "Kabupaten Batanghari",
      "Kota Jambi",
      "Kabupaten Tanjung Jabung Timur",
      "Kabupaten Kerinci",
    ]);
    // The report lists all 11 in order: the places are its own.
    expect(group!.entries.map((e) => e.place)).toEqual([1, 2, 3, 4, 5].map((position) => ({ kind: "official", position, disputed: false })));
    expect(group!.entries[0]!.view.score?.value).toBe(92.5);
    expect(group).toMatchObject({ withData: 11, assessed: 11, complete: true });
  });
});

describe("Sumatera Barat 2022", () => {
  it("bottom: Kabupaten Pasaman Barat at 65.59, out of a complete list of 19", () => {
    const a = expectKind(listBodies(store.catalog, "bottom", { ...noFilters, year: 2022, provinceCode: "13" }, 1), "bottom");
    const [group] = a.groups;
    expect(group!.entries).toHaveLength(1);
    expect(group!.entries[0]!.view.body.name).toBe("Kabupaten Pasaman Barat");
    expect(group!.entries[0]!.view.score?.value).toBe(65.59);
    expect(group).toMatchObject({ withData: 19, assessed: 19, complete: true });
  });
});

describe("national counts", () => {
  it("2022: 64 bodies in the red zone (of 586)", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2022, category: null, provinceCode: null }), "stats");
    expect(a.basis).toBe("aggregate");
    expect(a.counts).toEqual({ assessed: 586, hijau: 272, kuning: 250, merah: 64 });
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it("2023: 414 bodies in the green zone", () => {
    const a = expectKind(statsFor(store.catalog, { year: 2023, category: null, provinceCode: null }), "stats");
    expect(a.counts.hijau).toBe(414);
    expect(a.counts.assessed).toBe(586);
  });
});

describe("Kota Payakumbuh (13.76) trend", () => {
  it("86.34 -> 89.45 -> 91.41 -> 97.6, with the 2021/2022 method change said", () => {
    const a = expectKind(trendOf(store.catalog, "13.76"), "trend");
    expect(a.points.map((p) => [p.view.year, p.view.score?.value])).toEqual([
      [2021, 86.34],
      [2022, 89.45],
      [2023, 91.41],
      [2024, 97.6],
    ]);
    expect(a.caveats).toContainEqual({ kind: "method-change", between: [2021, 2022] });
    expect(a.points.map((p) => p.change?.methodChanged ?? null)).toEqual([null, true, false, false]);
    expect(a.points[1]!.change).toMatchObject({ fromYear: 2021, fromScore: 86.34, delta: 3.11 });
    expect(a.points[3]!.change?.delta).toBe(6.19);
    expect(a.gaps).toEqual([]);
  });
});

describe("service units", () => {
  it("Kota Palembang 2025 includes RSUD Bari at 86.77", () => {
    const a = expectKind(unitsOf(store.catalog, "16.71", 2025), "units");
    expect(a.units.find((u) => u.name === "RSUD Bari")).toMatchObject({ kind: "rsud", score: 86.77, programme: OMBUDSMAN });
    expect(a.units.map((u) => u.score)).toEqual([...a.units.map((u) => u.score)].sort((x, y) => (y ?? -1) - (x ?? -1)));
  });

  it("Kabupaten Bangka Barat 2017: Disdukcapil 53.2, zona kuning", () => {
    const a = expectKind(unitsOf(store.catalog, "19.05", 2017, "dukcapil"), "units");
    expect(a.units).toHaveLength(1);
    expect(a.units[0]).toMatchObject({ kind: "dukcapil", score: 53.2, zone: "kuning", programme: OMBUDSMAN });
    expect(a.units[0]!.predicate?.id).toBe("Kepatuhan Sedang");
    expect(a.units[0]!.sources[0]?.url).toContain("pilarradio.com");
  });
});

describe("what the words mean", () => {
  it("zona kuning: 51-80.99 in 2021, 54-77.99 in 2022-2024 (2025 has no colour zones)", () => {
    const a = expectKind(explainScale(store.catalog, { zone: "kuning" }), "explain");
    const byYears = a.entries.map((e) => [e.years, e.band.min, e.band.max]);
    expect(byYears).toContainEqual([[2021], 51, 80.99]);
    expect(byYears).toContainEqual([[2022, 2023, 2024], 54, 77.99]);
    expect(a.entries.flatMap((e) => e.years)).not.toContain(2025);
    expect(a.entries.every((e) => e.programme === OMBUDSMAN && e.band.zone === "kuning")).toBe(true);
  });

  it("zona kuning in 2021 alone", () => {
    const a = expectKind(explainScale(store.catalog, { zone: "kuning", year: 2021 }), "explain");
    expect(a.entries.map((e) => [e.years, e.band.min, e.band.max, e.predicate.id])).toEqual([[[2021], 51, 80.99, "Kepatuhan Sedang"]]);
  });

  it("'kualitas tinggi' is grade B, 78-87.99, zona hijau (2022-2024), without a zone in 2025", () => {
    const a = expectKind(explainScale(store.catalog, { predicate: "kualitas tinggi" }), "explain");
    expect(a.entries).toHaveLength(2);
    expect(a.entries[0]).toMatchObject({ years: [2022, 2023, 2024], programme: OMBUDSMAN });
    expect(a.entries[0]!.band).toMatchObject({ grade: "B", zone: "hijau", min: 78, max: 87.99 });
    expect(a.entries[1]).toMatchObject({ years: [2025], programme: OMBUDSMAN });
    expect(a.entries[1]!.band).toMatchObject({ grade: "B", zone: null, min: 78, max: 87.99 });
    expect(a.entries[0]!.predicate).toEqual({ id: "Opini Kualitas Tinggi", en: "High quality" });
    expect(caveatKinds(a.caveats)).toContain("scale-uncertain");
  });
});

it("the engine's answers carry their sources' links", () => {
  const a = expectKind(scoreOf(store.catalog, "16.08", 2023), "score");
  expect(urlsOf(a.view.sources)).toEqual(
    expect.arrayContaining([expect.stringContaining("sumsel.antaranews.com"), expect.stringContaining("sumateraekspres")]),
  );
});

describe("ranks in answers (issue 9, §5)", () => {
  it("OKU Timur's trend shows the places its source states each year: 2nd in Sumatera Selatan 2021, 3rd 2022, 2nd 2023", () => {
    const a = expectKind(trendOf(store.catalog, "16.08"), "trend");
    expect(a.points.map((p) => [p.view.year, p.province.official?.value ?? null, p.province.among])).toEqual([
      [2021, 2, null],
      [2022, 3, null],
      [2023, 2, null],
    ]);
    // A trend states no place of its own making.
    expect(a.points.every((p) => p.province.computed === null && p.national.computed === null)).toBe(true);
    expect(urlsOf(a.points[0]!.view.sources)).toEqual([null]);
    expect(a.points[0]!.view.sources[0]!.note).toContain("sumeks.co, 5 Feb 2024");
  });

  it("brp nilai lampura 2021 dan peringkatnya di lampung sm nasional?: rankScope 'both' answers 4 in Lampung and 32 nationally", () => {
    const reply = answerQuery(store.catalog, {
      ...emptyQuery("brp nilai lampura 2021 dan peringkatnya di lampung sm nasional?"),
      intent: "rank",
      entities: [{ code: "18.03", name: "Kabupaten Lampung Utara" }],
      year: 2021,
      years: [2021],
      province: "18",
      rankScope: "both",
    });
    const a = expectKind(reply as Answer, "rank");
    expect(a.scope).toBe("both");
    expect([a.province.official?.value, a.national.official?.value]).toEqual([4, 32]);
    expect(a.view.score?.value).toBe(91);
  });
});
