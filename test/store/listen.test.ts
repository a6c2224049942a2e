import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRapor } from "../../src/app/open-rapor.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { openDatabase, type Db } from "../../src/store/connection.js";
import { listenForDataVersion } from "../../src/store/data-version-listener.js";
import { eventually } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { csv, row } from "../ingest/fixtures.js";

// LISTEN/NOTIFY is PostgreSQL's; on SQLite the timer's version read (src/app/freshness.ts) is all there is.
describe.runIf(process.env.DATABASE_URL)("another instance's import reaches this one at once (PostgreSQL NOTIFY)", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let other: Db;
  beforeAll(async () => {
    store = await tempStore();
    other = openDatabase(store.target);
  });
  afterAll(async () => {
    await other.destroy();
    await store.cleanup();
  });

  it("reloads the catalog without any question being asked", async () => {
    const rapor = await openRapor(store.db);
    let notified = 0;
    const listener = listenForDataVersion(store.target, () => {
      notified += 1;
      void rapor.refreshIfStale();
    });
    try {
      // The listener's first call: it caught up on what it may have missed while connecting.
      await eventually(() => (notified >= 1 ? true : undefined), 10_000, "the listener to connect");
      const before = rapor.dataVersion;
      // "Another instance": its own connection pool, importing.
      await importResultsCsv(other, csv(row({ score: "72.5" })), { origin: "elsewhere.csv" });
      await eventually(() => (rapor.dataVersion === before + 1 ? true : undefined), 10_000, "the reload");
      expect(rapor.catalog.viewsByBody.get("18.72")?.find((v) => v.year === 2018)?.score?.value).toBe(72.5);
    } finally {
      await listener.close();
    }
  });
});
