/**
 * Composition root: config -> store -> core (Rapor) -> bot -> run. With a BOT_TOKEN it serves
 * Telegram (long polling or webhook, per BOT_MODE); without one it opens the same bot as a
 * chat in this terminal.
 */
import { run } from "@grammyjs/runner";
import { GrammyError, type Bot } from "grammy";
import type { Logger } from "pino";
import { keepFresh, type Freshness } from "./app/freshness.js";
import { openRapor } from "./app/open-rapor.js";
import type { Rapor } from "./app/rapor.js";
import { publishCommands } from "./bot/commands.js";
import type { BotContext } from "./bot/context.js";
import { ALLOWED_UPDATES, createBot } from "./bot/create-bot.js";
import { startWebhookServer } from "./bot/webhook-server.js";
import { sharedChartPool } from "./chart/pool.js";
import { startSender, telegramTransport } from "./broadcast/index.js";
import { runTerminal, terminalArgs } from "./cli/terminal.js";
import { ConfigError, loadConfig, type Config } from "./config/config.js";
import { runCli } from "./config/exit-on-error.js";
import { createLogger } from "./config/logger.js";
import { guardProcessOutput } from "./config/output-guard.js";
import { childProcessDraftImports } from "./ingest/draft-import-process.js";
import { databaseTarget, type Db } from "./store/connection.js";
import { pingDatabase } from "./store/health.js";
import { openStore } from "./store/open-store.js";

/** Aborts on the first SIGINT or SIGTERM. */
function stopSignal(logger: Logger): AbortSignal {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "stopping");
    controller.abort();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return controller.signal;
}

const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })));

/**
 * getMe (grammY retries it while the Bot API is unreachable; a stop signal ends the wait).
 * A token the Bot API rejects is a configuration error (exit 2), not a crash. False when stopped.
 */
async function identify(bot: Bot<BotContext>, stop: AbortSignal): Promise<boolean> {
  try {
    await bot.init(stop as Parameters<typeof bot.init>[0]);
    return true;
  } catch (error) {
    if (stop.aborted) return false;
    if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
      throw new ConfigError(`Invalid BOT_TOKEN: the Bot API rejected it (${error.error_code})`);
    }
    throw error;
  }
}

async function serveTelegram(config: Config, token: string, db: Db, rapor: Rapor, logger: Logger): Promise<void> {
  const bot = createBot(token, {
    rapor,
    db,
    logger,
    adminIds: config.ADMIN_IDS,
    defaultLocale: config.DEFAULT_LOCALE,
    client: { apiRoot: config.BOT_API_ROOT },
    // An admin's upload is parsed, validated and imported in a child process: the event loop stays free.
    draftImports: childProcessDraftImports(databaseTarget(config)),
  });
  const stop = stopSignal(logger);
  const stopped = aborted(stop);
  logger.info({ apiRoot: config.BOT_API_ROOT }, "connecting to the Bot API");
  if (!(await identify(bot, stop))) return void logger.info("bot stopped");
  // Delivers the outbox (announcements enqueued by imports, from this process or the CLI) until shutdown,
  // each import's announcements once the answers include that import.
  const sender = startSender(db, {
    transport: telegramTransport(token, { apiRoot: config.BOT_API_ROOT }),
    concurrency: config.SENDER_CONCURRENCY,
    logger,
    beforeSend: (importIds) => rapor.includeImports(importIds),
  });
  try {
    await serveUpdates(bot, config, db, rapor, stopped, logger);
    logger.info("bot stopped");
  } finally {
    // Before the caller's db.destroy(): the send in flight finishes and is marked.
    await sender.stop();
  }
}

