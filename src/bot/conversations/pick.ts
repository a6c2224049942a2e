import { decodeAction } from "../../present/actions.js";
import { addressedText } from "../addressed.js";
import type { Rendered } from "../../present/common.js";
import type { BodyRef, Query } from "../../understand/query.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import { editHtml, sendHtml } from "../reply.js";
import { toInlineKeyboard } from "../keyboards.js";
import { chatLanguage } from "../locale.js";
import { replyLocale } from "../../present/i18n.js";

export type Ambiguity = Query["ambiguous"][number];

/** Conversation ids, as registered with createConversation and entered with ctx.conversation.enter. */
export const CHOOSE_BODY = "choose-body";
export const COMPARE = "compare";
export const LANGUAGE = "language";
export const FOLLOW = "follow";
export const ANNOUNCE = "announce";
export const EXTRACT_SOURCE = "extract-source";
export const EXTRACT_FIX = "extract-fix";

/** How long a conversation waits for an answer before it lets go (the next update is then handled normally). */
export const MAX_WAIT_MS = 15 * 60 * 1000;

/**
 * Shows a rendered message from inside a conversation. With `replace`, it replaces the message
 * whose button was just pressed (our own "which one?" question turns into its answer).
 */
export async function show(ctx: ConvContext, rendered: Pick<Rendered, "html" | "buttons">, replace: boolean): Promise<void> {
  const markup = toInlineKeyboard(rendered.buttons);
  if (replace && ctx.callbackQuery?.message && (await editHtml(ctx, rendered.html, markup))) return;
  await sendHtml(ctx, rendered.html, markup);
}

/** Updates from others (in a group) pass by the conversation untouched. */
export async function waitFromAsker(conversation: BotConversation, asker: number | undefined): Promise<ConvContext> {
  const next = await conversation.wait();
  if (asker !== undefined && next.from?.id !== asker) return await conversation.skip({ next: true });
  return next;
}

/**
 * The asker's next text message. Buttons are left to the normal handlers (the conversation keeps
 * waiting); a command leaves the conversation and runs as usual; in a private chat a message
 * without text gets `needTextKey`, in a group it passes by (only mentions and replies count there).
 */
export async function waitForText(conversation: BotConversation, asker: number | undefined, needTextKey: string): Promise<{ ctx: ConvContext; text: string }> {
  for (;;) {
    const next = await waitFromAsker(conversation, asker);
    if (next.callbackQuery) return await conversation.skip({ next: true });
    const text = addressedText(next);
    if (text === null) {
      if (next.chat?.type !== "private") return await conversation.skip({ next: true });
      await sendHtml(next, next.t(needTextKey));
      continue;
    }
    // /batal is handled before conversations run; any other command leaves and runs.
    if (text.trimStart().startsWith("/")) return await conversation.halt({ next: true });
    return { ctx: next, text };
  }
}

/**
 * Asks "which one?" (in the language of the question's reply) with a button per candidate and
 * waits for the press. Any other button is left to the normal handlers (the conversation keeps
 * waiting); a new message or command ends the conversation and is handled as if none had been running.
 */
export async function pickCandidate(
  conversation: BotConversation,
  ctx: ConvContext,
  replace: boolean,
  rapor: Core,
  query: Query,
  ambiguity: Ambiguity,
): Promise<{ ctx: ConvContext; body: BodyRef }> {
  const locale = replyLocale(query, chatLanguage(ctx));
  const prompt = await conversation.external(() =>
    rapor.render({ kind: "ambiguous", query, text: ambiguity.text, candidates: ambiguity.candidates }, locale),
  );
  await show(ctx, prompt, replace);
  const next = await waitFromAsker(conversation, ctx.from?.id);
  const data = next.callbackQuery?.data;
  if (data === undefined) return await conversation.halt({ next: true });
  const action = decodeAction(data);
  const body = action?.a === "card" ? ambiguity.candidates.find((c) => c.code === action.code) : undefined;
  if (!body) return await conversation.skip({ next: true });
  await next.answerCallbackQuery();
  return { ctx: next, body };
}
