import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { ChatLanguage, Locale } from "../present/i18n.js";
import type { LocaleFlavor } from "./context.js";
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

/** The language of an update, and whether it is the chat's own choice (then it also decides replies to questions). */
export interface ResolvedLocale {
  locale: Locale;
  chosen: boolean;
}

/**
 * The language of an update: the chat's saved choice, else the sender's Telegram language
 * (id/en), else the default. Synchronous when the choice is cached (the usual case).
 */
export function localeResolver(locales: ChatLocales, fallback: Locale) {
  const fromTelegram = (ctx: Context): ResolvedLocale => ({ locale: localeFromLanguageCode(ctx.from?.language_code) ?? fallback, chosen: false });
  const resolved = (ctx: Context, saved: Locale | null): ResolvedLocale => (saved ? { locale: saved, chosen: true } : fromTelegram(ctx));
  return (ctx: Context): ResolvedLocale | Promise<ResolvedLocale> => {
    const key = settingsKey(ctx);
    if (key === undefined) return fromTelegram(ctx);
    const cached = locales.peek(key);
    if (cached !== undefined) return resolved(ctx, cached);
    return locales.get(key).then((saved) => resolved(ctx, saved));
  };
}

/** A context's language as a reply to a question weighs it (see `replyLocale`). */
export const chatLanguage = (ctx: LocaleFlavor): ChatLanguage => ({ chosen: ctx.localeChosen ? ctx.locale : null, fallback: ctx.locale });

/** The rest of an update speaks a reply's language: the files, notes and buttons sent after it. */
export function speak(ctx: LocaleFlavor & I18nFlavor, locale: Locale): void {
  if (ctx.locale === locale) return;
  ctx.locale = locale;
  ctx.i18n.useLocale(locale);
}
