import { z } from "zod";
import { LOCALES, type Locale } from "../present/i18n.js";

/**
 * Buttons the chat layer owns (the answer buttons are `Action`s from present/actions.ts).
 * Same rules: compact, at most 64 bytes, validated with zod on the way back.
 */
const botActionSchema = z.discriminatedUnion("a", [z.object({ a: z.literal("lang"), locale: z.enum(LOCALES) })]);

export type BotAction = z.infer<typeof botActionSchema>;

export function encodeBotAction(action: BotAction): string {
  return `${action.a}|${action.locale}`;
}

export function decodeBotAction(data: string): BotAction | null {
  const [a, locale, ...rest] = data.split("|");
  if (rest.length > 0) return null;
  const parsed = botActionSchema.safeParse({ a, locale });
  return parsed.success ? parsed.data : null;
}

export const languageAction = (locale: Locale): string => encodeBotAction({ a: "lang", locale });
