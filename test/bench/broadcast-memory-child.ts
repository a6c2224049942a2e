/**
 * The sender alone in its own process, for the memory bench (test/bench/broadcast.bench.ts):
 * sends from DATABASE_PATH to BOT_API_ROOT at RATE per second (0: as fast as it can) for
 * SECONDS (or until the queue is empty), samples its own memory every 100 ms, and prints one
 * JSON line with the samples' summary.
 */
import { startSender, status } from "../../src/broadcast/sender.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import type { Transport } from "../../src/broadcast/transport.js";
import { openDatabase } from "../../src/store/connection.js";
import { summarize } from "./measure.js";

const MB = 1024 * 1024;
const file = process.env.DATABASE_PATH!;
const apiRoot = process.env.BOT_API_ROOT!;
const seconds = Number(process.env.SECONDS ?? 20);
const rate = Number(process.env.RATE ?? 0);

const db = openDatabase(file);
const rssAtStart = process.memoryUsage().rss;
const samples: { rss: number; heap: number }[] = [];
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  samples.push({ rss: m.rss, heap: m.heapUsed });
}, 100);

// Times each Bot API call (a bounded reservoir: memory must not grow with the sends).
const telegram = telegramTransport("7000005:AAFakeTokenForTheMemoryBench_0123456789", { apiRoot });
const latencies: number[] = [];
let calls = 0;
const transport: Transport = {
  async sendMessage(chatId, html, replyMarkup) {
    const start = performance.now();
    await telegram.sendMessage(chatId, html, replyMarkup);
    calls++;
    const ms = performance.now() - start;
    if (latencies.length < 10_000) latencies.push(ms);
    else latencies[Math.floor(Math.random() * calls) % 10_000] = ms;
  },
};

const started = Date.now();
const sender = startSender(db, {
  transport,
  pacing: { perSecond: rate > 0 ? rate : 1_000_000 },
  pollIntervalMs: 100,
});
for (;;) {
  await new Promise((r) => setTimeout(r, 250));
  if (Date.now() - started > seconds * 1000 || (await status(db)).queued === 0) break;
}
await sender.stop();
clearInterval(sampler);
const elapsedS = (Date.now() - started) / 1000;
const left = await status(db);
await db.destroy();

const quarter = Math.max(1, Math.floor(samples.length / 4));
const mean = (list: typeof samples) => list.reduce((s, x) => s + x.rss, 0) / list.length / MB;
console.log(
  JSON.stringify({
    sent: sender.stats().sent,
    send_median_ms: summarize(latencies).median_ms,
    send_p99_ms: summarize(latencies).p99_ms,
    still_queued: left.queued,
    seconds: elapsedS,
    rss_at_start_mb: rssAtStart / MB,
    peak_rss_mb: Math.max(...samples.map((s) => s.rss)) / MB,
    peak_heap_mb: Math.max(...samples.map((s) => s.heap)) / MB,
    rss_first_quarter_mb: mean(samples.slice(0, quarter)),
    rss_last_quarter_mb: mean(samples.slice(-quarter)),
  }),
);
