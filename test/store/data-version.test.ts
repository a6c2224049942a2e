import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepFresh } from "../../src/app/freshness.js";
import { ImportRejectedError, importResultsCsv } from "../../src/ingest/import-results.js";
import { readDataVersion } from "../../src/store/data-version.js";
import { coreOf, harness, texts, type Core } from "../helpers/bot-harness.js";
import { eventually, runImportCli } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { csv, row } from "../ingest/fixtures.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let core: Core;
beforeAll(async () => {
  store = await tempStore();
  core = await coreOf(store);
});
afterAll(async () => store.cleanup());

const silent = { info: () => {}, warn: () => {}, error: () => {} };

const runImport = (file: string) => runImportCli([file, "--json"], store.env);

describe("fresh data at once (issue 9 §7)", () => {
  it("an import from another process that nobody announced reaches the answers at the next background check, not a cached old answer", async () => {
    const h = harness(core);
    const question = "nilai kota metro 2018";
    expect(texts(await h.say(question))[0]).toContain("Belum ada data Kota Metro untuk tahun 2018");
    // The same question again is served from the answer cache...
    expect(texts(await h.say(question))[0]).toContain("Belum ada data Kota Metro untuk tahun 2018");

    // The bot's background check, as main.ts starts it (no update is needed for the reload).
    const freshness = keepFresh(core.rapor, { target: store.target, intervalMs: 100, logger: silent });
    try {
      const file = path.join(store.dir, "metro-2018.csv");
      fs.writeFileSync(file, csv(row({ score: "72.5" })));
      const before = await readDataVersion(store.db);
      expect(await runImport(file)).toMatchObject({ code: 0 });
      expect(await readDataVersion(store.db)).toBe(before + 1);
      await eventually(() => (core.rapor.dataVersion === before + 1 ? true : undefined), 10_000, "the background reload");
    } finally {
      await freshness.close();
    }

    // ...but the next one reads the new row.
    const [reply] = texts(await h.say(question));
    expect(reply).toContain("Kota Metro");
    expect(reply).toContain("72,5");
  }, 60_000);

  it("an update reads no data version: the reloads come from the checks, never from a question", async () => {
    const h = harness(core);
    const question = "nilai kota metro 2016";
    expect(texts(await h.say(question))[0]).toContain("Belum ada data Kota Metro untuk tahun 2016");
    const version = core.rapor.dataVersion;
    await importResultsCsv(store.db, csv(row({ year: "2016", score: "61.25" })), { origin: "unseen.csv" });
    expect(texts(await h.say(question))[0]).toContain("Belum ada data Kota Metro untuk tahun 2016");
    expect(core.rapor.dataVersion).toBe(version);
    expect(await core.rapor.refreshIfStale()).toBe(true);
    expect(texts(await h.say(question))[0]).toContain("61,25");
  });

  it("each import bumps the version once, in its own transaction; a preview or a rejected file does not", async () => {
    const start = await readDataVersion(store.db);
    await importResultsCsv(store.db, csv(row({ year: "2017", score: "70" })), { origin: "dry.csv", dryRun: true });
    expect(await readDataVersion(store.db)).toBe(start);
    await expect(importResultsCsv(store.db, csv(row({ score: "-3" })), { origin: "bad.csv" })).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await readDataVersion(store.db)).toBe(start);
    // A statement failing half-way rolls the bump back with the rows.
    await expect(
      importResultsCsv(store.db, csv(row({ year: "2017", score: "70" })), {
        origin: "fails.csv",
        withinTransaction: async () => {
          throw new Error("the announcements failed");
        },
      }),
    ).rejects.toThrow("the announcements failed");
    expect(await readDataVersion(store.db)).toBe(start);
    await importResultsCsv(store.db, csv(row({ year: "2017", score: "70" })), { origin: "good.csv" });
    expect(await readDataVersion(store.db)).toBe(start + 1);
    expect(await core.rapor.refreshIfStale()).toBe(true);
    expect(await core.rapor.refreshIfStale()).toBe(false);
  });
});
