import http from "node:http";
import type { AddressInfo } from "node:net";

/** What the proxy does to one request instead of (or after) forwarding it. */
export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "403" }
  | { kind: "chat-not-found" }
  | { kind: "500" }
  /** Closes the connection without an answer; the request never reaches the Bot API. */
  | { kind: "drop" }
  /** Forwards the request, then closes the connection: delivered, but the sender cannot know. */
  | { kind: "drop-after-forward" };

export interface ProxiedRequest {
  method: string;
  chatId: number | null;
  at: number;
  fault: Fault["kind"] | null;
}

export type FaultPlan = (request: { method: string; chatId: number | null; body: Record<string, unknown> }) => Fault | null;

export interface FaultProxy {
  /** Use as the Bot API root (apiRoot). */
  url: string;
  requests: ProxiedRequest[];
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

const botApiError = (code: number, description: string, parameters?: object) =>
  JSON.stringify({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });

/**
 * An HTTP proxy in front of a Bot API (the emulator) that answers some requests with the
 * errors Telegram gives: 429 with retry_after, 403, 400 "chat not found", 500, or a dropped
 * connection. Everything else is forwarded as is.
 */
export async function startFaultProxy(target: string, plan: FaultPlan = () => null): Promise<FaultProxy> {
  let current = plan;
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();

  const forward = async (req: http.IncomingMessage, raw: Buffer) => {
    const response = await fetch(new URL(req.url ?? "/", target), {
      method: req.method,
      headers: { "content-type": req.headers["content-type"] ?? "application/json" },
      body: req.method === "GET" || req.method === "HEAD" ? undefined : raw,
    });
    return { status: response.status, type: response.headers.get("content-type") ?? "application/json", body: Buffer.from(await response.arrayBuffer()) };
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    let body: Record<string, unknown> = {};
    try {
      body = raw.length ? (JSON.parse(raw.toString("utf8")) as Record<string, unknown>) : {};
    } catch {
      // Not JSON (a multipart upload): forwarded without a plan.
    }
    const method = (req.url ?? "").split("?")[0]!.split("/").pop() ?? "";
    const chatId = body.chat_id === undefined ? null : Number(body.chat_id);
    const fault = current({ method, chatId, body });
    requests.push({ method, chatId, at: Date.now(), fault: fault?.kind ?? null });
    const reply = (status: number, text: string) => res.writeHead(status, { "content-type": "application/json" }).end(text);
    try {
      switch (fault?.kind) {
        case "429":
          return reply(429, botApiError(429, `Too Many Requests: retry after ${fault.retryAfter}`, { retry_after: fault.retryAfter }));
        case "403":
          return reply(403, botApiError(403, "Forbidden: bot was blocked by the user"));
        case "chat-not-found":
          return reply(400, botApiError(400, "Bad Request: chat not found"));
        case "500":
          return reply(500, botApiError(500, "Internal Server Error"));
        case "drop":
          return req.socket.destroy();
        case "drop-after-forward":
          await forward(req, raw);
          return req.socket.destroy();
        default: {
          const answer = await forward(req, raw);
          res.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
        }
      }
    } catch (error) {
      reply(502, botApiError(502, `Bad Gateway: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setPlan(next) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
