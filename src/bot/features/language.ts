import { Composer } from "grammy";
import type { Locale } from "../../present/i18n.js";
import { names } from "../commands.js";
import type { BotContext } from "../context.js";
import { confirmLanguage } from "../conversations/language.js";
import { LANGUAGE } from "../conversations/pick.js";
import { settingsKey } from "../locale.js";
import type { ChatLocales } from "../state.js";

const NAMED: Record<string, Locale> = { id: "id", indonesia: "id", indonesian: "id", en: "en", english: "en", inggris: "en" };

/** `/bahasa` (buttons, in a conversation) or `/bahasa en` directly. */
export function languageFeature(locales: ChatLocales): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command(names("language"), async (ctx) => {
    const wanted = NAMED[ctx.match.trim().toLowerCase()];
    const key = settingsKey(ctx);
    if (wanted && key !== undefined) {
      await locales.set(key, wanted);
      return confirmLanguage(ctx, wanted);
    }
    await ctx.enterConversation(LANGUAGE);
  });
  return composer;
}
