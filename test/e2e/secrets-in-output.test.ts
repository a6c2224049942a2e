import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, freePort, spawnMain, type Spawned } from "../helpers/process.js";
import { botUser, startHostileBotApi, type HostileBotApi, type Plan } from "./hostile-bot-api.js";

const TOKEN = "7000009:AAHhostileNetworkTokenForTests_q1w2e3r4";
const SECRET = "hostile-webhook-secret_0123456789abcdef";
const CHAT = 5553001;

/** Every form a secret could be printed in: whole, its part after the colon, URL-encoded. */
const forbidden = [TOKEN, TOKEN.split(":")[1]!, encodeURIComponent(TOKEN), SECRET, encodeURIComponent(SECRET)];

function expectNoSecrets(run: Spawned): void {
  for (const [name, text] of [["stdout", run.stdout()], ["stderr", run.stderr()]] as const) {
    for (const secret of forbidden) expect(text.includes(secret), `${name} contains ${secret.slice(0, 12)}…:\n${text.slice(0, 3000)}`).toBe(false);
  }
}

const message = (updateId: number, text: string) => ({
  update_id: updateId,
  message: {
    message_id: updateId,
    date: Math.floor(Date.now() / 1000),
    chat: { id: CHAT, type: "private", first_name: "Ani" },
    from: { id: CHAT, is_bot: false, first_name: "Ani", language_code: "id" },
    text,
  },
});

/** The calls every start makes succeed; the plan decides the rest. */
const starting = (rest: Plan): Plan => (method, nth, body) => {
  if (method === "getMe") return { result: botUser(7000009) };
  if (["deleteWebhook", "setMyCommands"].includes(method)) return { result: true };
  return rest(method, nth, body);
};

/**
 * The bot as its own process against a Bot API that resets connections and answers 500, 401
 * and 409, at LOG_LEVEL=trace and with DEBUG=grammy* (grammY's and auto-retry's debug output):
 * nothing on stdout or stderr contains the token or the webhook secret.
 */
describe("no token or webhook secret in any output of the process", () => {
  let dir: string;
  const apis: HostileBotApi[] = [];
  const runs: Spawned[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-e2e-"));
  });
  afterAll(async () => {
    for (const run of runs) run.signal("SIGKILL");
    await Promise.all(apis.map((api) => api.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const start = async (plan: Plan, env: Record<string, string> = {}) => {
    const api = await startHostileBotApi(plan);
    apis.push(api);
    const run = spawnMain({
      BOT_TOKEN: TOKEN,
      BOT_API_ROOT: api.url,
      DATABASE_PATH: path.join(dir, `rapor-${apis.length}.sqlite`),
      LOG_LEVEL: "trace",
      DEBUG: "grammy*",
      ...env,
    });
    runs.push(run);
    return { api, run };
  };

  it("long polling: resets, a 500, a reply that fails on a reset connection, then 409 stops the bot", async () => {
    const { api, run } = await start(
      starting((method, nth) => {
        if (method === "getUpdates") return nth === 0 || nth === 2 ? "reset" : nth === 1 ? { error: 500 } : nth === 3 ? { result: [message(1, "nilai lampung utara 2021")] } : { error: 409 };
        if (method === "sendMessage") return "reset";
        return { result: true };
      }),
    );
    const code = await run.exited;
    await run.done;
    expect(api.calls.filter((c) => c.method === "getUpdates").map((c) => c.answer)).toEqual(["reset", "500", "reset", "ok", "409"]);
    expect(api.calls.some((c) => c.method === "sendMessage")).toBe(true);
    expect(code).toBe(1);
    expectNoSecrets(run);
    // The failures were written (through the logger, the token replaced), not silenced.
    expect(run.stdout()).toMatch(/"level":40[^\n]*getUpdates/);
    expect(run.stdout()).toMatch(/"level":50[^\n]*"msg":"update failed"/);
    expect(run.stdout()).toMatch(/"level":60[^\n]*409/);
    expect(run.stderr()).toMatch(/grammy/);
  }, 60_000);

  it("long polling: a 401 on getUpdates stops the bot", async () => {
    const { run } = await start(starting((method) => (method === "getUpdates" ? { error: 401 } : { result: true })));
    expect(await run.exited).toBe(1);
    await run.done;
    expect(run.stdout()).toMatch(/"level":60[^\n]*401/);
    expectNoSecrets(run);
  }, 60_000);

  it("a token the Bot API refuses at start is a configuration error", async () => {
    const { run } = await start(() => ({ error: 401 }));
    expect(await run.exited).toBe(2);
    await run.done;
    expect(run.stderr()).toContain("Invalid BOT_TOKEN: the Bot API rejected it (401)");
    expectNoSecrets(run);
  }, 60_000);

  it("webhook: setWebhook on a reset connection, a reply answered 500 then reset, a request without the secret", async () => {
    const port = await freePort();
    const hook = `http://127.0.0.1:${port}/telegram/hook`;
    const { api, run } = await start(
      starting((method, nth) => {
        if (method === "setWebhook") return "reset";
        if (method === "sendMessage") return nth === 0 ? { error: 500 } : "reset";
        return { result: true };
      }),
      { BOT_MODE: "webhook", WEBHOOK_URL: hook, WEBHOOK_SECRET: SECRET, PORT: String(port) },
    );
    await run.waitForOutput(/"msg":"bot started"/, 30_000);
    const post = (headers: Record<string, string>) =>
      fetch(hook, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(message(1, "nilai lampung utara 2021")) });
    expect((await post({})).status).toBe(401);
    expect((await post({ "X-Telegram-Bot-Api-Secret-Token": SECRET })).status).toBe(200);
    // The 500 is retried by auto-retry after 3 s, then the connection is reset.
    await eventually(() => (api.calls.filter((c) => c.method === "sendMessage").length >= 2 ? true : undefined), 20_000, "the retried reply");
    await run.waitForOutput(/"msg":"update failed"/, 10_000);
    run.signal("SIGTERM");
    await run.done;
    expect(run.stdout()).toMatch(/"level":50[^\n]*setWebhook failed/);
    expectNoSecrets(run);
  }, 60_000);
});
