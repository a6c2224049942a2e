import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { freePort, spawnMain, type Spawned } from "../helpers/process.js";

export interface EmulatedBot {
  /** The telegram-test-api Bot API emulator the bot talks to. */
  server: TelegramServer;
  /** `npm start` as its own process. */
  bot: Spawned;
  /** The bot's SQLite file (in a temporary directory). */
  database: string;
  /** Kills the bot, stops the emulator, removes the directory. */
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-e2e-"));
  const database = path.join(dir, "rapor.sqlite");
  const bot = spawnMain({ BOT_TOKEN: token, BOT_API_ROOT: `http://127.0.0.1:${port}`, DATABASE_PATH: database, LOG_LEVEL: "info", ...env });
  await bot.waitForOutput(/"msg":"bot started"/, 30_000);
  return {
    server,
    bot,
    database,
    close: async () => {
      bot.signal("SIGKILL");
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
