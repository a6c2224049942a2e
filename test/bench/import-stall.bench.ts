import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import pino from "pino";
import { keepFresh } from "../../src/app/freshness.js";
import { openRapor } from "../../src/app/open-rapor.js";
import { createBot } from "../../src/bot/create-bot.js";
import { createLocalTransport, localBotInfo } from "../../src/bot/local-transport.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { readDataVersion } from "../../src/store/data-version.js";
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
 * The longest event-loop stalls of a bot process while another process imports 100,000 rows
 * (`npm run import`, in a child process) into the same database, and while the bot then reloads
 * its catalog: the bot answers questions, saves chats' languages (/bahasa en), follows
 * (/langganan) and marks outbox rows sent all along, each from its own loop, and keeps its data
 * fresh as main.ts does (keepFresh: the background check finds the import). Stalls are the
 * lateness of a 1 ms timer (as perf_hooks' monitorEventLoopDelay measures), in two windows: from
 * the import's start to its end, and from the reload's start to the new catalog's swap (target
 * ≤ 50 ms each); every failed question or write counts. Then the same timer alone (the bot idle)
 * during a second import, as the machine's baseline, and what receiving the new catalog from a
 * worker thread would cost the event loop (its structured-clone deserialization, in one piece).
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
    const freshness = keepFresh(rapor, { target: store.target, logger: pino({ level: "silent" }) });
    const counts = { questions: 0, locales: 0, follows: 0, marks: 0 };
    const slowest = { question: 0, write: 0 };
    /** Questions answered (from their start) in each window. */
    const answered: number[] = [];
    let running = true;
    const timed = async (kind: "question" | "write", fn: () => Promise<unknown>) => {
      const start = performance.now();
      try {
        await fn();
      } catch {
        failed += 1;
      }
      slowest[kind] = Math.max(slowest[kind], performance.now() - start);
      if (kind === "question") answered.push(start);
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
    const sampler = stallSampler();
    const started = performance.now();
    await runImport(file, store.env).done;
    const imported = { start: started, end: performance.now() };
    // The background check finds the import (within a second), and the catalog is rebuilt.
    const version = await readDataVersion(store.db);
    while ((rapor.lastReload?.version ?? 0) < version) await sleep(5);
    const reload = { start: rapor.lastReload!.startedAt, end: rapor.lastReload!.endedAt };
    await sleep(100);
    const samples = sampler.stop();
    running = false;
    await Promise.all(loops);
    await freshness.close();

    // The same timer with the bot idle, during another such import: what the machine alone costs.
    const idleFile = path.join(store.dir, "synthetic-100k-idle.csv");
    fs.writeFileSync(idleFile, await syntheticResultsCsv(store.db, ROWS, "idle"));
    const idleSampler = stallSampler();
    await runImport(idleFile, store.env).done;
    const idle = summarizeStalls(idleSampler.stop());

    // A catalog built in a worker thread would arrive as one message: its deserialization is one step of this thread.
    const serialized = v8.serialize(rapor.catalog);
    const cloneStart = performance.now();
    v8.deserialize(serialized);
    const workerReceiveMs = performance.now() - cloneStart;

    const within = (w: { start: number; end: number }) => (x: Stall) => x.at >= w.start && x.at - x.ms <= w.end;
    const all = summarizeStalls(samples);
    const duringImport = summarizeStalls(samples.filter(within(imported)));
    const duringReload = summarizeStalls(samples.filter(within(reload)));
    const count = (w: { start: number; end: number }) => answered.filter((at) => at >= w.start && at <= w.end).length;
    return [
      {
        bench: "import_stall",
        ...all,
        import_max_ms: duringImport.max_ms,
        import_p99_ms: duringImport.p99_ms,
        reload_max_ms: duringReload.max_ms,
        reload_p99_ms: duringReload.p99_ms,
        rows: ROWS,
        import_ms: Math.round(imported.end - imported.start),
        // From the import's end to the new catalog: the background check's wait, then the reload.
        fresh_after_ms: Math.round(reload.end - imported.end),
        reload_ms: Math.round(reload.end - reload.start),
        ...counts,
        answered_during_import: count(imported),
        answered_during_reload: count(reload),
        failed,
        slowest_question_ms: round(slowest.question),
        slowest_write_ms: round(slowest.write),
        worker_receive_ms: round(workerReceiveMs),
        idle_p99_ms: idle.p99_ms,
        idle_max_ms: idle.max_ms,
        // The bot and the import share the machine's cores: the figures mean little on a busy one.
        cpus: os.cpus().length,
        load_average_1m: round(os.loadavg()[0]!),
        target_ms: TARGET_MS,
        within_target: duringImport.max_ms <= TARGET_MS && duringReload.max_ms <= TARGET_MS && failed === 0,
      },
    ];
  } finally {
    await store.cleanup();
  }
}
