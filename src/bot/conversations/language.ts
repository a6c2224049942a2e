import type { Context } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Locale } from "../../present/i18n.js";
import { decodeAction } from "../../present/actions.js";
import type { BotConversation, ConvContext, LocaleFlavor } from "../context.js";
import { languageKeyboard } from "../keyboards.js";
import { settingsKey } from "../locale.js";
import { editHtml, sendHtml } from "../reply.js";
import type { ChatLocales } from "../state.js";
import { waitFromAsker } from "./pick.js";

/** The choice buttons, each labelled in its own language. */
export const languageButtons = (ctx: I18nFlavor) => languageKeyboard({ id: ctx.t("bot-language-id"), en: ctx.t("bot-language-en") });

/** Switches this context to `locale` and confirms in it, replacing the choice message when there is one. */
export async function confirmLanguage(ctx: Context & I18nFlavor & LocaleFlavor, locale: Locale): Promise<void> {
  ctx.locale = locale;
  ctx.localeChosen = true;
  ctx.i18n.useLocale(locale);
  const text = ctx.t("bot-language-set");
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery();
    if (ctx.callbackQuery.message && (await editHtml(ctx, text))) return;
  }
  await sendHtml(ctx, text);
}

/** `/bahasa`: two buttons, Indonesian or English; the choice is stored for the chat. */
export function language(locales: ChatLocales) {
  return async function languageConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
    await sendHtml(ctx, ctx.t("bot-language-choose"), languageButtons(ctx));
    const next = await waitFromAsker(conversation, ctx.from?.id);
    const data = next.callbackQuery?.data;
    if (data === undefined) return await conversation.halt({ next: true });
    const action = decodeAction(data);
    if (action?.a !== "lang") return await conversation.skip({ next: true });
    const key = settingsKey(next);
    if (key !== undefined) await conversation.external(() => locales.set(key, action.locale));
    await confirmLanguage(next, action.locale);
  };
}
