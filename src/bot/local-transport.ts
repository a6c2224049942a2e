import { Readable } from "node:stream";
import { Busboy } from "@fastify/busboy";
import type { ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { htmlToPlain } from "../present/format.js";

/** A file the bot uploaded (an InputFile sent as multipart/form-data), in the call's payload where the file goes. */
export interface UploadedFile {
  filename: string;
  data: Buffer;
}

export const isUpload = (value: unknown): value is UploadedFile =>
  typeof value === "object" && value !== null && Buffer.isBuffer((value as UploadedFile).data);

/** One outgoing Bot API call, as the bot made it. */
export interface ApiCall {
  method: string;
  /** JSON fields as sent; an uploaded file's field holds an `UploadedFile`. */
  payload: Record<string, any>;
  /** What the transport answered (a sent message with its id, true...), once answered. */
  response?: ApiResponse;
}

/** A Bot API response body: `{ok: true, result}` or `{ok: false, error_code, description}`. */
export type ApiResponse = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

export interface LocalTransportOptions {
  botInfo: UserFromGetMe;
  /** Sees every call (the terminal prints them; tests record them). */
  onCall?: (call: ApiCall) => void;
  /** Overrides the answer to a call (tests: errors, 429s); undefined keeps the default. Throwing simulates a network failure. */
  respond?: (call: ApiCall) => ApiResponse | undefined;
}

export type FetchFn = NonNullable<ApiClientOptions["fetch"]>;

/** File ids are unique in the process: each transport is another "Telegram", whose ids the others do not know. */
let nextFileId = 1;

/**
 * A client-side Bot API that never leaves the process: grammY's `fetch` replaced by a function
 * that records each call and answers as Telegram would (sent messages get ids, edits return
 * the message). Calls made inside conversations pass through it too, since it sits below every Api.
 */
export function createLocalTransport(options: LocalTransportOptions): { fetch: FetchFn; calls: ApiCall[] } {
  const calls: ApiCall[] = [];
  let nextMessageId = 1;
  /** Files uploaded in this process, by the file_id they were given: sending one again by id works, an unknown id fails as on Telegram. */
  const files = new Map<string, UploadedFile>();
  const store = (file: UploadedFile, kind: string) => {
    const id = `local-${kind}-${nextFileId++}`;
    files.set(id, file);
    return id;
  };
  /** A photo or document field: an upload gets a new file_id, a known file_id stays, an unknown one is refused. */
  const fileOf = (value: unknown, kind: string): { id: string; file: UploadedFile } | null => {
    if (isUpload(value)) return { id: store(value, kind), file: value };
    const file = files.get(String(value));
    return file ? { id: String(value), file } : null;
  };
  const now = () => Math.floor(Date.now() / 1000);
  const bot = { id: options.botInfo.id, is_bot: true, first_name: options.botInfo.first_name, username: options.botInfo.username };
  const chatOf = (chatId: unknown) => {
    const id = Number(chatId);
    return id > 0 ? { id, type: "private", first_name: "User" } : { id, type: "supergroup", title: "Group" };
  };

  const result = (call: ApiCall): unknown => {
    const p = call.payload;
    switch (call.method) {
      case "getMe":
        return options.botInfo;
      case "sendMessage":
        return {
          message_id: nextMessageId++,
          date: now(),
          chat: chatOf(p.chat_id),
          from: bot,
          text: p.parse_mode === "HTML" ? htmlToPlain(String(p.text)) : String(p.text),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case "editMessageText":
        if (p.inline_message_id) return true;
        return {
          message_id: Number(p.message_id),
          date: now(),
          edit_date: now(),
          chat: chatOf(p.chat_id),
          from: bot,
          text: p.parse_mode === "HTML" ? htmlToPlain(String(p.text)) : String(p.text),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      case "sendPhoto":
      case "sendDocument": {
        const kind = call.method === "sendPhoto" ? "photo" : "document";
        const sent = fileOf(p[kind], kind);
        if (!sent) return undefined;
        const media =
          kind === "photo"
            ? { photo: [{ file_id: sent.id, file_unique_id: `unique-${sent.id}`, width: 1280, height: 960, file_size: sent.file.data.length }] }
            : { document: { file_id: sent.id, file_unique_id: `unique-${sent.id}`, file_name: sent.file.filename, file_size: sent.file.data.length } };
        return {
          message_id: nextMessageId++,
          date: now(),
          chat: chatOf(p.chat_id),
          from: bot,
          ...media,
          ...(p.caption ? { caption: p.parse_mode === "HTML" ? htmlToPlain(String(p.caption)) : String(p.caption) } : {}),
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
        };
      }
      case "getFile":
        return { file_id: p.file_id, file_unique_id: `unique-${String(p.file_id)}`, file_path: `documents/${String(p.file_id)}` };
      default:
        return true;
    }
  };

  // Undefined: a file_id this transport never gave out, refused as Telegram would.
  const answered = (value: unknown): ApiResponse =>
    value === undefined ? { ok: false, error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" } : { ok: true, result: value };

  const fetch = (async (url: unknown, init?: { body?: unknown; headers?: Record<string, string> }) => {
    const method = String(url).split("/").pop() ?? "";
    const payload =
      init?.body instanceof Readable
        ? await multipartPayload(init.body, init.headers ?? {})
        : typeof init?.body === "string" && init.body
          ? (JSON.parse(init.body) as Record<string, any>)
          : {};
    const call: ApiCall = { method, payload };
    calls.push(call);
    const body: ApiResponse = options.respond?.(call) ?? answered(result(call));
    call.response = body;
    options.onCall?.(call);
    return { ok: true, status: 200, json: async () => body };
  }) as unknown as FetchFn;

  return { fetch, calls };
}

/** grammY sends objects (keyboards, reply parameters) as JSON text; any other text stays as it is. */
function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * A multipart/form-data body as grammY sends InputFile uploads: fields (JSON-encoded when they
 * are objects) and files referenced as "attach://<name>", which are put in place of the reference.
 */
async function multipartPayload(body: Readable, headers: Record<string, string>): Promise<Record<string, any>> {
  const fields: Record<string, any> = {};
  const uploads = new Map<string, UploadedFile>();
  await new Promise<void>((resolve, reject) => {
    const parser = new Busboy({ headers: { "content-type": headers["content-type"] ?? "" } });
    parser.on("field", (name: string, value: string) => {
      fields[name] = /^[[{]/.test(value) ? parseJson(value) : value;
    });
    parser.on("file", (name: string, stream: Readable, filename: string) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => uploads.set(name, { filename, data: Buffer.concat(chunks) }));
    });
    parser.on("finish", resolve);
    parser.on("error", reject);
    body.on("error", reject);
    body.pipe(parser);
  });
  for (const [key, value] of Object.entries(fields)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? uploads.get(value.slice("attach://".length)) : undefined;
    if (attached) fields[key] = attached;
  }
  return fields;
}

/** A bot identity for runs without Telegram (the terminal chat, tests): no getMe is ever sent. */
export function localBotInfo(username = "RaporBot", id = 1): UserFromGetMe {
  return {
    id,
    is_bot: true,
    first_name: "Rapor",
    username,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
