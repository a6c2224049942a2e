import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ChartModel } from "./model.js";
import type { RenderJob, RenderReply } from "./worker.js";

export type RenderResult = { ok: true; png: Buffer } | { ok: false; error: string };

/** What the bot and the command-line tools render charts with. */
export interface ChartRenderer {
  /** Never throws: a failure (a timeout, a crashed worker, a full queue) comes back as `{ ok: false }`. */
  render(model: ChartModel): Promise<RenderResult>;
  close(): Promise<void>;
}

export interface ChartPoolOptions {
  /** Workers at most; default one per core but one, at least one, at most two. */
  size?: number;
  /** A render taking longer is abandoned and its worker replaced. Default 15 s (a first render loads vega). */
  timeoutMs?: number;
  /** Jobs waiting beyond this are refused at once rather than queued. Default 100. */
  maxQueue?: number;
}

interface Pending {
  id: number;
  model: ChartModel;
  resolve: (result: RenderResult) => void;
}

interface Slot {
  worker: Worker;
  job: (Pending & { timer: NodeJS.Timeout }) | null;
}

const BOOT = new URL("./worker-boot.mjs", import.meta.url);
const ENTRY = new URL(import.meta.url.endsWith(".ts") ? "./worker.ts" : "./worker.js", import.meta.url).href;

/**
 * Renders charts off the main thread, so answering other chats never waits for one: a bounded
 * set of worker_threads, started on first use and kept for the next charts, a queue in front,
 * a timeout per chart. Idle workers do not keep the process alive.
 */
export class ChartPool implements ChartRenderer {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly maxQueue: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: ChartPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism() - 1));
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.maxQueue = options.maxQueue ?? 100;
  }

  render(model: ChartModel): Promise<RenderResult> {
    if (this.closed) return Promise.resolve({ ok: false, error: "the chart renderer is closed" });
    if (this.queue.length >= this.maxQueue) return Promise.resolve({ ok: false, error: "too many charts waiting" });
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, model, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, error: "the chart renderer is closed" });
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, "the chart renderer is closed")));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => {
        void this.stop(slot!, `the chart took over ${this.timeoutMs} ms`);
        this.dispatch();
      }, this.timeoutMs);
      slot.job = { ...job, timer };
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, model: job.model } satisfies RenderJob);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY } });
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on("message", (message: RenderReply | { ready: true }) => {
      if (!("id" in message) || slot.job?.id !== message.id) return;
      const job = slot.job;
      clearTimeout(job.timer);
      slot.job = null;
      worker.unref();
      job.resolve(message.ok ? { ok: true, png: Buffer.from(message.png) } : { ok: false, error: message.error });
      this.dispatch();
    });
    const fail = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      this.settle(slot, reason);
      this.dispatch();
    };
    worker.on("error", (error) => fail(`the chart worker failed: ${error.message}`));
    worker.on("exit", (code) => fail(`the chart worker exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, error: string): void {
    if (!slot.job) return;
    clearTimeout(slot.job.timer);
    slot.job.resolve({ ok: false, error });
    slot.job = null;
  }

  /** Ends a worker (a timeout, or closing): its job, if any, fails with `reason`. */
  private async stop(slot: Slot, reason: string): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    this.settle(slot, reason);
    await slot.worker.terminate();
  }
}

let shared: ChartPool | null = null;

/** One pool per process for every bot made in it (the workers are started on the first chart only). */
export function sharedChartPool(): ChartPool {
  shared ??= new ChartPool();
  return shared;
}
