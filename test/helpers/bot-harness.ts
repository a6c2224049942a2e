import { Writable } from "node:stream";
import type { Bot } from "grammy";
import type { Chat, Message, Update, User } from "grammy/types";
import { openRapor } from "../../src/app/open-rapor.js";
import { Rapor } from "../../src/app/rapor.js";
import type { BotContext, BotDeps } from "../../src/bot/context.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createLocalTransport, localBotInfo, type ApiCall, type ApiResponse } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { createLogger } from "../../src/config/logger.js";
import type { Db } from "../../src/store/connection.js";
import { storeTemplate, tempStore, type TempStore } from "./temp-store.js";

/** A token of the real shape, so the logs can be checked for it. */
export const TEST_TOKEN = "123456789:AAHfakeTokenForTests_abcdefghijklmnop";
export const BOT_INFO = localBotInfo("RaporTestBot", 4242);

export interface Core {
  db: Db;
  rapor: Rapor;
  cleanup: () => Promise<void>;
}

/** The store (a fresh SQLite file: one per test file) and the core over it. */
export async function openCore(): Promise<Core> {
  return coreOf(await tempStore());
}

/** The core over a store of the test's own (one it also hands to a CLI through `store.env`). */
export async function coreOf(store: TempStore): Promise<Core> {
  return { db: store.db, rapor: await openRapor(store.db), cleanup: store.cleanup };
}

/** A migrated store with the shipped data per test file, copied for each test that changes it. */
export function storeCopies() {
  let template: Awaited<ReturnType<typeof storeTemplate>> | undefined;
  const open: TempStore[] = [];
  return {
    async fresh(): Promise<Core & { store: TempStore }> {
      template ??= await storeTemplate();
      const store = await template.copy();
      open.push(store);
      return { ...(await coreOf(store)), store };
    },
    async cleanupEach() {
      for (const s of open.splice(0)) await s.cleanup();
    },
    async cleanupAll() {
      await template?.cleanup();
    },
  };
}

let nextUserId = 10_000;

export interface HarnessOptions extends Partial<Omit<BotDeps, "db" | "rapor" | "logger" | "client" | "botInfo">> {
  rapor?: Rapor;
  respond?: (call: ApiCall) => ApiResponse | undefined;
  languageCode?: string;
  chat?: "private" | "group";
  /** Reuse a user (and their chat) of an earlier harness: a restart of the bot. */
  userId?: number;
}

/**
 * One bot over the shared core, with its outgoing calls recorded by a fake fetch (the one Api
 * below the bot and every conversation), a log captured in memory, and a user of its own.
 */
export function harness(core: Core, options: HarnessOptions = {}) {
  const transport = createLocalTransport({ botInfo: BOT_INFO, ...(options.respond ? { respond: options.respond } : {}) });
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: "debug", secrets: [TEST_TOKEN], destination: logStream });
  const { rapor: raporOverride, respond: _respond, languageCode, chat: chatKind, userId, ...rest } = options;
  const bot: Bot<BotContext> = createBot(TEST_TOKEN, {
    db: core.db,
    rapor: raporOverride ?? core.rapor,
    logger,
    adminIds: [],
    defaultLocale: "id",
    rateLimit: false,
    client: { fetch: transport.fetch },
    botInfo: BOT_INFO,
    ...rest,
  });
  const id = userId ?? nextUserId++;
  const user: User = { id, is_bot: false, first_name: "Ani", ...(languageCode ? { language_code: languageCode } : {}) };
  const chat: Chat =
    chatKind === "group" ? { id: -id, type: "supergroup", title: "Warga" } : { id, type: "private", first_name: "Ani" };
  const updates = new UpdateFactory(user, chat);

  /** Feeds one update and returns the calls it caused. */
  async function send(update: Update): Promise<ApiCall[]> {
    const before = transport.calls.length;
    await bot.handleUpdate(update);
    return transport.calls.slice(before);
  }

  return {
    bot,
    user,
    chat,
    updates,
    calls: transport.calls,
    logLines,
    send,
    say: (text: string, opts: Parameters<UpdateFactory["text"]>[1] = {}) => send(updates.text(text, opts)),
    press: (data: string, on: Message | { inline_message_id: string }) => send(updates.callback(data, on)),
    /** The messages the bot sent, as Telegram returned them (ids, keyboards), for pressing their buttons. */
    sentMessages: () => transport.calls.filter((c) => c.method === "sendMessage").map((c) => asMessage(c, chat)),
  };
}

/** A sent message as the chat shows it: what a callback_query carries in `message`. */
export function asMessage(call: ApiCall, chat: Chat): Message {
  const result = call.response?.ok ? (call.response.result as { message_id?: number }) : undefined;
  return {
    message_id: call.payload.message_id ?? result?.message_id ?? 1,
    date: 0,
    chat,
    from: BOT_INFO,
    text: String(call.payload.text),
    ...(call.payload.reply_markup ? { reply_markup: call.payload.reply_markup } : {}),
  } as Message;
}

/** The callback data of every button of a call's keyboard, row by row flattened. */
export function buttonsOf(call: ApiCall | undefined): { text: string; data: string }[] {
  const rows = (call?.payload.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data?: string }[][];
  return rows.flat().map((b) => ({ text: b.text, data: b.callback_data ?? "" }));
}

export const texts = (calls: ApiCall[], method = "sendMessage") => calls.filter((c) => c.method === method).map((c) => String(c.payload.text));
