/**
 * What zones, grades and predicates mean (per year and programme), and service-unit results.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainScale } from "../../src/answer/explain.js";
import { unitsOf } from "../../src/answer/units.js";
import { KEMENPANRB_IPP, OMBUDSMAN } from "../../src/domain/programmes.js";
import { answerStore, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

const spans = (topic: Parameters<typeof explainScale>[1]) =>
  expectKind(explainScale(store.catalog, topic), "explain").entries.map((e) => [e.years, e.band.min, e.band.max]);

describe("explain", () => {
  it("zona kuning has three scales over the years: 2015-2019, 2021, 2022-2024 (no 2020; 2025 has no zones)", () => {
    const a = expectKind(explainScale(store.catalog, { zone: "kuning" }), "explain");
    expect(a.topic).toBe("kuning");
    expect(a.entries.map((e) => e.years)).toEqual([[2015, 2016, 2017, 2018, 2019], [2021], [2022, 2023, 2024]]);
    expect(a.entries.map((e) => [e.band.min, e.band.max])).toEqual([[51, 80], [51, 80.99], [54, 77.99]]);
    expect(a.entries.map((e) => e.predicate.id)).toEqual(["Kepatuhan Sedang", "Kepatuhan Sedang", "Opini Kualitas Sedang"]);
  });

  it("'kepatuhan tinggi' spans 2015-2021 in one entry (2020, without a round, does not break it)", () => {
    expect(spans({ predicate: "kepatuhan tinggi" })).toEqual([[[2015, 2016, 2017, 2018, 2019, 2021], 81, 100]]);
    expect(spans({ predicate: "Predikat Kepatuhan Tinggi" })).toEqual(spans({ predicate: "kepatuhan tinggi" }));
  });

  it("'kualitas tinggi' and 'Opini Kualitas Tinggi' and 'high quality' are the same band", () => {
    const expected = [[[2022, 2023, 2024], 78, 87.99], [[2025], 78, 87.99]];
    expect(spans({ predicate: "kualitas tinggi" })).toEqual(expected);
    expect(spans({ predicate: "Opini Kualitas Tinggi" })).toEqual(expected);
    expect(spans({ predicate: "high quality" })).toEqual(expected);
  });

  it("a grade letter is the Ombudsman grade: A is 88-100 (2022-2025), not the IPP's A", () => {
    const a = expectKind(explainScale(store.catalog, { grade: "A" }), "explain");
    expect(a.entries.map((e) => [e.years, e.programme, e.band.min, e.band.max, e.band.zone])).toEqual([
      [[2022, 2023, 2024], OMBUDSMAN, 88, 100, "hijau"],
      [[2025], OMBUDSMAN, 88, 100, null],
    ]);
  });

  it("the D/E bound and the 2025 scale carry their doubt", () => {
    const e = expectKind(explainScale(store.catalog, { grade: "E" }), "explain");
    expect(e.entries.map((x) => [x.band.min, x.band.max])).toContainEqual([0, 31.99]);
    expect(e.caveats).toContainEqual({ kind: "scale-uncertain", year: 2025, confidence: "medium" });
  });

  it("a year's whole scale: 2021 has three zones and no grades", () => {
    const a = expectKind(explainScale(store.catalog, { year: 2021 }), "explain");
    expect(a.entries.map((e) => [e.band.zone, e.band.grade, e.band.min, e.band.max])).toEqual([
      ["hijau", null, 81, 100],
      ["kuning", null, 51, 80.99],
      ["merah", null, 0, 50.99],
    ]);
  });

  it("the IPP's predicates name their programme and carry only that programme's caveats", () => {
    const a = expectKind(explainScale(store.catalog, { predicate: "pelayanan prima" }), "explain");
    expect(a.entries.map((e) => [e.programme, e.band.grade, e.band.min, e.band.max])).toEqual([[KEMENPANRB_IPP, "A", 4.51, 5]]);
    // The Ombudsman scales of the same years have medium-confidence notes: they are not this answer's.
    expect(a.caveats).toEqual([]);
  });

  it("'Baik (Dengan Catatan)' (IPP B-) is a predicate of its own, not 'Baik' (B)", () => {
    const withNotes = expectKind(explainScale(store.catalog, { predicate: "baik dengan catatan" }), "explain");
    expect(withNotes.entries.map((e) => [e.band.grade, e.predicate.id, e.band.min, e.band.max])).toEqual([["B-", "Baik (Dengan Catatan)", 3.01, 3.5]]);
    const baik = expectKind(explainScale(store.catalog, { predicate: "baik" }), "explain");
    expect(baik.entries.map((e) => e.band.grade)).toEqual(["B"]);
  });

  it("an unknown topic explains nothing, without throwing", () => {
    expect(expectKind(explainScale(store.catalog, { predicate: "luar biasa" }), "explain").entries).toEqual([]);
  });
});

describe("service units", () => {
  it("default to the body's latest year with unit results, sorted by score", () => {
    const a = expectKind(unitsOf(store.catalog, "16.71"), "units");
    expect(a.year).toBe(2025);
    expect(a.units.map((u) => [u.name, u.score])).toEqual([
      ["SMP Negeri 9 Palembang", 91.99],
      ["RSUD Bari", 86.77],
      ["Dinas Sosial", 85.94],
    ]);
    expect(a.units.every((u) => u.source.url?.startsWith("https://"))).toBe(true);
  });

  it("filter by unit kind", () => {
    const a = expectKind(unitsOf(store.catalog, "19.05", 2017), "units");
    expect(a.units.length).toBeGreaterThan(1);
    const dukcapil = expectKind(unitsOf(store.catalog, "19.05", 2017, "dukcapil"), "units");
    expect(dukcapil.unitKind).toBe("dukcapil");
    expect(dukcapil.units.map((u) => u.kind)).toEqual(["dukcapil"]);
    expect(expectKind(unitsOf(store.catalog, "19.05", 2017, "rsud"), "no-data").availableYears).toEqual([]);
  });

  it("name another programme when the units come from it (Kota Metro 2017, KemenPAN-RB IPP role models)", () => {
    const a = expectKind(unitsOf(store.catalog, "18.72", 2017), "units");
    expect(a.caveats).toEqual([{ kind: "other-programme", programme: KEMENPANRB_IPP }]);
    expect(a.units.every((u) => u.programme === KEMENPANRB_IPP && u.score === null)).toBe(true);
    expect(Object.fromEntries(a.units.map((u) => [u.grade, u.predicate?.id]))).toEqual({
      "A-": "Sangat Baik",
      B: "Baik",
      "B-": "Baik (Dengan Catatan)",
    });
  });
});
