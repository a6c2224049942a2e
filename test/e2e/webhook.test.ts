import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, freePort, type Spawned } from "../helpers/process.js";
import { startEmulatedBot, type EmulatedBot } from "./emulated-bot.js";

const TOKEN = "7000002:AAEmulatorTokenForWebhookTests_abc987";
const SECRET = "e2e-webhook-secret-0123456789";
const CHAT = 5559876;

describe("the bot as its own process in webhook mode", () => {
  let emulated: EmulatedBot;
  let server: TelegramServer;
  let bot: Spawned;
  let hook: string;
  let botPort: number;
  let updateId = 1;

  const update = (text: string) => ({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: CHAT, type: "private", first_name: "Ani" },
      from: { id: CHAT, is_bot: false, first_name: "Ani", language_code: "id" },
      text,
    },
  });
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(hook, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const sent = () => server.storage.botMessages.filter((m) => m.botToken === TOKEN && String(m.message.chat_id) === String(CHAT));

  beforeAll(async () => {
    botPort = await freePort();
    hook = `http://127.0.0.1:${botPort}/telegram/hook`;
    emulated = await startEmulatedBot(TOKEN, { BOT_MODE: "webhook", WEBHOOK_URL: hook, WEBHOOK_SECRET: SECRET, PORT: String(botPort) });
    ({ server, bot } = emulated);
  }, 60_000);

  afterAll(async () => emulated.close());

  it("refuses updates without the right secret token header", async () => {
    expect((await post(update("nilai lampung utara 2021"))).status).toBe(401);
    expect((await post(update("nilai lampung utara 2021"), { "X-Telegram-Bot-Api-Secret-Token": "wrong-secret-wrong-secret" })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(sent()).toHaveLength(0);
  });

  it("handles an update with the secret and replies through the Bot API root", async () => {
    const response = await post(update("nilai lampung utara 2021"), { "X-Telegram-Bot-Api-Secret-Token": SECRET });
    expect(response.status).toBe(200);
    const card = await eventually(() => sent()[0], 10_000, "the reply at the emulator");
    expect(card.message.text).toContain("<b>Kabupaten Lampung Utara</b> · 2021");
    expect(card.message.parse_mode).toBe("HTML");
  });

  it("registered the webhook with its secret, answers health checks, and rejects other requests", async () => {
    expect((server as unknown as { webhooks: Record<string, { url: string; secret_token?: string }> }).webhooks[TOKEN]).toMatchObject({ url: hook, secret_token: SECRET });
    expect((await fetch(`http://127.0.0.1:${botPort}/healthz`)).status).toBe(200);
    expect((await fetch(hook)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${botPort}/elsewhere`, { method: "POST" })).status).toBe(404);
    expect((await post("{not json", { "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(400);
  });

  it("stops cleanly on SIGTERM without the token or the secret in its logs", async () => {
    bot.signal("SIGTERM");
    await bot.done;
    const output = bot.stdout() + bot.stderr();
    expect(output).toMatch(/"msg":"bot stopped"/);
    expect(output).not.toContain(TOKEN.split(":")[1]);
    expect(output).not.toContain(SECRET);
  });
});
