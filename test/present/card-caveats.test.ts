/**
 * The caveats of a card say where a value came from (review 2026-12-02 items 8 and 9), on the shipped data:
 * a 2025 grade read from the opinion's wording is not "derived from the score", and a note naming another
 * printed figure is shown with the note.
 */
import { describe, expect, it } from "vitest";
import { scoreOf } from "../../src/answer/score.js";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { render } = shipped;

describe("2025 rows with an opinion's wording and no score", () => {
  // results.csv: Kota Batam 2025 "Kualitas Sedang Tanpa Maladministrasi", Kemenkeu and Provinsi Jambi 2025
  // "Kualitas Tertinggi Tanpa Maladministrasi", none with a score.
  it.each([["21.71", "Kategori C"], ["KL.KEMENKEU", "Kategori A"], ["15", "Kategori A"]])("%s: the grade is read from the wording, not from a score", (code, grade) => {
    const card = render(scoreOf(shipped.catalog, code, 2025));
    expect(card).toContain(grade);
    expect(card).toContain("Tanpa Maladministrasi");
    expect(card).toContain("dibaca dari bunyi opini");
    expect(card).not.toContain("diturunkan dari nilai");
    // The score bounds' doubt concerns classifying a score: there is none here.
    expect(card).not.toContain("Batas skala tahun 2025");
  });

  it("the heading names the 2025 round as Ombudsman's Opinion, not the compliance assessment of earlier years", () => {
    const card = render(scoreOf(shipped.catalog, "21.71", 2025));
    expect(card).toContain("Opini Ombudsman RI (Penilaian Maladministrasi");
    expect(card).not.toContain("Penilaian Kepatuhan Pelayanan Publik");
    expect(render(scoreOf(shipped.catalog, "21.71", 2024))).toContain("Penilaian Kepatuhan Pelayanan Publik");
  });

  it("in English too", () => {
    const card = render(scoreOf(shipped.catalog, "15", 2025), "en");
    expect(card).toContain("read from the opinion's wording");
    expect(card).not.toContain("derived from the score");
  });

  it("a grade that really is derived from a score still says so (Lebong 2022, 84.23, no grade stated)", () => {
    expect(render(scoreOf(shipped.catalog, "17.07", 2022))).toContain("Kategori tidak disebut sumber; diturunkan dari nilai");
  });
});

describe("a row's note naming another printed figure", () => {
  it("Lebong 2022: 84,23 with the note that the same article gives 82", () => {
    const card = render(scoreOf(shipped.catalog, "17.07", 2022));
    expect(card).toContain("Nilai: 84,23");
    expect(card).toContain("menyebut angka lain");
    expect(card).toContain("the same article also says the previous score was 82");
  });

  // results.csv: the same Bengkulu Ekspress note on Lebong's 2023 row (92) and its 2022 row (84.23, "2022 score
  // cited in 2023 article"): the 2023 report's "previous score" is 2022's, another figure for 2022 only.
  it("Lebong 2023: the previous year's 82 is no other figure for the 2023 result", () => {
    const card = render(scoreOf(shipped.catalog, "17.07", 2023));
    expect(card).toContain("Nilai: 92,00");
    expect(card).not.toContain("menyebut angka lain");
    expect(card).not.toContain("previous score was 82");
  });

  it("an earlier round's figure the note dates to another year is no warning (Penajam Paser Utara 2023: 55.18, 'probably the 2022 score')", () => {
    const card = render(scoreOf(shipped.catalog, "64.09", 2023));
    expect(card).toContain("Nilai: 86,58");
    expect(card).not.toContain("menyebut angka lain");
  });

  it("Bali 2022: 94,01 with the note of tribunnews' 54,01", () => {
    const card = render(scoreOf(shipped.catalog, "51", 2022), "en");
    expect(card).toContain("names another figure");
    expect(card).toContain("tribunnews printed 54,01");
  });

  it("a note naming the figure shown is no warning (Batam 2021: 'hariankepri gives 69.86', the score shown)", () => {
    const card = render(scoreOf(shipped.catalog, "21.71", 2021));
    expect(card).toContain("Nilai: 69,86");
    expect(card).not.toContain("menyebut angka lain");
  });

  it("a conflict note is quoted, so the card says what differs (Kota Palu 2023: hijau, 86.07)", () => {
    const card = render(scoreOf(shipped.catalog, "72.71", 2023));
    expect(card).toContain("Laporan lain memberi angka atau status yang berbeda");
    expect(card).toContain("conflicts with 2021 list: kuning");
  });

  it("a CONFLICT note between rows is said once, by the rows (Banggai 2023: 87,14 vs 82,79)", () => {
    const card = render(scoreOf(shipped.catalog, "72.01", 2023));
    expect(card).toContain("82,79");
    expect(card).not.toContain("menyebut angka lain");
  });
});

describe("a compiler's caution", () => {
  // results.csv: Kota Jayapura 2017, zona hijau with no score, note "... CAUTION: same article also says Pemkot
  // overall moved from merah (2016) to kuning (2017)"; Kabupaten Sumbawa 2022, 74.08, "... treat with caution".
  it("is quoted, and on a card without a score doubts the result, not 'this figure' (Kota Jayapura 2017)", () => {
    const card = shipped.render(scoreOf(shipped.catalog, "91.71", 2017));
    expect(card).not.toContain("Nilai:");
    expect(card).toContain("Penyusun data meragukan hasil ini");
    expect(card).not.toContain("meragukan angka ini");
    expect(card).toContain("CAUTION: same article also says Pemkot overall moved from merah (2016) to kuning (2017)");
    expect(shipped.render(scoreOf(shipped.catalog, "91.71", 2017), "en")).toContain("doubts this result");
  });

  it("with a score it doubts the figure, and the note says why (Kabupaten Sumbawa 2022)", () => {
    const card = shipped.render(scoreOf(shipped.catalog, "52.04", 2022));
    expect(card).toContain("Nilai: 74,08");
    expect(card).toContain("Penyusun data meragukan angka ini");
    expect(card).toContain("presumably Kabupaten Sumbawa (typo); treat with caution");
  });
});

describe("a grade no source gives", () => {
  // results.csv: Provinsi Aceh 2024 is zona hijau with no score, grade or opinion; 2021's scale has no grades.
  it("is said on a year with grades (Provinsi Aceh 2024: Zona Hijau only)", () => {
    const card = shipped.render(scoreOf(shipped.catalog, "11", 2024));
    expect(card).toContain("Zona Hijau");
    expect(card).not.toMatch(/Kategori [A-E]\b/);
    expect(card).toContain("Kategori (A–E) hasil ini tidak disebut sumber");
    expect(shipped.render(scoreOf(shipped.catalog, "11", 2024), "en")).toContain("No source gives this result's grade");
  });

  it("is not said where a grade is derived (Lebong 2022) nor in a year without grades (Kota Batam 2021)", () => {
    expect(shipped.render(scoreOf(shipped.catalog, "17.07", 2022))).not.toContain("Kategori (A–E) hasil ini tidak disebut");
    expect(shipped.render(scoreOf(shipped.catalog, "21.71", 2021))).not.toContain("Kategori (A–E) hasil ini tidak disebut");
  });
});
