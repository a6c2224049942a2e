import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import { decodeAction, encodeAction, type Action } from "../present/actions.js";
import type { Button } from "../present/common.js";
import type { Locale } from "../present/i18n.js";

/** Actions that need a chat of their own (a conversation, a subscription, a file sent there): not offered on shared inline messages. */
const CHAT_ONLY: ReadonlySet<Action["a"]> = new Set(["cmp", "follow", "unfollow", "ftrend", "ftop", "fcmp"]);

/** Rendered buttons as Telegram's inline keyboard, callback data from `encodeAction`. */
export function toInlineKeyboard(
  buttons: Button[][],
  options: { inline?: boolean; onError?: (error: unknown) => void } = {},
): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  for (const row of buttons) {
    const keys: InlineKeyboardButton[] = [];
    for (const button of row) {
      if (options.inline && CHAT_ONLY.has(button.action.a)) continue;
      try {
        keys.push({ text: button.label, callback_data: encodeAction(button.action) });
      } catch (error) {
        // Over 64 bytes: a bug in a renderer; drop the one button rather than the whole reply.
        options.onError?.(error);
      }
    }
    if (keys.length > 0) rows.push(keys);
  }
  return rows.length > 0 ? { inline_keyboard: rows } : undefined;
}

/** The actions behind a message's keyboard (buttons that are not ours decode to nothing). */
export function keyboardActions(markup: InlineKeyboardMarkup | undefined): Action[] {
  const actions: Action[] = [];
  for (const row of markup?.inline_keyboard ?? []) {
    for (const button of row) {
      if ("callback_data" in button && button.callback_data) {
        const action = decodeAction(button.callback_data);
        if (action) actions.push(action);
      }
    }
  }
  return actions;
}

/**
 * Whether a pressed button should replace the message it sits on (another page or year of the
 * same view) rather than send a new one (a different view, so the user keeps what they were reading).
 * A body's card is recognised by its trend button.
 */
export function shouldEdit(action: Action, markup: InlineKeyboardMarkup | undefined): boolean {
  const actions = keyboardActions(markup);
  const cardOf = actions.find((a) => a.a === "trend")?.code;
  switch (action.a) {
    case "top":
    case "units":
    case "ukind":
      // Pages of a list, years of a unit view; from a card they open a new message.
      return cardOf === undefined && actions.some((a) => a.a === action.a);
    case "card":
      // Another year of the card being read.
      return cardOf === action.code;
    default:
      return false;
  }
}

export function languageKeyboard(labels: Record<Locale, string>): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: labels.id, callback_data: encodeAction({ a: "lang", locale: "id" }) },
        { text: labels.en, callback_data: encodeAction({ a: "lang", locale: "en" }) },
      ],
    ],
  };
}
