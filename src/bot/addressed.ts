import type { Context } from "grammy";

/**
 * The text a message asks us, or null when it is not for us: in private chats every text
 * message; in groups only a mention of the bot (removed from the text) or a reply to one of its messages.
 */
export function addressedText(ctx: Context): string | null {
  const message = ctx.message;
  const text = message?.text;
  if (!message || text === undefined) return null;
  if (message.chat.type === "private") return text;
  const username = ctx.me.username.toLowerCase();
  const mention = (message.entities ?? []).find(
    (e) => e.type === "mention" && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === username,
  );
  if (mention) return `${text.slice(0, mention.offset)} ${text.slice(mention.offset + mention.length)}`.replace(/\s+/g, " ").trim();
  if (message.reply_to_message?.from?.id === ctx.me.id) return text;
  return null;
}
