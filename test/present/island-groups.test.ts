/** An island group asked as a scope: said to be no province, its provinces listed, nothing ranked (shipped data). */
import { describe, expect, it } from "vitest";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { ask } = shipped;

describe("kabupaten terbaik sumatera 2021", () => {
  it("says Sumatera is no province and lists its provinces (codes 1x and Kepulauan Riau 21), ranking nothing", () => {
    const reply = ask("kabupaten terbaik sumatera 2021");
    expect(reply).toContain("Sumatera bukan provinsi");
    for (const p of ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan", "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau"]) {
      expect(reply).toContain(p);
    }
    expect(reply).not.toContain("Jawa Barat");
    expect(reply).not.toContain("nasional ·");
    // Kampar, first nationally in 2021 (results.csv), is not offered as Sumatera's best.
    expect(reply).not.toContain("Kampar");
  });

  it("in English", () => {
    const reply = ask("best regencies in Sumatra 2021", "en");
    expect(reply).toContain("Sumatra is not a province");
    expect(reply).toContain("Provinces in Sumatra:");
    expect(reply).not.toContain("Kampar");
  });

  it("a sentence that only names an island asks nothing of it", () => {
    expect(ask("saya orang jawa")).not.toContain("bukan provinsi");
    expect(ask("sulawesi 2023")).toContain("Sulawesi bukan provinsi");
  });

  it("a body's own score is still answered when the group only places it", () => {
    expect(ask("nilai tebo sumatera 2022")).toContain("Kabupaten Tebo · 2022");
  });
});
