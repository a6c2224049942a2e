import { z } from "zod";
import { LOCALES, type Locale } from "../present/i18n.js";

/**
 * Buttons the chat layer owns (the answer buttons are `Action`s from present/actions.ts).
 * Same rules: compact, at most 64 bytes, validated with zod on the way back.
 */
const botActionSchema = z.discriminatedUnion("a", [
  z.object({ a: z.literal("lang"), locale: z.enum(LOCALES) }),
  /** An admin's answer to the preview of an uploaded CSV: the exact draft it showed. */
  z.object({ a: z.literal("imp"), choice: z.enum(["ok", "no"]), draft: z.string().regex(/^[1-9]\d{0,14}$/).transform(Number) }),
  /** An admin's answer to the preview of a hand-written announcement. */
  z.object({ a: z.literal("ann"), choice: z.enum(["ok", "no"]) }),
]);

export type BotAction = z.infer<typeof botActionSchema>;

export function encodeBotAction(action: BotAction): string {
  if (action.a === "imp") return `imp|${action.choice}|${action.draft}`;
  return `${action.a}|${action.a === "lang" ? action.locale : action.choice}`;
}

export function decodeBotAction(data: string): BotAction | null {
  const [a, value, ...rest] = data.split("|");
  if (rest.length > (a === "imp" ? 1 : 0)) return null;
  const parsed = botActionSchema.safeParse(a === "lang" ? { a, locale: value } : a === "imp" ? { a, choice: value, draft: rest[0] } : { a, choice: value });
  return parsed.success ? parsed.data : null;
}

export const languageAction = (locale: Locale): string => encodeBotAction({ a: "lang", locale });
