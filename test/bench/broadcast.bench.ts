import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { enqueue, type OutgoingMessage } from "../../src/store/outbox.js";
import { DEFAULT_CONCURRENCY, startSender, status } from "../../src/broadcast/sender.js";
import { telegramTransport } from "../../src/broadcast/telegram-transport.js";
import { migrateToLatest, openDatabase, type Db } from "../../src/store/connection.js";
import { startFakeBotApi } from "../e2e/fake-bot-api.js";
import { projectRoot } from "../helpers/process.js";
import { summarize, type BenchResult } from "./measure.js";

const TOKEN = "7000004:AAFakeTokenForTheBroadcastBench_0123456";
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** An empty migrated store: the outbox needs no shipped data. */
async function emptyStore(): Promise<{ db: Db; file: string; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-bench-broadcast-"));
  const file = path.join(dir, "rapor.sqlite");
  const db = openDatabase(file);
  await migrateToLatest(db);
  return {
    db,
    file,
    cleanup: async () => {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A digest-sized message (~1 KB of HTML) to each of `count` distinct private chats. */
function digests(count: number, from = 0): OutgoingMessage[] {
  const html = `🔔 <b>Hasil baru se-Provinsi Lampung</b>\n\n${"• <a href=\"https://t.me/rapor_bot?start=18_04\">Kabupaten Lampung Barat</a> · 2024\nNilai <b>91,3</b> · 🟢 Zona Hijau\n\n".repeat(7)}`;
  return Array.from({ length: count }, (_, i) => ({ chatId: 1_000_000 + from + i, html, dedupeKey: `bench:${from + i}` }));
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Achieved send rate against the configured limit: 25/s for ~6 s to distinct chats through a
 * local fake Bot API that answers after `latencyMs` (5 ms: a nearby Bot API server; 100 and
 * 250 ms: round trips to api.telegram.org from Indonesia), with the sender's default concurrency.
 * The rate is over the times the Bot API received the sends; median/p99 are the gaps between
 * them (40 ms ideal).
 */
async function rate(latencyMs: number): Promise<BenchResult> {
  const perSecond = 25;
  const messages = 151; // 150 gaps of 40 ms: 6 s
  const store = await emptyStore();
  const api = await startFakeBotApi({ latencyMs });
  try {
    await enqueue(store.db, digests(messages));
    const sender = startSender(store.db, { transport: telegramTransport(TOKEN, { apiRoot: api.url }), pacing: { perSecond } });
    while (api.count < messages) await wait(20);
    await sender.stop();
    // Received by the fake Bot API after its delay: the send started `latencyMs` earlier.
    const times = api.sends.map((s) => s.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const achieved = (times.length - 1) / ((times.at(-1)! - times[0]!) / 1000);
    const { median_ms, p99_ms } = summarize(gaps);
    return {
      bench: "broadcast_rate",
      api_latency_ms: latencyMs,
      median_ms,
      p99_ms,
      configured_per_s: perSecond,
      achieved_per_s: round(achieved),
      ratio: round(achieved / perSecond, 3),
      within_target: achieved / perSecond >= 0.95,
      messages,
      concurrency: DEFAULT_CONCURRENCY,
    };
  } finally {
    await api.close();
    await store.cleanup();
  }
}

/** Runs test/bench/broadcast-memory-child.ts and returns its summary line. */
async function senderProcess(env: Record<string, string>): Promise<Record<string, number>> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "test/bench/broadcast-memory-child.ts")], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (c) => (out += String(c)));
  child.stderr.on("data", (c) => (err += String(c)));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`sender process failed (${code}): ${err.slice(0, 500)}`);
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
}

/**
 * Memory with 100,000 queued messages while sending. The sender runs alone in its own process
 * (under tsx, as `npm start` runs the bot), so the RSS is its own, not the bench runner's; it
 * samples RSS and heap every 100 ms. Two runs on the same queue: at the configured 25/s (the
 * bot's real pace), then as fast as a local fake Bot API answers (~1,000/s, a stress run).
 * Median/p99 are the time of one Bot API call as the sender sees it.
 */
async function memory(options: { queued?: number } = {}): Promise<BenchResult[]> {
  const queued = options.queued ?? 100_000;
  const store = await emptyStore();
  const api = await startFakeBotApi({ keepTexts: false });
  try {
    await store.db.transaction().execute(async (trx) => {
      for (let i = 0; i < queued; i += 1000) await enqueue(trx, digests(Math.min(1000, queued - i), i));
    });
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
    const results: BenchResult[] = [];
    for (const run of [
      { bench: "broadcast_memory", rate: 25, seconds: 30 },
      { bench: "broadcast_memory_max_rate", rate: 0, seconds: 20 },
    ]) {
      const queuedAtStart = (await status(store.db)).queued;
      const m = await senderProcess({ DATABASE_PATH: store.file, BOT_API_ROOT: api.url, RATE: String(run.rate), SECONDS: String(run.seconds) });
      results.push({
        bench: run.bench,
        median_ms: m.send_median_ms!,
        p99_ms: m.send_p99_ms!,
        queued: queuedAtStart,
        configured_per_s: run.rate || null,
        sent: m.sent,
        seconds: round(m.seconds!, 1),
        sends_per_s: round(m.sent! / m.seconds!),
        rss_at_start_mb: round(m.rss_at_start_mb!, 1),
        peak_rss_mb: round(m.peak_rss_mb!, 1),
        peak_heap_mb: round(m.peak_heap_mb!, 1),
        // Flat: the last quarter's mean RSS against the first quarter's.
        rss_first_quarter_mb: round(m.rss_first_quarter_mb!, 1),
        rss_last_quarter_mb: round(m.rss_last_quarter_mb!, 1),
        within_target: m.peak_rss_mb! < 150,
      });
    }
    return results;
  } finally {
    await api.close();
    await store.cleanup();
  }
}

/** `npm run bench -- broadcast`: the send rate against the limit at three latencies, and memory under a 100,000-message queue. */
export async function broadcast(): Promise<BenchResult[]> {
  const rates: BenchResult[] = [];
  for (const latencyMs of [5, 100, 250]) rates.push(await rate(latencyMs));
  return [...rates, ...(await memory())];
}
