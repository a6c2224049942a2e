/**
 * A score looked up on the scale (review 2026-12-02 item 10), from the shipped scales.json: 2022-2024 A is
 * 88-100; 2021 hijau is 81-100 and kuning 51-80.99; 2025 has no official zones.
 */
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { ask } = shipped;

describe("a score on the scale", () => {
  it("88 in 2023 is Kategori A, the band's lower bound included", () => {
    const q = parseQuestion("nilai 88 tahun 2023 masuk kategori apa", shipped.gazetteer);
    expect([q.intent, q.scoreAsked, q.year]).toEqual(["explain", 88, 2023]);
    const reply = ask("nilai 88 tahun 2023 masuk kategori apa");
    expect(reply).toContain("2023: 88 – 100 · Kategori A");
    expect(reply).not.toContain("Kategori B");
  });

  it("77,99 in 2023 is C, not B", () => {
    expect(ask("skor 77,99 zona apa 2023")).toContain("54 – 77,99 · Kategori C");
  });

  it("is 80 a green zone score in 2021? No: yellow (51-80.99)", () => {
    const reply = ask("is 80 a green zone score in 2021?", "en");
    expect(reply).toContain("No: in 2021 a score of 80 is 🟡 yellow zone");
    expect(reply).toContain("51 – 80.99");
  });

  it("81 is green in every year with zones, and 2025 says it has none", () => {
    const reply = ask("apakah nilai 81 zona hijau?");
    expect(reply).toContain("✅ Ya: pada 2015–2019, 2021");
    expect(reply).toContain("✅ Ya: pada 2022–2024");
    expect(reply).toContain("2025: zona warna tidak lagi dipakai resmi");
    expect(reply).not.toContain("❌");
  });

  it("a ranking size or a place is no score; a body named asks for its card", () => {
    expect(parseQuestion("5 besar kota 2022", shipped.gazetteer).scoreAsked).toBeNull();
    expect(parseQuestion("peringkat 3 di jambi 2022", shipped.gazetteer).scoreAsked).toBeNull();
    expect(parseQuestion("nilai tebo 2022", shipped.gazetteer).scoreAsked).toBeNull();
    // A bare number asks nothing of the scale.
    expect(parseQuestion("88", shipped.gazetteer).scoreAsked).toBeNull();
  });
});

describe("a share of a count", () => {
  it("2023: 414 green of the 586 assessed (aggregates.csv) is 70,6%, worked out from the official counts", () => {
    expect(parseQuestion("berapa persen instansi zona hijau 2023", shipped.gazetteer).percent).toBe(true);
    const reply = ask("berapa persen instansi zona hijau 2023");
    expect(reply).toContain("Zona Hijau: 414 (70,6%)");
    expect(reply).toContain("dari jumlah resmi");
  });

  it("counted from rows, the base is the bodies whose zone the data holds, and the reply says it is partial", () => {
    const reply = ask("berapa persen kabupaten zona hijau di lampung 2021");
    expect(reply).toContain("yang zonanya ada di data Rapor");
    expect(reply).toContain("belum lengkap");
  });

  it("no share asked, no percentage", () => {
    expect(ask("berapa daerah zona hijau 2023")).not.toContain("%");
  });
});
