import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSender, status, type RunningSender } from "../../src/broadcast/sender.js";
import { listSubscriptions } from "../../src/store/subscriptions.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import { BOT_USERNAME, follow, importWithAnnouncements, storeTemplate, type Store } from "../broadcast/helpers.js";
import { eventually, freePort } from "../helpers/process.js";
import { startFaultProxy, type Fault, type FaultProxy } from "./fault-proxy.js";

/** A token of the real shape; the emulator accepts any. */
const TOKEN = "7000002:AAEmulatorTokenForBroadcastTests_abc99";

// The subscribers, and what the proxy does to the first message to each.
const ANI = 4001; // follows Lampung Barat, Indonesian
const BEN = 4002; // follows Lampung province, English
const CITRA = 4003; // follows cities: nothing in this import
const DEDI = 4004; // follows Tanggamus, has blocked the bot (403)
const EKA = 4005; // follows Lampung province, first send answered 429 retry_after 1
const FAJAR = 4006; // follows Tulang Bawang, first send answered 500
const GITA = 4007; // follows Lampung Barat, first connection dropped before the Bot API
const HANA = 4008; // follows Tanggamus, the chat does not exist (400 chat not found)
const GROUP = -1004009; // a supergroup following the province

const FIRST_FAULT: Record<number, Fault> = {
  [DEDI]: { kind: "403" },
  [EKA]: { kind: "429", retryAfter: 1 },
  [FAJAR]: { kind: "500" },
  [GITA]: { kind: "drop" },
  [HANA]: { kind: "chat-not-found" },
};

