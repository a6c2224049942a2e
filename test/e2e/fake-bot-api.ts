import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedSend {
  chatId: number;
  text: string;
  at: number;
}

export interface FakeBotApi {
  /** Use as the Bot API root (apiRoot). */
  url: string;
  /** Every sendMessage received, in order. Cleared by reset(). */
  sends: RecordedSend[];
  /** Counts without keeping the texts (for the 100,000-message bench). */
  count: number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * A tiny Bot API that only counts: every sendMessage succeeds (after `latencyMs`) and is
 * recorded. Faster and simpler than the emulator for counting thousands of sends.
 */
export async function startFakeBotApi(options: { latencyMs?: number; keepTexts?: boolean } = {}): Promise<FakeBotApi> {
  let messageId = 0;
  const api: FakeBotApi = {
    url: "",
    sends: [],
    count: 0,
    reset() {
      api.sends.length = 0;
      api.count = 0;
    },
    close: async () => {},
  };
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = (req.url ?? "").split("?")[0]!.split("/").pop();
    if (method !== "sendMessage") {
      return res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { chat_id: number; text: string };
    if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
    api.count++;
    api.sends.push({ chatId: Number(body.chat_id), text: options.keepTexts === false ? "" : body.text, at: Date.now() });
    if (options.keepTexts === false && api.sends.length > 1000) api.sends.splice(0, api.sends.length - 1000);
    messageId++;
    res.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({ ok: true, result: { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: Number(body.chat_id), type: "private" }, text: body.text } }),
    );
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return api;
}
