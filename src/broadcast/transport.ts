/**
 * How the sender reaches Telegram, kept free of grammY: one method, and errors sorted into what
 * the sender must do about them.
 */
export interface Transport {
  /** Sends one HTML message; resolves on success, throws a SendError otherwise. */
  sendMessage(chatId: number, html: string, replyMarkup?: unknown): Promise<void>;
}

export type SendFailure =
  /** 429: wait `retryAfterS` before any further send. */
  | { kind: "rate-limited"; retryAfterS: number }
  /** 403 (blocked, kicked, deactivated) or 400 "chat not found": the chat is gone. */
  | { kind: "blocked" }
  /** 400 with migrate_to_chat_id: the group became a supergroup. */
  | { kind: "migrated"; toChatId: number }
  /** Network failure, timeout, 5xx: try again later. */
  | { kind: "transient" }
  /** Any other 4xx for this message (bad HTML, too long): retrying cannot help. */
  | { kind: "rejected" }
  /** 401/404: the token or the Bot API address is wrong; nothing can be sent. */
  | { kind: "unauthorized" };

export class SendError extends Error {
  constructor(
    readonly failure: SendFailure,
    message: string,
  ) {
    super(message);
    this.name = "SendError";
  }
}

export interface BotApiErrorFields {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

const CHAT_GONE = /chat not found|peer_id_invalid|user is deactivated|bot was blocked|bot was kicked|chat was deleted/i;

/** Sorts a Bot API error response into a SendFailure. */
export function classifyBotApiError(error: BotApiErrorFields): SendFailure {
  const { error_code: code, description, parameters } = error;
  if (code === 429) return { kind: "rate-limited", retryAfterS: Math.max(1, Number(parameters?.retry_after ?? 1)) };
  if (parameters?.migrate_to_chat_id !== undefined) return { kind: "migrated", toChatId: Number(parameters.migrate_to_chat_id) };
  if (code === 403) return { kind: "blocked" };
  if (code === 400 && CHAT_GONE.test(description)) return { kind: "blocked" };
  if (code === 401 || code === 404) return { kind: "unauthorized" };
  if (code >= 400 && code < 500 && code !== 408 && code !== 409) return { kind: "rejected" };
  return { kind: "transient" };
}

/** The error of any thrown value: a SendError as is, anything else counts as transient. */
export function failureOf(error: unknown): { failure: SendFailure; message: string } {
  if (error instanceof SendError) return { failure: error.failure, message: error.message };
  return { failure: { kind: "transient" }, message: error instanceof Error ? error.message : String(error) };
}
