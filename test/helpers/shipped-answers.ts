import { afterAll, beforeAll } from "vitest";
import { answerQuery, type Reply } from "../../src/answer/answer-query.js";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog, loadGazetteer } from "../../src/app/load.js";
import { Translator, type Locale } from "../../src/present/i18n.js";
import { renderReply } from "../../src/present/render.js";
import { parseQuestion } from "../../src/understand/parse.js";
import type { Gazetteer } from "../../src/understand/resolve.js";
import { tempStore } from "./temp-store.js";

/**
 * The shipped data in a temporary store for one test file (opened before its tests, removed after):
 * its catalog and gazetteer, and replies rendered as plain text the way the bot renders them.
 */
export function shippedAnswers() {
  let store: Awaited<ReturnType<typeof tempStore>> | undefined;
  let loaded: { catalog: Catalog; gazetteer: Gazetteer } | undefined;
  const translator = new Translator();
  beforeAll(async () => {
    store = await tempStore();
    loaded = { catalog: await loadCatalog(store.db), gazetteer: await loadGazetteer(store.db) };
  });
  afterAll(async () => store?.cleanup());
  const data = () => {
    if (!loaded) throw new Error("the shipped data is loaded in beforeAll: use it inside tests");
    return loaded;
  };
  const rendered = (reply: Reply, locale: Locale = "id") => renderReply({ locale, t: translator.forLocale(locale), catalog: data().catalog }, reply);
  const render = (reply: Reply, locale: Locale = "id") => rendered(reply, locale).plain;
  return {
    get catalog() {
      return data().catalog;
    },
    get gazetteer() {
      return data().gazetteer;
    },
    rendered,
    render,
    ask: (question: string, locale: Locale = "id") => render(answerQuery(data().catalog, parseQuestion(question, data().gazetteer)), locale),
  };
}
