/** Unit replies: what a unit's line says, and what a best-unit list without a year says about its year. Pinned from db/data/units.csv. */
import { describe, expect, it } from "vitest";
import { answerQuery } from "../../src/answer/answer-query.js";
import { unitsAcross, unitsOf } from "../../src/answer/units.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { render } = shipped;

describe("a unit's line", () => {
  it("ATR/BPN 2019, Kanwil Banten 81,50 'kuning' on the units' own scale: the predicate follows the stated zone, no English '(average)'", () => {
    const id = render(unitsOf(shipped.catalog, "KL.ATRBPN", 2019));
    expect(id).toContain("• Kantor Wilayah BPN Provinsi Banten: 81,50 · 🟡 Zona Kuning · Kepatuhan Sedang");
    expect(id).not.toContain("(average)");
    expect(id).not.toMatch(/Banten: 81,50 [^\n]*Kepatuhan Tinggi/);
    // The average is said in the reply's language instead.
    expect(id).toContain("rata-rata nilai unit layanan");
  });
});

describe("best units without a year", () => {
  it("RSUD: the newest year with scores (2025), said to be chosen, with the other years that have scores (2023, 2024)", () => {
    const id = render(unitsAcross(shipped.catalog, "rsud", "top", { year: null, provinceCode: null, programme: null }));
    expect(id).toContain("RSUD dengan nilai tertinggi se-Indonesia · 2025");
    expect(id).toContain("ℹ️ Tahun tidak disebut: yang diperiksa tahun 2025");
    expect(id).toContain("Tahun lain dengan nilai RSUD: 2023–2024");
    // RSUD Provinsi NTB's 96.60 (2024) is higher than any 2025 score, and is not mixed into the 2025 list.
    expect(id).not.toContain("96,60");
    const asked = render(unitsAcross(shipped.catalog, "rsud", "top", { year: 2024, provinceCode: null, programme: null }));
    expect(asked).toContain("96,60");
    expect(asked).not.toContain("Tahun tidak disebut");
  });
});

describe("a ministry's unit named after a region", () => {
  it("'polres kulon progo': Polri's Polres Kulon Progo (97.61, 2024), said not to be part of the region's score", () => {
    const query = { ...emptyQuery("polres kulon progo"), intent: "units" as const, entities: [{ code: "34.01", name: "Kabupaten Kulon Progo" }], unit: "polres" };
    const id = render(answerQuery(shipped.catalog, query));
    expect(id).toContain("🏢 Polres Kulon Progo");
    expect(id).toContain("2024 · Penilaian Kepatuhan Pelayanan Publik Ombudsman RI: 97,61");
    expect(id).toContain("bukan bagian dari nilai pemerintah daerah");
    expect(id).not.toContain("Belum ada nilai unit");
  });

  it("a region's own units without that kind still say so (Lebong has no Polres on record)", () => {
    const query = { ...emptyQuery("polres lebong"), intent: "units" as const, entities: [{ code: "17.07", name: "Kabupaten Lebong" }], unit: "polres" };
    expect(render(answerQuery(shipped.catalog, query))).toContain("Belum ada nilai unit layanan Polres untuk Kabupaten Lebong");
  });
});

