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
  chart: { id: "grafik", en: "chart" },
  export: { id: "ekspor", en: "export" },
  scale: { id: "zona", en: "scale" },
  follow: { id: "langganan", en: "follow" },
  unfollow: { id: "berhenti", en: "unfollow" },
  language: { id: "bahasa", en: "language" },
  about: { id: "tentang", en: "about" },
  cancel: { id: "batal", en: "cancel" },
} as const;

/** Commands for the bot's admins (ADMIN_IDS); in their menu only. */
export const ADMIN_COMMANDS = {
  status: { id: "status", en: "status" },
  announce: { id: "umumkan", en: "announce" },
} as const;

export type CommandKey = keyof typeof COMMANDS;
type AnyCommandKey = CommandKey | keyof typeof ADMIN_COMMANDS;
const ALL_COMMANDS: Record<AnyCommandKey, { id: string; en: string }> = { ...COMMANDS, ...ADMIN_COMMANDS };

/** Both names of a command, for `bot.command(...)`. */
export const names = (key: AnyCommandKey): string[] => [...new Set([ALL_COMMANDS[key].id, ALL_COMMANDS[key].en])];

/** The command menu in one language: that language's names, described in it (with the admin commands for admins). */
export function commandMenu(translator: Translator, locale: Locale, forAdmin = false): BotCommand[] {
  const keys = Object.keys(forAdmin ? ALL_COMMANDS : COMMANDS) as AnyCommandKey[];
  return keys.map((key) => ({ command: ALL_COMMANDS[key][locale], description: translator.t(locale, `bot-command-${key}`) }));
}

/**
 * Sets the menu for Indonesian and English users and the default for everyone else, then each
 * admin's private chat gets the admin commands too. A failure (an emulator without setMyCommands,
 * an admin who never opened the bot) only costs that menu: a warning, never a crash.
 */
export async function publishCommands(
  api: Api,
  translator: Translator,
  defaultLocale: Locale,
  logger: Logger,
  adminIds: readonly number[] = [],
): Promise<boolean> {
  try {
    for (const locale of LOCALES) await api.setMyCommands(commandMenu(translator, locale), { language_code: locale });
    await api.setMyCommands(commandMenu(translator, defaultLocale));
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menu (setMyCommands); the bot runs without it");
    return false;
  }
  let all = true;
  for (const chat_id of adminIds) {
    try {
      await api.setMyCommands(commandMenu(translator, defaultLocale, true), { scope: { type: "chat", chat_id } });
    } catch (error) {
      all = false;
      logger.warn({ err: error, admin: chat_id }, "could not set an admin's command menu (has the admin opened the bot?)");
    }
  }
  return all;
}
