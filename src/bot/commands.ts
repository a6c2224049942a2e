import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "pino";
import { LOCALES, type Locale, type Translator } from "../present/i18n.js";

/** Every command by feature: its Indonesian name first, then its English alias (both always work). */
export const COMMANDS = {
  start: { id: "start", en: "start" },
  help: { id: "bantuan", en: "help" },
  score: { id: "nilai", en: "score" },
  rank: { id: "peringkat", en: "rank" },
  top: { id: "top", en: "top" },
  compare: { id: "bandingkan", en: "compare" },
  trend: { id: "tren", en: "trend" },
  units: { id: "unit", en: "units" },
  scale: { id: "zona", en: "scale" },
  follow: { id: "langganan", en: "follow" },
  unfollow: { id: "berhenti", en: "unfollow" },
  language: { id: "bahasa", en: "language" },
  about: { id: "tentang", en: "about" },
  cancel: { id: "batal", en: "cancel" },
} as const;

export type CommandKey = keyof typeof COMMANDS;

/** Both names of a command, for `bot.command(...)`. */
export const names = (key: CommandKey): string[] => [...new Set([COMMANDS[key].id, COMMANDS[key].en])];

/** The command menu in one language: that language's names, described in it. */
export function commandMenu(translator: Translator, locale: Locale): BotCommand[] {
  return (Object.keys(COMMANDS) as CommandKey[]).map((key) => ({
    command: COMMANDS[key][locale],
    description: translator.t(locale, `bot-command-${key}`),
  }));
}

/**
 * Sets the menu for Indonesian and English users and the default for everyone else. A failure
 * (an emulator without setMyCommands, a network blip) only costs the menu: a warning, never a crash.
 */
export async function publishCommands(api: Api, translator: Translator, defaultLocale: Locale, logger: Logger): Promise<boolean> {
  try {
    for (const locale of LOCALES) await api.setMyCommands(commandMenu(translator, locale), { language_code: locale });
    await api.setMyCommands(commandMenu(translator, defaultLocale));
    return true;
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menu (setMyCommands); the bot runs without it");
    return false;
  }
}