describe("what a body has when the unit kind or the result asked is not on record (review 2026-12-02)", () => {
  const units = (text: string, code: string, name: string, year: number | null, unit: string | null) =>
    answerQuery(shipped.catalog, { ...emptyQuery(text), intent: "units" as const, entities: [{ code, name }], year, unit });
  const score = (text: string, code: string, name: string, year: number) =>
    answerQuery(shipped.catalog, { ...emptyQuery(text), intent: "score" as const, entities: [{ code, name }], year });

  it("Kota Jayapura has no land office in the data: said of that kind, with the kinds and years it has (db/data/units.csv: 2017, 2024)", () => {
    const reply = units("nilai kantor pertanahan kota jayapura 2022", "91.71", "Kota Jayapura", 2022, "pertanahan");
    const id = render(reply);
    expect(id).toContain("Belum ada nilai Kantor Pertanahan Kota Jayapura dalam Penilaian Kepatuhan Pelayanan Publik Ombudsman RI untuk tahun mana pun.");
    expect(id).toContain("Unit layanan Kota Jayapura yang ada di data Rapor: Dukcapil: 2017, 2024; Dinas Kesehatan: 2024; Puskesmas: 2024; DPMPTSP: 2017, 2024; Dinas Pendidikan: 2024; Dinas Sosial: 2024.");
    expect(id).not.toContain("Belum ada data unit layanan Kota Jayapura untuk tahun mana pun");
    const en = render(reply, "en");
    expect(en).toContain("Service units of Kota Jayapura in Rapor's data: Civil Registry (Dukcapil): 2017, 2024");
    expect(en).not.toContain("Rapor has no service-unit data for Kota Jayapura in any year");
  });

  it("Tangerang Selatan 2023 has no RSUD but six other units that year", () => {
    const id = render(units("nilai rsud tangerang selatan 2023", "36.74", "Kota Tangerang Selatan", 2023, "rsud"));
    expect(id).toContain("Belum ada nilai RSUD Kota Tangerang Selatan dalam Penilaian Kepatuhan Pelayanan Publik Ombudsman RI untuk tahun mana pun.");
    expect(id).toContain("Dukcapil: 2022–2023");
    expect(id).toContain("Puskesmas: 2022–2023");
  });

  it("ATR/BPN 2022: no result of its own, its 12 offices' scores instead of 'no data'", () => {
    const reply = score("BPN 2022 nilainya berapa", "KL.ATRBPN", "ATR/BPN", 2022);
    expect(reply.kind).toBe("units");
    const id = render(reply);
    expect(id).toContain("untuk tahun 2022 di data Rapor; yang tercatat adalah hasil unit layanannya");
    expect(id).toContain("sendiri tersedia untuk: 2018–2019");
    expect(id).toContain("• Kantor Pertanahan Kabupaten Karimun: 95,65");
    expect(id).toContain("• Kantor Pertanahan Kabupaten Maluku Tengah: 55,74");
    expect(id).not.toContain("Belum ada data Kementerian");
    expect(render(reply, "en")).toContain("for 2022; what it has are its service units' results (below)");
  });

  it("a rank asked of ATR/BPN 2022 gets its offices too; a year without either (2023) says which years have unit results", () => {
    const rank = answerQuery(shipped.catalog, { ...emptyQuery("peringkat bpn 2022"), intent: "rank" as const, entities: [{ code: "KL.ATRBPN", name: "ATR/BPN" }], year: 2022 });
    expect(render(rank)).toContain("• Kantor Pertanahan Kabupaten Karimun: 95,65");
    const none = score("nilai bpn 2023", "KL.ATRBPN", "ATR/BPN", 2023);
    expect(none.kind).toBe("no-data");
    // db/data/units.csv: KL.ATRBPN unit rows in 2019, 2021, 2022 and 2024; results.csv: 2018 and 2019.
    const rendered = shipped.rendered(none);
    expect(rendered.plain).toContain("Data yang tersedia: 2018–2019.");
    expect(rendered.plain).toContain("ada untuk: 2019, 2021–2022, 2024 — Penilaian Kepatuhan Pelayanan Publik Ombudsman RI.");
    expect(render(none, "en")).toContain("service units are available for: 2019, 2021–2022, 2024");
    expect(JSON.stringify(rendered.buttons)).toContain('"a":"units","code":"KL.ATRBPN"');
  });

  it("Kota Metro 2017: the KemenPAN-RB role models, the programme named, no Ombudsman button years", () => {
    const reply = score("nilai metro 2017", "18.72", "Kota Metro", 2017);
    const id = render(reply);
    expect(id).toContain("Evaluasi Pelayanan Publik KemenPAN-RB");
    expect(id).toContain("RSUD Ahmad Yani: Role Model Pelayanan Publik · Baik · Kategori B");
    expect(id).toContain("terpisah dari Penilaian Kepatuhan Ombudsman RI");
    expect(id).toContain("sendiri tersedia untuk: 2015, 2021–2025");
    expect(id).not.toContain("Belum ada data Kota Metro untuk tahun 2017");
  });

  it("Kota Metro 2023: no unit rows, the six units the source names (results.csv note)", () => {
    const id = render(units("unit apa saja yang dinilai di kota metro 2023", "18.72", "Kota Metro", 2023, null));
    expect(id).toContain("Unit yang dinilai tahun 2023 menurut sumber (tanpa nilai per unit): Disdukcapil, DPMPTSP, Dinas Sosial, Disdikbud, Puskesmas Iringmulyo, Puskesmas Yosodadi.");
    expect(id).toContain("Belum ada nilai unit layanan Kota Metro dalam Penilaian Kepatuhan Pelayanan Publik Ombudsman RI untuk tahun mana pun.");
    // Without a year, the note of any year: the latest result (2025) names no units.
    const anyYear = render(units("unit mana saja yang dinilai di kota metro", "18.72", "Kota Metro", null, null), "en");
    expect(anyYear).toContain("Units assessed in 2023 according to the source (no score per unit): Disdukcapil, DPMPTSP, Dinas Sosial, Disdikbud, Puskesmas Iringmulyo, Puskesmas Yosodadi.");
  });
});
