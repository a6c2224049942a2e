import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { openRapor } from "../../src/app/open-rapor.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createLocalTransport, localBotInfo } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { enqueue, markSent } from "../../src/store/outbox.js";
import { projectRoot } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { syntheticResultsCsv } from "../ingest/synthetic-results.js";
import type { BenchResult } from "./measure.js";

const TOKEN = "123456789:AAHbenchTokenForTheStallBench_abcdefghij";
const ROWS = 100_000;
const TARGET_MS = 50;
const QUESTIONS = ["nilai lampung utara 2021", "5 besar kabupaten di jambi 2022", "tren kota payakumbuh", "peringkat kota kendari 2022"];

const round = (ms: number) => Math.round(ms * 100) / 100;

/** One turn of a 1 ms timer: when it ran and how late. */
interface Stall {
  at: number;
  ms: number;
}

/** The event loop's stalls, as the lateness of a timer due every millisecond (like monitorEventLoopDelay, with times). */
function stallSampler(): { stop: () => Stall[] } {
  const samples: Stall[] = [];
  let last = performance.now();
  let timer: NodeJS.Timeout;
  const tick = () => {
    const now = performance.now();
    samples.push({ at: now, ms: Math.max(0, now - last - 1) });
    last = now;
    timer = setTimeout(tick, 1);
  };
  timer = setTimeout(tick, 1);
  return { stop: () => (clearTimeout(timer), samples) };
}

function summarizeStalls(samples: Stall[]): { median_ms: number; p99_ms: number; max_ms: number } {
  const sorted = samples.map((x) => x.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median_ms: round(at(0.5)), p99_ms: round(at(0.99)), max_ms: round(sorted.at(-1) ?? 0) };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `npm run import -- FILE --json` in a child process; `done` rejects unless it added every row. */
function runImport(file: string, env: Record<string, string>): { done: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", file, "--json"], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += String(chunk)));
  const done = new Promise<void>((resolve, reject) =>
    child.once("exit", (code) => {
      const parsed = JSON.parse(stdout || "{}") as { added?: number };
      if (code === 0 && parsed.added === ROWS) resolve();
      else reject(new Error(`the import failed: ${stdout}`));
    }),
  );
  return { done };
}

/**
 * The longest event-loop stall of a bot process while another process imports 100,000 rows
 * (`npm run import`, in a child process) into the same database: the bot answers questions,
 * saves chats' languages (/bahasa en), follows (/langganan) and marks outbox rows sent all along,
 * each from its own loop. Stalls are the lateness of a 1 ms timer (as perf_hooks'
 * monitorEventLoopDelay measures), from the import's start to its end (the target), apart from
 * the bot's reload of its catalog that the commit causes; every failed question or write counts.
 * Then the same timer alone (the bot idle) during a second import, as the machine's baseline.
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
    // When the bot reloads its catalog (the first update after the commit does): apart from the import.
    let reload: { start: number; end: number } | null = null;
    const refresh = rapor.refreshIfStale.bind(rapor);
    rapor.refreshIfStale = async () => {
      const start = performance.now();
      const reloaded = await refresh();
      if (reloaded && !reload) reload = { start, end: performance.now() };
      return reloaded;
    };
    const sampler = stallSampler();
    const started = performance.now();
    const imported = runImport(file, store.env);
    await imported.done;
    const importMs = performance.now() - started;
    while (!reload) await sleep(5);
    const samples = sampler.stop();
    running = false;
    await Promise.all(loops);

    // The same timer with the bot idle, during another such import: what the machine alone costs.
    const idleFile = path.join(store.dir, "synthetic-100k-idle.csv");
    fs.writeFileSync(idleFile, await syntheticResultsCsv(store.db, ROWS, "idle"));
    const idleSampler = stallSampler();
    await runImport(idleFile, store.env).done;
    const idle = summarizeStalls(idleSampler.stop());
    const window = reload as { start: number; end: number };
    const inReload = (x: Stall) => x.at >= window.start && x.at - x.ms <= window.end;
    const during = summarizeStalls(samples.filter((x) => !inReload(x)));
    const after = summarizeStalls(samples.filter(inReload));
    return [
      {
        bench: "import_stall",
        ...during,
        rows: ROWS,
        import_ms: Math.round(importMs),
        ...counts,
        failed,
        slowest_question_ms: round(slowest.question),
        slowest_write_ms: round(slowest.write),
        // After the commit: the catalog rebuilt with the 100k new rows (read in pages, built at once).
        reload_ms: Math.round(window.end - window.start),
        reload_max_ms: after.max_ms,
        idle_p99_ms: idle.p99_ms,
        idle_max_ms: idle.max_ms,
        // The bot and the import share the machine's cores: the figures mean little on a busy one.
        cpus: os.cpus().length,
        load_average_1m: round(os.loadavg()[0]!),
        target_ms: TARGET_MS,
        within_target: during.max_ms <= TARGET_MS && failed === 0,
      },
    ];
  } finally {
    await store.cleanup();
  }
}