async function serveUpdates(bot: Bot<BotContext>, config: Config, db: Db, rapor: Rapor, stopped: Promise<void>, logger: Logger): Promise<void> {
  // In the background: the menu is a nicety, and a slow or failing call must not delay answering.
  void publishCommands(bot.api, rapor.translator, config.DEFAULT_LOCALE, logger, config.ADMIN_IDS);
  const started = { bot: bot.botInfo.username, mode: config.BOT_MODE, apiRoot: config.BOT_API_ROOT };

  if (config.BOT_MODE === "webhook") {
    const path = new URL(config.WEBHOOK_URL).pathname;
    const server = await startWebhookServer(bot, {
      port: config.PORT,
      ...(config.HOST ? { host: config.HOST } : {}),
      path,
      secret: config.WEBHOOK_SECRET,
      logger,
      health: () => pingDatabase(db),
    });
    try {
      await bot.api.setWebhook(config.WEBHOOK_URL, { secret_token: config.WEBHOOK_SECRET, allowed_updates: ALLOWED_UPDATES });
    } catch (error) {
      logger.error({ err: error }, "setWebhook failed: Telegram will not deliver updates until the webhook is set");
    }
    logger.info({ ...started, host: config.HOST ?? "*", port: server.port, path }, "bot started");
    await stopped;
    // Refuses new updates (503: Telegram delivers them again later) and waits for those in hand.
    logger.info({ inFlight: server.inFlight() }, "draining the updates in hand");
    await server.close();
  } else {
    // A webhook left over from a webhook deployment would make getUpdates fail.
    await bot.api.deleteWebhook().catch((error: unknown) => logger.warn({ err: error }, "deleteWebhook failed"));
    // The runner's own reports go to console.error with the request URL, token included: silenced,
    // and every failed getUpdates is logged here instead (the runner then retries or, on 401/409, stops).
    bot.api.config.use(async (prev, method, payload, signal) => {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        if (method === "getUpdates" && !signal?.aborted) logger.warn({ err: error }, "getUpdates failed");
        throw error;
      }
    });
    const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES }, silent: true } });
    logger.info(started, "bot started");
    try {
      await Promise.race([stopped, runner.task()]);
    } finally {
      // Waits for the updates in hand to be handled, also when polling failed for good (401, 409).
      if (runner.isRunning()) await runner.stop();
      while (runner.size() > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

// Before anything can print: no output of this process carries the token or the webhook secret.
guardProcessOutput([process.env.BOT_TOKEN?.trim(), process.env.WEBHOOK_SECRET?.trim()]);

await runCli(async () => {
  const config = loadConfig(process.env);
  const token = config.BOT_TOKEN;
  const secret = config.BOT_MODE === "webhook" ? config.WEBHOOK_SECRET : undefined;
  // The terminal chat owns stdout: logs go to stderr, warnings only unless LOG_LEVEL says otherwise.
  const level = !token && !process.env.LOG_LEVEL ? "warn" : config.LOG_LEVEL;
  const logger = createLogger({ level, secrets: [token, secret], destination: token ? 1 : 2 });
  const db = await openStore(databaseTarget(config));
  let freshness: Freshness | undefined;
  try {
    const rapor = await openRapor(db);
    // Imports from the CLI (or, on PostgreSQL, another instance) nobody told this process about.
    freshness = keepFresh(rapor, { target: databaseTarget(config), intervalMs: config.DATA_CHECK_MS, logger });
    if (!token) {
      await runTerminal({
        rapor,
        db,
        logger,
        defaultLocale: config.DEFAULT_LOCALE,
        input: process.stdin,
        output: process.stdout,
        interactive: Boolean(process.stdin.isTTY),
        ...terminalArgs(process.argv.slice(2)),
      });
      return 0;
    }
    try {
      await serveTelegram(config, token, db, rapor, logger);
      return 0;
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      // Through the logger, which scrubs the token, rather than runCli's plain print.
      logger.fatal({ err: error }, "the bot stopped on an error");
      return 1;
    }
  } finally {
    await freshness?.close();
    // After the bot drained: a chart still rendering then is answered "closed", not cut off mid-write.
    await sharedChartPool().close();
    await db.destroy();
  }
});
