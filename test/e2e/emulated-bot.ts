import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import type { DatabaseTarget } from "../../src/store/connection.js";
import { freePort, spawnMain, type Spawned } from "../helpers/process.js";
import { emptyDatabase } from "../helpers/temp-store.js";

export interface EmulatedBot {
  /** The telegram-test-api Bot API emulator the bot talks to. */
  server: TelegramServer;
  /** `npm start` as its own process. */
  bot: Spawned;
  /** The bot's fresh database (an SQLite file, or a PostgreSQL database when DATABASE_URL is set), and how a child process reaches it. */
  database: DatabaseTarget;
  env: Record<string, string>;
  /** Kills the bot, stops the emulator, drops the database. */
  close: () => Promise<void>;
}

/**
 * The emulator on a free port and the bot as its own process pointed at it (BOT_API_ROOT), with a
 * fresh database; resolves once the bot logs "bot started". `env` adds to or overrides the defaults.
 */
export async function startEmulatedBot(token: string, env: Record<string, string> = {}): Promise<EmulatedBot> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  const database = await emptyDatabase();
  const bot = spawnMain({ BOT_TOKEN: token, BOT_API_ROOT: `http://127.0.0.1:${port}`, ...database.env, LOG_LEVEL: "info", ...env });
  await bot.waitForOutput(/"msg":"bot started"/, 30_000);
  return {
    server,
    bot,
    database: database.target,
    env: database.env,
    close: async () => {
      bot.signal("SIGKILL");
      await bot.done;
      await server.stop();
      await database.cleanup();
    },
  };
}
