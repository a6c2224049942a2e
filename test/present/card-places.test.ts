/**
 * Places on a card: a worked-out place is stated only when it is narrow; a wide or open range
 * gives way to "no source states a rank" and how many scores Rapor holds. Lists keep their ranges.
 * Figures pinned from db/data/results.csv and aggregates.csv by hand.
 */
import { describe, expect, it } from "vitest";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { listBodies } from "../../src/answer/top.js";
import { isNarrowPlace } from "../../src/present/render-card.js";
import { shippedAnswers } from "../helpers/shipped-answers.js";

const shipped = shippedAnswers();
const { render } = shipped;

describe("which worked-out places a card states", () => {
  it("one place, up to five places within half the ranking, or up to 5% of its places; never an open range", () => {
    expect(isNarrowPlace({ from: 4, to: 4, assessed: 415 })).toBe(true);
    expect(isNarrowPlace({ from: 1, to: 2, assessed: 15 })).toBe(true);
    expect(isNarrowPlace({ from: 7, to: 11, assessed: null })).toBe(true);
    expect(isNarrowPlace({ from: 8, to: 25, assessed: 415 })).toBe(true);
    expect(isNarrowPlace({ from: 3, to: 6, assessed: 6 })).toBe(false);
    expect(isNarrowPlace({ from: 7, to: 12, assessed: null })).toBe(false);
    expect(isNarrowPlace({ from: 41, to: 316, assessed: 415 })).toBe(false);
    expect(isNarrowPlace({ from: 46, to: null, assessed: null })).toBe(false);
  });

  it("Lebong 2023: no national range, but the source's rank in Bengkulu and how many scores Rapor holds", () => {
    // 111 kabupaten with a score in 2023 of the 415 assessed (aggregates.csv); Lebong is 3rd in Bengkulu (two reports).
    const card = render(scoreOf(shipped.catalog, "17.07", 2023));
    expect(card).toContain("📊 Peringkat nasional tidak disebut sumber. Rapor baru mencatat nilai 111 dari 415 kabupaten yang dinilai");
    expect(card).toContain("📍 Peringkat 3 se-Provinsi Bengkulu (menurut sumber)");
    expect(card).not.toMatch(/Peringkat \d+–\d+/);
  });

  it("Kota Metro 2023: no '≥46', in either language; its narrow place in Lampung stays", () => {
    // 32 kota with a score in 2023; no count of kota assessed in 2023 on record.
    const id = render(scoreOf(shipped.catalog, "18.72", 2023));
    expect(id).not.toContain("≥");
    expect(id).toContain("📊 Peringkat nasional tidak disebut sumber. Rapor baru mencatat nilai 32 kota: terlalu sedikit");
    expect(id).toContain("📊 Peringkat 1–2 dari 15 kabupaten/kota se-Provinsi Lampung");
    const en = render(scoreOf(shipped.catalog, "18.72", 2023), "en");
    expect(en).toContain("📊 No source states a national rank. Rapor holds scores for only 32 cities (kota): too few");
  });

  it("a narrow range is stated: Tebo 2022, 8th to 25th of 415", () => {
    // Stated 1-3 and 5-7 all score above 92.5 (4th unknown, above the 7th's 93.47); Humbang Hasundutan is 34th with
    // 89.80, and eight kabupaten without a stated rank score between them: 33 - 8 = 25.
    expect(render(scoreOf(shipped.catalog, "15.09", 2022))).toContain("📊 Peringkat 8–25 dari 415 kabupaten (dihitung Rapor");
  });

  it("a provincial range too wide is not stated either: Gorontalo Utara 2023 (3 scores of 6)", () => {
    const card = render(scoreOf(shipped.catalog, "75.05", 2023));
    expect(card).toContain("📊 Peringkat se-Provinsi Gorontalo tidak disebut sumber. Rapor baru mencatat nilai 3 dari 6 kabupaten/kota yang dinilai");
    expect(card).not.toMatch(/Peringkat 3–6/);
  });

  it("the rank answer follows the same rule", () => {
    const reply = render(rankOf(shipped.catalog, "17.07", 2023, "national"));
    expect(reply).toContain("Peringkat nasional tidak disebut sumber");
    expect(reply).not.toMatch(/41–316/);
  });

  it("lists keep their ranges", () => {
    const list = listBodies(shipped.catalog, "list", { year: 2023, provinceCode: null, category: "kabupaten", zone: null, grade: null });
    expect(list.kind).toBe("list");
    if (list.kind !== "list") return;
    const ranged = list.groups[0]!.entries.find((e) => e.view.body.code === "17.07")!;
    expect(ranged.place.kind).toBe("range");
    if (ranged.place.kind === "range") expect(isNarrowPlace({ ...ranged.place, assessed: 415 })).toBe(false);
  });
});
