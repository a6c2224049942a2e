import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Rapor } from "../../src/app/rapor.js";
import { dialectOf } from "../../src/store/dialect.js";
import { asMessage, harness, openCore, TEST_TOKEN, texts, type Core } from "../helpers/bot-harness.js";
import { telegramHtmlProblem } from "../helpers/telegram-html.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

/** The core with one method broken: every handler that uses it throws. */
function broken(method: "ask" | "act" | "parse"): Rapor {
  const rapor = Object.create(core.rapor) as Rapor;
  Object.defineProperty(rapor, method, {
    value: () => {
      throw new Error(`${method} exploded`);
    },
  });
  return rapor;
}

describe("flood limit", () => {
  it("answers once per window with a polite notice, then drops the rest; others are unaffected", async () => {
    const h = harness(core, { rateLimit: { timeFrame: 60_000, limit: 3 } });
    const replies: string[][] = [];
    for (let i = 0; i < 6; i++) replies.push(texts(await h.say("nilai lampung utara 2021")));
    expect(replies.slice(0, 3).every((r) => r.length === 1 && r[0]!.includes("Lampung Utara"))).toBe(true);
    expect(replies[3]).toEqual(["Pelan-pelan ya 🙂 Terlalu banyak pesan dalam waktu singkat; tunggu sebentar lalu coba lagi."]);
    expect(replies[4]).toEqual([]);
    expect(replies[5]).toEqual([]);
    // Inline queries (one per keystroke) are not counted.
    expect((await h.send(h.updates.inline("lampung"))).map((c) => c.method)).toEqual(["answerInlineQuery"]);

    const pressing = harness(core, { rateLimit: { timeFrame: 60_000, limit: 1 } });
    await pressing.say("nilai lampung utara 2021");
    const over = await pressing.press("trend|18.03", pressing.sentMessages()[0]!);
    expect(over).toHaveLength(1);
    expect(over[0]!.method).toBe("answerCallbackQuery");
    expect(over[0]!.payload.text).toContain("Terlalu banyak");
  });
});

describe("error boundary", () => {
  it("a failing handler is logged and answered politely, in the user's language", async () => {
    const id = harness(core, { rapor: broken("ask") });
    expect(texts(await id.say("nilai lampung utara 2021"))).toEqual(["Maaf, terjadi kesalahan. Silakan coba lagi."]);
    expect(id.logLines.join("")).toMatch(/"level":50.*ask exploded/);

    const en = harness(core, { rapor: broken("ask"), languageCode: "en" });
    expect(texts(await en.say("/score lampung utara"))).toEqual(["Sorry, something went wrong. Please try again."]);

    // The bot keeps working for everything else.
    expect(texts(await id.say("/tentang"))[0]).toContain("Tentang data Rapor");
  });

  it("a failing button press is answered with a toast", async () => {
    const h = harness(core, { rapor: broken("act") });
    const calls = await h.press("trend|18.03", asMessage({ method: "sendMessage", payload: { text: "x" } }, h.chat));
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
    expect(calls[0]!.payload.text).toBe("Maaf, terjadi kesalahan. Silakan coba lagi.");
  });

  it("a failure inside a conversation too", async () => {
    const h = harness(core, { rapor: broken("parse") });
    await h.say("/bandingkan");
    expect(texts(await h.say("tebo"))).toEqual(["Maaf, terjadi kesalahan. Silakan coba lagi."]);
  });

  it("a Telegram error while answering is logged, and the user is told when possible", async () => {
    let failures = 1;
    const h = harness(core, {
      respond: (call) =>
        call.method === "sendMessage" && failures-- > 0 ? { ok: false, error_code: 400, description: "Bad Request: can't parse entities" } : undefined,
    });
    const calls = await h.say("nilai lampung utara 2021");
    expect(calls.map((c) => c.method)).toEqual(["sendMessage", "sendMessage"]);
    expect(calls[1]!.payload.text).toBe("Maaf, terjadi kesalahan. Silakan coba lagi.");
    expect(h.logLines.join("")).toContain("can't parse entities");
  });
});

