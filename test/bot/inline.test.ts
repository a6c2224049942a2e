import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../src/present/actions.js";
import { harness, openCore, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

type Article = {
  type: string;
  id: string;
  title: string;
  description?: string;
  input_message_content: { message_text: string; parse_mode?: string; link_preview_options?: unknown };
  reply_markup?: { inline_keyboard: { text: string; callback_data: string }[][] };
};
const results = (calls: { method: string; payload: Record<string, any> }[]) => {
  const call = calls.find((c) => c.method === "answerInlineQuery");
  if (!call) throw new Error("no answerInlineQuery");
  return call.payload.results as Article[];
};

describe("inline mode", () => {
  it("offers the result card to share, with its buttons but none that needs a private chat", async () => {
    const h = harness(core);
    const calls = await h.send(h.updates.inline("lampung utara 2021"));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload.is_personal).toBe(true);
    const [article] = results(calls);
    expect(article!.type).toBe("article");
    expect(article!.title).toContain("Kabupaten Lampung Utara");
    expect(article!.input_message_content.message_text).toContain("<b>Kabupaten Lampung Utara</b> · 2021");
    expect(article!.input_message_content.parse_mode).toBe("HTML");
    expect(article!.input_message_content.link_preview_options).toEqual({ is_disabled: true });
    const actions = article!.reply_markup!.inline_keyboard.flat().map((b) => decodeAction(b.callback_data)?.a);
    expect(actions).toContain("trend");
    expect(actions).not.toContain("cmp");
    expect(actions).not.toContain("follow");
    expect(Buffer.byteLength(article!.id)).toBeLessThanOrEqual(64);
  });

  it("an ambiguous name gives one article per candidate", async () => {
    const h = harness(core);
    const articles = results(await h.send(h.updates.inline("bogor 2022")));
    expect(articles.map((a) => a.title)).toEqual([expect.stringContaining("Kabupaten Bogor"), expect.stringContaining("Kota Bogor")]);
    expect(new Set(articles.map((a) => a.id)).size).toBe(2);
  });

  it("an empty or unreadable query gives the help article", async () => {
    const h = harness(core);
    for (const q of ["", "   ", "asdfgh qwerty", "'; DROP TABLE results; --"]) {
      const [article] = results(await h.send(h.updates.inline(q)));
      expect(article!.title).toBe("Cari hasil penilaian");
      expect(article!.input_message_content.message_text).toContain("@RaporTestBot");
    }
    const en = harness(core, { languageCode: "en" });
    expect(results(await en.send(en.updates.inline("")))[0]!.title).toBe("Look up assessment results");
  });

  it("a button on a shared inline message edits that message", async () => {
    const h = harness(core);
    const calls = await h.press("trend|18.03", { inline_message_id: "AAAA" });
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(calls[1]!.payload.inline_message_id).toBe("AAAA");
    expect(calls[1]!.payload.text).toContain("📈");
    const cmp = await h.press("cmp|18.03|2021", { inline_message_id: "AAAA" });
    expect(cmp).toHaveLength(1);
    expect(cmp[0]!.payload.text).toBe("Buka chat dengan saya untuk membandingkan.");
  });
});