describe("announcements delivered through the Bot API emulator, behind a fault-injecting proxy", () => {
  let template: Awaited<ReturnType<typeof storeTemplate>>;
  let store: Store;
  let server: TelegramServer;
  let proxy: FaultProxy;
  let sender: RunningSender | null = null;
  const received = (chatId: number) => server.storage.botMessages.filter((m) => Number(m.message.chat_id) === chatId);

  beforeAll(async () => {
    template = await storeTemplate();
    store = await template.copy();
    const port = await freePort();
    server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
    await server.start();
    const faulted = new Set<number>();
    proxy = await startFaultProxy(`http://127.0.0.1:${port}`, ({ method, chatId }) => {
      if (method !== "sendMessage" || chatId === null) return null;
      const fault = FIRST_FAULT[chatId];
      if (!fault) return null;
      // Blocked and missing chats stay so; the others fail once.
      if (fault.kind === "403" || fault.kind === "chat-not-found") return fault;
      if (faulted.has(chatId)) return null;
      faulted.add(chatId);
      return fault;
    });
  }, 60_000);

  afterAll(async () => {
    await sender?.stop();
    await proxy.close();
    await server.stop();
    await store.cleanup();
    await template.cleanup();
  });

  it("delivers the right digest to each subscriber, and only to them, despite the faults", async () => {
    const { db } = store;
    await follow(db, ANI, { kind: "body", code: "18.04" }, "id");
    await follow(db, BEN, { kind: "province", code: "18" }, "en");
    await follow(db, CITRA, { kind: "category", code: "kota" }, "id");
    await follow(db, DEDI, { kind: "body", code: "18.06" }, "id");
    await follow(db, EKA, { kind: "province", code: "18" }, "id");
    await follow(db, FAJAR, { kind: "body", code: "18.05" }, "id");
    await follow(db, GITA, { kind: "body", code: "18.04" }, "en");
    await follow(db, HANA, { kind: "body", code: "18.06" }, "id");
    await follow(db, GROUP, { kind: "province", code: "18" }, "id");

    await importWithAnnouncements(db, "lampung-2024.csv");
    expect((await status(db)).queued).toBe(8);

    sender = startSender(db, {
      transport: telegramTransport(TOKEN, { apiRoot: proxy.url, timeoutSeconds: 5 }),
      pacing: { perSecond: 200 },
      backoff: { baseMs: 100, maxMs: 1000 },
      outageBackoff: { baseMs: 50, maxMs: 200 },
      pollIntervalMs: 50,
    });
    await eventually(() => (sender!.stats().sent === 6 && sender!.stats().blocked === 2 ? true : undefined), 15_000, "all delivered");

    // Who got what.
    const ani = received(ANI);
    expect(ani).toHaveLength(1);
    expect(ani[0]!.message.parse_mode).toBe("HTML");
    expect(ani[0]!.message.text).toContain("🔔 <b>Hasil baru: Kabupaten Lampung Barat</b>");
    expect(ani[0]!.message.text).toContain("Nilai <b>91,3</b>");
    expect(ani[0]!.message.text).toContain(`https://t.me/${BOT_USERNAME}?start=18_04`);
    expect(ani[0]!.message.reply_markup).toEqual({ inline_keyboard: [[{ text: "📊 Kartu lengkap", url: `https://t.me/${BOT_USERNAME}?start=18_04` }]] });

    const ben = received(BEN);
    expect(ben).toHaveLength(1);
    expect(ben[0]!.message.text).toContain("🔔 <b>New results in Provinsi Lampung</b>");
    expect(ben[0]!.message.text).toContain("Score <b>50.12</b>");

    expect(received(CITRA)).toHaveLength(0);
    expect(received(DEDI)).toHaveLength(0);
    expect(received(HANA)).toHaveLength(0);
    expect(received(EKA)).toHaveLength(1);
    expect(received(FAJAR)).toHaveLength(1);
    expect(received(GITA)).toHaveLength(1);
    expect(received(GITA)[0]!.message.text).toContain("New result: Kabupaten Lampung Barat");
    expect(received(GROUP)).toHaveLength(1);
    expect(server.storage.botMessages).toHaveLength(6);

    // 429: the next request came after retry_after.
    const toEka = proxy.requests.filter((r) => r.chatId === EKA);
    expect(toEka.map((r) => r.fault)).toEqual(["429", null]);
    expect(toEka[1]!.at - toEka[0]!.at).toBeGreaterThanOrEqual(990);
    // 500 and a dropped connection: retried once, counted as one failed attempt.
    expect(proxy.requests.filter((r) => r.chatId === FAJAR).map((r) => r.fault)).toEqual(["500", null]);
    expect(proxy.requests.filter((r) => r.chatId === GITA).map((r) => r.fault)).toEqual(["drop", null]);
    // 403 and "chat not found": tried once, subscriptions ended, row blocked.
    expect(proxy.requests.filter((r) => r.chatId === DEDI)).toHaveLength(1);
    expect(proxy.requests.filter((r) => r.chatId === HANA)).toHaveLength(1);
    expect(await listSubscriptions(db, DEDI)).toEqual([]);
    expect(await listSubscriptions(db, HANA)).toEqual([]);
    expect(await listSubscriptions(db, ANI)).toHaveLength(1);

    const rows = await db.selectFrom("outbox").select(["chat_id", "status", "attempts", "last_error"]).execute();
    const row = (chat: number) => rows.find((r) => Number(r.chat_id) === chat)!;
    expect(row(DEDI)).toMatchObject({ status: "blocked", last_error: "403: Forbidden: bot was blocked by the user" });
    expect(row(HANA)).toMatchObject({ status: "blocked", last_error: "400: Bad Request: chat not found" });
    expect(row(FAJAR)).toMatchObject({ status: "sent", attempts: 1 });
    expect(row(GITA)).toMatchObject({ status: "sent", attempts: 1 });
    expect(row(EKA)).toMatchObject({ status: "sent", attempts: 0 });
    expect(await status(db)).toMatchObject({ queued: 0, sent: 6, failed: 0, blocked: 2 });
  });

  it("never writes the token into the outbox, even for network errors", async () => {
    const errors = await store.db.selectFrom("outbox").select("last_error").execute();
    for (const { last_error } of errors) expect(last_error ?? "").not.toContain(TOKEN.split(":")[1]);
  });

  it("re-sends a message whose answer was lost after delivery (at least once, documented)", async () => {
    const { db } = store;
    await sender?.stop();
    const chat = 4010;
    await db
      .insertInto("outbox")
      .values({ chat_id: chat, text: "lost answer", reply_markup: null, import_id: null, dedupe_key: "lost-answer", status: "queued", next_attempt_at: new Date().toISOString(), created_at: new Date().toISOString() })
      .execute();
    let dropped = false;
    proxy.setPlan(({ chatId }) => (chatId === chat && !dropped ? ((dropped = true), { kind: "drop-after-forward" }) : null));
    sender = startSender(db, {
      transport: telegramTransport(TOKEN, { apiRoot: proxy.url, timeoutSeconds: 5 }),
      pacing: { perSecond: 200 },
      backoff: { baseMs: 100, maxMs: 1000 },
      pollIntervalMs: 50,
    });
    await eventually(() => (sender!.stats().sent === 1 ? true : undefined), 10_000, "the re-send");
    expect(received(chat)).toHaveLength(2);
  });
});
