import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trendOf } from "../../src/answer/index.js";
import { loadCatalog } from "../../src/app/load.js";
import { chartOf } from "../../src/chart/from-answer.js";
import type { ChartModel } from "../../src/chart/model.js";
import { ChartPool } from "../../src/chart/pool.js";
import { Translator } from "../../src/present/i18n.js";
import { tempStore } from "../helpers/temp-store.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe("the chart worker pool", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let model: ChartModel;
  const pools: ChartPool[] = [];
  const pool = (options: ConstructorParameters<typeof ChartPool>[0]) => {
    const p = new ChartPool(options);
    pools.push(p);
    return p;
  };
  beforeAll(async () => {
    store = await tempStore();
    const catalog = await loadCatalog(store.db);
    const translator = new Translator();
    model = chartOf({ locale: "id", t: translator.forLocale("id"), catalog }, trendOf(catalog, "13.76"))!;
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    await store.cleanup();
  });

  it("renders PNGs in reused workers, more charts than workers queued, none lost", async () => {
    const two = pool({ size: 2 });
    const results = await Promise.all(Array.from({ length: 5 }, () => two.render(model)));
    for (const r of results) {
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.png.subarray(0, 4)).toEqual(PNG_SIGNATURE);
    }
    // The same chart, the same bytes, whichever worker drew it.
    const bytes = results.map((r) => (r.ok ? r.png.toString("base64") : ""));
    expect(new Set(bytes).size).toBe(1);
  });

  it("reports a chart that fails to render as an error and keeps working", async () => {
    const one = pool({ size: 1 });
    const broken = { ...model, points: null } as unknown as ChartModel;
    const failed = await one.render(broken);
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.error).toMatch(/null/);
    expect((await one.render(model)).ok).toBe(true);
  });

  it("abandons a render over the timeout, replaces its worker, and refuses work once closed", async () => {
    const tight = pool({ size: 1, timeoutMs: 1 });
    const late = await tight.render(model);
    expect(late).toEqual({ ok: false, error: expect.stringMatching(/took over 1 ms/) });
    const full = pool({ size: 1, maxQueue: 1 });
    // One chart in the worker, one waiting: a third is refused at once.
    const [first, second, refused] = await Promise.all([full.render(model), full.render(model), full.render(model)]);
    expect([first.ok, second.ok]).toEqual([true, true]);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/too many/) });
    await full.close();
    expect(await full.render(model)).toEqual({ ok: false, error: expect.stringMatching(/closed/) });
  });
});
