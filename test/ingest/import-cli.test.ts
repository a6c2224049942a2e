import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/config.js";
import { tempStore, type TempStore } from "../helpers/temp-store.js";
import { fixturesDir } from "./fixtures.js";

let store: TempStore;
let dir: string;
beforeAll(async () => {
  store = await tempStore();
  dir = store.dir;
});
afterAll(async () => store.cleanup());

/** Runs the CLI as `npm run import` does (tsx), with only the environment given (default: this file's database). */
function runImport(args: string[], env: Record<string, string> = store.env) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fx = (name: string) => path.join(fixturesDir, name);
const resultCount = async () => Number((await store.db.selectFrom("results").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at\s/m);

describe("npm run import", () => {
  it("--json prints exactly one JSON line with the counts", () => {
    const { code, stdout, stderr } = runImport([fx("results-good.csv"), "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.endsWith("\n")).toBe(true);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(stdout)).toEqual({ added: 9, unchanged: 0, conflicts: 0 });
  });

  it("adds nothing when the same file is imported again", () => {
    const { code, stdout } = runImport(["--json", fx("results-good.csv")]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ added: 0, unchanged: 9, conflicts: 0 });
  });

  it("prints a short summary without --json", () => {
    const { code, stdout } = runImport([fx("results-conflict.csv")]);
    expect(code).toBe(0);
    expect(stdout).toBe("1 row added, 0 already present, 1 conflicts with a stored source, 0 announcements queued for subscribers\n");
  });

  it("rejects a bad file with the row numbers on stderr, exit 1 and nothing written", async () => {
    const before = await resultCount();
    const { code, stdout, stderr } = runImport([fx("results-rejected.csv")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/rejected, nothing was written \(2 problems\)/);
    expect(stderr).toMatch(/row 2: score must be between 0 and 100/);
    expect(stderr).toMatch(/row 3: entity_code unknown code "18.99"/);
    noStackTrace(stderr);
    expect(await resultCount()).toBe(before);
  });

  it("with --json, a rejection is one JSON object with every problem", () => {
    const { code, stdout } = runImport([fx("results-rejected.csv"), "--json"]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    const parsed = JSON.parse(stdout) as { error: string; problems: string[] };
    expect(parsed.error).toMatch(/rejected/);
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^row 2: /);
  });

  it("says in one line when the file cannot be read", () => {
    const { code, stdout, stderr } = runImport([path.join(dir, "missing.csv")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual([`Cannot read ${path.join(dir, "missing.csv")}: no such file`]);
  });

  it("refuses a file that is not UTF-8", () => {
    const latin1 = path.join(dir, "latin1.csv");
    fs.writeFileSync(latin1, Buffer.from([0x61, 0x2c, 0xe9, 0x0a]));
    const { code, stderr } = runImport([latin1]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not UTF-8/);
  });

  it("exits 2 with one line on a bad DATABASE_PATH", () => {
    const { code, stdout, stderr } = runImport([fx("results-good.csv")], { DATABASE_PATH: "dir/" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toEqual(["Invalid DATABASE_PATH: must be a file path, not a directory"]);
  });

  it("prints the usage when no file or an unknown option is given", () => {
    for (const args of [[], [fx("results-good.csv"), "--force"]]) {
      const { code, stderr } = runImport(args);
      expect(code).toBe(1);
      expect(stderr).toMatch(/Usage: npm run import -- FILE\.csv \[--json\]/);
      expect(stderr.trimEnd().split("\n")).toHaveLength(1);
      noStackTrace(stderr);
    }
  });
});
