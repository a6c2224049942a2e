import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalog, type Catalog } from "../../src/answer/catalog.js";
import { TimeSlices } from "../../src/answer/time-slices.js";
import { openRapor } from "../../src/app/open-rapor.js";
import type { Rapor } from "../../src/app/rapor.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { readCatalogData, type CatalogData } from "../../src/store/catalog.js";
import { tempStore } from "../helpers/temp-store.js";
import { csv, row } from "../ingest/fixtures.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let data: CatalogData;
beforeAll(async () => {
  store = await tempStore();
  data = await readCatalogData(store.db);
});
afterAll(async () => store.cleanup());

/** Turns of the event loop (setImmediate callbacks) that ran while `work` did. */
async function turnsDuring(work: Promise<unknown>): Promise<number> {
  let done = false;
  void work.finally(() => (done = true));
  let turns = 0;
  while (!done) {
    await new Promise((resolve) => setImmediate(resolve));
    if (!done) turns += 1;
  }
  await work;
  return turns;
}

describe("the catalog is rebuilt in slices, and swapped in whole", () => {
  it("built in slices it is the same catalog as built in one go, and the event loop ran in between", async () => {
    const whole = await buildCatalog(data, new TimeSlices(Number.POSITIVE_INFINITY));
    let sliced: Catalog | undefined;
    const turns = await turnsDuring(buildCatalog(data, new TimeSlices(0)).then((c) => (sliced = c)));
    expect(turns).toBeGreaterThan(10);
    expect(sliced).toEqual(whole);
    expect(whole.viewsByBody.size).toBeGreaterThan(500);
    expect(whole.imports).toEqual(new Set(data.imports));
  });

  it("the old catalog answers until the new one is complete; then every answer comes from the new one", async () => {
    const rapor: Rapor = await openRapor(store.db);
    const question = "nilai kota metro 2019";
    const old = rapor.catalog;
    expect(rapor.ask(question, "id").rendered.html).toContain("Belum ada data Kota Metro untuk tahun 2019");
    await importResultsCsv(store.db, csv(row({ year: "2019", score: "64.75" })), { origin: "metro-2019.csv" });

    const seen = new Set<Catalog>();
    const answers = new Set<string>();
    const reloading = rapor.refreshIfStale();
    let done = false;
    void reloading.finally(() => (done = true));
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      if (done) break;
      seen.add(rapor.catalog);
      answers.add(rapor.ask(question, "id").rendered.html);
    }
    expect(await reloading).toBe(true);
    expect([...seen]).toEqual([old]);
    expect([...answers].every((html) => html.includes("Belum ada data Kota Metro untuk tahun 2019"))).toBe(true);
    expect(rapor.catalog).not.toBe(old);
    expect(rapor.ask(question, "id").rendered.html).toContain("64,75");
  });
});
