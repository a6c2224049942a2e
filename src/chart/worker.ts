import { parentPort } from "node:worker_threads";
import type { ChartModel } from "./model.js";
import { renderChart } from "./render.js";

/** A job from the pool, and what goes back: the PNG's bytes (transferred, not copied) or the error's message. */
export interface RenderJob {
  id: number;
  model: ChartModel;
}
export type RenderReply = { id: number; ok: true; png: ArrayBuffer } | { id: number; ok: false; error: string };

const port = parentPort!;
port.on("message", async ({ id, model }: RenderJob) => {
  let reply: RenderReply;
  try {
    const { png } = await renderChart(model);
    const bytes = png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
    reply = { id, ok: true, png: bytes };
  } catch (error) {
    reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply, reply.ok ? [reply.png] : []);
});
// Ready once the renderer (vega, resvg, the font) is loaded.
port.postMessage({ ready: true });
