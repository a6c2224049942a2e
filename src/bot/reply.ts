import { GrammyError, type Context } from "grammy";
import type { InlineKeyboardMarkup, LinkPreviewOptions, Message } from "grammy/types";
import type { Rendered } from "../present/common.js";
import { MAX_MESSAGE_LENGTH } from "../present/render.js";
import { toInlineKeyboard } from "./keyboards.js";

/** Every message: HTML, no link previews (cards cite sources; previews would bury the answer). */
export const HTML_OPTIONS: { parse_mode: "HTML"; link_preview_options: LinkPreviewOptions } = {
  parse_mode: "HTML",
  link_preview_options: { is_disabled: true },
};

/** A last guard for Telegram's 4,096 limit; rendered replies already fit, so this only cuts at a line break. */
export function clampHtml(html: string): string {
  if (html.length <= MAX_MESSAGE_LENGTH) return html;
  const cut = html.lastIndexOf("\n", MAX_MESSAGE_LENGTH - 2);
  return `${html.slice(0, cut > 0 ? cut : MAX_MESSAGE_LENGTH - 2).replace(/<[^>]*$/, "")}\n…`;
}

/** In groups, answer as a reply to the question so the thread stays readable. */
export function replyTo(ctx: Context) {
  const message = ctx.message;
  if (!message || ctx.chat?.type === "private") return {};
  return { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } };
}

export function sendHtml(ctx: Context, html: string, markup?: InlineKeyboardMarkup): Promise<Message.TextMessage> {
  return ctx.reply(clampHtml(html), { ...HTML_OPTIONS, ...replyTo(ctx), ...(markup ? { reply_markup: markup } : {}) });
}

/** Keyboards of rendered replies, built once per reply object (cached answers are sent many times). */
const keyboards = new WeakMap<Rendered, InlineKeyboardMarkup | null>();

function keyboardOf(rendered: Rendered): InlineKeyboardMarkup | undefined {
  let markup = keyboards.get(rendered);
  if (markup === undefined) {
    markup = toInlineKeyboard(rendered.buttons) ?? null;
    keyboards.set(rendered, markup);
  }
  return markup ?? undefined;
}

export function sendRendered(ctx: Context, rendered: Rendered): Promise<Message.TextMessage> {
  return sendHtml(ctx, rendered.html, keyboardOf(rendered));
}

const isNotModified = (error: unknown) => error instanceof GrammyError && /message is not modified/i.test(error.description);

/**
 * Replaces the text of the message a button sits on (or the inline message). Returns false when
 * Telegram refuses (too old, deleted): the caller then sends a new message.
 */
export async function editHtml(ctx: Context, html: string, markup?: InlineKeyboardMarkup): Promise<boolean> {
  try {
    await ctx.editMessageText(clampHtml(html), { ...HTML_OPTIONS, ...(markup ? { reply_markup: markup } : {}) });
    return true;
  } catch (error) {
    if (isNotModified(error)) return true;
    if (error instanceof GrammyError && error.error_code === 400) return false;
    throw error;
  }
}

/** A button's answer: replaces the message when `edit` (or for inline messages, which cannot get a new message), else a new one. */
export async function showRendered(ctx: Context, rendered: Rendered, edit: boolean): Promise<void> {
  const inline = ctx.callbackQuery?.inline_message_id !== undefined;
  const markup = toInlineKeyboard(rendered.buttons, { inline });
  if ((edit || inline) && (await editHtml(ctx, rendered.html, markup))) return;
  if (inline) return;
  await sendHtml(ctx, rendered.html, markup);
}
