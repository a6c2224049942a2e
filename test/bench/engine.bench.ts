import { loadCatalog, loadGazetteer } from "../../src/app/load.js";
import { compareBodies, explainScale, listBodies, rankOf, scoreOf, statsFor, trendOf, unitsOf, type Catalog } from "../../src/answer/index.js";
import { tempStore } from "../helpers/temp-store.js";
import { createUnderstander } from "../../src/understand/index.js";
import { allCases } from "../eval/evaluate.js";
import { summarize, type BenchResult } from "./measure.js";

const ENGINE_TARGET_MS = 0.3;
const PARSE_MEDIAN_TARGET_MS = 0.5;
const PARSE_P99_TARGET_MS = 2;

/** Per-call timings in microseconds (sub-millisecond calls need that resolution), reported in ms. */
function timeEach<T>(inputs: readonly T[], rounds: number, fn: (input: T) => unknown): { median_ms: number; p99_ms: number; calls: number } {
  for (const input of inputs) fn(input);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = process.hrtime.bigint();
      fn(input);
      samples.push(Number(process.hrtime.bigint() - start) / 1e3);
    }
  }
  const { median_ms: medianUs, p99_ms: p99Us } = summarize(samples);
  const ms = (us: number) => Math.round(us * 10) / 1e4;
  return { median_ms: ms(medianUs), p99_ms: ms(p99Us), calls: samples.length };
}

function engineQueries(catalog: Catalog): Record<string, () => unknown> {
  const codes = [...catalog.viewsByBody.keys()];
  let i = 0;
  const next = () => codes[i++ % codes.length]!;
  const filters = { year: 2022, provinceCode: "15", category: null, zone: null, grade: null };
  return {
    score: () => scoreOf(catalog, next(), null),
    rank: () => rankOf(catalog, next(), null),
    top: () => listBodies(catalog, "top", filters, 5),
    bottom: () => listBodies(catalog, "bottom", { ...filters, provinceCode: null, category: "kota" }, 10),
    list: () => listBodies(catalog, "list", { ...filters, zone: "kuning" }, null),
    compare: () => compareBodies(catalog, [next(), next()], null),
    trend: () => trendOf(catalog, next()),
    units: () => unitsOf(catalog, "16.71", null, null),
    stats: () => statsFor(catalog, { year: 2022, category: null, provinceCode: null }),
    explain: () => explainScale(catalog, { zone: "kuning" }),
  };
}

/** Each engine question kind, and parse+resolve over the sample questions. */
export async function engineBench(): Promise<BenchResult[]> {
  const store = await tempStore();
  const { db } = store;
  try {
    const catalog = await loadCatalog(db);
    const results: BenchResult[] = Object.entries(engineQueries(catalog)).map(([name, run]) => {
      const t = timeEach([0], 2000, run);
      return { bench: `engine_${name}`, ...t, target_ms: ENGINE_TARGET_MS, within_target: t.median_ms < ENGINE_TARGET_MS };
    });
    const understand = createUnderstander(await loadGazetteer(db));
    const questions = allCases().map((c) => c.query);
    const t = timeEach(questions, 200, (q) => understand(q));
    results.push({
      bench: "parse_resolve",
      ...t,
      target_median_ms: PARSE_MEDIAN_TARGET_MS,
      target_p99_ms: PARSE_P99_TARGET_MS,
      within_target: t.median_ms < PARSE_MEDIAN_TARGET_MS && t.p99_ms < PARSE_P99_TARGET_MS,
    });
    return results;
  } finally {
    await store.cleanup();
  }
}
