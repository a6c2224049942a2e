import { describe, expect, it } from "vitest";
import { deepLinkCode } from "../../src/bot/features/info.js";
import { shouldEdit, toInlineKeyboard } from "../../src/bot/keyboards.js";
import { localeFromLanguageCode } from "../../src/bot/locale.js";
import { clampHtml } from "../../src/bot/reply.js";
import { entitiesOf } from "../../src/bot/update-builders.js";
import { scrubSecrets } from "../../src/config/logger.js";
import { decodeAction, encodeAction, type Action } from "../../src/present/actions.js";
import type { Button } from "../../src/present/common.js";

const keyboard = (...actions: Action[]) => ({ inline_keyboard: [actions.map((a) => ({ text: a.a, callback_data: encodeAction(a) }))] });
const card = keyboard({ a: "card", code: "18.03", year: 2022 }, { a: "trend", code: "18.03" }, { a: "top", province: "18", year: 2021, dir: "list", page: 0 });
const list = keyboard({ a: "card", code: "18.01", year: 2021 }, { a: "top", province: "18", year: 2021, dir: "list", page: 1 });

describe("keyboards", () => {
  it("edits for another page or year of the same view, sends for a new view", () => {
    expect(shouldEdit({ a: "card", code: "18.03", year: 2022 }, card)).toBe(true);
    expect(shouldEdit({ a: "card", code: "18.01", year: 2021 }, card)).toBe(false);
    expect(shouldEdit({ a: "top", province: "18", year: 2021, dir: "list", page: 0 }, card)).toBe(false);
    expect(shouldEdit({ a: "top", province: "18", year: 2021, dir: "list", page: 1 }, list)).toBe(true);
    expect(shouldEdit({ a: "card", code: "18.01", year: 2021 }, list)).toBe(false);
    expect(shouldEdit({ a: "trend", code: "18.03" }, card)).toBe(false);
    expect(shouldEdit({ a: "card", code: "18.03" }, undefined)).toBe(false);
  });

  it("builds inline keyboards; inline messages get no chat-only buttons", () => {
    const buttons: Button[][] = [
      [{ label: "📈", action: { a: "trend", code: "18.03" } }],
      [
        { label: "⚖️", action: { a: "cmp", code: "18.03" } },
        { label: "🔔", action: { a: "follow", target: "body", code: "18.03" } },
      ],
    ];
    expect(toInlineKeyboard(buttons)?.inline_keyboard).toHaveLength(2);
    expect(toInlineKeyboard(buttons, { inline: true })).toEqual({ inline_keyboard: [[{ text: "📈", callback_data: "trend|18.03" }]] });
    expect(toInlineKeyboard([])).toBeUndefined();
    const errors: unknown[] = [];
    const tooLong = [[{ label: "x", action: { a: "follow", target: "body", code: "x".repeat(80) } as Action }]];
    expect(toInlineKeyboard(tooLong, { onError: (e) => errors.push(e) })).toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it("the chat layer's own callback data goes through the same codec", () => {
    expect(encodeAction({ a: "lang", locale: "en" })).toBe("lang|en");
    expect(decodeAction("lang|en")).toEqual({ a: "lang", locale: "en" });
    expect(encodeAction({ a: "imp", choice: "ok", draft: 12 })).toBe("imp|ok|12");
    expect(decodeAction("imp|ok|12")).toEqual({ a: "imp", choice: "ok", draft: 12 });
    expect(decodeAction("ann|no")).toEqual({ a: "ann", choice: "no" });
    for (const bad of ["lang", "lang|fr", "lang|en|x", "imp|yes", "imp|ok", "imp|ok|0", "imp|ok|x", "card|18.03|1999", ""]) expect(decodeAction(bad), bad).toBeNull();
  });

  it("names of Object.prototype are unknown kinds, not crashes", () => {
    for (const forged of ["constructor|x", "constructor", "toString", "valueOf", "__proto__|a", "hasOwnProperty", "isPrototypeOf|a|b"]) {
      expect(decodeAction(forged), forged).toBeNull();
    }
  });

  it("refuses to encode what would not decode the same", () => {
    expect(() => encodeAction({ a: "follow", target: "body", code: "a|b" })).toThrow(/"\|"/);
    expect(() => encodeAction({ a: "follow", target: "body", code: "x".repeat(60) })).toThrow(/64 bytes/);
  });
});

describe("small helpers", () => {
  it("reads deep-link payloads as body codes", () => {
    expect(deepLinkCode("18.03")).toBe("18.03");
    expect(deepLinkCode("18_03")).toBe("18.03");
    expect(deepLinkCode("18")).toBe("18");
    expect(deepLinkCode("KL_KEMENAG")).toBe("KL.KEMENAG");
    expect(deepLinkCode("")).toBeNull();
    expect(deepLinkCode("18.03.01")).toBeNull();
  });

  it("maps Telegram language codes", () => {
    expect(localeFromLanguageCode("id")).toBe("id");
    expect(localeFromLanguageCode("in")).toBe("id");
    expect(localeFromLanguageCode("en-US")).toBe("en");
    expect(localeFromLanguageCode("de")).toBeNull();
    expect(localeFromLanguageCode(undefined)).toBeNull();
  });

  it("scrubs secrets and anything token-shaped from log lines", () => {
    const token = "123456789:AAHfakeTokenForTests_abcdefghijklmnop";
    expect(scrubSecrets(`{"msg":"https://x/bot${token}/getMe"}`, [token])).toBe('{"msg":"https://x/bot[redacted]/getMe"}');
    expect(scrubSecrets("other 987654321:ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 token", [])).toBe("other [redacted] token");
    expect(scrubSecrets("WEBHOOK secret s3cr3t-s3cr3t here", ["s3cr3t-s3cr3t"])).toBe("WEBHOOK secret [redacted] here");
  });

  it("clamps HTML to 4,096 characters at a line break", () => {
    const html = Array.from({ length: 400 }, (_, i) => `<b>line ${i}</b>`).join("\n");
    const clamped = clampHtml(html);
    expect(clamped.length).toBeLessThanOrEqual(4096);
    expect(clamped.endsWith("</b>\n…")).toBe(true);
    expect(clampHtml("short")).toBe("short");
  });

  it("marks commands and mentions as Telegram does", () => {
    expect(entitiesOf("/nilai@RaporBot x @someone")).toEqual([
      { type: "bot_command", offset: 0, length: 15 },
      { type: "mention", offset: 18, length: 8 },
    ]);
  });
});
