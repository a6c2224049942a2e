import { Api, GrammyError, HttpError } from "grammy";
import { classifyBotApiError, SendError, type Transport } from "./transport.js";

export interface TelegramTransportOptions {
  /** Another Bot API server (the emulator in tests, a local Bot API server). */
  apiRoot?: string;
  /** A request taking longer counts as a network failure (grammY's default is 500 s); keep it under the sender's lease (SenderOptions.leaseMs). */
  timeoutSeconds?: number;
}

/**
 * The grammY adapter. A bare `Api`, deliberately without @grammyjs/auto-retry: the sender owns
 * the retry policy (429, backoff, blocked chats), and a hidden retry inside would break its pacing.
 */
export function telegramTransport(token: string, options: TelegramTransportOptions = {}): Transport {
  const api = new Api(token, {
    ...(options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, "") } : {}),
    timeoutSeconds: options.timeoutSeconds ?? 30,
  });
  // Error texts may end up in logs and in outbox.last_error: never with the token in them.
  const scrub = (text: string) => (token ? text.split(token).join("<token>") : text);
  return {
    async sendMessage(chatId, html, replyMarkup) {
      try {
        await api.sendMessage(chatId, html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(replyMarkup ? { reply_markup: replyMarkup as never } : {}),
        });
      } catch (error) {
        if (error instanceof GrammyError) {
          const failure = classifyBotApiError({ error_code: error.error_code, description: error.description, parameters: error.parameters });
          throw new SendError(failure, scrub(`${error.error_code}: ${error.description}`));
        }
        if (error instanceof HttpError) {
          const cause = error.error instanceof Error ? `: ${error.error.message}` : "";
          throw new SendError({ kind: "transient" }, scrub(`network: ${error.message}${cause}`));
        }
        throw new SendError({ kind: "transient" }, scrub(error instanceof Error ? error.message : String(error)));
      }
    },
  };
}
