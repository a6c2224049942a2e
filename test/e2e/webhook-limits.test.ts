import net from "node:net";
import { Bot } from "grammy";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../../src/bot/context.js";
import { DEFAULT_WEBHOOK_LIMITS, startWebhookServer, type WebhookLimits, type WebhookServer } from "../../src/bot/webhook-server.js";
import { BOT_INFO } from "../helpers/bot-harness.js";

const SECRET = "limits-webhook-secret-0123456789";
const PATH = "/telegram/hook";
const MB = 1024 * 1024;

/** A raw connection: what it received, and when it was closed (ms after it opened). */
interface Raw {
  socket: net.Socket;
  received: () => string;
  closed: Promise<number>;
}

function connect(port: number): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const opened = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", () => {
      // A reset while writing: the close below tells the story.
    });
    const closed = new Promise<number>((done) => socket.once("close", () => done(Date.now() - opened)));
    socket.once("connect", () => resolve({ socket, received: () => data, closed }));
    socket.once("error", reject);
  });
}

const head = (lines: string[]) => `${["POST " + PATH + " HTTP/1.1", "Host: 127.0.0.1", ...lines].join("\r\n")}\r\n\r\n`;
const update = (id: number) => JSON.stringify({ update_id: id, message: { message_id: id, date: 0, chat: { id: 7, type: "private", first_name: "A" }, from: { id: 7, is_bot: false, first_name: "A" }, text: "hi" } });

/** Writes `total` bytes of a chunked body as fast as the socket takes them; resolves with how many were accepted. */
async function pushChunked(raw: Raw, total: number): Promise<number> {
  const piece = Buffer.alloc(64 * 1024, "a");
  const frame = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
  let sent = 0;
  let open = true;
  void raw.closed.then(() => (open = false));
  while (sent < total && open) {
    if (!raw.socket.write(frame)) await new Promise((resolve) => { raw.socket.once("drain", resolve); void raw.closed.then(resolve); });
    sent += piece.length;
  }
  return sent;
}

