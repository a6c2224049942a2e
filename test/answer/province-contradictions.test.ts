/**
 * A score above a stated provincial #1 is a source conflict only among the bodies that place ranks
 * (review 2 of 2026-12-02, R2). Synthetic rows: province-contradiction.csv (Kalimantan Utara 2018 and
 * 2019, where the shipped data holds nothing). Shipped: Kota Depok 2023 (97.67) and Kabupaten Bandung,
 * stated #1 of Jawa Barat 2023 at 96.16 with the note "Kabupaten terbaik di Jawa Barat 2023" (results.csv).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rankWithinProvince } from "../../src/answer/ranking.js";
import { answerStore, viewOf, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore("province-contradiction.csv");
});
afterAll(async () => store.cleanup());

const provinceRank = (code: string, year: number) => rankWithinProvince(store.catalog, viewOf(store.catalog, code, year));

describe("a score above a stated provincial place", () => {
  it("a kota above the best kabupaten is no conflict (Depok 2023: 97.67 above Kabupaten Bandung's #1 at 96.16)", () => {
    const rank = provinceRank("32.76", 2023);
    expect(rank.official).toBeNull();
    expect(rank.contradicts).toBeUndefined();
  });

  it("a kabupaten above the stated #1 of its own category is one (Kaltara 2018: Nunukan 95 above Bulungan's #1 at 90)", () => {
    expect(provinceRank("65.03", 2018).contradicts?.example).toMatchObject({ body: { code: "65.01" }, position: 1, score: { value: 90 } });
  });

  it("a kota above a kabupaten's #1 stated alone is none (Kaltara 2018: Tarakan 97)", () => {
    expect(provinceRank("65.71", 2018).contradicts).toBeUndefined();
  });

  it("one report numbering kabupaten and kota together holds its #1 against either (Kaltara 2019: Nunukan 95 above Kota Tarakan's #1 at 90)", () => {
    expect(provinceRank("65.03", 2019).contradicts?.example).toMatchObject({ body: { code: "65.71" }, position: 1, score: { value: 90 } });
  });
});
