import type { Conversation, ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { ApiClientOptions, Context, Filter } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Logger } from "pino";
import type { Rapor } from "../app/rapor.js";
import type { ChartRenderer } from "../chart/pool.js";
import type { DraftImports } from "../ingest/draft-import.js";
import type { Action } from "../present/actions.js";
import type { Locale } from "../present/i18n.js";
import type { Db } from "../store/connection.js";
import type { Query } from "../understand/query.js";

/** The part of the core the chat layer uses (the bot wraps it in an answer cache). */
export type Core = Pick<Rapor, "ask" | "act" | "render" | "parse" | "catalog" | "translator">;

/** What every context carries, outside and inside conversations. */
export interface LocaleFlavor {
  /** The language of this chat: its saved choice, else Telegram's language_code (id/en), else the default. */
  locale: Locale;
  /** `locale` is the chat's saved choice (/bahasa): replies to questions keep it whatever language they are asked in. */
  localeChosen: boolean;
}

interface OuterFlavor extends LocaleFlavor {
  /** A child logger bound to this update. */
  log: Logger;
  /**
   * Enters a conversation, leaving any other first. Use this, not `ctx.conversation.enter`: chats
   * with no conversation skip the plugin, so `ctx.conversation` exists only when one is active.
   */
  enterConversation(id: string, ...args: unknown[]): Promise<void>;
}

/** The context of the outside middleware tree. */
export type BotContext = ConversationFlavor<Context & I18nFlavor & OuterFlavor>;

/** The context inside conversations: a fresh object built by the plugin, with only the plugins we install there. */
export type ConvContext = Context & I18nFlavor & LocaleFlavor;

export type BotConversation = Conversation<BotContext, ConvContext>;

export type FollowAction = Extract<Action, { a: "follow" | "unfollow" }>;

/** Called when a "🔔 Follow" or "unfollow" button is pressed (the subscriptions feature plugs in here). */
export type FollowHandler = (ctx: Filter<BotContext, "callback_query:data">, action: FollowAction) => Promise<void>;

/** Called when a message asks to stop following ("berhenti ikuti Kota Metro"): the chat's subscriptions decide the reply. */
export type StopHandler = (ctx: BotContext, query: Query) => Promise<void>;

export interface RateLimitOptions {
  /** Window in milliseconds. */
  timeFrame: number;
  /** Updates a user may send per window; one polite reply when exceeded. */
  limit: number;
}

export interface BotDeps {
  rapor: Rapor;
  db: Db;
  logger: Logger;
  /** Telegram user ids allowed to run admin commands (/status, /umumkan, importing a CSV sent to the bot). */
  adminIds: readonly number[];
  defaultLocale: Locale;
  /** Flood limit per user; false turns it off. Default: 8 updates per 4 seconds. */
  rateLimit?: RateLimitOptions | false;
  /** grammY client options: `apiRoot` for another Bot API server, `fetch` for tests and the terminal chat. */
  client?: ApiClientOptions;
  /** Known bot identity: no getMe call (tests, the terminal chat). */
  botInfo?: UserFromGetMe;
  /**
   * Reads a file a user sent (an admin's CSV) by its Bot API `file_path`. Default: a GET of
   * `<apiRoot>/file/bot<token>/<file_path>`; tests inject their own.
   */
  downloadFile?: (filePath: string) => Promise<string>;
  /** Runs admins' CSV previews and imports; default: on `db` in this process. Production: a child process (draft-import-process.ts). */
  draftImports?: DraftImports;
  /**
   * Keep the per-chat state in this process: languages and conversations cached over their
   * tables, the flood limit counted in memory. Right when this process is the database's only
   * bot; default true on SQLite, false on PostgreSQL, where several instances share the database
   * (every update then reads its chat's state, and the flood counters live in the database).
   */
  cacheState?: boolean;
  /** Answers remembered per (text, language) until the data changes; 0 turns the cache off. Default 5,000. */
  answerCacheSize?: number;
  /** Renders chart PNGs; default one worker pool shared by the process's bots. */
  charts?: ChartRenderer;
}
