import pino from "pino";
import type { Answer } from "../../src/answer/types.js";
import { createBot } from "../../src/bot/create-bot.js";
import { localBotInfo } from "../../src/bot/local-transport.js";
import { chartOf } from "../../src/chart/from-answer.js";
import type { ChartModel } from "../../src/chart/model.js";
import { ChartPool } from "../../src/chart/pool.js";
import { chartSvg, svgToPng } from "../../src/chart/render.js";
import { openCore } from "../helpers/bot-harness.js";
import { elapsedMs, fastFetch, stats, updateStream } from "./bot.bench.js";
import { measure, summarize, type BenchResult } from "./measure.js";

const TOKEN = "123456789:AAHbenchTokenForTheChartBench_abcdefgh";
const TARGET_MS = 100;
const ROUND_MS = 2_000;
/** bot_update may rise by this much while charts render in parallel. */
const MAX_SLOWDOWN = 1.2;

const QUESTIONS: Record<ChartModel["kind"], string> = {
  trend: "tren kota payakumbuh",
  list: "10 besar kabupaten 2022",
  compare: "bandingkan tebo dan batanghari 2022",
};

/**
 * `npm run bench -- charts`: the render time of each chart kind, warm, on one core (this thread:
 * Vega-Lite -> SVG -> PNG), wall and CPU time, split into its SVG and PNG parts (the target is
 * judged on the CPU time: on a shared machine the wall time also counts the waits for a core); then the bot's `bot_update` with and
 * without a worker pool rendering charts the whole time, in alternating rounds of the same run.
 */
export async function chartsBench(): Promise<BenchResult[]> {
  const core = await openCore();
  const results: BenchResult[] = [];
  try {
    const ctx = (text: string) => {
      const asked = core.rapor.ask(text, "id");
      return chartOf({ locale: "id", t: core.rapor.translator.forLocale("id"), catalog: core.rapor.catalog }, asked.reply as Answer)!;
    };
    const models = Object.fromEntries(Object.entries(QUESTIONS).map(([kind, q]) => [kind, ctx(q)])) as Record<ChartModel["kind"], ChartModel>;
    for (const [kind, model] of Object.entries(models)) {
      let svg = "";
      const svgTimes = await measure(async () => void (svg = await chartSvg(model)), { iterations: 30, warmup: 5 });
      const pngTimes = await measure(() => svgToPng(svg), { iterations: 30, warmup: 3 });
      // The CPU time of each render (this thread's process: nothing else runs in it meanwhile),
      // which a machine shared with other work does not inflate as it does the wall time.
      const cpu: number[] = [];
      const total = await measure(
        async () => {
          const before = process.cpuUsage();
          svgToPng(await chartSvg(model));
          const used = process.cpuUsage(before);
          cpu.push((used.user + used.system) / 1000);
        },
        { iterations: 30, warmup: 3 },
      );
      const cpuTimes = summarize(cpu.slice(3));
      results.push({
        bench: `chart_${kind}`,
        ...total,
        cpu_median_ms: cpuTimes.median_ms,
        cpu_p99_ms: cpuTimes.p99_ms,
        svg_median_ms: svgTimes.median_ms,
        png_median_ms: pngTimes.median_ms,
        target_ms: TARGET_MS,
        within_target: cpuTimes.median_ms <= TARGET_MS,
      });
    }

    // The bot answering questions, alone and while a pool renders charts without pause.
    const logger = pino({ level: "warn" });
    const bot = createBot(TOKEN, { rapor: core.rapor, db: core.db, logger, adminIds: [], defaultLocale: "id", client: { fetch: fastFetch }, botInfo: localBotInfo("RaporBenchBot", 78) });
    const next = updateStream();
    for (let i = 0; i < 5_000; i++) await bot.handleUpdate(next());
    const pool = new ChartPool();
    const kinds = Object.values(models);
    let rendering = false;
    let rendered = 0;
    const loops: Promise<void>[] = [];
    const startLoad = () => {
      rendering = true;
      // Two charts in flight per worker, so a worker never waits for the next.
      for (let i = 0; i < 2; i++) {
        loops.push(
          (async () => {
            for (let k = i; rendering; k++) {
              const r = await pool.render(kinds[k % kinds.length]!);
              if (!r.ok) throw new Error(r.error);
              rendered++;
            }
          })(),
        );
      }
    };
    // Workers started and warm before the first loaded round.
    await Promise.all(kinds.map((m) => pool.render(m)));
    const idle: number[] = [];
    const loaded: number[] = [];
    const loadStart = { at: 0, ms: 0 };
    for (let round = 0; round < 6; round++) {
      const withCharts = round % 2 === 1;
      if (withCharts) {
        startLoad();
        // Let the workers get going before sampling.
        await new Promise((r) => setTimeout(r, 200));
        loadStart.at = performance.now();
      }
      // Rounds of the same length with and without charts: long enough for several charts each.
      const roundStart = performance.now();
      for (let i = 0; performance.now() - roundStart < ROUND_MS; i++) {
        const update = next();
        (withCharts ? loaded : idle).push(await elapsedMs(() => bot.handleUpdate(update)));
        // Give the pool's messages their turn, as a real event loop between updates would.
        if (i % 50 === 0) await new Promise((r) => setImmediate(r));
      }
      if (withCharts) {
        loadStart.ms += performance.now() - loadStart.at;
        rendering = false;
        await Promise.all(loops.splice(0));
      }
    }
    await pool.close();
    const idleStats = stats(idle);
    const loadedStats = stats(loaded);
    const ratio = Math.round((loadedStats.median_ms / idleStats.median_ms) * 100) / 100;
    results.push({
      bench: "bot_update_while_charting",
      ...loadedStats,
      idle_median_ms: idleStats.median_ms,
      idle_p99_ms: idleStats.p99_ms,
      ratio_vs_idle: ratio,
      charts_rendered: rendered,
      charts_per_s: Math.round((rendered / (loadStart.ms / 1000)) * 10) / 10,
      iterations: loaded.length,
      target_ratio: MAX_SLOWDOWN,
      within_target: ratio <= MAX_SLOWDOWN,
    });
    return results;
  } finally {
    await core.cleanup();
  }
}
