import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBodies, trendOf, type Catalog } from "../../src/answer/index.js";
import { loadCatalog } from "../../src/app/load.js";
import { csvOf, neutralise } from "../../src/export/csv.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { Translator, type Locale } from "../../src/present/i18n.js";
import { shippedResults } from "../chart/shipped-results.js";
import { projectRoot } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";

const COLUMNS_ID = [
  "nama", "kode", "kategori", "provinsi", "tahun", "nilai", "sumber_nilai", "zona", "sumber_zona", "kategori_opini", "sumber_kategori", "opini",
  "peringkat_nasional_resmi", "sumber_peringkat_nasional", "peringkat_provinsi_resmi", "sumber_peringkat_provinsi",
  "urutan_nasional_dihitung_rapor", "urutan_provinsi_dihitung_rapor", "catatan",
];
const COLUMNS_EN = [
  "name", "code", "category", "province", "year", "score", "score_source", "zone", "zone_source", "grade", "grade_source", "opinion",
  "official_national_rank", "official_national_rank_source", "official_province_rank", "official_province_rank_source",
  "national_position_computed_by_rapor", "province_position_computed_by_rapor", "caveats",
];

describe("CSV export", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let catalog: Catalog;
  const translator = new Translator();
  const ctx = (locale: Locale) => ({ locale, t: translator.forLocale(locale), catalog });
  const shipped = shippedResults();
  const read = (content: Buffer) => parse(content.toString("utf8"), { bom: true }) as string[][];
  const records = (content: Buffer) => parse(content.toString("utf8"), { bom: true, columns: true }) as Record<string, string>[];

  beforeAll(async () => {
    store = await tempStore();
    const fixture = fs.readFileSync(path.join(projectRoot, "test/fixtures/export/formula-source.csv"), "utf8");
    await importResultsCsv(store.db, fixture, { origin: "formula-source.csv" });
    catalog = await loadCatalog(store.db);
  });
  afterAll(async () => store.cleanup());

  it("neutralises cells a spreadsheet would run as a formula, and only those", () => {
    for (const cell of ["=1+1", "+62 812", "-5", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(cell)).toBe(`'${cell}`);
    for (const cell of ["Kota Metro", "94.39", "https://example.org/a=b", "a-b", ""]) expect(neutralise(cell)).toBe(cell);
  });

  it("a trend: UTF-8 with a byte-order mark, the header in the user's language, one row per year, each figure with its source", () => {
    const en = csvOf(ctx("en"), trendOf(catalog, "13.76"), "Kota Payakumbuh over the years")!;
    expect(en.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(read(en.content)[0]).toEqual(COLUMNS_EN);
    const file = csvOf(ctx("id"), trendOf(catalog, "13.76"), "Kota Payakumbuh dari tahun ke tahun")!;
    expect(file.filename).toBe("kota-payakumbuh-dari-tahun-ke-tahun.csv");
    expect(read(file.content)[0]).toEqual(COLUMNS_ID);
    const rows = records(file.content);
    const expected = shipped.rows.filter((r) => r.entity_code === "13.76" && r.score !== "");
    expect(rows.map((r) => Number(r.tahun))).toEqual([...new Set(expected.map((r) => Number(r.year)))].sort((a, b) => a - b));
    expect(file.rows).toBe(rows.length);
    for (const r of expected) {
      const row = rows.find((x) => x.tahun === r.year)!;
      expect(row).toMatchObject({ nama: "Kota Payakumbuh", kode: "13.76", provinsi: "Provinsi Sumatera Barat" });
      expect(Number(row.nilai)).toBe(Number(r.score));
      if (r.source_url) expect(row.sumber_nilai).toContain(r.source_url);
      if (r.rank_national) {
        expect(row.peringkat_nasional_resmi).toBe(r.rank_national);
        expect(row.sumber_peringkat_nasional).toContain(r.source_url || r.note.split(/[;(]/)[0]!.trim());
      }
      // Rapor's own places are labelled as such, never put in the official columns, and never given beside a stated rank.
      if (r.rank_national) expect(row.urutan_nasional_dihitung_rapor).toBe("");
      else expect(row.urutan_nasional_dihitung_rapor).toMatch(/^(≥\d+|\d+(–\d+)?) dari \d+/);
    }
  });

  it("a list: every entry of every page, official and computed ranks apart", () => {
    const answer = listBodies(catalog, "list", { year: 2022, provinceCode: null, category: "kabupaten", zone: null, grade: null }, null);
    const file = csvOf(ctx("en"), answer, "List of regencies nationally · 2022")!;
    const rows = records(file.content);
    const codes = new Set(
      shipped.rows
        .filter((r) => r.year === "2022" && r.category === "kabupaten" && [r.score, r.zone, r.opinion, r.rank_national, r.rank_province].some((v) => v !== ""))
        .map((r) => r.entity_code),
    );
    expect(rows.length).toBe(codes.size);
    expect(new Set(rows.map((r) => r.code))).toEqual(codes);
    const stated = shipped.rows.find((r) => r.year === "2022" && r.category === "kabupaten" && r.rank_national !== "" && r.score !== "")!;
    expect(rows.find((r) => r.code === stated.entity_code)!.official_national_rank).toBe(stated.rank_national);
    expect(rows.filter((r) => r.national_position_computed_by_rapor !== "").every((r) => /partial data, not an official rank|complete data/.test(r.national_position_computed_by_rapor!))).toBe(true);
  });

  it("a source named like a formula is exported as text, not as a formula", () => {
    const file = csvOf(ctx("id"), trendOf(catalog, "18.72"), "Kota Metro dari tahun ke tahun")!;
    const rows = records(file.content);
    const row2018 = rows.find((r) => r.tahun === "2018")!;
    const row2019 = rows.find((r) => r.tahun === "2019")!;
    expect(row2018.nilai).toBe("72.5");
    expect(row2018.sumber_nilai).toBe("'=HYPERLINK");
    expect(row2019.sumber_nilai).toBe("'+62 812 synthetic test row");
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
