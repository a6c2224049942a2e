/**
 * A sender in its own process, for the crash test: `npx tsx test/broadcast/crash-sender.ts`
 * with DATABASE_PATH, BOT_API_ROOT and RATE set. Prints "sender started" and runs until killed
 * (SIGKILL in the test) or stopped by SIGTERM.
 */
import { startSender } from "../../src/broadcast/sender.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import { databaseTarget, openDatabase } from "../../src/store/connection.js";

const file = process.env.DATABASE_PATH;
const apiRoot = process.env.BOT_API_ROOT;
if (!(file || process.env.DATABASE_URL) || !apiRoot) throw new Error("DATABASE_PATH (or DATABASE_URL) and BOT_API_ROOT are required");

const db = openDatabase(databaseTarget({ DATABASE_PATH: file ?? "", DATABASE_URL: process.env.DATABASE_URL }));
const sender = startSender(db, {
  transport: telegramTransport("7000003:AAFakeTokenForTheCrashTest_0123456789", { apiRoot, timeoutSeconds: 5 }),
  pacing: { perSecond: Number(process.env.RATE ?? 25) },
  pollIntervalMs: 100,
});
console.log("sender started");

process.once("SIGTERM", async () => {
  await sender.stop();
  await db.destroy();
  console.log(`sender stopped ${JSON.stringify(sender.stats())}`);
  process.exit(0);
});
