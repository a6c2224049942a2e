import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import pino from "pino";
import { openRapor } from "../../src/app/open-rapor.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createLocalTransport, localBotInfo } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { enqueue, markSent } from "../../src/broadcast/outbox.js";
import { projectRoot } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { syntheticResultsCsv } from "../ingest/synthetic-results.js";
import type { BenchResult } from "./measure.js";

const TOKEN = "123456789:AAHbenchTokenForTheStallBench_abcdefghij";
const ROWS = 100_000;
const TARGET_MS = 50;
const QUESTIONS = ["nilai lampung utara 2021", "5 besar kabupaten di jambi 2022", "tren kota payakumbuh", "peringkat kota kendari 2022"];

const round = (ms: number) => Math.round(ms * 100) / 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The longest event-loop stall of a bot process while another process imports 100,000 rows
 * (`npm run import`, in a child process) into the same database: the bot answers questions,
 * saves chats' languages (/bahasa en), follows (/langganan) and marks outbox rows sent all along,
 * each from its own loop. Measured with perf_hooks.monitorEventLoopDelay (1 ms resolution) from
 * the import's start to its end; every failed question or write is counted.
 */
export async function importStall(): Promise<BenchResult[]> {
  const store = await tempStore();
  const file = path.join(store.dir, "synthetic-100k.csv");
  fs.writeFileSync(file, await syntheticResultsCsv(store.db, ROWS, "stall"));
  try {
    const rapor = await openRapor(store.db);
    const errorText = rapor.translator.t("id", "bot-error");
    let failed = 0;
    const transport = createLocalTransport({
      botInfo: localBotInfo("RaporBenchBot", 77),
      onCall: (call) => {
        if (call.method === "sendMessage" && call.payload.text === errorText) failed += 1;
      },
    });
    const bot = createBot(TOKEN, {
      rapor,
      db: store.db,
      logger: pino({ level: "silent" }),
      adminIds: [],
      defaultLocale: "id",
      rateLimit: false,
      client: { fetch: transport.fetch },
      botInfo: localBotInfo("RaporBenchBot", 77),
    });
    const counts = { questions: 0, locales: 0, follows: 0, marks: 0 };
    const slowest = { question: 0, write: 0 };
    let running = true;
    const timed = async (kind: "question" | "write", fn: () => Promise<unknown>) => {
      const start = performance.now();
      try {
        await fn();
      } catch {
        failed += 1;
      }
      slowest[kind] = Math.max(slowest[kind], performance.now() - start);
      transport.calls.length = 0;
    };
    const loops = [
      (async () => {
        for (let i = 0; running; i++) {
          const user = new UpdateFactory({ id: 2_000_000 + (i % 500), is_bot: false, first_name: "U", language_code: "id" });
          await timed("question", () => bot.handleUpdate(user.text(QUESTIONS[i % QUESTIONS.length]!)));
          counts.questions += 1;
          await sleep(2);
        }
      })(),
      (async () => {
        for (let i = 0; running; i++) {
          const user = new UpdateFactory({ id: 3_000_000 + i, is_bot: false, first_name: "U" });
          await timed("write", () => bot.handleUpdate(user.text(i % 2 ? "/bahasa en" : "/langganan lampung utara")));
          counts[i % 2 ? "locales" : "follows"] += 1;
          await sleep(20);
        }
      })(),
      (async () => {
        for (let i = 0; running; i++) {
          await timed("write", async () => {
            await enqueue(store.db, [{ chatId: 4_000_000 + i, html: "x", dedupeKey: `stall:${i}` }]);
            const row = await store.db.selectFrom("outbox").select("id").where("dedupe_key", "=", `stall:${i}`).executeTakeFirstOrThrow();
            await markSent(store.db, Number(row.id));
          });
          counts.marks += 1;
          await sleep(20);
        }
      })(),
    ];

    await sleep(200);
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", file, "--json"], {
      cwd: projectRoot,
      env: { ...process.env, ...store.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    const importMs = performance.now() - started;
    histogram.disable();
    running = false;
    await Promise.all(loops);

    const imported = JSON.parse(stdout) as { added?: number; error?: string };
    if (code !== 0 || imported.added !== ROWS) throw new Error(`the import failed: ${stdout}`);
    const maxMs = histogram.max / 1e6;
    return [
      {
        bench: "import_stall",
        median_ms: round(histogram.percentile(50) / 1e6),
        p99_ms: round(histogram.percentile(99) / 1e6),
        max_ms: round(maxMs),
        rows: ROWS,
        import_ms: Math.round(importMs),
        ...counts,
        failed,
        slowest_question_ms: round(slowest.question),
        slowest_write_ms: round(slowest.write),
        target_ms: TARGET_MS,
        within_target: maxMs <= TARGET_MS && failed === 0,
      },
    ];
  } finally {
    await store.cleanup();
  }
}
