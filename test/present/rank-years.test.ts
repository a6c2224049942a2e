/**
 * The year of a stated rank (review 2026-12-02 item 5): "lampung utara ranking 4 provinsi tahun brp?" is the
 * year whose row has that rank, never an unrelated year. Shipped data: results.csv gives Lampung Utara 2021
 * rank_national 32 and rank_province 4 (indopers.net), and no other stated rank.
 */
import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { ask } = shipped;

describe("which year a body had a stated rank", () => {
  it("rank 4 in the province: 2021, with its source; no 2025 card", () => {
    const q = parseQuestion("lampung utara ranking 4 provinsi tahun brp?", shipped.gazetteer);
    expect(q.yearOfRank).toEqual({ position: 4, scope: "province" });
    const reply = ask("lampung utara ranking 4 provinsi tahun brp?");
    expect(reply).toContain("2021: peringkat 4 se-Provinsi Lampung");
    expect(reply).toContain("indopers.net");
    expect(reply).not.toContain("2025");
  });

  it("rank 32 nationally: 2021 too; rank 4 nationally: none, and the ranks stated are listed", () => {
    expect(ask("lampung utara peringkat 32 nasional tahun berapa")).toContain("2021: peringkat 32 nasional");
    const none = ask("lampung utara peringkat 4 nasional tahun berapa");
    expect(none).toContain("Tidak ada sumber");
    expect(none).toContain("2021: peringkat 4 se-Provinsi Lampung");
    expect(none).not.toContain("2025");
  });

  it("in English", () => {
    expect(ask("in which year was lampung utara ranked 4 in its province?", "en")).toContain("2021: ranked 4 in Provinsi Lampung");
  });

  it("a rank question with a year, or without a year asked, is the usual rank card", () => {
    expect(parseQuestion("peringkat lampung utara 2021", shipped.gazetteer).yearOfRank).toBeNull();
    expect(parseQuestion("lampung utara peringkat 4?", shipped.gazetteer).yearOfRank).toBeNull();
  });
});
