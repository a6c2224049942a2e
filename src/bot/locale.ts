import type { Context } from "grammy";
import type { Locale } from "../present/i18n.js";
import type { ChatLocales } from "./state.js";

/** Telegram's language_code as one of ours: "id" (and the old "in"), "en"; anything else is null. */
export function localeFromLanguageCode(code: string | undefined): Locale | null {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  if (base === "id" || base === "in") return "id";
  if (base === "en") return "en";
  return null;
}

/** Whose choice applies: the chat's (a group's is shared), or the user's own for inline queries. */
export const settingsKey = (ctx: Context): number | undefined => ctx.chatId ?? ctx.from?.id;

/**
 * The language of an update: the chat's saved choice, else the sender's Telegram language
 * (id/en), else the default. Synchronous when the choice is cached (the usual case).
 */
export function localeResolver(locales: ChatLocales, fallback: Locale) {
  const fromTelegram = (ctx: Context) => localeFromLanguageCode(ctx.from?.language_code) ?? fallback;
  return (ctx: Context): Locale | Promise<Locale> => {
    const key = settingsKey(ctx);
    if (key === undefined) return fromTelegram(ctx);
    const cached = locales.peek(key);
    if (cached !== undefined) return cached ?? fromTelegram(ctx);
    return locales.get(key).then((saved) => saved ?? fromTelegram(ctx));
  };
}
