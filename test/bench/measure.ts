/** One line of `npm run bench`: a name, the median and p99 in milliseconds, and whatever else a bench reports. */
export interface BenchResult {
  bench: string;
  median_ms: number;
  p99_ms: number;
  [extra: string]: unknown;
}

/** A bench module: runs its measures and returns one result per measure. */
export type Bench = () => Promise<BenchResult[]>;

export interface Timings {
  median_ms: number;
  p99_ms: number;
  min_ms: number;
  max_ms: number;
  iterations: number;
  /** The very first call (warm-up or not): what a fresh process pays once. */
  first_ms: number;
}

export interface MeasureOptions {
  iterations: number;
  /** Runs first and not counted (module loading, JIT, caches). */
  warmup?: number;
}

/**
 * Times `fn` `iterations` times with process.hrtime.bigint. If `fn` returns a function, that is
 * its cleanup: it runs after the clock stops, so deleting temp files is not measured.
 */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Timings> {
  const samples: number[] = [];
  let first: number | undefined;
  for (let i = 0; i < (options.warmup ?? 0) + options.iterations; i += 1) {
    const start = process.hrtime.bigint();
    const cleanup = await fn();
    const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    if (typeof cleanup === "function") await cleanup();
    first ??= elapsed;
    if (i >= (options.warmup ?? 0)) samples.push(elapsed);
  }
  return { ...summarize(samples), first_ms: round(first ?? Number.NaN) };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Median (mean of the middle two for an even count) and nearest-rank p99. */
export function summarize(samples: readonly number[]): Omit<Timings, "first_ms"> {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p99 = sorted[Math.ceil(0.99 * sorted.length) - 1]!;
  return {
    median_ms: round(median),
    p99_ms: round(p99),
    min_ms: round(sorted[0]!),
    max_ms: round(sorted[sorted.length - 1]!),
    iterations: sorted.length,
  };
}
