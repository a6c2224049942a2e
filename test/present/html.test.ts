/**
 * Names and notes with <, > and & (a synthetic agency, test/fixtures/present/html) still give
 * valid Telegram HTML in every kind of reply, in both languages, and read back as typed.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuery, type Reply } from "../../src/answer/answer-query.js";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import { compareBodies } from "../../src/answer/compare.js";
import { explainScale } from "../../src/answer/explain.js";
import { aboutData, methodOf, scheduleOf } from "../../src/answer/info.js";
import { programmeResults } from "../../src/answer/programme.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { statsFor } from "../../src/answer/stats.js";
import { listBodies } from "../../src/answer/top.js";
import { trendOf } from "../../src/answer/trend.js";
import { unitCard, unitsAcross, unitsOf } from "../../src/answer/units.js";
import { KEMENPANRB_IPP } from "../../src/domain/programmes.js";
import { ensureShippedData, readShippedData, shippedDataDir } from "../../src/ingest/shipped-data.js";
import { Translator } from "../../src/present/i18n.js";
import { renderReply } from "../../src/present/render.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { tempStore } from "../helpers/temp-store.js";
import { telegramHtmlProblems } from "./telegram-html.js";

const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/present/html");
const CODE = "KL.UJIHTML";
const NAME = "Badan Uji <Coba> & Rekayasa";
const body = { code: CODE, name: NAME };

let store: Awaited<ReturnType<typeof tempStore>>;
let catalog: Catalog;
const translator = new Translator();

beforeAll(async () => {
  store = await tempStore();
  // The fixture directory is a shipped-data directory without its scales: the shipped ones.
  const dir = path.join(store.dir, "html-data");
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(fixtureDir)) fs.copyFileSync(path.join(fixtureDir, f), path.join(dir, f));
  fs.copyFileSync(path.join(shippedDataDir, "scales.json"), path.join(dir, "scales.json"));
  expect((await ensureShippedData(store.db, readShippedData(dir))).loaded).toBe(true);
  catalog = await loadCatalog(store.db);
});
afterAll(async () => store.cleanup());

/** One reply of every kind the renderer knows, each with the synthetic names and notes in it. */
function replies(): Reply[] {
  const q = (text: string, slots: Parameters<typeof answerQuery>[1] extends infer Q ? Partial<Q> : never) => ({ ...emptyQuery(text), ...slots });
  return [
    scoreOf(catalog, CODE, 2024),
    scoreOf(catalog, CODE, 2023),
    scoreOf(catalog, CODE, 2025),
    scoreOf(catalog, CODE, 2021),
    rankOf(catalog, CODE, 2024),
    scoreOf(catalog, CODE, 2022),
    listBodies(catalog, "top", { year: 2024, provinceCode: null, category: "lembaga", zone: null, grade: null }, 20),
    listBodies(catalog, "list", { year: 2024, provinceCode: null, category: "lembaga", zone: null, grade: null }, null),
    compareBodies(catalog, [CODE, "KL.BPS"], 2024),
    trendOf(catalog, CODE),
    unitsOf(catalog, CODE, 2024),
    unitsOf(catalog, CODE, 2023),
    unitsAcross(catalog, "dukcapil", "top", { year: 2024, provinceCode: null, programme: null }),
    unitsAcross(catalog, "polres", "list", { year: null, provinceCode: null, programme: null }),
    unitCard(catalog, "dukcapil", "layanan satu"),
    unitCard(catalog, "rsud", "uji sehat"),
    programmeResults(catalog, { programme: KEMENPANRB_IPP, code: CODE, unitKind: null, unitName: null, year: null }),
    statsFor(catalog, { year: 2024, category: "lembaga", provinceCode: null }),
    explainScale(catalog, {}),
    aboutData(catalog),
    methodOf(null),
    scheduleOf(catalog, 2026),
    scheduleOf(catalog, null),
    answerQuery(catalog, q("halo", { intent: "greeting" })),
    answerQuery(catalog, q("nilai <script>&", { intent: "score", unmatched: ["<script>&", "a > b"] })),
    answerQuery(catalog, q("nilai <x>", { intent: "score", ambiguous: [{ text: "<x> & y", candidates: [body, { code: "KL.BPS", name: "Badan Pusat Statistik" }] }] })),
    answerQuery(catalog, q("ikuti", { intent: "subscribe", entities: [body] })),
    answerQuery(catalog, q("berhenti ikuti", { intent: "unsubscribe", entities: [body] })),
    answerQuery(catalog, q("nilai", { intent: "score" })),
    answerQuery(catalog, q("help", { intent: "help" })),
    answerQuery(catalog, q("???", { intent: "unknown" })),
  ];
}

describe("every reply with <, > and & in its names and notes is valid Telegram HTML", () => {
  it("covers every kind the renderer knows", () => {
    const kinds = new Set(replies().map((r) => r.kind));
    expect([...kinds].sort()).toEqual(
      [
        "about", "ambiguous", "compare", "explain", "greeting", "help", "list", "method", "need-body", "no-data", "no-units",
        "programme", "rank", "schedule", "score", "stats", "subscribe", "top", "trend", "unit-card", "unit-ranking", "units",
        "unknown", "unmatched", "unsubscribe",
      ].sort(),
    );
  });

  for (const locale of ["id", "en"] as const) {
    it(`in ${locale}`, () => {
      const ctx = { locale, t: translator.forLocale(locale), catalog };
      let named = 0;
      for (const reply of replies()) {
        const rendered = renderReply(ctx, reply);
        expect(telegramHtmlProblems(rendered.html), `${reply.kind}: ${rendered.html}`).toEqual([]);
        // Escaped on the way in, the plain text reads as the data has it.
        expect(rendered.plain).not.toMatch(/&(amp|lt|gt|quot);/);
        if (rendered.plain.includes(NAME)) named += 1;
        for (const button of rendered.buttons.flat()) expect(button.label).not.toMatch(/&(amp|lt|gt);/);
      }
      expect(named).toBeGreaterThanOrEqual(10);
    });
  }

  it("the synthetic notes and unit names reach the replies (so the checks above test them)", () => {
    const ctx = { locale: "en" as const, t: translator.forLocale("en"), catalog };
    const all = replies().map((r) => renderReply(ctx, r).plain).join("\n");
    for (const text of ["Unit <Layanan> & Satu", "RSUD <Uji> & Sehat", "Kualitas <Tinggi> & Co", "Harian <Uji> & Co", "<script>&", "synthetic <reason> & more"]) {
      expect(all).toContain(text);
    }
  });
});

describe("the checker itself", () => {
  it("rejects what Telegram rejects", () => {
    expect(telegramHtmlProblems("<b>ok</b> &amp; <a href=\"https://x.test/?a=1&amp;b=2\">x</a>")).toEqual([]);
    for (const bad of ["a & b", "a < b", "a > b", "<b>open", "<script>x</script>", "<b><i>x</b></i>", '<a href="https://x.test/?a=1&b=2">x</a>']) {
      expect(telegramHtmlProblems(bad), bad).not.toEqual([]);
    }
  });
});
