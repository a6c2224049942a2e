import type { Chat, Message, MessageEntity, Update, User } from "grammy/types";

/** Entities Telegram would attach: a leading /command and @mentions. */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: "bot_command", offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<=^|\s)@[A-Za-z0-9_]{5,32}/g)) entities.push({ type: "mention", offset: m.index, length: m[0].length });
  return entities;
}

export interface MessageOptions {
  from?: User;
  chat?: Chat;
  replyTo?: Message;
}

/**
 * Real Update objects, as Telegram sends them, for the terminal chat and the tests: each
 * update and message gets the next id.
 */
export class UpdateFactory {
  private updateId = 1;
  private messageId = 100_000;

  constructor(
    readonly user: User,
    readonly chat: Chat = { id: user.id, type: "private", first_name: user.first_name },
  ) {}

  private message(options: MessageOptions): Omit<Message, "text"> & { chat: Chat; from: User } {
    return {
      message_id: this.messageId++,
      date: Math.floor(Date.now() / 1000),
      chat: options.chat ?? this.chat,
      from: options.from ?? this.user,
      ...(options.replyTo ? { reply_to_message: options.replyTo as Message.TextMessage & { reply_to_message: undefined } } : {}),
    } as Omit<Message, "text"> & { chat: Chat; from: User };
  }

  text(text: string, options: MessageOptions = {}): Update {
    const entities = entitiesOf(text);
    return {
      update_id: this.updateId++,
      message: { ...this.message(options), text, ...(entities.length ? { entities } : {}) } as Update["message"],
    };
  }

  /** A message without text: a sticker, a photo, a document. */
  media(kind: "sticker" | "photo" | "document", options: MessageOptions = {}): Update {
    const file = { file_id: "file", file_unique_id: "unique" };
    const content =
      kind === "sticker"
        ? { sticker: { ...file, type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" } }
        : kind === "photo"
          ? { photo: [{ ...file, width: 90, height: 90 }] }
          : { document: { ...file, file_name: "report.pdf" } };
    return { update_id: this.updateId++, message: { ...this.message(options), ...content } as Update["message"] };
  }

  /** A file sent to the bot (an admin's CSV). */
  document(fileName: string, options: MessageOptions & { mimeType?: string; fileSize?: number } = {}): Update {
    const document = {
      file_id: `file-${this.messageId}`,
      file_unique_id: `unique-${this.messageId}`,
      file_name: fileName,
      ...(options.mimeType ? { mime_type: options.mimeType } : {}),
      ...(options.fileSize !== undefined ? { file_size: options.fileSize } : {}),
    };
    return { update_id: this.updateId++, message: { ...this.message(options), document } as Update["message"] };
  }

  /** A button press on a message the bot sent (or on a shared inline message when given its id). */
  callback(data: string, on: Message | { inline_message_id: string }, from: User = this.user): Update {
    const where = "inline_message_id" in on ? { inline_message_id: on.inline_message_id } : { message: on };
    return {
      update_id: this.updateId++,
      callback_query: { id: String(this.updateId * 7), from, chat_instance: "instance", data, ...where },
    } as Update;
  }

  inline(query: string, from: User = this.user): Update {
    return { update_id: this.updateId++, inline_query: { id: String(this.updateId * 11), from, query, offset: "" } };
  }
}
