import { autoRetry } from "@grammyjs/auto-retry";
import { conversations, createConversation } from "@grammyjs/conversations";
import { I18n } from "@grammyjs/i18n";
import { sequentialize } from "@grammyjs/runner";
import { Bot, Composer, Context, type BotError, type Middleware } from "grammy";
import type { Logger } from "pino";
import { sharedChartPool } from "../chart/pool.js";
import { dialectOf } from "../store/dialect.js";
import type { Locale } from "../present/i18n.js";
import { AnswerCache } from "./answer-cache.js";
import type { BotContext, BotDeps, ConvContext, Core, LocaleFlavor } from "./context.js";
import { chooseBody } from "./conversations/choose-body.js";
import { compare } from "./conversations/compare.js";
import { language } from "./conversations/language.js";
import { announce } from "./conversations/announce.js";
import { followByName } from "./conversations/follow.js";
import { extractFix, extractSource } from "./conversations/extract.js";
import { ANNOUNCE, CHOOSE_BODY, COMPARE, EXTRACT_FIX, EXTRACT_SOURCE, FOLLOW, LANGUAGE, MAX_WAIT_MS } from "./conversations/pick.js";
import { ExtractReviews } from "./extract-review.js";
import { extractFeature } from "./features/extract.js";
import { inProcessDraftImports } from "../ingest/draft-import.js";
import { adminFeature } from "./features/admin.js";
import { buttonsFeature } from "./features/buttons.js";
import { filesFeature } from "./features/charts.js";
import { cancelFeature } from "./features/cancel.js";
import { chatLifecycleFeature } from "./features/chat-lifecycle.js";
import { infoFeature } from "./features/info.js";
import { inlineFeature } from "./features/inline.js";
import { languageFeature } from "./features/language.js";
import { freeTextFeature, intentCommandsFeature } from "./features/questions.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { unhandledFeature } from "./features/unhandled.js";
import { localeResolver } from "./locale.js";
import { DatabaseHitCounter, DEFAULT_RATE_LIMIT, floodLimit } from "./rate-limit.js";
import { ChatLocales, ConversationStore } from "./state.js";

/** Bump when a conversation's code changes shape: stored states of the old shape are then dropped. */
export const CONVERSATION_VERSION = 1;

/** Updates the bot asks Telegram for (polling and webhook alike); my_chat_member tells it when it is removed from a chat. */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "my_chat_member"] as const;

/**
 * Retries on 429 (waiting retry_after) and 5xx, a few times. Network errors are not retried here:
 * the plugin would retry those forever, holding the chat's queue; the user can simply ask again.
 */
const retry = () => autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30, rethrowHttpErrors: true });

/** A message that starts with a command (grammY's `command()` matches only there). */
const isCommand = (ctx: Context) => ctx.message?.entities?.[0]?.type === "bot_command" && ctx.message.entities[0].offset === 0;

/** The sequence key: updates of one chat (or one user, for inline queries) run one at a time. */
const sequenceKey = (ctx: Context) => (ctx.chatId ?? ctx.from?.id)?.toString();

/**
 * The Telegram bot: every feature wired around the core (`deps.rapor`). No global state and no
 * configuration read here; the caller decides how updates arrive (runner, webhook, terminal, tests).
 */
