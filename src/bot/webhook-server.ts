import http from "node:http";
import type { AddressInfo } from "node:net";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "pino";
import type { BotContext } from "./context.js";

export interface WebhookServerOptions {
  port: number;
  host?: string;
  /** The path Telegram posts to (the path of WEBHOOK_URL). */
  path: string;
  /** Checked against Telegram's X-Telegram-Bot-Api-Secret-Token header: anything else gets 401. */
  secret: string;
  logger: Logger;
}

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

/** Telegram's updates are small; anything far larger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;

/**
 * The webhook endpoint on plain node:http: POST <path> with the secret header goes to grammY's
 * webhookCallback; GET /healthz answers "ok" for load balancers; anything else is 404/405.
 */
export async function startWebhookServer(bot: Bot<BotContext>, options: WebhookServerOptions): Promise<WebhookServer> {
  // "return": after 9 s answer Telegram anyway (the update keeps running) rather than have it redelivered.
  const handle = webhookCallback(bot, "http", { secretToken: options.secret, onTimeout: "return", timeoutMilliseconds: 9_000 });
  const server = http.createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (path !== options.path) return void res.writeHead(404).end();
    if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
    if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return void res.writeHead(413).end();
    try {
      await handle(req, res);
    } catch (error) {
      // A body that is not JSON, or a failure before the update reached the bot's error boundary.
      options.logger.warn({ err: error }, "webhook request failed");
      if (!res.headersSent) res.writeHead(error instanceof SyntaxError ? 400 : 500).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
