/** Unit replies: what a unit's line says, and what a best-unit list without a year says about its year. Pinned from db/data/units.csv. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../../src/answer/answer-query.js";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import { answerQuery } from "../../src/answer/answer-query.js";
import { unitsAcross, unitsOf } from "../../src/answer/units.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { Translator, type Locale } from "../../src/present/i18n.js";
import { renderReply } from "../../src/present/render.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let catalog: Catalog;
const translator = new Translator();
const render = (reply: Reply, locale: Locale = "id") => renderReply({ locale, t: translator.forLocale(locale), catalog }, reply).plain;

beforeAll(async () => {
  store = await tempStore();
  catalog = await loadCatalog(store.db);
});
afterAll(async () => store.cleanup());

describe("a unit's line", () => {
  it("ATR/BPN 2019, Kanwil Banten 81,50 'kuning' on the units' own scale: the predicate follows the stated zone, no English '(average)'", () => {
    const id = render(unitsOf(catalog, "KL.ATRBPN", 2019));
    expect(id).toContain("• Kantor Wilayah BPN Provinsi Banten: 81,50 · 🟡 Zona Kuning · Kepatuhan Sedang");
    expect(id).not.toContain("(average)");
    expect(id).not.toMatch(/Banten: 81,50 [^\n]*Kepatuhan Tinggi/);
    // The average is said in the reply's language instead.
    expect(id).toContain("rata-rata nilai unit layanan");
  });
});

describe("best units without a year", () => {
  it("RSUD: the newest year with scores (2025), said to be chosen, with the other years that have scores (2023, 2024)", () => {
    const id = render(unitsAcross(catalog, "rsud", "top", { year: null, provinceCode: null, programme: null }));
    expect(id).toContain("RSUD dengan nilai tertinggi se-Indonesia · 2025");
    expect(id).toContain("ℹ️ Tahun tidak disebut: yang diperiksa tahun 2025");
    expect(id).toContain("Tahun lain dengan nilai RSUD: 2023–2024");
    // RSUD Provinsi NTB's 96.60 (2024) is higher than any 2025 score, and is not mixed into the 2025 list.
    expect(id).not.toContain("96,60");
    const asked = render(unitsAcross(catalog, "rsud", "top", { year: 2024, provinceCode: null, programme: null }));
    expect(asked).toContain("96,60");
    expect(asked).not.toContain("Tahun tidak disebut");
  });
});

describe("a ministry's unit named after a region", () => {
  it("'polres kulon progo': Polri's Polres Kulon Progo (97.61, 2024), said not to be part of the region's score", () => {
    const query = { ...emptyQuery("polres kulon progo"), intent: "units" as const, entities: [{ code: "34.01", name: "Kabupaten Kulon Progo" }], unit: "polres" };
    const id = render(answerQuery(catalog, query));
    expect(id).toContain("🏢 Polres Kulon Progo");
    expect(id).toContain("2024 · Penilaian Kepatuhan Pelayanan Publik Ombudsman RI: 97,61");
    expect(id).toContain("bukan bagian dari nilai pemerintah daerah");
    expect(id).not.toContain("Belum ada nilai unit");
  });

  it("a region's own units without that kind still say so (Lebong has no Polres on record)", () => {
    const query = { ...emptyQuery("polres lebong"), intent: "units" as const, entities: [{ code: "17.07", name: "Kabupaten Lebong" }], unit: "polres" };
    expect(render(answerQuery(catalog, query))).toContain("Belum ada nilai unit layanan Polres untuk Kabupaten Lebong");
  });
});
