import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSubscriptions } from "../../src/broadcast/index.js";
import { decodeAction, encodeAction } from "../../src/present/actions.js";
import { asMessage, buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

const find = (buttons: { text: string; data: string }[], a: string, extra: Record<string, unknown> = {}) =>
  buttons.find((b) => {
    const action = decodeAction(b.data) as Record<string, unknown> | null;
    return action?.a === a && Object.entries(extra).every(([k, v]) => action[k] === v);
  });

describe("free text and its buttons", () => {
  it("a score question gets a compact HTML card with inline buttons encoded as actions", async () => {
    const h = harness(core);
    const [card] = await h.say("nilai lampung utara 2021");
    expect(card!.method).toBe("sendMessage");
    expect(card!.payload.text).toContain("🟢 <b>Kabupaten Lampung Utara</b> · 2021");
    expect(card!.payload.link_preview_options).toEqual({ is_disabled: true });
    const buttons = buttonsOf(card);
    expect(buttons.length).toBeGreaterThanOrEqual(5);
    for (const b of buttons) {
      expect(decodeAction(b.data)).not.toBeNull();
      expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
    }
    expect(buttons.map((b) => b.text)).toEqual(expect.arrayContaining(["📈 Tren", "⚖️ Bandingkan", "🔔 Ikuti"]));
  });

  it("a year button edits the card in place; the trend button sends a new message", async () => {
    const h = harness(core);
    await h.say("nilai lampung utara 2021");
    const card = h.sentMessages()[0]!;
    const year = find(buttonsOf(h.calls[0]), "card", { year: 2022 })!;
    const pressed = await h.press(year.data, card);
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(pressed[1]!.payload.message_id).toBe(card.message_id);
    expect(pressed[1]!.payload.text).toContain("Kabupaten Lampung Utara</b> · 2022");

    const trend = find(buttonsOf(h.calls[0]), "trend")!;
    const pressedTrend = await h.press(trend.data, card);
    expect(pressedTrend.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(pressedTrend[1]!.payload.text).toContain("📈 <b>Kabupaten Lampung Utara</b>");
  });

  it("the ranking button opens the province list; its page buttons edit that list", async () => {
    const h = harness(core);
    const [card] = await h.say("nilai kabupaten tebo 2022");
    const top = find(buttonsOf(card), "top")!;
    expect(top).toBeDefined();
    const [, list] = await h.press(top.data, h.sentMessages()[0]!);
    expect(list!.method).toBe("sendMessage");
    expect(list!.payload.text).toContain("Jambi");

    // A long national list: several pages, each edited into the same message.
    const [national] = await h.press(encodeAction({ a: "top", category: "kabupaten", year: 2022, dir: "list", page: 0 }), h.sentMessages()[1]!);
    expect(national!.method).toBe("answerCallbackQuery");
    const listMessage = h.sentMessages().at(-1)!;
    const next = find(buttonsOf(h.calls.at(-1)), "top", { page: 1 })!;
    expect(next).toBeDefined();
    const paged = await h.press(next.data, listMessage);
    expect(paged.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(paged[1]!.payload.message_id).toBe(listMessage.message_id);
    // Page 2 starts at the 16th place (a range when it is worked out from partial data: "16–33.").
    expect(paged[1]!.payload.text).toMatch(/\n16(–\d+)?\. /);
    expect(String(paged[1]!.payload.text).length).toBeLessThanOrEqual(4096);
    const previous = find(buttonsOf(paged[1]), "top", { page: 0 });
    expect(previous).toBeDefined();
  });

  it("stale or forged callback data gets a polite toast and nothing else", async () => {
    const h = harness(core);
    const message = asMessage({ method: "sendMessage", payload: { text: "x" } }, h.chat);
    for (const data of ["", "nonsense", "card", "card|18.03", "card|18.03|1999", "card|DROP TABLE|", "top|18||2021|list|999", "x".repeat(64), "lang|fr", "follow|planet|1"]) {
      const calls = await h.press(data, message);
      expect(calls, data).toHaveLength(1);
      expect(calls[0]!.method).toBe("answerCallbackQuery");
      expect(calls[0]!.payload.text).toBe("Tombol ini sudah tidak berlaku. Silakan kirim pertanyaannya lagi.");
    }
    // Well-formed but unknown: an honest "no data", not an error.
    const unknown = await h.press("card|99.99|", message);
    expect(unknown.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(unknown[1]!.payload.text).toContain("Belum ada data");
  });

  it("🔔 Follow on a card subscribes the chat to that body", async () => {
    const h = harness(core);
    const [card] = await h.say("nilai lampung utara 2021");
    const follow = find(buttonsOf(card), "follow")!;
    const calls = await h.press(follow.data, h.sentMessages()[0]!);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(calls[1]!.payload.text).toContain("Sekarang mengikuti <b>Kabupaten Lampung Utara</b>");
    expect((await listSubscriptions(core.db, h.chat.id)).map((s) => s.target)).toEqual([{ kind: "body", code: "18.03" }]);
  });

  it("every message is HTML without link previews and within Telegram's 4,096 characters", async () => {
    const h = harness(core);
    for (const q of ["/start", "nilai lampung utara 2021", "daftar kabupaten 2022", "5 besar kabupaten 2023", "skala penilaian", "/tentang", "/zona"]) await h.say(q);
    const sent = h.calls.filter((c) => c.method === "sendMessage");
    expect(sent.length).toBe(7);
    for (const c of sent) {
      expect(c.payload.parse_mode).toBe("HTML");
      expect(c.payload.link_preview_options).toEqual({ is_disabled: true });
      expect(String(c.payload.text).length).toBeLessThanOrEqual(4096);
    }
    expect(texts(h.calls).join("")).not.toContain("undefined");
  });
});
