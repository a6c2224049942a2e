/**
 * A sender in its own process, for the crash test: `node --import tsx test/broadcast/crash-sender.ts`
 * with DATABASE_PATH and BOT_API_ROOT set, and RATE (per second), CONCURRENCY, LEASE_MS (claims),
 * LEADER_LEASE_MS and TIMEOUT_S (a Bot API request) when not the defaults. Prints "sender started"
 * and runs until killed (SIGKILL in the test) or stopped by SIGTERM.
 */
import { startSender } from "../../src/broadcast/sender.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import { databaseTarget, openDatabase } from "../../src/store/connection.js";

const file = process.env.DATABASE_PATH;
const apiRoot = process.env.BOT_API_ROOT;
if (!(file || process.env.DATABASE_URL) || !apiRoot) throw new Error("DATABASE_PATH (or DATABASE_URL) and BOT_API_ROOT are required");
const number = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

const db = openDatabase(databaseTarget({ DATABASE_PATH: file ?? "", DATABASE_URL: process.env.DATABASE_URL }));
const sender = startSender(db, {
  transport: telegramTransport("7000003:AAFakeTokenForTheCrashTest_0123456789", { apiRoot, timeoutSeconds: number("TIMEOUT_S") ?? 5 }),
  pacing: { perSecond: number("RATE") ?? 25 },
  concurrency: number("CONCURRENCY"),
  leaseMs: number("LEASE_MS"),
  leaderLeaseMs: number("LEADER_LEASE_MS"),
  pollIntervalMs: 100,
  standbyPollMs: 100,
});
console.log("sender started");

process.once("SIGTERM", async () => {
  await sender.stop();
  await db.destroy();
  console.log(`sender stopped ${JSON.stringify(sender.stats())}`);
  process.exit(0);
});
