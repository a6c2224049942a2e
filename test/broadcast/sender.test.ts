import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "../../src/store/outbox.js";
import { startSender, status, type RunningSender, type SenderOptions } from "../../src/broadcast/sender.js";
import { listSubscriptions, subscribe } from "../../src/store/subscriptions.js";
import { SendError, type SendFailure, type Transport } from "../../src/broadcast/transport.js";
import { openDatabase } from "../../src/store/connection.js";
import { claimDue } from "../../src/store/outbox.js";
import { eventually } from "../helpers/process.js";
import { storeTemplate, type Store } from "./helpers.js";

let template: Awaited<ReturnType<typeof storeTemplate>>;
let store: Store;
let sender: RunningSender | null = null;
beforeAll(async () => {
  template = await storeTemplate();
});
afterAll(async () => template.cleanup());
afterEach(async () => {
  await sender?.stop();
  sender = null;
  await store?.cleanup();
});

interface Call {
  chatId: number;
  html: string;
  at: number;
}

/** A transport that records every call and fails the ones `fail` says (a SendFailure, or nothing). */
function fakeTransport(fail: (call: Call, n: number) => SendFailure | null = () => null, delayMs = 0) {
  const calls: Call[] = [];
  const delivered: Call[] = [];
  const transport: Transport = {
    async sendMessage(chatId, html) {
      const call = { chatId, html, at: Date.now() };
      calls.push(call);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const failure = fail(call, calls.length);
      if (failure) throw new SendError(failure, `fake ${failure.kind}`);
      delivered.push(call);
    },
  };
  return { transport, calls, delivered };
}

const FAST: Partial<SenderOptions> = {
  pacing: { perSecond: 1000, perChatIntervalMs: 0, group: { count: 1000, windowMs: 1000 } },
  pollIntervalMs: 20,
  backoff: { baseMs: 20, maxMs: 100 },
  outageBackoff: { baseMs: 10, maxMs: 50 },
};

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const messages = (chatIds: number[], prefix = "m") => chatIds.map((chatId, i) => ({ chatId, html: `${prefix}${i}`, dedupeKey: `${prefix}:${i}` }));
const rowsOf = (s: Store) => s.db.selectFrom("outbox").selectAll().orderBy("id").execute();