describe("the webhook server under hostile HTTP (raw sockets)", () => {
  const handled: number[] = [];
  let gate: Promise<void> = Promise.resolve();
  let server: WebhookServer;
  let healthy: () => Promise<unknown> = async () => undefined;
  const bot = new Bot<BotContext>("123456789:AAHlimitsTokenForTests_abcdefghijklmn", { botInfo: BOT_INFO });
  bot.on("message", async (ctx) => {
    await gate;
    handled.push(ctx.update.update_id);
  });

  const start = (limits: Partial<WebhookLimits> = {}) =>
    startWebhookServer(bot, { port: 0, host: "127.0.0.1", path: PATH, secret: SECRET, logger: pino({ level: "silent" }), health: () => healthy(), limits });

  beforeAll(async () => {
    server = await start({ requestTimeoutMs: 2_000, headersTimeoutMs: 1_000 });
  });
  afterAll(async () => server.close());

  it("has short timeouts, a body cap and a connection cap by default", () => {
    expect(DEFAULT_WEBHOOK_LIMITS.maxBodyBytes).toBe(1_000_000);
    expect(DEFAULT_WEBHOOK_LIMITS.headersTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_WEBHOOK_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(DEFAULT_WEBHOOK_LIMITS.maxConnections).toBeGreaterThanOrEqual(40);
  });

  it("an update with the secret is handled and answered 200", async () => {
    const body = update(1);
    const raw = await connect(server.port);
    raw.socket.write(head([`X-Telegram-Bot-Api-Secret-Token: ${SECRET}`, "Content-Type: application/json", `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close"]) + body);
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 200/);
    expect(handled).toContain(1);
  });

  it("three chunked 50 MB bodies with the secret: 413 and closed after about 1 MB each; memory does not grow", async () => {
    globalThis.gc?.();
    const before = process.memoryUsage();
    const raws = await Promise.all([0, 1, 2].map(() => connect(server.port)));
    const sent = await Promise.all(
      raws.map((raw) => {
        raw.socket.write(head([`X-Telegram-Bot-Api-Secret-Token: ${SECRET}`, "Content-Type: application/json", "Transfer-Encoding: chunked"]));
        return pushChunked(raw, 50 * MB);
      }),
    );
    await Promise.all(raws.map((raw) => raw.closed));
    const after = process.memoryUsage();
    for (const [i, raw] of raws.entries()) {
      expect(raw.received()).toMatch(/^HTTP\/1\.1 413/);
      // Socket buffers on both sides let a few MB through before the close lands; never the 50 MB.
      expect(sent[i]).toBeLessThan(20 * MB);
    }
    const grewMb = (after.rss - before.rss) / MB;
    console.log(JSON.stringify({ chunked_bodies: 3, body_mb: 50, accepted_mb: sent.map((s) => Math.round(s / MB)), rss_before_mb: Math.round(before.rss / MB), rss_after_mb: Math.round(after.rss / MB), heap_growth_mb: Math.round((after.heapUsed - before.heapUsed) / MB) }));
    expect(grewMb).toBeLessThan(40);
  });

  it("a declared Content-Length over the cap is refused before any body is sent", async () => {
    const raw = await connect(server.port);
    raw.socket.write(head([`X-Telegram-Bot-Api-Secret-Token: ${SECRET}`, "Content-Length: 50000000"]));
    await raw.closed;
    expect(raw.received()).toMatch(/^HTTP\/1\.1 413/);
  });

  it("no secret: 401 at once, without waiting for (or reading) the body, and the connection is closed", async () => {
    for (const secretHeader of [[], ["X-Telegram-Bot-Api-Secret-Token: wrong-secret-wrong-secret-00"]]) {
      const raw = await connect(server.port);
      // A 10 MB body is announced and never sent: a server that read it first would wait for the timeout.
      raw.socket.write(head([...secretHeader, "Content-Length: 10000000"]));
      const closedAfter = await raw.closed;
      expect(raw.received()).toMatch(/^HTTP\/1\.1 401/);
      expect(raw.received()).toMatch(/connection: close/i);
      expect(closedAfter).toBeLessThan(1_000);
    }
  });

  it("a slow body (with the secret) is cut off at the request timeout", async () => {
    const raw = await connect(server.port);
    raw.socket.write(head([`X-Telegram-Bot-Api-Secret-Token: ${SECRET}`, "Content-Length: 1000"]) + "{");
    const drip = setInterval(() => raw.socket.writable && raw.socket.write(" "), 200);
    const closedAfter = await raw.closed;
    clearInterval(drip);
    // requestTimeoutMs 2 s here, checked every second.
    expect(closedAfter).toBeGreaterThanOrEqual(1_900);
    expect(closedAfter).toBeLessThan(4_500);
  });

  it("slow headers are cut off at the headers timeout", async () => {
    const raw = await connect(server.port);
    raw.socket.write("POST " + PATH + " HTTP/1.1\r\nHost: x\r\n");
    const drip = setInterval(() => raw.socket.writable && raw.socket.write("X-Pad: 1\r\n"), 200);
    const closedAfter = await raw.closed;
    clearInterval(drip);
    expect(closedAfter).toBeLessThan(3_500);
  });

  it("connections over the cap are closed as they arrive", async () => {
    const capped = await start({ maxConnections: 5 });
    try {
      const held = await Promise.all(Array.from({ length: 5 }, () => connect(capped.port)));
      // Let the server register the five before the sixth knocks.
      await new Promise((r) => setTimeout(r, 100));
      const extra = await connect(capped.port);
      const closedAfter = await extra.closed;
      expect(extra.received()).toBe("");
      expect(closedAfter).toBeLessThan(1_000);
      // Once one of the five leaves, a new connection is served.
      held[0]!.socket.destroy();
      await held[0]!.closed;
      await new Promise((r) => setTimeout(r, 100));
      const next = await connect(capped.port);
      next.socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      await next.closed;
      expect(next.received()).toMatch(/^HTTP\/1\.1 200/);
      for (const raw of held) raw.socket.destroy();
    } finally {
      await capped.close();
    }
  });

  it("/healthz reports whether the database answers: 200, 503 on an error, 503 when it hangs", async () => {
    const url = `http://127.0.0.1:${server.port}/healthz`;
    healthy = async () => undefined;
    expect((await fetch(url)).status).toBe(200);
    healthy = async () => {
      throw new Error("SQLITE_CANTOPEN");
    };
    expect((await fetch(url)).status).toBe(503);
    healthy = () => new Promise(() => {});
    const started = Date.now();
    expect((await fetch(url)).status).toBe(503);
    expect(Date.now() - started).toBeLessThan(DEFAULT_WEBHOOK_LIMITS.healthTimeoutMs + 1_000);
    healthy = async () => undefined;
  });

  it("close() waits for the updates in hand; meanwhile new ones get 503 so Telegram delivers them again", async () => {
    const draining = await start();
    let open!: () => void;
    gate = new Promise<void>((resolve) => (open = resolve));
    const post = (id: number) =>
      fetch(`http://127.0.0.1:${draining.port}${PATH}`, { method: "POST", headers: { "X-Telegram-Bot-Api-Secret-Token": SECRET, "content-type": "application/json" }, body: update(id) });
    const first = post(100);
    await new Promise((r) => setTimeout(r, 200));
    expect(draining.inFlight()).toBe(1);
    let closed = false;
    const closing = draining.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(closed).toBe(false);
    // On a connection already open (fetch keeps its connection alive).
    const refused = await post(101).catch(() => null);
    if (refused) expect(refused.status).toBe(503);
    open();
    await closing;
    expect((await first).status).toBe(200);
    expect(handled).toContain(100);
    expect(handled).not.toContain(101);
    gate = Promise.resolve();
  });
});