describe("whatever a user sends", () => {
  it("gets one polite reply: long text, emoji, SQL, markup, control characters", async () => {
    const h = harness(core);
    const tables = async () => (await core.db.introspection.getTables()).map((t) => t.name).sort();
    const results = async () => Number((await core.db.selectFrom("results").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const [tablesBefore, resultsBefore] = [await tables(), await results()];
    const inputs = [
      "a".repeat(4000),
      "nilai lampung utara 2021 ".repeat(160).slice(0, 4000),
      "😀🤔🇮🇩".repeat(50),
      "'; DROP TABLE results; --",
      "nilai lampung utara 2021'; DELETE FROM results; --",
      "SELECT * FROM bot_chat_settings WHERE 1=1",
      "<b>bold</b> <a href='x'>link</a> &amp; <script>alert(1)</script>",
      "\u0000\u0007\u202e\u200b",
      "ناحية",
      "   ",
    ];
    for (const input of inputs) {
      const calls = await h.say(input);
      expect(calls, input.slice(0, 20)).toHaveLength(1);
      expect(calls[0]!.method).toBe("sendMessage");
      const text = String(calls[0]!.payload.text);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(telegramHtmlProblem(text), input.slice(0, 20)).toBeNull();
    }
    // Nothing was dropped or deleted.
    expect(await tables()).toEqual(tablesBefore);
    expect(await results()).toBe(resultsBefore);
  });

  it("(the HTML check refuses what Telegram refuses)", () => {
    expect(telegramHtmlProblem('<b>Kota</b> · <a href="https://x.id/?a=1&amp;b=2">x</a> &lt;3')).toBeNull();
    for (const bad of ["a < b", "a & b", "<script>x</script>", "<b>x", "<b><i>x</b></i>", "x > y", "<a href='x'>y</a>"]) {
      expect(telegramHtmlProblem(bad), bad).not.toBeNull();
    }
  });

  it("markup in a name the bot repeats back is escaped, never sent as markup", async () => {
    const h = harness(core);
    const [reply] = await h.say("/langganan <script>alert(1)</script> & <b>x</b>");
    const text = String(reply!.payload.text);
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;");
    expect(text).not.toContain("<script");
    expect(text).not.toContain("<b>x</b>");
    expect(telegramHtmlProblem(text)).toBeNull();
  });

  it("a sticker, a photo or a document gets a pointer to text questions", async () => {
    const h = harness(core);
    for (const kind of ["sticker", "photo", "document"] as const) {
      expect(texts(await h.send(h.updates.media(kind)))).toEqual(['Saya hanya bisa membaca pertanyaan berupa teks, mis. "nilai Lampung Utara 2021".']);
    }
  });

  it("callback data naming an Object.prototype key gets the stale-button toast, never the error reply", async () => {
    const h = harness(core);
    const message = asMessage({ method: "sendMessage", payload: { text: "x" } }, h.chat);
    for (const data of ["constructor|x", "constructor", "toString", "valueOf", "__proto__|a", "hasOwnProperty", "__defineGetter__|a|b"]) {
      const calls = await h.press(data, message);
      expect(calls.map((c) => c.method), data).toEqual(["answerCallbackQuery"]);
      expect(calls[0]!.payload.text, data).toBe("Tombol ini sudah tidak berlaku. Silakan kirim pertanyaannya lagi.");
    }
    expect(h.logLines.join("")).not.toContain('"level":50');
  });

  it("any text or callback data never throws out of handleUpdate (property)", async () => {
    const h = harness(core);
    const message = asMessage({ method: "sendMessage", payload: { text: "x" } }, h.chat);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 300 }), async (text) => {
        const calls = await h.say(text);
        expect(calls.filter((c) => c.method === "sendMessage").length).toBeLessThanOrEqual(1);
        const pressed = await h.press(text.slice(0, 64), message);
        expect(pressed[0]?.method).toBe("answerCallbackQuery");
      }),
      { numRuns: 150 },
    );
    await h.say("/batal");
  });
});

describe("the token", () => {
  it("never appears in a log line or a reply, even when an error message carries it", async () => {
    const h = harness(core, {
      respond: (call) => {
        if (call.method === "sendMessage") throw new Error(`request to https://api.telegram.org/bot${TEST_TOKEN}/sendMessage failed`);
        return undefined;
      },
    });
    await h.say("nilai lampung utara 2021");
    await h.say("/start");
    const log = h.logLines.join("");
    // The failure is logged with its cause, the token replaced.
    expect(log).toContain("https://api.telegram.org/bot[redacted]/sendMessage failed");
    expect(log).not.toContain(TEST_TOKEN);
    expect(log).not.toContain(TEST_TOKEN.split(":")[1]);
    for (const call of h.calls) expect(JSON.stringify(call.payload)).not.toContain(TEST_TOKEN.split(":")[1]);
  });
});

describe("the hot path and retries", () => {
  it("an ordinary update from a known chat reads nothing from the database (SQLite), or only its chat's rows (PostgreSQL)", async () => {
    const h = harness(core);
    await h.say("nilai lampung utara 2021");
    const selects = vi.spyOn(core.db, "selectFrom");
    try {
      await h.say("nilai kota payakumbuh 2023");
      await h.say("tren kota payakumbuh");
      await h.press("trend|18.03", h.sentMessages()[0]!);
      // On PostgreSQL several instances may share the database: the chat's language and
      // conversation are read for every update (see README "Running several instances").
      if (dialectOf(core.db) === "sqlite") expect(selects).not.toHaveBeenCalled();
      else expect(selects.mock.calls.map((c) => String(c[0])).sort()).toEqual([...Array(3).fill("bot_chat_settings"), ...Array(3).fill("bot_conversations")]);
    } finally {
      selects.mockRestore();
    }
  });

  it("a 429 is retried after retry_after, inside conversations too", async () => {
    let limited = 0;
    const h = harness(core, {
      respond: (call) =>
        call.method === "sendMessage" && limited++ % 2 === 0
          ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } }
          : undefined,
    });
    // Outside: the /bandingkan prompt is sent by the conversation, on the Api the plugin builds.
    const calls = await h.say("/bandingkan");
    expect(calls.map((c) => [c.method, c.response?.ok])).toEqual([["sendMessage", false], ["sendMessage", true]]);
    expect(calls[1]!.payload.text).toBe(calls[0]!.payload.text);
    expect(calls[1]!.payload.text).toContain("Mau membandingkan siapa?");
    const next = await h.say("tebo");
    expect(next.map((c) => c.response?.ok)).toEqual([false, true]);
    expect(next[1]!.payload.text).toContain("Bandingkan <b>Kabupaten Tebo</b> dengan siapa?");
    await h.say("/batal");
  });
});
