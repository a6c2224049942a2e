import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { migrations } from "../../db/migrations/index.js";
import { readShippedData } from "../../src/ingest/shipped-data.js";
import { openDatabase } from "../../src/store/connection.js";
import { openStore } from "../../src/store/open-store.js";
import { projectRoot } from "../helpers/process.js";
import { emptyDatabase } from "../helpers/temp-store.js";

function run(script: string, args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], { cwd: projectRoot, env: { PATH: process.env.PATH ?? "", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe("instances starting at once on an empty database", () => {
  it("npm run migrate three times at once: one migrates and loads, the others find it done", async () => {
    const database = await emptyDatabase();
    cleanup = database.cleanup;
    const runs = await Promise.all([1, 2, 3].map(() => run("src/cli/migrate.ts", [], database.env)));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const outputs = runs.map((r) => r.stdout.trim());
    expect(outputs.filter((o) => o.startsWith("Migrated "))).toHaveLength(1);
    expect(outputs.filter((o) => o.startsWith("Already up to date: "))).toHaveLength(2);

    const db = openDatabase(database.target);
    try {
      const imports = await db.selectFrom("imports").select("origin").execute();
      expect(imports).toEqual([{ origin: readShippedData().origin }]);
      const ran = await db.selectFrom("kysely_migration" as never).select("name" as never).execute();
      expect(ran).toHaveLength(Object.keys(migrations).length);
      const results = Number((await db.selectFrom("results").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      expect(results).toBe(readShippedData().files["results.csv"].trimEnd().split("\n").length - 1);
    } finally {
      await db.destroy();
    }
  }, 120_000);

  it("five stores opened at the same instant (each its own connection) take turns: all come up, the data is loaded once", async () => {
    const database = await emptyDatabase();
    cleanup = database.cleanup;
    const stores = await Promise.all([1, 2, 3, 4, 5].map(() => openStore(database.target)));
    try {
      for (const db of stores) {
        const origins = await db.selectFrom("imports").select("origin").execute();
        expect(origins).toEqual([{ origin: readShippedData().origin }]);
      }
      const aliases = await stores[0]!.selectFrom("aliases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
      expect(Number(aliases.n)).toBeGreaterThan(1000);
    } finally {
      await Promise.all(stores.map((db) => db.destroy()));
    }
  }, 120_000);

  it("three processes opening the store at once (as the bot and npm run ask do) all come up and answer", async () => {
    const database = await emptyDatabase();
    cleanup = database.cleanup;
    const runs = await Promise.all([1, 2, 3].map(() => run("src/cli/ask.ts", ["nilai lampung utara 2021"], database.env)));
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("Kabupaten Lampung Utara");
      expect(r.stdout).toContain("91");
    }
  }, 120_000);
});
