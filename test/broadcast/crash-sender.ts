/**
 * A sender in its own process, for the crash test: `npx tsx test/broadcast/crash-sender.ts`
 * with DATABASE_PATH, BOT_API_ROOT and RATE set. Prints "sender started" and runs until killed
 * (SIGKILL in the test) or stopped by SIGTERM.
 */
import { startSender } from "../../src/broadcast/sender.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import { openDatabase } from "../../src/store/connection.js";

const file = process.env.DATABASE_PATH;
const apiRoot = process.env.BOT_API_ROOT;
if (!file || !apiRoot) throw new Error("DATABASE_PATH and BOT_API_ROOT are required");

const db = openDatabase(file);
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
