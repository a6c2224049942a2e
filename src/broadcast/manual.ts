import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { escapeHtml } from "../present/format.js";
import type { Translator } from "../present/i18n.js";
import { readBody } from "../store/gazetteer.js";
import type { Database } from "../store/schema.js";
import { enqueue } from "../store/outbox.js";
import { allSubscribers, subscribersOf } from "../store/subscriptions.js";
import type { BroadcastLocale, Target } from "./targets.js";

type Q = Kysely<Database>;

/** Who a hand-written announcement is for: the followers of a target, or every chat that follows anything. */
export type Audience = Target | { kind: "everyone" };

/** Room left in Telegram's 4,096 characters after the header, with some to spare for HTML escapes. */
export const MAX_MANUAL_TEXT = 3500;

export interface Recipient {
  chatId: number;
  locale: BroadcastLocale;
}

/**
 * The chats an announcement reaches, each once. A body's audience is its own followers and, for
 * a kabupaten, kota or Pemprov, the followers of its (current) province: they follow all its bodies.
 */
export async function recipientsOf(db: Q, audience: Audience): Promise<Recipient[]> {
  let subscriptions;
  if (audience.kind === "everyone") {
    subscriptions = await allSubscribers(db);
  } else {
    const targets: Target[] = [audience];
    if (audience.kind === "body") {
      const body = await readBody(db, audience.code);
      if (body?.province_code && ["provinsi", "kabupaten", "kota"].includes(body.category)) targets.push({ kind: "province", code: body.province_code });
    }
    subscriptions = await subscribersOf(db, targets);
  }
  const byChat = new Map<number, Recipient>();
  for (const s of subscriptions) if (!byChat.has(s.chatId)) byChat.set(s.chatId, { chatId: s.chatId, locale: s.locale });
  return [...byChat.values()];
}

/** The message as subscribers read it: a header in their language, then the admin's words as plain text. */
export function renderManualAnnouncement(translator: Translator, locale: BroadcastLocale, text: string): string {
  return translator.t(locale, "announce-manual", { text: escapeHtml(text.trim()) });
}

export interface ManualAnnouncement {
  audience: Audience;
  text: string;
  /** Chosen once per announcement (at the preview): confirming twice still queues each message once. */
  id: string;
}

export const newAnnouncementId = () => randomUUID();

/** Queues one message per recipient chat, in one transaction; returns how many were new. */
export async function enqueueManualAnnouncement(db: Q, announcement: ManualAnnouncement, translator: Translator): Promise<number> {
  if (announcement.text.trim().length === 0 || announcement.text.length > MAX_MANUAL_TEXT) throw new Error("announcement text is empty or too long");
  const run = async (trx: Q) => {
    const recipients = await recipientsOf(trx, announcement.audience);
    const html = new Map<BroadcastLocale, string>();
    const messages = recipients.map((r) => {
      if (!html.has(r.locale)) html.set(r.locale, renderManualAnnouncement(translator, r.locale, announcement.text));
      return { chatId: r.chatId, html: html.get(r.locale)!, dedupeKey: `manual:${announcement.id}:${r.chatId}` };
    });
    return enqueue(trx, messages);
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}