export function createBot(token: string, deps: BotDeps): Bot<BotContext> {
  const entering: Entering = { enter: async () => {} };
  const bot = new Bot<BotContext>(token, {
    ContextConstructor: contextClass(deps.logger, deps.defaultLocale, entering) as unknown as new (
      ...args: ConstructorParameters<typeof Context>
    ) => BotContext,
    ...(deps.client ? { client: deps.client } : {}),
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  bot.api.config.use(retry());

  const { logger } = deps;
  const size = deps.answerCacheSize ?? 5_000;
  const rapor: Core = size > 0 ? new AnswerCache(deps.rapor, size) : deps.rapor;
  // One process per database (SQLite): per-chat state cached here. Several instances (PostgreSQL): read from the database.
  const cache = deps.cacheState ?? dialectOf(deps.db) === "sqlite";
  const locales = new ChatLocales(deps.db, { cache });
  const conversationStore = new ConversationStore(deps.db, { cache });
  const resolveLocale = localeResolver(locales, deps.defaultLocale);
  // Fed the text the core's Translator loaded: one read of locales/ serves both.
  const i18n = new I18n<Context & LocaleFlavor>({
    defaultLocale: deps.defaultLocale,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.locale,
  });
  for (const [locale, source] of deps.rapor.translator.sources) i18n.loadLocaleSync(locale, { source });

  bot.use(sequentialize(sequenceKey));

  // The chat's language (cached: no database read on the hot path). No check of the data version
  // here: the data is kept fresh outside the updates (src/app/freshness.ts, afterImport below).
  bot.use(async (ctx, next) => {
    const resolved = resolveLocale(ctx);
    ({ locale: ctx.locale, chosen: ctx.localeChosen } = resolved instanceof Promise ? await resolved : resolved);
    await next();
  });
  bot.use(i18n.middleware());

  const guarded = bot.errorBoundary(onError(deps));
  // Before the flood limit: a group's migration or the bot's removal is never dropped.
  guarded.filter((ctx) => ctx.myChatMember !== undefined || ctx.message?.migrate_to_chat_id !== undefined, chatLifecycleFeature(deps.db));
  if (deps.rateLimit !== false) {
    const limits = deps.rateLimit ?? DEFAULT_RATE_LIMIT;
    guarded.use(floodLimit(limits, cache ? undefined : new DatabaseHitCounter(deps.db, limits.timeFrame)));
  }

  // Conversations build their own context and Api: the locale, i18n and auto-retry are installed again there.
  const conversationPlugins: Middleware<ConvContext>[] = [
    async (ctx, next) => {
      const resolved = resolveLocale(ctx);
      ({ locale: ctx.locale, chosen: ctx.localeChosen } = resolved instanceof Promise ? await resolved : resolved);
      await next();
    },
    i18n.middleware(),
    async (ctx, next) => {
      ctx.api.config.use(retry());
      await next();
    },
  ];
  const conversationOptions = {
    storage: { type: "context" as const, version: CONVERSATION_VERSION, adapter: conversationStore },
    plugins: conversationPlugins,
  };
  const options = { maxMillisecondsToWait: MAX_WAIT_MS };
  const draftImports = deps.draftImports ?? inProcessDraftImports(deps.db);
  const reviews = new ExtractReviews(deps.db, () => deps.rapor.catalog);
  const files = filesFeature({ rapor: deps.rapor, db: deps.db, charts: deps.charts ?? sharedChartPool() });
  const registered = () => [
    createConversation<BotContext, ConvContext>(chooseBody(rapor, files.sender), { id: CHOOSE_BODY, ...options }),
    createConversation<BotContext, ConvContext>(compare(rapor), { id: COMPARE, ...options }),
    createConversation<BotContext, ConvContext>(language(locales), { id: LANGUAGE, ...options }),
    createConversation<BotContext, ConvContext>(followByName(rapor, deps.db), { id: FOLLOW, ...options }),
    createConversation<BotContext, ConvContext>(announce(rapor, deps.db), { id: ANNOUNCE, ...options }),
    createConversation<BotContext, ConvContext>(extractSource({ reviews, imports: draftImports }), { id: EXTRACT_SOURCE, ...options }),
    createConversation<BotContext, ConvContext>(extractFix({ reviews, imports: draftImports }), { id: EXTRACT_FIX, ...options }),
  ];

  // A chat with a conversation in progress (or not yet known to have none): the plugin, /batal
  // before the conversations (or a waiting one would swallow it), then the conversations.
  const withConversations = new Composer<BotContext>(conversations<BotContext, ConvContext>(conversationOptions));
  withConversations.filter(isCommand, cancelFeature());
  withConversations.use(...registered());
  const throughConversations = withConversations.middleware();

  // Entering from an idle chat: the same plugin and conversations, then the enter itself.
  const pending = new WeakMap<BotContext, { id: string; args: unknown[] }>();
  const entry = new Composer<BotContext>(conversations<BotContext, ConvContext>(conversationOptions), ...registered());
  entry.use((ctx) => {
    const { id, args } = pending.get(ctx)!;
    return ctx.conversation.enter(id, ...args);
  });
  const throughEntry = entry.middleware();
  entering.enter = async (ctx, id, args) => {
    if ("conversation" in ctx) {
      if (Object.keys(ctx.conversation.active()).length > 0) await ctx.conversation.exitAll();
      return ctx.conversation.enter(id, ...args);
    }
    pending.set(ctx, { id, args });
    await throughEntry(ctx, async () => {});
  };

  // Most updates come from chats known (from the cache) to have no conversation: they skip the
  // plugin, which would read and parse state per update. Entering one goes through `entry`.
  guarded.use((ctx, next) => (conversationStore.isIdle(ctx.chatId) ? next() : throughConversations(ctx, next)));

  const subscriptions = subscriptionsFeature(rapor, deps.db);
  const downloadFile = deps.downloadFile ?? fileDownloader(token, deps.client?.apiRoot);
  // An import of this process (or of its child) has committed: the answers move to it before the admin is told.
  const afterImport = () => deps.rapor.refreshIfStale();
  const admin = adminFeature({ db: deps.db, adminIds: deps.adminIds, downloadFile, imports: draftImports, afterImport });
  const reports = extractFeature({ reviews, adminIds: deps.adminIds, downloadFile, imports: draftImports, afterImport });

  // Commands behind one cheap check, so a free-text question does not try each of them.
  guarded.filter(
    isCommand,
    cancelFeature(),
    infoFeature(rapor),
    languageFeature(locales),
    subscriptions.commands,
    admin.commands,
    files.commands,
    intentCommandsFeature(rapor, files.sender),
  );
  guarded.filter((ctx) => ctx.message?.document !== undefined || ctx.callbackQuery !== undefined, admin.uploads);
  guarded.use(
    reports,
    freeTextFeature(rapor, files.sender, subscriptions.onStopAsked),
    files.buttons,
    buttonsFeature(rapor, locales, subscriptions.onFollow),
    inlineFeature(rapor, files.inlinePhotos),
    unhandledFeature(rapor),
  );

  // Last resort, for errors outside the boundary (the setup middleware itself).
  bot.catch((error) => logger.error({ err: error.error, update_id: error.ctx.update.update_id }, "update failed outside the error boundary"));
  return bot;
}

/**
 * The context class: the chat's language as a plain field and a child logger made on first use,
 * so an update allocates no closures for them.
 */
function contextClass(logger: Logger, defaultLocale: Locale, entering: Entering) {
  return class RaporContext extends Context {
    locale: Locale = defaultLocale;
    localeChosen = false;
    private childLog: Logger | undefined;

    get log(): Logger {
      return (this.childLog ??= logger.child({ update_id: this.update.update_id }));
    }

    enterConversation(id: string, ...args: unknown[]): Promise<void> {
      return entering.enter(this as unknown as BotContext, id, args);
    }
  };
}

/** How `ctx.enterConversation` enters, set once the conversations are wired. */
interface Entering {
  enter: (ctx: BotContext, id: string, args: unknown[]) => Promise<void>;
}

/** Downloads a file by its Bot API path. The URL holds the token: it is never logged nor put in an error. */
function fileDownloader(token: string, apiRoot = "https://api.telegram.org"): (filePath: string) => Promise<string> {
  return async (filePath) => {
    const response = await fetch(`${apiRoot.replace(/\/+$/, "")}/file/bot${token}/${filePath}`);
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    return response.text();
  };
}

/** The error boundary: log it, then tell the user, in their language, to try again. */
function onError(deps: BotDeps) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    const log = ctx.log ?? deps.logger;
    log.error({ err: error.error, update_id: ctx.update.update_id }, "update failed");
    const locale: Locale = ctx.locale ?? deps.defaultLocale;
    const text = deps.rapor.translator.t(locale, "bot-error");
    try {
      if (ctx.callbackQuery) {
        try {
          await ctx.answerCallbackQuery({ text });
          return;
        } catch {
          // Already answered before the failure: say it in the chat instead.
        }
      }
      if (ctx.message && ctx.chat) await ctx.reply(text);
    } catch (replyError) {
      log.warn({ err: replyError }, "could not tell the user about the failure");
    }
  };
}
