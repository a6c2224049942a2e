import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSender, type RunningSender } from "../../src/broadcast/sender.js";
import type { Transport } from "../../src/broadcast/transport.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { readDataVersion } from "../../src/store/data-version.js";
import { coreOf, harness, texts, type Core } from "../helpers/bot-harness.js";
import { eventually, runImportCli } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { csv, fixturesDir, row } from "../ingest/fixtures.js";
import { follow } from "../broadcast/helpers.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let core: Core;
beforeAll(async () => {
  store = await tempStore();
  core = await coreOf(store);
});
afterAll(async () => store.cleanup());

/** `npm run import -- FILE --json` as its own process: an import this process is told nothing about. */
const runImport = (file: string) => runImportCli([file, "--json"], { ...store.env, BOT_USERNAME: "rapor_test_bot" });

describe("fresh answers without a read per update", () => {
  it("the sender brings the answers up to an import before it sends that import's announcement (issue 9 §7)", async () => {
    const subscriber = harness(core);
    await follow(store.db, subscriber.user.id, { kind: "body", code: "18.04" });
    const question = "nilai lampung barat 2024";
    expect(texts(await subscriber.say(question))[0]).toContain("Belum ada data Kabupaten Lampung Barat untuk tahun 2024");

    // The subscriber asks the moment the announcement reaches Telegram (before it is even marked sent).
    const received: { html: string; answer: string }[] = [];
    const transport: Transport = {
      async sendMessage(chatId, html) {
        if (chatId === subscriber.user.id) received.push({ html, answer: texts(await subscriber.say(question))[0] ?? "" });
      },
    };
    // Only the sender: no timer and no listener, so nothing else could have reloaded.
    const sender: RunningSender = startSender(store.db, {
      transport,
      pollIntervalMs: 20,
      beforeSend: (importIds) => core.rapor.includeImports(importIds),
    });
    try {
      const before = core.rapor.dataVersion;
      expect(await runImport(path.join(fixturesDir, "broadcast/lampung-2024.csv"))).toMatchObject({ code: 0 });
      const [announced] = await eventually(() => (received.length ? received : undefined), 15_000, "the announcement");
      expect(announced!.html).toContain("Hasil baru: Kabupaten Lampung Barat");
      expect(announced!.html).toContain("91,3");
      expect(announced!.answer).toContain("<b>Kabupaten Lampung Barat</b> · 2024");
      expect(announced!.answer).toContain("91,3");
      expect(core.rapor.dataVersion).toBe(before + 1);
    } finally {
      await sender.stop();
    }
  }, 60_000);

  it("a check asked for while another is loading waits for it, then sees the import that committed meanwhile", async () => {
    for (const [i, year] of ["2017", "2018"].entries()) {
      await importResultsCsv(store.db, csv(row({ year, score: "50" })), { origin: `first-${i}.csv` });
      const loading = core.rapor.refreshIfStale();
      // Commits while that reload reads its snapshot (which may predate it).
      await importResultsCsv(store.db, csv(row({ year, score: "51", source_url: "https://example.org/rapor-test/second" })), { origin: `second-${i}.csv` });
      const stored = await readDataVersion(store.db);
      await core.rapor.refreshIfStale();
      expect(await loading).toBe(true);
      expect(core.rapor.dataVersion).toBe(stored);
    }
  });

  it("announcements of imports the catalog already has need no reload", async () => {
    const version = core.rapor.dataVersion;
    expect(await core.rapor.includeImports([...core.rapor.catalog.imports])).toBe(false);
    expect(core.rapor.dataVersion).toBe(version);
  });
});
