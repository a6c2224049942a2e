import { CATEGORIES, type Category } from "../domain/vocabulary.js";

/** What a chat can follow: one body, a province (its kab/kota and the Pemprov), or a category. */
export const TARGET_KINDS = ["body", "province", "category"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Target {
  kind: TargetKind;
  code: string;
}

export const CHAT_TYPES = ["private", "group", "supergroup", "channel"] as const;
export type ChatType = (typeof CHAT_TYPES)[number];

export const BROADCAST_LOCALES = ["id", "en"] as const;
export type BroadcastLocale = (typeof BROADCAST_LOCALES)[number];

/** Anything but "en" reads Indonesian, the bot's default language. */
export const normalizeLocale = (locale: string | null | undefined): BroadcastLocale => (locale === "en" ? "en" : "id");

export const isCategory = (code: string): code is Category => (CATEGORIES as readonly string[]).includes(code);

export const targetKey = (t: Target) => `${t.kind}:${t.code}`;

/**
 * A /start payload for a body code. Telegram allows only A-Z, a-z, 0-9, _ and - there, so the
 * dots become underscores ("18.03" -> "18_03", "KL.BPOM" -> "KL_BPOM"); the bot's /start reads both.
 */
export const startPayload = (code: string) => code.replace(/\./g, "_");

const BOT_USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,63}$/;

/** https://t.me/<bot>?start=<code>: opens the body's full card in the bot. */
export function deepLink(botUsername: string, code: string): string {
  const name = botUsername.replace(/^@/, "");
  if (!BOT_USERNAME.test(name)) throw new Error(`not a bot username: ${JSON.stringify(botUsername)}`);
  return `https://t.me/${name}?start=${encodeURIComponent(startPayload(code))}`;
}
