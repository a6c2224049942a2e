import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the fake does with one call: reset the connection, answer a Bot API error, or succeed. */
export type Answer = "reset" | { error: 401 | 409 | 500 } | { result: unknown; delayMs?: number };

/** Decides each call by its method and how many calls of that method came before (0 for the first). */
export type Plan = (method: string, nth: number, body: Record<string, unknown>) => Answer;

export interface HostileBotApi {
  /** Use as BOT_API_ROOT. */
  url: string;
  /** Every call, in order; `at` when its body had arrived, `answered` once its answer was written. */
  calls: { method: string; answer: string; answered: boolean; at: number; body: Record<string, unknown> }[];
  close(): Promise<void>;
}

const DESCRIPTIONS = { 401: "Unauthorized", 409: "Conflict: terminated by other getUpdates request", 500: "Internal Server Error" };

/** A bot's identity for getMe. */
export const botUser = (id: number) => ({ id, is_bot: true, first_name: "Rapor", username: "RaporHostileBot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true });

/**
 * A Bot API that misbehaves on purpose, for tests of what the bot writes when the network and
 * Telegram fail: connections reset mid-request, 500, 401 and 409, per the plan.
 */
export async function startHostileBotApi(plan: Plan): Promise<HostileBotApi> {
  const counts = new Map<string, number>();
  const calls: HostileBotApi["calls"] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    try {
      body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
    } catch {
      // Multipart: no plan needs its fields.
    }
    const method = (req.url ?? "").split("?")[0]!.split("/").pop() ?? "";
    const nth = counts.get(method) ?? 0;
    counts.set(method, nth + 1);
    const answer = plan(method, nth, body);
    const call = { method, answer: answer === "reset" ? "reset" : "error" in answer ? String(answer.error) : "ok", answered: false, at: Date.now(), body };
    calls.push(call);
    if (answer === "reset") return void req.socket.resetAndDestroy();
    if ("delayMs" in answer && answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    const payload = "error" in answer ? { ok: false, error_code: answer.error, description: DESCRIPTIONS[answer.error] } : { ok: true, result: answer.result };
    res.writeHead("error" in answer ? answer.error : 200, { "content-type": "application/json" }).end(JSON.stringify(payload), () => (call.answered = true));
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
