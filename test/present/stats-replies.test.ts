/**
 * Zone counts as the bot replies them (review 2 of 2026-12-02, items 8 and 9), on the shipped data: a zone
 * no source counts is said unstated, never implied 0, with what Rapor's data holds of it; a province's
 * count of one category names it. Expected values: aggregates.csv (2024 provinsi: 34 assessed, 28 green,
 * no yellow or red count) and results.csv (24 provinces with a zone in 2024, none red; NTT 2021: 13 of its
 * 21 kabupaten red, 8 yellow).
 */
import { describe, expect, it } from "vitest";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const { ask } = shippedAnswers();

describe("a zone count no source gives", () => {
  it("'how many provinces were in the red zone in 2024?': the red count is not stated, and the data's none is no zero", () => {
    const reply = ask("how many provinces were in the red zone in 2024?", "en");
    expect(reply).toContain("Assessed: 34");
    expect(reply).toContain("green zone (zona hijau): 28");
    expect(reply).not.toMatch(/red zone \(zona merah\): 0/);
    expect(reply).toContain("No source states how many provinces were in the red zone (zona merah) in 2024.");
    expect(reply).toContain("Rapor's data puts none of them in the red zone (zona merah), but it holds the zone of only 24 of 34: that does not mean zero.");
  });

  it("in Indonesian, and without a zone asked the zones left out are named", () => {
    expect(ask("berapa provinsi zona merah 2024")).toContain("Tidak ada sumber yang menyebut berapa provinsi di Zona Merah tahun 2024.");
    const all = ask("sebaran zona provinsi 2024");
    expect(all).toContain("Jumlah Zona Kuning dan Zona Merah tidak disebut sumber.");
    expect(all).not.toContain("Zona Merah: 0");
  });

  it("counts every source gives: nothing said unstated (2021 kota: 34, 61, 3)", () => {
    const reply = ask("berapa kota zona merah 2021");
    expect(reply).toContain("Zona Merah: 3");
    expect(reply).not.toContain("tidak disebut sumber");
  });
});

describe("a province's count of one category", () => {
  it("'ntt 2021 berapa kabupaten zona merah' is headed kabupaten, not kab/kota", () => {
    const reply = ask("ntt 2021 berapa kabupaten zona merah");
    expect(reply).toContain("Sebaran zona kabupaten se-Provinsi Nusa Tenggara Timur · 2021");
    expect(reply).toContain("Zona Merah: 13");
    expect(reply).toContain("Zona Kuning: 8");
    expect(ask("ntt 2021 berapa kabupaten zona merah", "en")).toContain("Zones of regencies (kabupaten) of Provinsi Nusa Tenggara Timur");
    expect(ask("berapa kab/kota zona merah ntt 2021")).toContain("Sebaran zona kabupaten/kota se-Provinsi Nusa Tenggara Timur");
  });
});
