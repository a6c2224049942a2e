import type { Message, MessageEntity } from "grammy/types";
import { z } from "zod";

/** A pasted text this long (or any forwarded one) is read as a news report when an admin sends it. */
export const REPORT_MIN_CHARS = 400;

const httpUrl = z.url({ protocol: /^https?$/ });
const MAX_URL = 2000;

/** An http(s) address as the import accepts it (a bare "example.org/x" gets https://); null when it is none. */
export function asHttpUrl(raw: string): string | null {
  const trimmed = raw.trim().replace(/[.,;:!?)\]]+$/, "");
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed);
  // Without a scheme only a host name with a dot is an address ("example.org/x", not a word).
  if (!hasScheme && !/^[\p{L}\d-]+(?:\.[\p{L}\d-]+)+(?:[/?#]|$)/u.test(trimmed)) return null;
  const candidate = hasScheme ? trimmed : `https://${trimmed}`;
  return candidate.length <= MAX_URL && httpUrl.safeParse(candidate).success ? candidate : null;
}

const isTelegramLink = (url: string) => /^https?:\/\/(?:t\.me|telegram\.me)\//i.test(url);

/**
 * The report's address: the first link of the message (its entities: links and written URLs; then URLs written in the
 * text), a link to Telegram itself only when nothing else is given; else, for a post forwarded from a public channel,
 * the post's own address.
 */
export function reportUrl(message: Message): string | null {
  const text = message.text ?? message.caption ?? "";
  const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
  const found: string[] = [];
  for (const e of entities) {
    if (e.type === "text_link") found.push(e.url);
    else if (e.type === "url") found.push(text.slice(e.offset, e.offset + e.length));
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>"'«»]+/gi)) found.push(m[0]);
  const urls = found.map(asHttpUrl).filter((u): u is string => u !== null);
  const url = urls.find((u) => !isTelegramLink(u)) ?? urls[0];
  if (url) return url;
  const origin = message.forward_origin;
  if (origin?.type === "channel" && origin.chat.username) return `https://t.me/${origin.chat.username}/${origin.message_id}`;
  return null;
}

/** A forwarded post's date (in Western Indonesia time) as YYYY-MM-DD: the report's publication date. */
export function reportPublished(message: Message): string | null {
  const origin = message.forward_origin;
  if (!origin) return null;
  return new Date((origin.date + 7 * 3600) * 1000).toISOString().slice(0, 10);
}
