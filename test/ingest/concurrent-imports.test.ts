import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImportCli } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";
import { holdImportTurn } from "../store/hold-lock.js";
import { syntheticResultsCsv } from "./synthetic-results.js";

let store: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(async () => store.cleanup());

/** `npm run import` as its own process, on this test's database. */
const runImport = (args: string[], env: Record<string, string> = {}) => runImportCli(args, { ...store.env, ...env });

const resultCount = async () =>
  Number((await store.db.selectFrom("results").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

async function syntheticFile(name: string, rows: number, tag: string): Promise<string> {
  const file = path.join(store.dir, name);
  fs.writeFileSync(file, await syntheticResultsCsv(store.db, rows, tag));
  return file;
}

describe("two imports at once", () => {
  it("both end correctly, one after the other: each adds its rows, --json prints one object each", async () => {
    const [a, b] = await Promise.all([syntheticFile("a.csv", 1500, "a"), syntheticFile("b.csv", 1500, "b")]);
    const before = await resultCount();
    const [first, second] = await Promise.all([runImport([a, "--json"]), runImport([b, "--json"])]);
    for (const run of [first, second]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
      expect(JSON.parse(run.stdout)).toMatchObject({ added: 1500, unchanged: 0 });
      expect(run.stderr).not.toMatch(/database is locked|SQLITE_BUSY|duplicate key/i);
    }
    expect(await resultCount()).toBe(before + 3000);

    // The same file twice at once: whichever goes second finds every row already there.
    const [again, twice] = await Promise.all([runImport([a, "--json"]), runImport([a, "--json"])]);
    for (const run of [again, twice]) expect(JSON.parse(run.stdout)).toEqual({ added: 0, unchanged: 1500, conflicts: 0 });
    expect(await resultCount()).toBe(before + 3000);
  }, 120_000);

  it("imports wait their turn behind a long one, longer than any busy timeout, and then both go in", async () => {
    const [d, e] = await Promise.all([syntheticFile("d.csv", 200, "d"), syntheticFile("e.csv", 200, "e")]);
    const before = await resultCount();
    const held = await holdImportTurn(store.env);
    const runs = Promise.all([runImport([d, "--json"]), runImport([e, "--json"])]);
    // better-sqlite3's busy handler gave up after 5 s ("database is locked"); these wait on.
    await new Promise((r) => setTimeout(r, 6500));
    expect(held.held()).toBe(true);
    await held.release();
    for (const run of await runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ added: 200, unchanged: 0 });
      expect(run.stderr).toContain("Another import is running, waiting for it to finish…");
    }
    expect(await resultCount()).toBe(before + 400);
  }, 120_000);

  it("an import that cannot get its turn in time says so clearly, writes nothing, and --json is still one object", async () => {
    const file = await syntheticFile("c.csv", 50, "c");
    const before = await resultCount();
    const held = await holdImportTurn(store.env);
    try {
      const json = await runImport([file, "--json"], { IMPORT_WAIT_SECONDS: "1" });
      expect(json.code).toBe(1);
      expect(json.stdout.trimEnd().split("\n")).toHaveLength(1);
      const parsed = JSON.parse(json.stdout) as { error: string; problems: string[] };
      expect(parsed.error).toBe(`${file} was not imported, nothing was written: another import was still running after 1 s; try again when it has finished`);
      expect(parsed.problems).toEqual([]);
      expect(json.stderr).toContain("Another import is running, waiting for it to finish…");

      const plain = await runImport([file], { IMPORT_WAIT_SECONDS: "1" });
      expect(plain.code).toBe(1);
      expect(plain.stdout).toBe("");
      expect(plain.stderr).toMatch(/c\.csv was not imported, nothing was written/);
      expect(plain.stderr).not.toMatch(/^\s+at\s|database is locked/m);
    } finally {
      await held.release();
    }
    expect(await resultCount()).toBe(before);
    // Once the other import is over, the same file goes in.
    const later = await runImport([file, "--json"]);
    expect(JSON.parse(later.stdout)).toMatchObject({ added: 50 });
  }, 120_000);
});
