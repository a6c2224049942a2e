import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";

/** Limits of the webhook server; every one has a default (see README "Security"). */
export interface WebhookLimits {
  /** Largest body read, counted while streaming (chunked bodies too). */
  maxBodyBytes: number;
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included: a slow body is cut off after it. */
  requestTimeoutMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: number;
  /** Telegram is answered after this even if the update is still being handled (else it redelivers it). */
  answerAfterMs: number;
  /** How long `/healthz` waits for the database. */
  healthTimeoutMs: number;
}

export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = {
  maxBodyBytes: 1_000_000,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 30_000,
  // Telegram opens at most 40 connections by default (setWebhook max_connections, 100 at most).
  maxConnections: 100,
  answerAfterMs: 9_000,
  healthTimeoutMs: 2_000,
};

export interface WebhookServerOptions {
  port: number;
  /** Interface to listen on; all interfaces when unset. */
  host?: string;
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  path: string;
  /** Checked against Telegram's X-Telegram-Bot-Api-Secret-Token header: anything else gets 401. */
  secret: string;
  logger: Logger;
  /** A cheap query through the store: `/healthz` answers 503 when it fails. */
  health: () => Promise<unknown>;
  limits?: Partial<WebhookLimits>;
}

export interface WebhookServer {
  port: number;
  /** Updates being handled right now. */
  inFlight(): number;
  /**
   * Stops taking updates (new connections refused, new requests answered 503 so Telegram
   * redelivers them elsewhere or later), waits for the updates in hand, then closes.
   */
  close(): Promise<void>;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

class BodyTooLarge extends Error {}

/** Constant-time: the comparison does not tell how much of the secret was right. */
function secretMatches(header: string | string[] | undefined, secret: Buffer): boolean {
  const given = Buffer.from(typeof header === "string" ? header : "", "utf8");
  return given.length === secret.length && timingSafeEqual(given, secret);
}

/** The body, refused as soon as it passes `max` bytes (declared or streamed). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > max) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off("data", onData);
        req.pause();
        return reject(new BodyTooLarge());
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
    req.once("close", () => reject(new Error("connection closed before the body was read")));
  });
}

/** How long a refused connection stays half-closed before it is cut, so its client can read the answer. */
const LINGER_MS = 1_000;

/**
 * Answers and closes the connection: nothing more is read from a client that was refused. The close
 * lingers: cutting a socket with unread body bytes sends a reset, which can drop the answer before
 * the client reads it (seen under load: a 413 never arrived), so the answer goes with a FIN first.
 */
function refuse(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders = {}): void {
  if (res.headersSent) return void res.socket?.destroy();
  const socket = res.socket;
  res.once("finish", () => {
    if (!socket) return;
    socket.end();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  });
  res.writeHead(status, { connection: "close", ...headers }).end();
}

/**
 * The webhook endpoint on plain node:http. `POST <path>`: the secret header is checked before
 * any of the body is read (401), the body is capped while it streams (413), then the update
 * goes to `bot.handleUpdate`. `GET /healthz` answers 200 "ok" when the database answers, else
 * 503. Headers and bodies must arrive within a few seconds, and connections are capped.
 */
export async function startWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Promise<WebhookServer> {
  const limits = { ...DEFAULT_WEBHOOK_LIMITS, ...options.limits };
  const secret = Buffer.from(options.secret, "utf8");
  const handling = new Set<Promise<void>>();
  let draining = false;

  const healthy = async (): Promise<boolean> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error("timed out")), limits.healthTimeoutMs)));
    try {
      await Promise.race([options.health(), timeout]);
      return true;
    } catch (error) {
      options.logger.warn({ err: error }, "health check: the database did not answer");
      return false;
    } finally {
      clearTimeout(timer);
    }
  };

  const onUpdate = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) return refuse(res, 401);
    if (draining) return refuse(res, 503, { "retry-after": "5" });
    let update: Update;
    try {
      update = JSON.parse((await readBody(req, limits.maxBodyBytes)).toString("utf8")) as Update;
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        options.logger.warn({ limit: limits.maxBodyBytes }, "webhook body over the limit: refused");
        return refuse(res, 413);
      }
      if (error instanceof SyntaxError) return refuse(res, 400);
      return void res.socket?.destroy();
    }
    // Errors inside the bot are its error boundary's; this catches only what escapes it.
    const task = bot.handleUpdate(update).catch((error: unknown) => options.logger.error({ err: error, update_id: update.update_id }, "update failed"));
    handling.add(task);
    void task.finally(() => handling.delete(task));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([task, new Promise((resolve) => (timer = setTimeout(resolve, limits.answerAfterMs)))]);
    clearTimeout(timer);
    res.writeHead(200).end();
  };

  const server = http.createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above (default 30 s, longer than they are).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (req.method === "GET" && path === "/healthz") {
        void healthy().then((ok) => res.writeHead(ok ? 200 : 503, { "content-type": "text/plain" }).end(ok ? "ok" : "database unavailable"));
        return;
      }
      if (path !== options.path) return refuse(res, 404);
      if (req.method !== "POST") return refuse(res, 405, { allow: "POST" });
      onUpdate(req, res).catch((error: unknown) => {
        options.logger.warn({ err: error }, "webhook request failed");
        refuse(res, 500);
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // One warning per 10 s at most: a flood of connections must not become a flood of log lines.
  let dropped = 0;
  let warnedAt = 0;
  server.on("drop", () => {
    dropped++;
    if (Date.now() - warnedAt < 10_000) return;
    warnedAt = Date.now();
    options.logger.warn({ maxConnections: limits.maxConnections, dropped }, "webhook connections refused: too many open");
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    inFlight: () => handling.size,
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      while (handling.size > 0) await Promise.allSettled([...handling]);
      // Their answers are written: kept-alive connections are idle now, or end within a second.
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([closed, new Promise((resolve) => (timer = setTimeout(resolve, 1_000)))]);
      clearTimeout(timer);
      server.closeAllConnections();
      await closed;
    },
  };
}
