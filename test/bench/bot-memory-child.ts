/**
 * The bot alone in its own process, for the memory figure of `npm run bench -- bot`
 * (test/bench/bot.bench.ts): USERS distinct new users each ask one question (names and years
 * vary, so most questions are new too), CONCURRENCY updates in flight at a time (what
 * Telegram's webhook sends at most by default), through `bot.handleUpdate` with the production
 * settings (caches, flood limit, conversations). Prints one JSON line.
 */
import pino from "pino";
import { createBot } from "../../src/bot/create-bot.js";
import { localBotInfo, type FetchFn } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { openCore } from "../helpers/bot-harness.js";
import { summarize } from "./measure.js";

const MB = 1024 * 1024;
const users = Number(process.env.USERS ?? 10_000);
const concurrency = Number(process.env.CONCURRENCY ?? 40);

const reply = { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "U" }, text: "" } };
/** A Bot API answering after a millisecond: replies overlap as they do over a network. */
const fetchLater = (async () => {
  await new Promise((resolve) => setTimeout(resolve, 1));
  return { ok: true, status: 200, json: async () => reply };
}) as unknown as FetchFn;

const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss / MB, heap: m.heapUsed / MB };
};

const core = await openCore();
const bodies = [...core.rapor.catalog.bodies.values()].map((b) => b.name);
const kinds = ["nilai %s %y", "peringkat %s %y", "tren %s", "unit layanan %s %y", "%s %y"];
const years = [2019, 2021, 2022, 2023, 2024, 2025];
const question = (i: number) => kinds[i % kinds.length]!.replace("%s", bodies[i % bodies.length]!).replace("%y", String(years[i % years.length]));

const bot = createBot("123456789:AAHbenchTokenForTheBotBench_abcdefghij", {
  rapor: core.rapor,
  db: core.db,
  logger: pino({ level: "warn" }),
  adminIds: [],
  defaultLocale: "id",
  client: { fetch: fetchLater },
  botInfo: localBotInfo("RaporBenchBot", 77),
});

// Everything loaded and compiled once: one user, every kind of question.
const warm = new UpdateFactory({ id: 1, is_bot: false, first_name: "W", language_code: "id" });
for (let i = 0; i < kinds.length; i++) await bot.handleUpdate(warm.text(question(i)));
const before = memory();

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss / MB)), 50);
let next = 0;
const started = Date.now();
const latencies: number[] = [];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < users) {
      const i = next++;
      const user = new UpdateFactory({ id: 2_000_000 + i, is_bot: false, first_name: "U", language_code: i % 3 ? "id" : "en" });
      const update = user.text(question(i));
      const start = performance.now();
      await bot.handleUpdate(update);
      latencies.push(performance.now() - start);
    }
  }),
);
clearInterval(sampler);
const seconds = (Date.now() - started) / 1000;
const after = memory();
const round = (n: number) => Math.round(n * 10) / 10;
console.log(
  JSON.stringify({
    users,
    concurrency,
    seconds: round(seconds),
    median_ms: summarize(latencies).median_ms,
    p99_ms: summarize(latencies).p99_ms,
    rss_before_mb: round(before.rss),
    heap_before_mb: round(before.heap),
    rss_after_mb: round(after.rss),
    heap_after_mb: round(after.heap),
    peak_rss_mb: round(Math.max(peakRss, after.rss)),
  }),
);
await core.cleanup();
