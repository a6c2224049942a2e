import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import type { Message, Update } from "grammy/types";
import type { Logger } from "pino";
import type { Rapor } from "../app/rapor.js";
import type { ChartRenderer } from "../chart/pool.js";
import { createBot } from "../bot/create-bot.js";
import { createLocalTransport, isUpload, localBotInfo, type ApiCall } from "../bot/local-transport.js";
import { UpdateFactory } from "../bot/update-builders.js";
import { UserFacingError } from "../config/exit-on-error.js";
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
  /** Where the charts (PNG) and CSV files the bot sends are written; unset, they are only named. */
  chartDir?: string;
  /** Renders the charts; default the process's shared pool. */
  charts?: ChartRenderer;
}

/** `npm start -- --chart-dir DIR`: the terminal chat's own options. */
export function terminalArgs(argv: string[]): Pick<TerminalOptions, "chartDir"> {
  try {
    const { values } = parseArgs({ args: argv, options: { "chart-dir": { type: "string" } }, strict: true, allowPositionals: false });
    return values["chart-dir"] ? { chartDir: values["chart-dir"] } : {};
  } catch (error) {
    throw new UserFacingError(`${error instanceof Error ? error.message : String(error)}\nusage: npm start [-- --chart-dir DIR]`);
  }
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

  const t = (key: string, args: Record<string, string>) => options.rapor.translator.t(options.defaultLocale, key, args);
  /** Files already written, by the file_id the transport gave them (a chart sent again by id is the same file). */
  const written = new Map<string, string>();
  const saveFile = (call: ApiCall, field: "photo" | "document"): string => {
    const value = call.payload[field];
    const result = call.response?.ok ? (call.response.result as Message) : undefined;
    const fileId = field === "photo" ? result?.photo?.at(-1)?.file_id : result?.document?.file_id;
    const known = typeof value === "string" ? written.get(value) : undefined;
    const name = isUpload(value) ? path.basename(value.filename) : (known ?? String(value));
    const kind = field === "photo" ? "chart" : "document";
    if (known) return t(`bot-terminal-${kind}-saved`, { path: known });
    if (!options.chartDir || !isUpload(value)) return t(`bot-terminal-${kind}-unsaved`, { name });
    fs.mkdirSync(options.chartDir, { recursive: true });
    const file = path.join(options.chartDir, name);
    fs.writeFileSync(file, value.data);
    if (fileId) written.set(fileId, file);
    return t(`bot-terminal-${kind}-saved`, { path: file });
  };

  const show = (call: ApiCall) => {
    const p = call.payload;
    if (call.method === "answerCallbackQuery" && p.text) return write(`(${String(p.text)})\n`);
    const file = call.method === "sendPhoto" ? "photo" : call.method === "sendDocument" ? "document" : null;
    if (call.method !== "sendMessage" && call.method !== "editMessageText" && !file) return;
    if (!call.response?.ok) return;
    const text = file ? String(p.caption ?? "") : String(p.text);
    if (text) write(p.parse_mode === "HTML" ? htmlToPlain(text) : text);
    if (file) write(saveFile(call, file));
    const rows = (p.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data?: string }[][];
    const message = call.response.result as Message;
    if (rows.length > 0) {
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
    ...(options.charts ? { charts: options.charts } : {}),
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
