import { describe, expect, it } from "vitest";
import { Pacer } from "../../src/broadcast/pacer.js";
import { classifyBotApiError } from "../../src/broadcast/transport.js";
import { deepLink, startPayload } from "../../src/broadcast/targets.js";
import { deepLinkCode } from "../../src/bot/features/info.js";

describe("Pacer", () => {
  it("spaces sends by the overall rate from the planned times, without banking idle time", () => {
    const pacer = new Pacer({ perSecond: 25, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } });
    expect(pacer.reserve(1000)).toBe(1000);
    expect(pacer.reserve(1000)).toBe(1040);
    // The caller woke up late (1045): the next slot still follows the plan.
    expect(pacer.reserve(1045)).toBe(1080);
    // Idle for a while: no burst of saved-up slots.
    expect(pacer.reserve(5000)).toBe(5000);
    expect(pacer.reserve(5000)).toBe(5040);
  });

  it("keeps one second between two messages to one chat", () => {
    const pacer = new Pacer({ perSecond: 25, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } });
    pacer.record(42, 10_000);
    expect(pacer.chatReadyAt(42, 10_100)).toBe(11_000);
    expect(pacer.chatReadyAt(43, 10_100)).toBe(10_100);
    expect(pacer.chatReadyAt(42, 11_500)).toBe(11_500);
  });

  it("allows at most 20 messages a minute to a group", () => {
    const pacer = new Pacer({ perSecond: 25, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } });
    for (let i = 0; i < 20; i++) pacer.record(-100123, i * 1000);
    // The 21st waits until the first leaves the window.
    expect(pacer.chatReadyAt(-100123, 20_000)).toBe(60_000);
    // A private chat with the same history would be free after a second.
    for (let i = 0; i < 20; i++) pacer.record(777, i * 1000);
    expect(pacer.chatReadyAt(777, 20_000)).toBe(20_000);
  });

  it("pauses everything until a 429's retry_after has passed", () => {
    const pacer = new Pacer({ perSecond: 25, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } });
    pacer.pauseUntil(9000);
    expect(pacer.pausedAt(8999)).toBe(true);
    expect(pacer.pausedAt(9000)).toBe(false);
    expect(pacer.reserve(1000)).toBe(9000);
  });

  it("forgets idle chats, so memory does not grow with the number of chats", () => {
    const pacer = new Pacer({ perSecond: 1000, perChatIntervalMs: 1000, group: { count: 20, windowMs: 60_000 } });
    for (let i = 0; i < 100_000; i++) pacer.record(i + 1, i); // 1,000 chats a second for 100 s
    expect(pacer.trackedChats).toBeLessThanOrEqual(2100);
  });
});

describe("Bot API errors", () => {
  it("sorts errors into what the sender does", () => {
    expect(classifyBotApiError({ error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } })).toEqual({ kind: "rate-limited", retryAfterS: 7 });
    expect(classifyBotApiError({ error_code: 403, description: "Forbidden: bot was blocked by the user" })).toEqual({ kind: "blocked" });
    expect(classifyBotApiError({ error_code: 403, description: "Forbidden: bot was kicked from the group chat" })).toEqual({ kind: "blocked" });
    expect(classifyBotApiError({ error_code: 400, description: "Bad Request: chat not found" })).toEqual({ kind: "blocked" });
    expect(classifyBotApiError({ error_code: 400, description: "Bad Request: group chat was upgraded to a supergroup chat", parameters: { migrate_to_chat_id: -1001234 } })).toEqual({ kind: "migrated", toChatId: -1001234 });
    expect(classifyBotApiError({ error_code: 400, description: "Bad Request: can't parse entities" })).toEqual({ kind: "rejected" });
    expect(classifyBotApiError({ error_code: 401, description: "Unauthorized" })).toEqual({ kind: "unauthorized" });
    expect(classifyBotApiError({ error_code: 500, description: "Internal Server Error" })).toEqual({ kind: "transient" });
    expect(classifyBotApiError({ error_code: 502, description: "Bad Gateway" })).toEqual({ kind: "transient" });
  });
});

describe("deep links", () => {
  it("link to a body's card with a payload the bot's /start reads back", () => {
    expect(deepLink("rapor_bot", "18.03")).toBe("https://t.me/rapor_bot?start=18_03");
    expect(deepLink("@rapor_bot", "KL.BPOM")).toBe("https://t.me/rapor_bot?start=KL_BPOM");
    for (const code of ["18", "18.03", "KL.BPOM", "KL.ATRBPN"]) {
      expect(startPayload(code)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
      expect(deepLinkCode(startPayload(code))).toBe(code);
    }
    expect(() => deepLink('x"><script>', "18")).toThrow();
  });
});