describe("the sender", () => {
  it("delivers every queued message once and reports its progress", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2, 3, 4, 5]));
    const fake = fakeTransport();
    sender = startSender(store.db, { ...FAST, transport: fake.transport });
    await eventually(() => (fake.delivered.length === 5 ? true : undefined), 5000, "5 deliveries");
    await eventually(() => (sender!.stats().sent === 5 ? true : undefined), 2000, "5 marks");
    expect(fake.delivered.map((c) => c.html)).toEqual(["m0", "m1", "m2", "m3", "m4"]);
    const summary = await status(store.db);
    expect(summary).toMatchObject({ queued: 0, sent: 5, failed: 0, blocked: 0, nextDueAt: null });
    expect(summary.ratePerSecond).toBeGreaterThan(0);
    expect(sender.stats()).toMatchObject({ sent: 5, failed: 0, blocked: 0, inFlight: 0, leading: true, running: true });
  });

  it("keeps the per-chat pace: one message a second to a user, a window for groups", async () => {
    store = await template.copy();
    await enqueue(store.db, [...messages([7, 7, 7], "u"), ...messages([-100555, -100555, -100555], "g"), ...messages([8], "x")]);
    const fake = fakeTransport();
    sender = startSender(store.db, {
      ...FAST,
      transport: fake.transport,
      pacing: { perSecond: 1000, perChatIntervalMs: 300, group: { count: 2, windowMs: 1000 } },
    });
    await eventually(() => (fake.delivered.length === 7 ? true : undefined), 8000, "7 deliveries");
    const at = (chat: number) => fake.delivered.filter((c) => c.chatId === chat).map((c) => c.at);
    const user = at(7);
    expect(user[1]! - user[0]!).toBeGreaterThanOrEqual(290);
    expect(user[2]! - user[1]!).toBeGreaterThanOrEqual(290);
    const group = at(-100555);
    // Two in the window, the third only when the first has left it.
    expect(group[2]! - group[0]!).toBeGreaterThanOrEqual(990);
    // A waiting chat does not hold the others up.
    expect(at(8)[0]! - user[0]!).toBeLessThan(250);
  });

  it("keeps the overall rate", async () => {
    store = await template.copy();
    await enqueue(store.db, messages(Array.from({ length: 21 }, (_, i) => 100 + i)));
    const fake = fakeTransport();
    sender = startSender(store.db, { ...FAST, transport: fake.transport, pacing: { perSecond: 40, perChatIntervalMs: 1000 } });
    await eventually(() => (fake.delivered.length === 21 ? true : undefined), 5000, "21 deliveries");
    const span = fake.delivered.at(-1)!.at - fake.delivered[0]!.at;
    // 20 gaps of 25 ms.
    expect(span).toBeGreaterThanOrEqual(490);
    expect(span).toBeLessThan(800);
  });

  it("waits retry_after on a 429, then delivers the same message first without counting a failed attempt", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2]));
    const fake = fakeTransport((_, n) => (n === 1 ? { kind: "rate-limited", retryAfterS: 1 } : null));
    sender = startSender(store.db, { ...FAST, transport: fake.transport, concurrency: 1 });
    await eventually(() => (fake.delivered.length === 2 ? true : undefined), 5000, "2 deliveries");
    expect(fake.calls.map((c) => c.html)).toEqual(["m0", "m0", "m1"]);
    expect(fake.calls[1]!.at - fake.calls[0]!.at).toBeGreaterThanOrEqual(990);
    await eventually(() => (sender!.stats().sent === 2 ? true : undefined), 2000, "marks");
    expect((await rowsOf(store)).map((r) => [r.status, r.attempts])).toEqual([["sent", 0], ["sent", 0]]);
    expect(sender.stats().rateLimited).toBe(1);
  });

  it("pauses every send on a 429, the ones already in flight aside", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2, 3, 4, 5, 6]));
    let limitedAt = 0;
    const fake = fakeTransport((call) => {
      if (call.html !== "m0" || limitedAt) return null;
      limitedAt = Date.now();
      return { kind: "rate-limited", retryAfterS: 1 };
    }, 50);
    sender = startSender(store.db, { ...FAST, transport: fake.transport, concurrency: 3, pacing: { perSecond: 100, perChatIntervalMs: 0 } });
    await eventually(() => (fake.delivered.length === 6 ? true : undefined), 5000, "6 deliveries");
    // Started before the 429 came back: at most the other two of the three in flight.
    const before = fake.calls.filter((c) => c.at < limitedAt);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThanOrEqual(3);
    for (const call of fake.calls.filter((c) => c.at >= limitedAt)) expect(call.at - limitedAt).toBeGreaterThanOrEqual(990);
    expect(fake.delivered.filter((c) => c.html === "m0")).toHaveLength(1);
    await eventually(() => (sender!.stats().sent === 6 ? true : undefined), 2000, "marks");
    expect((await rowsOf(store)).map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: 6 }, () => ["sent", 0]));
  });

  it("ends the subscriptions of a chat that blocked the bot and skips its other messages", async () => {
    store = await template.copy();
    const { db } = store;
    await subscribe(db, { chatId: 66, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
    await subscribe(db, { chatId: 67, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
    await enqueue(db, messages([66, 67, 66, 67]));
    const fake = fakeTransport((call) => (call.chatId === 66 ? { kind: "blocked" } : null));
    sender = startSender(db, { ...FAST, transport: fake.transport });
    await eventually(() => (fake.delivered.length === 2 ? true : undefined), 5000, "2 deliveries");
    await sender.stop();
    expect(fake.calls.filter((c) => c.chatId === 66)).toHaveLength(1);
    expect((await rowsOf(store)).map((r) => `${r.chat_id}:${r.status}`)).toEqual(["66:blocked", "67:sent", "66:blocked", "67:sent"]);
    expect(await listSubscriptions(db, 66)).toEqual([]);
    expect(await listSubscriptions(db, 67)).toHaveLength(1);
  });

  it("retries network errors and 5xx with backoff, then gives up after the last attempt", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2]));
    // Chat 1 fails twice then succeeds; chat 2 always fails.
    const tries = new Map<number, number>();
    const fake = fakeTransport((call) => {
      const n = (tries.get(call.chatId) ?? 0) + 1;
      tries.set(call.chatId, n);
      return call.chatId === 2 || n <= 2 ? { kind: "transient" } : null;
    });
    sender = startSender(store.db, { ...FAST, transport: fake.transport, maxAttempts: 4 });
    await eventually(() => (sender!.stats().failed === 1 && sender!.stats().sent === 1 ? true : undefined), 8000, "one sent, one failed");
    const rows = await rowsOf(store);
    expect(rows.map((r) => [r.status, r.attempts, r.last_error])).toEqual([
      ["sent", 2, null],
      ["failed", 4, "fake transient"],
    ]);
    const one = fake.calls.filter((c) => c.chatId === 1).map((c) => c.at);
    // Exponential: the second wait is longer than the first (20 ms, then 40 ms, ±10%).
    expect(one[1]! - one[0]!).toBeGreaterThanOrEqual(17);
    expect(one[2]! - one[1]!).toBeGreaterThanOrEqual(35);
    expect(fake.calls.filter((c) => c.chatId === 2)).toHaveLength(4);
  });

  it("gives up at once on a message Telegram rejects", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2]));
    const fake = fakeTransport((call) => (call.chatId === 1 ? { kind: "rejected" } : null));
    sender = startSender(store.db, { ...FAST, transport: fake.transport });
    await eventually(() => (fake.delivered.length === 1 && sender!.stats().failed === 1 ? true : undefined), 5000, "done");
    expect((await rowsOf(store)).map((r) => r.status)).toEqual(["failed", "sent"]);
    expect(fake.calls).toHaveLength(2);
  });

  it("follows a group that became a supergroup", async () => {
    store = await template.copy();
    const { db } = store;
    await subscribe(db, { chatId: -555, chatType: "group", target: { kind: "province", code: "18" }, locale: "id" });
    await enqueue(db, messages([-555]));
    const fake = fakeTransport((call) => (call.chatId === -555 ? { kind: "migrated", toChatId: -1001555 } : null));
    sender = startSender(db, { ...FAST, transport: fake.transport });
    await eventually(() => (fake.delivered.length === 1 ? true : undefined), 5000, "delivery");
    expect(fake.delivered[0]!.chatId).toBe(-1001555);
    expect((await listSubscriptions(db, -1001555)).map((s) => s.target.code)).toEqual(["18"]);
  });

  it("finishes and marks the sends in flight when stopped, and gives back its other claims", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2, 3, 4]));
    const fake = fakeTransport(() => null, 300);
    sender = startSender(store.db, { ...FAST, transport: fake.transport, concurrency: 2, batchSize: 4 });
    await eventually(() => (fake.calls.length === 2 ? true : undefined), 5000, "two calls");
    expect(sender.stats().inFlight).toBe(2);
    // The other two are claimed, waiting for a free place.
    expect((await rowsOf(store)).filter((r) => r.claimed_by !== null)).toHaveLength(4);
    await sender.stop();
    expect(fake.calls).toHaveLength(2);
    expect((await rowsOf(store)).map((r) => [r.status, r.claimed_by])).toEqual([
      ["sent", null],
      ["sent", null],
      ["queued", null],
      ["queued", null],
    ]);
    expect(sender.stats()).toMatchObject({ inFlight: 0, leading: false, running: false });
  });

  it("keeps several messages in flight, never two to one chat", async () => {
    store = await template.copy();
    const chats = Array.from({ length: 12 }, (_, i) => 200 + i);
    await enqueue(store.db, messages([...chats, ...chats, ...chats]));
    let open = 0;
    let peak = 0;
    const openPerChat = new Map<number, number>();
    let chatPeak = 0;
    const transport: Transport = {
      async sendMessage(chatId) {
        peak = Math.max(peak, ++open);
        openPerChat.set(chatId, (openPerChat.get(chatId) ?? 0) + 1);
        chatPeak = Math.max(chatPeak, openPerChat.get(chatId)!);
        await wait(60);
        open--;
        openPerChat.set(chatId, openPerChat.get(chatId)! - 1);
      },
    };
    sender = startSender(store.db, { ...FAST, transport, concurrency: 5 });
    await eventually(() => (sender!.stats().sent === 36 ? true : undefined), 10_000, "36 sends");
    expect(peak).toBe(5);
    expect(chatPeak).toBe(1);
    expect((await status(store.db)).sent).toBe(36);
  });

  it("claims each row before sending it, and marks it sent once Telegram confirms", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1, 2]));
    const db = store.db;
    const seen: { status: string; claimed_by: string | null; claimed_until: string | null; at: number }[] = [];
    const transport: Transport = {
      async sendMessage(_, html) {
        const row = await db.selectFrom("outbox").select(["status", "claimed_by", "claimed_until"]).where("text", "=", html).executeTakeFirstOrThrow();
        seen.push({ ...row, at: Date.now() });
      },
    };
    sender = startSender(db, { ...FAST, transport, senderId: "test-sender", leaseMs: 30_000 });
    await eventually(() => (sender!.stats().sent === 2 ? true : undefined), 5000, "2 sends");
    expect(seen).toHaveLength(2);
    for (const row of seen) {
      expect(row).toMatchObject({ status: "queued", claimed_by: "test-sender" });
      // At least three quarters of the lease left when the send starts.
      expect(Date.parse(row.claimed_until!) - row.at).toBeGreaterThanOrEqual(22_500);
    }
    expect((await rowsOf(store)).map((r) => [r.status, r.claimed_by, r.claimed_until])).toEqual([
      ["sent", null, null],
      ["sent", null, null],
    ]);
  });

  it("does not send a row another sender claimed when its own lease ran out during a pause", async () => {
    store = await template.copy();
    await enqueue(store.db, messages([1]));
    const fake = fakeTransport((_, n) => (n === 1 ? { kind: "rate-limited", retryAfterS: 1 } : null));
    sender = startSender(store.db, { ...FAST, transport: fake.transport, leaseMs: 300 });
    await eventually(() => (sender!.stats().rateLimited === 1 ? true : undefined), 5000, "the 429");
    await wait(350);
    const other = openDatabase(store.target);
    try {
      expect(await claimDue(other, { by: "other", nowMs: Date.now(), leaseMs: 60_000, limit: 10 })).toHaveLength(1);
    } finally {
      await other.destroy();
    }
    await wait(1000); // past retry_after
    expect(fake.calls).toHaveLength(1);
    expect((await rowsOf(store)).map((r) => [r.status, r.claimed_by])).toEqual([["queued", "other"]]);
  });

  it("keeps a chat's pace across a restart, from the sends in the table", async () => {
    store = await template.copy();
    const pacing = { perSecond: 1000, perChatIntervalMs: 1000 };
    await enqueue(store.db, messages([7], "before"));
    const fake = fakeTransport();
    sender = startSender(store.db, { ...FAST, transport: fake.transport, pacing });
    await eventually(() => (sender!.stats().sent === 1 ? true : undefined), 5000, "the first send");
    await sender.stop();
    await enqueue(store.db, messages([7, 8], "after"));
    sender = startSender(store.db, { ...FAST, transport: fake.transport, pacing });
    await eventually(() => (fake.delivered.length === 3 ? true : undefined), 5000, "the second send");
    const to7 = fake.delivered.filter((c) => c.chatId === 7).map((c) => c.at);
    expect(to7[1]! - to7[0]!).toBeGreaterThanOrEqual(990);
    // Another chat did not wait.
    expect(fake.delivered.find((c) => c.chatId === 8)!.at - to7[0]!).toBeLessThan(500);
  });

  it("picks up messages another process enqueues while it runs", async () => {
    store = await template.copy();
    const fake = fakeTransport();
    sender = startSender(store.db, { ...FAST, transport: fake.transport, pollIntervalMs: 100 });
    await new Promise((r) => setTimeout(r, 150));
    // Another connection to the same file: the import CLI.
    const other = openDatabase(store.target);
    try {
      await enqueue(other, messages([11, 12], "cli"));
    } finally {
      await other.destroy();
    }
    await eventually(() => (fake.delivered.length === 2 ? true : undefined), 3000, "the CLI's messages");
  });
});
