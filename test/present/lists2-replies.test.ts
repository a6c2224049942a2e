/**
 * Lists found wrong after the 2026-12-02 review's fixes, rendered in both languages on the shipped data
 * (expected names and counts read from db/data/results.csv and aggregates.csv by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/answer/catalog.js";
import { listBodies } from "../../src/answer/top.js";
import type { ListFilters } from "../../src/answer/types.js";
import { loadCatalog } from "../../src/app/load.js";
import { Translator } from "../../src/present/i18n.js";
import { renderReply } from "../../src/present/render.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let catalog: Catalog;
const translator = new Translator();
const filters = (f: Partial<ListFilters>): ListFilters => ({ year: null, provinceCode: null, category: null, zone: null, grade: null, ...f });
const plain = (locale: "id" | "en", reply: Parameters<typeof renderReply>[1]) =>
  renderReply({ locale, t: translator.forLocale(locale), catalog }, reply).plain;

beforeAll(async () => {
  store = await tempStore();
  catalog = await loadCatalog(store.db);
});
afterAll(async () => store.cleanup());

describe("a province whose rows hold only zones (Aceh 2021: 5 kabupaten and 2 kota hijau, 9 kabupaten and 2 kota kuning; 18 kabupaten and 5 kota assessed)", () => {
  const green = ["Kabupaten Aceh Barat", "Kabupaten Aceh Barat Daya", "Kabupaten Aceh Tamiang", "Kabupaten Bener Meriah", "Kabupaten Bireuen", "Kota Langsa", "Kota Subulussalam"];

  it("the kab/kota top lists both categories' hijau bodies, unnumbered, and says it is no ranking", () => {
    const text = plain("id", listBodies(catalog, "top", filters({ year: 2021, provinceCode: "11" })));
    const lines = text.split("\n");
    expect(lines.slice(1, 8)).toEqual(green.map((n) => `• ${n} — 🟢 Zona Hijau`));
    expect(text).toContain("jadi 5 besar tidak bisa disusun");
    expect(text).toContain("Zona tercatat untuk 18 kabupaten/kota dari 23 yang dinilai");
    expect(text).not.toMatch(/^\d/m);
    expect(text).not.toContain("Nilai tercatat untuk 0");
  });

  it("the kabupaten top says the same in English as in Indonesian, and no count of zero scores", () => {
    const answer = listBodies(catalog, "top", filters({ year: 2021, provinceCode: "11", category: "kabupaten" }));
    const en = plain("en", answer);
    const id = plain("id", answer);
    for (const n of green.slice(0, 5)) {
      expect(en).toContain(`• ${n} — 🟢 green zone`);
      expect(id).toContain(`• ${n} — 🟢 Zona Hijau`);
    }
    expect(en).toContain("Zone on record for 14 regencies (kabupaten) of 18 assessed");
    expect(id).toContain("Zona tercatat untuk 14 kabupaten dari 18 yang dinilai");
    expect(en).toContain("so a top 5 cannot be drawn up");
    expect(en).not.toContain("Scores on record for 0");
    expect(id).not.toContain("Nilai tercatat untuk 0");
  });
});

describe("a bottom no source ranks, on partial data (kabupaten 2023: 111 scored of 415, no stated rank)", () => {
  it("says who is last cannot be known and shows the lowest scores on record as such, with no number", () => {
    const answer = listBodies(catalog, "bottom", filters({ year: 2023, category: "kabupaten" }));
    const id = plain("id", answer);
    expect(id).toContain("siapa yang terbawah tidak bisa diketahui");
    expect(id).toContain("111 dari 415");
    expect(id).toMatch(/^• Kabupaten Maybrat — 32,23 🔴 D \(tempat yang masih mungkin: \d+–415\)$/m);
    expect(id).toMatch(/^• Kabupaten Tambrauw — 52,98 /m);
    expect(id).not.toMatch(/^\d/m);
    const en = plain("en", answer);
    expect(en).toContain("who is last cannot be known");
    expect(en).toMatch(/^• Kabupaten Maybrat — 32\.23 🔴 D \(places still possible: \d+–415\)$/m);
  });
});
