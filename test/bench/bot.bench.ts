import { spawn } from "node:child_process";
import path from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import pino from "pino";
import { createBot } from "../../src/bot/create-bot.js";
import { toInlineKeyboard } from "../../src/bot/keyboards.js";
import { localBotInfo, type FetchFn } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { openCore } from "../helpers/bot-harness.js";
import { projectRoot } from "../helpers/process.js";
import type { BenchResult } from "./measure.js";

const TOKEN = "123456789:AAHbenchTokenForTheBotBench_abcdefghij";
const RATIO_TARGET = 2;
const THROUGHPUT_TARGET = 2_000;
/** RSS after 10,000 new users stays under this (caches are bounded; see README "Security"). */
const RSS_BOUND_MB = 350;
/** Distinct users, so the flood limit (on, as in production) never trips. */
const USERS = 5_000;

const QUESTIONS = [
  "nilai lampung utara 2021",
  "nilai kota payakumbuh 2023",
  "peringkat kota kendari 2022",
  "5 besar kabupaten di jambi 2022",
  "tren kota payakumbuh",
  "bandingkan tebo dan batanghari 2022",
  "unit layanan kota palembang 2025",
  "berapa daerah zona merah 2022",
  "nilai sumut 2023",
  "apa itu opini kualitas tinggi",
];

/** The cheapest possible Bot API: the same answer to every call, nothing recorded. */
export const fastFetch = (() => {
  const body = { ok: true, result: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "U" }, text: "" } };
  const response = { ok: true, status: 200, json: async () => body };
  return (async () => response) as unknown as FetchFn;
})();

/** Free-text questions from USERS users, round robin, as real Update objects. */
export function updateStream(): () => Update {
  const factories = Array.from({ length: USERS }, (_, i) => new UpdateFactory({ id: 1_000_000 + i, is_bot: false, first_name: "U", language_code: "id" }));
  let n = 0;
  return () => {
    const factory = factories[n % USERS]!;
    const question = QUESTIONS[Math.floor(n / USERS + n) % QUESTIONS.length]!;
    n += 1;
    return factory.text(question);
  };
}

/** Median and nearest-rank p99 in milliseconds, to the microsecond (the echo bot takes ~0.01 ms). */
export function stats(samples: number[]): { median_ms: number; p99_ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (ms: number) => Math.round(ms * 10_000) / 10_000;
  return { median_ms: round(median), p99_ms: round(sorted[Math.ceil(0.99 * sorted.length) - 1]!) };
}

