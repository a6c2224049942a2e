/**
 * What zones, grades and predicates mean (per year and programme), and service-unit results.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainScale } from "../../src/answer/explain.js";
import { scoreOf } from "../../src/answer/score.js";
import { UNIT_LIST_MAX, unitCard, unitsAcross, unitsInsteadOfResult, unitsOf } from "../../src/answer/units.js";
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

describe("service units of a body", () => {
  it("default to the body's latest year with unit results, sorted by score", () => {
    const a = expectKind(unitsOf(store.catalog, "16.71"), "units");
    expect(a.year).toBe(2025);
    expect(a.programme).toBe(OMBUDSMAN);
    expect(a.units.map((u) => [u.name, u.score])).toEqual([
      ["SMP Negeri 9 Palembang", 91.99],
      ["RSUD Bari", 86.77],
      ["Dinas Sosial", 85.94],
    ]);
    expect(a.units.every((u) => u.sources.every((s) => s.url?.startsWith("https://")))).toBe(true);
  });

  it("filter by unit kind; a kind the body never had is no-units, not no-data", () => {
    const a = expectKind(unitsOf(store.catalog, "19.05", 2017), "units");
    expect(a.units.length).toBeGreaterThan(1);
    const dukcapil = expectKind(unitsOf(store.catalog, "19.05", 2017, "dukcapil"), "units");
    expect(dukcapil.unitKind).toBe("dukcapil");
    expect(dukcapil.units.map((u) => u.kind)).toEqual(["dukcapil"]);
    expect(expectKind(unitsOf(store.catalog, "19.05", 2017, "rsud"), "no-units").unitYears).toEqual([]);
  });

  it("a body with a result but no unit rows that year: its own score and the unit years (OKU Timur 2023, Kota Metro 2024)", () => {
    const oku = expectKind(unitsOf(store.catalog, "16.08", 2023), "no-units");
    expect(oku.view?.score?.value).toBe(94.39);
    expect(oku.view?.year).toBe(2023);
    expect(oku.unitYears).toEqual([]);
    const metro = expectKind(unitsOf(store.catalog, "18.72", 2024), "no-units");
    expect(metro.view?.score?.value).toBe(97.21);
    expect(metro.unitYears).toEqual([]);
    // Kota Metro's 2017 units are KemenPAN-RB's: named apart, not counted as Ombudsman units.
    expect(metro.otherProgrammes).toEqual([{ programme: KEMENPANRB_IPP, years: [2017] }]);
  });

  it("a kind the body has no unit of: every kind it does have, with the years (Kota Jayapura, land office 2022)", () => {
    // db/data/units.csv: Kota Jayapura's rows are 2024 (7 units) and 2017 (Disdukcapil, DPMPTSP); no Kantor Pertanahan.
    const a = expectKind(unitsOf(store.catalog, "91.71", 2022, "pertanahan"), "no-units");
    expect(a.unitYears).toEqual([]);
    expect(Object.fromEntries(a.kinds.map((k) => [k.kind, k.years]))).toEqual({
      dukcapil: [2017, 2024],
      dpmptsp: [2017, 2024],
      kesehatan: [2024],
      pendidikan: [2024],
      sosial: [2024],
      puskesmas: [2024],
    });
    // Tangerang Selatan: six units in each of 2022 and 2023, none an RSUD.
    const tangsel = expectKind(unitsOf(store.catalog, "36.74", 2023, "rsud"), "no-units");
    expect(tangsel.kinds.map((k) => k.kind).sort()).toEqual(["dpmptsp", "dukcapil", "pendidikan", "puskesmas", "sosial"]);
    expect(tangsel.kinds.every((k) => k.years.join() === "2022,2023")).toBe(true);
  });

  it("units a source names without scores are given when there are no unit rows (Kota Metro 2023: six units sampled)", () => {
    const a = expectKind(unitsOf(store.catalog, "18.72", 2023), "no-units");
    expect(a.namedUnits.flatMap((n) => n.names)).toEqual(["Disdukcapil", "DPMPTSP", "Dinas Sosial", "Disdikbud", "Puskesmas Iringmulyo", "Puskesmas Yosodadi"]);
    expect(a.namedUnits.map((n) => n.year)).toEqual([2023]);
    expect(a.namedUnits[0]!.source.note).toContain("lampungpro.co");
    expect(expectKind(unitsOf(store.catalog, "18.72"), "no-units").namedUnits.map((n) => n.year)).toEqual([2023]);
    // A year whose sources list none: nothing named.
    expect(expectKind(unitsOf(store.catalog, "18.72", 2024), "no-units").namedUnits).toEqual([]);
    // Asked for one kind, the list still says which units were assessed.
    expect(expectKind(unitsOf(store.catalog, "18.72", 2023, "dukcapil"), "no-units").namedUnits[0]!.names).toContain("Disdukcapil");
  });

  it("a body with no result of its own that year but units then: the units (ATR/BPN 2022, Kota Metro's KemenPAN-RB units 2017)", () => {
    expectKind(scoreOf(store.catalog, "KL.ATRBPN", 2022), "no-data");
    const bpn = unitsInsteadOfResult(store.catalog, "KL.ATRBPN", 2022)!;
    expect(bpn.programme).toBe(OMBUDSMAN);
    // 12 rows of KL.ATRBPN for 2022 in db/data/units.csv, each its own office.
    expect(bpn.units).toHaveLength(12);
    expect(bpn.units.map((u) => [u.name, u.score]).slice(0, 2)).toEqual([["Kantor Pertanahan Kabupaten Karimun", 95.65], ["Kantor Pertanahan Kota Batam", 90.18]]);
    expect(bpn.ownResult).toEqual({ years: [2018, 2019] });
    const metro = unitsInsteadOfResult(store.catalog, "18.72", 2017)!;
    expect(metro.programme).toBe(KEMENPANRB_IPP);
    expect(metro.units.map((u) => u.name).sort()).toEqual(["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "RSUD Ahmad Yani"]);
    // No units that year either: nothing to give instead.
    expect(unitsInsteadOfResult(store.catalog, "KL.ATRBPN", 2023)).toBeNull();
  });

  it("no year and no unit rows of that kind: the body's latest result (Lampung Utara, DPMPTSP)", () => {
    const a = expectKind(unitsOf(store.catalog, "18.03", null, "dpmptsp"), "no-units");
    expect(a.year).toBeNull();
    expect(a.view?.year).toBe(2025);
    expect(a.view?.score?.value).toBe(78.86);
  });

  it("programmes are never mixed: Kota Metro 2017 has no Ombudsman units, three KemenPAN-RB role models", () => {
    expectKind(unitsOf(store.catalog, "18.72", 2017), "no-units");
    const a = expectKind(unitsOf(store.catalog, "18.72", 2017, null, KEMENPANRB_IPP), "units");
    expect(a.units.every((u) => u.programme === KEMENPANRB_IPP && u.score === null && u.roleModel)).toBe(true);
    expect(Object.fromEntries(a.units.map((u) => [u.grade, u.predicate?.id]))).toEqual({
      "A-": "Sangat Baik",
      B: "Baik",
      "B-": "Baik (Dengan Catatan)",
    });
  });

  it("one unit reported twice is one unit with both sources (Sleman 2023 DPMPTSP, with and without its abbreviation)", () => {
    const a = expectKind(unitsOf(store.catalog, "34.04", 2023, "dpmptsp"), "units");
    expect(a.units).toHaveLength(1);
    expect(a.units[0]).toMatchObject({ score: 95.57, scoreDecimals: 2 });
    expect(a.units[0]!.sources).toHaveLength(2);
  });

  it("sources merge field by field: Bangka Tengah 2022's Dinas Sosial has one report's score and both reports' zone", () => {
    const a = expectKind(unitsOf(store.catalog, "19.04", 2022, "sosial"), "units");
    const dinsos = a.units.find((u) => u.name === "Dinas Sosial dan Pemberdayaan Masyarakat Desa");
    expect(dinsos).toMatchObject({ score: 60.48, zone: "kuning" });
    expect(dinsos!.sources).toHaveLength(2);
  });
});

describe("units of one kind across bodies", () => {
  const filters = { year: null, provinceCode: null, programme: null };

  it("dukcapil terbaik 2024 se indonesia: Bojonegoro 98.47, then Kota Jayapura 96.39", () => {
    const a = unitsAcross(store.catalog, "dukcapil", "top", { ...filters, year: 2024 });
    expect(a.groups).toHaveLength(1);
    expect(a.groups[0]!.entries.map((e) => [e.position, e.body.code, e.unit.score])).toEqual([
      [1, "35.22", 98.47],
      [2, "91.71", 96.39],
    ]);
  });

  it("rsud paling tinggi, no year: the latest year with RSUD scores (2025), only that year's Ombudsman scores compared", () => {
    const a = unitsAcross(store.catalog, "rsud", "top", filters);
    expect(a.groups.map((g) => g.year)).toEqual([2025]);
    expect(a.groups[0]!.entries.map((e) => [e.unit.name, e.unit.score])).toEqual([
      ["RSUD KiSA (Khidmat Sehat Afiat)", 90.22],
      ["RSUD Bari", 86.77],
      ["RSUD Kota Yogyakarta", 84.17],
      ["RSUD Hasri Ainun Habibie", 84.11],
      ["RSUD Datoe Binangkang", 82.9],
      ["RSUD Panembahan Senopati", 81.63],
    ]);
    // NTB's 96.60 (2024) is higher but another year; Metro's RSUD Ahmad Yani is KemenPAN-RB's.
    expect(a.years).toEqual([2025, 2024, 2023]);
    const bottom = unitsAcross(store.catalog, "rsud", "bottom", filters, 1);
    expect(bottom.groups[0]!.entries.map((e) => e.unit.name)).toEqual(["RSUD Panembahan Senopati"]);
  });

  it("equal scores share a place (puskesmas 2024: Ingin Jaya and Darul Imarah, 95, both 5th)", () => {
    const a = unitsAcross(store.catalog, "puskesmas", "top", { ...filters, year: 2024 });
    expect(a.groups[0]!.entries.map((e) => [e.position, e.unit.name])).toEqual([
      [1, "Puskesmas Wonogiri"],
      [2, "Puskesmas Eromoko I"],
      [3, "Puskesmas Trucuk"],
      [4, "Puskesmas Bojonegoro"],
      [5, "Puskesmas Darul Imarah"],
      [5, "Puskesmas Ingin Jaya"],
      [7, "Puskesmas Abepura"],
      [8, "Puskesmas Jayapura Utara"],
    ]);
  });

  it("polres mana aja yg dinilai: every year, newest first, under the police's own body", () => {
    const a = unitsAcross(store.catalog, "polres", "list", filters);
    expect(a.groups.map((g) => [g.year, g.entries.map((e) => e.unit.name)])).toEqual([
      [2024, ["Polres Kulon Progo"]],
      [2022, ["Polresta Barelang", "Polres Karimun"]],
      [2021, ["Polres Morowali"]],
    ]);
    expect(a.groups.flatMap((g) => g.entries).every((e) => e.body.code === "KL.POLRI")).toBe(true);
  });

  it("nilai kantor pertanahan: a long list shows its newest years and keeps the others as years to ask", () => {
    const a = unitsAcross(store.catalog, "pertanahan", "list", filters);
    const shown = a.groups.reduce((n, g) => n + g.entries.length, 0);
    expect(shown).toBeLessThanOrEqual(UNIT_LIST_MAX);
    expect(a.groups[0]!.year).toBe(2024);
    expect(a.years).toContain(2019);
    // 2019's land offices have zones but no scores: listed without a place.
    const y2019 = unitsAcross(store.catalog, "pertanahan", "list", { ...filters, year: 2019 });
    expect(y2019.groups[0]!.entries.every((e) => e.position === null && e.unit.zone !== null)).toBe(true);
  });

  it("a kind with no scores that year says so, with the years that have some", () => {
    const a = unitsAcross(store.catalog, "dukcapil", "top", { ...filters, year: 2019 });
    expect(a.groups).toEqual([]);
    expect(a.years.length).toBeGreaterThan(0);
    expect(a.years).not.toContain(2019);
  });
});

describe("a unit by its own name", () => {
  it("puskesmas iringmulyo has no score; the report that names it is Kota Metro's 2023 one", () => {
    const a = unitCard(store.catalog, "puskesmas", "iringmulyo");
    expect(a.matches).toEqual([]);
    expect(a.mentions.map((m) => [m.view.body.code, m.view.year])).toEqual([["18.72", 2023]]);
    expect(a.mentions[0]!.sources.every((s) => /Iringmulyo/.test(s.note))).toBe(true);
  });

  it("rsud ahmad yani: KemenPAN-RB's role model, Baik (B), 2017", () => {
    const a = unitCard(store.catalog, "rsud", "ahmad yani");
    expect(a.matches.map((m) => [m.body.code, m.unit.year, m.unit.programme, m.unit.grade])).toEqual([["18.72", 2017, KEMENPANRB_IPP, "B"]]);
  });

  it("puskesmas koba: both years of Bangka Tengah's unit", () => {
    const a = unitCard(store.catalog, "puskesmas", "koba");
    expect(a.matches.map((m) => [m.unit.year, m.unit.score, m.unit.zone])).toEqual([
      [2023, 92.86, null],
      [2022, null, "kuning"],
    ]);
  });
});
