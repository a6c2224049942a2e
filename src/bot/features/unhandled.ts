import { Composer } from "grammy";
import type { BotContext, Core } from "../context.js";
import { sendHtml } from "../reply.js";

/** Last: what no feature took. In private chats a polite pointer; in groups silence (the message was not for us). */
export function unhandledFeature(rapor: Core): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const privateChat = composer.chatType("private");
  // An unknown command: the same "did not understand" as for any question we cannot read.
  privateChat.on("message:text", (ctx) => sendHtml(ctx, rapor.render({ kind: "unknown" }, ctx.locale).html));
  // Stickers, photos, voice, documents...: no text to read.
  privateChat.on("message", (ctx) => sendHtml(ctx, ctx.t("bot-non-text")));
  // Buttons of games or anything else without data: stop the spinner.
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery());
  return composer;
}