export const elapsedMs = async (fn: () => Promise<unknown>) => {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * Memory under a burst of new users: test/bench/bot-memory-child.ts in its own process (its RSS
 * is the bot's alone), 10,000 distinct users each asking a question, 40 in flight at a time.
 */
async function memoryAfterNewUsers(): Promise<BenchResult> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join(projectRoot, "test/bench/bot-memory-child.ts")], {
    cwd: projectRoot,
    env: { ...process.env, USERS: "10000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c) => (out += String(c)));
  child.stderr.on("data", (c) => (err += String(c)));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`bot memory process failed (${code}): ${err.slice(0, 500)}`);
  const m = JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
  return {
    bench: "bot_memory",
    // An update's time from handleUpdate to its end, 40 in flight (the Bot API answers after 1 ms).
    median_ms: m.median_ms!,
    p99_ms: m.p99_ms!,
    rss_before_mb: m.rss_before_mb,
    rss_after_10000_users_mb: m.rss_after_mb,
    peak_rss_mb: m.peak_rss_mb,
    heap_before_mb: m.heap_before_mb,
    heap_after_10000_users_mb: m.heap_after_mb,
    concurrency: m.concurrency,
    target_rss_mb: RSS_BOUND_MB,
    within_target: m.peak_rss_mb! <= RSS_BOUND_MB,
  };
}

/**
 * Time per free-text question through the whole bot (bot.handleUpdate, a fake fetch) against a
 * bare grammY echo bot fed the same updates, sample by sample in the same run; then updates per
 * second on one core. The bot runs as in production (flood limit, conversations, i18n, answer
 * cache); the same figures without the answer cache show what a question never asked before costs.
 */
export async function botBench(): Promise<BenchResult[]> {
  const core = await openCore();
  try {
    const botInfo = localBotInfo("RaporBenchBot", 77);
    const logger = pino({ level: "warn" });
    const deps = { rapor: core.rapor, db: core.db, logger, adminIds: [], defaultLocale: "id" as const, client: { fetch: fastFetch }, botInfo };
    const bot = createBot(TOKEN, deps);
    const uncached = createBot(TOKEN, { ...deps, answerCacheSize: 0 });
    const echo = new Bot(TOKEN, { botInfo, client: { fetch: fastFetch } });
    echo.on("message:text", (ctx) => ctx.reply(ctx.message.text));
    // The same echo bot answering with a card-sized reply (HTML and keyboard): what sending a card costs by itself.
    const card = core.rapor.ask(QUESTIONS[0]!, "id").rendered;
    const cardEcho = new Bot(TOKEN, { botInfo, client: { fetch: fastFetch } });
    const cardOptions = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true }, reply_markup: toInlineKeyboard(card.buttons)! };
    cardEcho.on("message:text", (ctx) => ctx.reply(card.html, cardOptions));

    const next = updateStream();
    // Warm-up: every user once (their language is then cached, as for any returning user), JIT settled.
    for (let i = 0; i < USERS; i++) {
      await bot.handleUpdate(next());
      await uncached.handleUpdate(next());
      await echo.handleUpdate(next());
      await cardEcho.handleUpdate(next());
    }

    const iterations = 10_000;
    const samples = { bot: [] as number[], uncached: [] as number[], echo: [] as number[], cardEcho: [] as number[] };
    for (let i = 0; i < iterations; i++) {
      // Updates are built before the clock starts: only their handling is timed.
      const [a, b, c, d] = [next(), next(), next(), next()];
      samples.echo.push(await elapsedMs(() => echo.handleUpdate(a)));
      samples.bot.push(await elapsedMs(() => bot.handleUpdate(b)));
      samples.uncached.push(await elapsedMs(() => uncached.handleUpdate(c)));
      samples.cardEcho.push(await elapsedMs(() => cardEcho.handleUpdate(d)));
    }
    const echoStats = stats(samples.echo);
    const cardEchoStats = stats(samples.cardEcho);
    const botStats = stats(samples.bot);
    const uncachedStats = stats(samples.uncached);
    const ratio = (s: { median_ms: number }) => Math.round((s.median_ms / echoStats.median_ms) * 100) / 100;

    const throughput = async (target: typeof bot) => {
      const count = 20_000;
      const updates = Array.from({ length: count }, next);
      const ms = await elapsedMs(async () => {
        for (const update of updates) await target.handleUpdate(update);
      });
      return Math.round(count / (ms / 1000));
    };
    const perSecond = await throughput(bot);
    const perSecondUncached = await throughput(uncached);

    return [
      {
        bench: "bot_update",
        ...botStats,
        echo_median_ms: echoStats.median_ms,
        echo_p99_ms: echoStats.p99_ms,
        ratio_vs_echo: ratio(botStats),
        uncached_median_ms: uncachedStats.median_ms,
        uncached_p99_ms: uncachedStats.p99_ms,
        uncached_ratio_vs_echo: ratio(uncachedStats),
        card_echo_median_ms: cardEchoStats.median_ms,
        ratio_vs_card_echo: Math.round((botStats.median_ms / cardEchoStats.median_ms) * 100) / 100,
        iterations,
        target_ratio: RATIO_TARGET,
        within_target: ratio(botStats) <= RATIO_TARGET,
      },
      {
        bench: "bot_throughput",
        ...botStats,
        updates_per_s: perSecond,
        uncached_updates_per_s: perSecondUncached,
        target_updates_per_s: THROUGHPUT_TARGET,
        within_target: perSecond >= THROUGHPUT_TARGET && perSecondUncached >= THROUGHPUT_TARGET,
      },
      await memoryAfterNewUsers(),
    ];
  } finally {
    await core.cleanup();
  }
}
