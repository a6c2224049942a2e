import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueue, status } from "../../src/broadcast/index.js";
import { openStore } from "../../src/store/open-store.js";
import { eventually, freePort, spawnMain, type Spawned } from "../helpers/process.js";
import { botUser, startHostileBotApi, type HostileBotApi } from "./hostile-bot-api.js";

const TOKEN = "7000011:AAHshutdownTokenForEndToEndTests_9x8y7z";
const SECRET = "shutdown-webhook-secret-0123456789";
const CHAT = 5554001;
const SUBSCRIBER = 5554002;
/** The Bot API takes this long to answer a sendMessage: the signal arrives while one is in hand. */
const SEND_MS = 1_500;

/**
 * A process supervisor's view of the bot in webhook mode: /healthz reports the database, and
 * SIGTERM lets the update in hand (its reply still on the wire) and the sender's message in hand
 * finish, then the process exits 0.
 */
describe("webhook mode: health and a graceful SIGTERM", () => {
  let dir: string;
  let api: HostileBotApi;
  let bot: Spawned;
  let port: number;
  let database: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-e2e-"));
    database = path.join(dir, "rapor.sqlite");
    api = await startHostileBotApi((method, _nth, body) => {
      if (method === "getMe") return { result: botUser(7000011) };
      if (method === "sendMessage") {
        const chat = { id: Number(body.chat_id), type: "private", first_name: "Ani" };
        return { result: { message_id: 1, date: 0, chat, text: String(body.text) }, delayMs: SEND_MS };
      }
      return { result: true };
    });
    port = await freePort();
  });
  afterAll(async () => {
    bot?.signal("SIGKILL");
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers /healthz with the database's state", async () => {
    bot = spawnMain({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATABASE_PATH: database,
      BOT_MODE: "webhook",
      WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
    });
    await bot.waitForOutput(/"msg":"bot started"/, 30_000);
    expect(bot.stdout()).toMatch(/"host":"127\.0\.0\.1"/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok");
  }, 60_000);

  it("SIGTERM drains the update in hand and the sender's send in hand, then exits 0", async () => {
    // A queued announcement: the sender picks it up and waits SEND_MS for Telegram.
    const db = await openStore(database);
    try {
      await enqueue(db, [{ chatId: SUBSCRIBER, html: "Pengumuman", dedupeKey: "shutdown-test-1" }]);
    } finally {
      await db.destroy();
    }
    await eventually(() => (api.calls.some((c) => c.method === "sendMessage" && Number(c.body.chat_id) === SUBSCRIBER) ? true : undefined), 15_000, "the sender's send");

    const update = {
      update_id: 1,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: CHAT, type: "private", first_name: "Ani" }, from: { id: CHAT, is_bot: false, first_name: "Ani", language_code: "id" }, text: "nilai lampung utara 2021" },
    };
    const posted = fetch(`http://127.0.0.1:${port}/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(update),
    });
    const reply = await eventually(() => api.calls.find((c) => c.method === "sendMessage" && Number(c.body.chat_id) === CHAT), 15_000, "the reply in hand");
    expect(reply.answered).toBe(false);

    bot.signal("SIGTERM");
    const code = await bot.exited;
    await bot.done;
    expect(code).toBe(0);
    expect((await posted).status).toBe(200);
    expect(reply.answered).toBe(true);
    expect(String(reply.body.text)).toContain("Kabupaten Lampung Utara");
    expect(bot.stdout()).toMatch(/"msg":"draining the updates in hand"[\s\S]*"msg":"bot stopped"/);

    // The announcement in hand was delivered and marked sent before the database closed.
    const db2 = await openStore(database);
    try {
      const counts = await status(db2);
      expect(counts.sent).toBe(1);
      expect(counts.queued).toBe(0);
    } finally {
      await db2.destroy();
    }
  }, 60_000);
});
