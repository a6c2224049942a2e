import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBodies, explainScale, type Catalog } from "../../src/answer/index.js";
import { loadCatalog } from "../../src/app/load.js";
import { decodeAction, encodeAction } from "../../src/present/actions.js";
import { Translator } from "../../src/present/i18n.js";
import { LIST_PAGE_SIZE } from "../../src/present/render-list.js";
import { MAX_MESSAGE_LENGTH, renderReply } from "../../src/present/render.js";
import { tempStore } from "../helpers/temp-store.js";

describe("renderReply", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let catalog: Catalog;
  const translator = new Translator();
  const ctx = (locale: "id" | "en") => ({ locale, t: translator.forLocale(locale), catalog });
  beforeAll(async () => {
    store = await tempStore();
    catalog = await loadCatalog(store.db);
  });
  afterAll(async () => store.cleanup());

  it("paginates long lists: each page's buttons open that page's bodies", () => {
    const answer = listBodies(catalog, "list", { year: 2022, provinceCode: null, category: "kabupaten", zone: null, grade: null }, null);
    if (answer.kind !== "list") throw new Error(answer.kind);
    // A page holds LIST_PAGE_SIZE lines: bodies, and places nobody on record holds.
    const lines = answer.groups[0]!.lines;
    expect(lines.length).toBeGreaterThan(LIST_PAGE_SIZE);
    const page1 = renderReply(ctx("id"), answer, 1);
    expect(page1.html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    const cardCodes = page1.buttons.flat().flatMap((b) => (b.action.a === "card" ? [b.action.code] : []));
    const pageCodes = lines.slice(LIST_PAGE_SIZE, 2 * LIST_PAGE_SIZE).flatMap((l) => (l.kind === "entry" ? [l.entry.view.body.code] : []));
    expect(cardCodes.length).toBeGreaterThan(0);
    for (const code of cardCodes) expect(pageCodes).toContain(code);
    expect(page1.buttons.flat().some((b) => b.action.a === "top" && b.action.page === 0)).toBe(true);
  });

  it("titles the whole scale when no topic is asked", () => {
    const rendered = renderReply(ctx("en"), explainScale(catalog, {}));
    expect(rendered.plain.split("\n")[0]).toBe("ℹ️ Assessment scales");
    expect(rendered.plain).toContain("88");
  });

  it("round-trips button actions and rejects forged ones", () => {
    const action = { a: "top" as const, province: "15", year: 2022, dir: "list" as const, page: 2 };
    expect(decodeAction(encodeAction(action))).toMatchObject(action);
    for (const forged of ["", "card", "card|'; DROP TABLE results;--|", "top|15||2022|list|999", "x".repeat(64)]) {
      expect(decodeAction(forged)).toBeNull();
    }
  });
});
