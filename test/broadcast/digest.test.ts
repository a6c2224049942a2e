import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import type { ResultFact } from "../../src/broadcast/announcements.js";
import { renderDigest } from "../../src/broadcast/digest.js";
import { Translator } from "../../src/present/i18n.js";
import { BOT_USERNAME, storeTemplate } from "./helpers.js";

let template: Awaited<ReturnType<typeof storeTemplate>>;
let catalog: Catalog;
const translator = new Translator();

beforeAll(async () => {
  template = await storeTemplate();
  const store = await template.copy();
  catalog = await loadCatalog(store.db);
  await store.cleanup();
});
afterAll(async () => template.cleanup());

const fact = (code: string, score: number): ResultFact => {
  const body = catalog.bodies.get(code)!;
  return {
    body,
    programme: "ombudsman-kepatuhan",
    year: 2024,
    provinceCode: body.provinceCode,
    isNewResult: true,
    score,
    zone: "kuning",
    grade: "C",
    predicate: { id: "Opini Kualitas Sedang", en: "Medium quality" },
    opinionText: null,
    change: null,
    places: [],
  };
};

describe("a digest", () => {
  it("fits in one Telegram message however many results an import brings, and says how many are left out", () => {
    const kabupaten = [...catalog.bodies.values()].filter((b) => b.category === "kabupaten");
    expect(kabupaten.length).toBeGreaterThan(400);
    const facts = kabupaten.map((b, i) => fact(b.code, 60 + (i % 30)));
    for (const locale of ["id", "en"] as const) {
      const { html } = renderDigest({ kind: "category", code: "kabupaten" }, facts, { locale, t: translator.forLocale(locale), catalog, botUsername: BOT_USERNAME });
      expect(html.length).toBeLessThanOrEqual(3800);
      const shown = (html.match(/^• /gm) ?? []).length;
      expect(shown).toBeGreaterThan(10);
      const more = locale === "id" ? `…dan ${facts.length - shown} hasil lainnya.` : `…and ${facts.length - shown} more results.`;
      expect(html).toContain(more);
      // The best scores are the ones shown.
      expect(html).toContain(locale === "id" ? "Nilai <b>89</b>" : "Score <b>89</b>");
      expect(html).not.toContain(locale === "id" ? "Nilai <b>60</b>" : "Score <b>60</b>");
    }
  });

  it("escapes names and keeps its markup to Telegram's HTML subset", () => {
    const f = fact("18.04", 70.5);
    const { html } = renderDigest({ kind: "body", code: "18.04" }, [{ ...f, body: { ...f.body, name: "A & <B>" } }], {
      locale: "id",
      t: translator.forLocale("id"),
      catalog,
      botUsername: BOT_USERNAME,
    });
    expect(html).toContain("A &amp; &lt;B&gt;");
    const tags = new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].every((t) => ["b", "a"].includes(t!))).toBe(true);
  });
});
