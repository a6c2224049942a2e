import type { ApiClientOptions } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { htmlToPlain } from "../present/format.js";

/** One outgoing Bot API call, as the bot made it. */
export interface ApiCall {
  method: string;
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

/**
 * A client-side Bot API that never leaves the process: grammY's `fetch` replaced by a function
 * that records each call and answers as Telegram would (sent messages get ids, edits return
 * the message). Calls made inside conversations pass through it too, since it sits below every Api.
 */
export function createLocalTransport(options: LocalTransportOptions): { fetch: FetchFn; calls: ApiCall[] } {
  const calls: ApiCall[] = [];
  let nextMessageId = 1;
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
      case "getFile":
        return { file_id: p.file_id, file_unique_id: `unique-${String(p.file_id)}`, file_path: `documents/${String(p.file_id)}` };
      default:
        return true;
    }
  };

  const fetch = (async (url: unknown, init?: { body?: unknown }) => {
    const method = String(url).split("/").pop() ?? "";
    const payload = typeof init?.body === "string" && init.body ? (JSON.parse(init.body) as Record<string, any>) : {};
    const call: ApiCall = { method, payload };
    calls.push(call);
    const body: ApiResponse = options.respond?.(call) ?? { ok: true, result: result(call) };
    call.response = body;
    options.onCall?.(call);
    return { ok: true, status: 200, json: async () => body };
  }) as unknown as FetchFn;

  return { fetch, calls };
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
