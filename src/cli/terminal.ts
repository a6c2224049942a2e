import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Message, Update } from "grammy/types";
import type { Logger } from "pino";
import type { Rapor } from "../app/rapor.js";
import { createBot } from "../bot/create-bot.js";
import { createLocalTransport, localBotInfo, type ApiCall } from "../bot/local-transport.js";
import { UpdateFactory } from "../bot/update-builders.js";
import { htmlToPlain } from "../present/format.js";
import type { Locale } from "../present/i18n.js";
import type { Db } from "../store/connection.js";

export interface TerminalOptions {
  rapor: Rapor;
  db: Db;
  logger: Logger;
  defaultLocale: Locale;
  input: Readable;
  output: Writable;
  /** A person at a keyboard: an intro, a prompt and /start first. Otherwise one question per line, replies only. */
  interactive: boolean;
}

interface Choice {
  label: string;
  data: string;
  message: Message;
}

/** The terminal user: one private chat, as Telegram would describe it. */
const USER_ID = 1;

/**
 * The SAME bot as on Telegram, in a terminal: each line becomes a real Update through
 * bot.handleUpdate and the same handlers; the bot's outgoing API calls are captured by a
 * client-side transport and printed (HTML stripped, inline buttons as numbered choices).
 */
export async function runTerminal(options: TerminalOptions): Promise<void> {
  const { output } = options;
  const write = (text: string) => output.write(`${text}\n`);
  let choices: Choice[] = [];

  const show = (call: ApiCall) => {
    const p = call.payload;
    if (call.method === "answerCallbackQuery" && p.text) return write(`(${String(p.text)})\n`);
    if (call.method !== "sendMessage" && call.method !== "editMessageText") return;
    write(p.parse_mode === "HTML" ? htmlToPlain(String(p.text)) : String(p.text));
    const rows = (p.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data?: string }[][];
    const message = call.response?.ok ? (call.response.result as Message) : undefined;
    if (rows.length > 0 && message) {
      choices = [];
      for (const row of rows) {
        const keys = row.filter((b) => b.callback_data).map((b) => {
          choices.push({ label: b.text, data: b.callback_data!, message });
          return `[${choices.length}] ${b.text}`;
        });
        if (keys.length) write(`  ${keys.join("   ")}`);
      }
    }
    write("");
  };

  const botInfo = localBotInfo("RaporBot", 1000);
  const transport = createLocalTransport({ botInfo, onCall: show });
  const bot = createBot("0:terminal", {
    rapor: options.rapor,
    db: options.db,
    logger: options.logger,
    adminIds: [],
    defaultLocale: options.defaultLocale,
    rateLimit: false,
    client: { fetch: transport.fetch },
    botInfo,
  });
  const updates = new UpdateFactory({ id: USER_ID, is_bot: false, first_name: "Terminal", language_code: options.defaultLocale });

  const toUpdate = (line: string): Update => {
    const n = /^\d{1,2}$/.test(line) ? Number(line) : 0;
    const choice = choices[n - 1];
    return choice ? updates.callback(choice.data, choice.message) : updates.text(line);
  };

  const rl = readline.createInterface({ input: options.input, ...(options.interactive ? { output } : {}), terminal: options.interactive, crlfDelay: Infinity });
  if (options.interactive) {
    write(options.rapor.translator.t(options.defaultLocale, "bot-terminal-intro"));
    write("");
    await bot.handleUpdate(updates.text("/start"));
    rl.setPrompt("› ");
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (line) await bot.handleUpdate(toUpdate(line));
    if (options.interactive) rl.prompt();
  }
}
