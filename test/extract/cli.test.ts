import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/config/config.js";
import { RESULT_COLUMNS } from "../../src/ingest/result-rows.js";
import { UNIT_COLUMNS } from "../../src/extract/index.js";
import { fixturesDir } from "./expectations.js";

let dir: string;
let database: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-extract-"));
  database = path.join(dir, "rapor.sqlite");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A CLI run as `npm run` runs it (tsx), with only the environment given. */
function run(script: string, args: string[], env: Record<string, string> = { DATABASE_PATH: database }) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const extract = (args: string[], env?: Record<string, string>) => run("src/cli/extract.ts", args, env);
const seed = (name: string) => path.join(fixturesDir, "seeds", name);
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at\s/m);

describe("npm run extract", () => {
  it("--json prints exactly one JSON object with rows, units and undecided in the data files' columns", () => {
    const { code, stdout, stderr } = extract([seed("003_a49aeba31b9c1d87.txt"), "--json", "--url", "https://example.org/rapor-test/oku"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toHaveLength(1);
    const parsed = JSON.parse(stdout) as { rows: Record<string, unknown>[]; units: unknown[]; undecided: unknown[] };
    expect(Object.keys(parsed)).toEqual(["rows", "units", "undecided"]);
    expect(parsed.rows).toHaveLength(3);
    for (const row of parsed.rows) {
      for (const c of [...RESULT_COLUMNS, "sentence", "confidence", "problems", "evidence"]) expect(row).toHaveProperty(c);
      expect(row.source_url).toBe("https://example.org/rapor-test/oku");
    }
    expect(parsed.rows.map((r) => [r.year, r.entity_code, r.rank_province]).sort()).toEqual([["2021", "16.08", "2"], ["2022", "16.08", "3"], ["2023", "16.08", "2"]]);
  });

  it("unit rows carry the columns of units.csv", () => {
    const { code, stdout } = extract([seed("001_0aaf21968f13655a.txt"), "--json", "--published", "2018-01-24"]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { units: Record<string, unknown>[] };
    expect(parsed.units.map((u) => u.opinion)).toEqual(["A-", "B-", "B"]);
    for (const u of parsed.units) for (const c of [...UNIT_COLUMNS, "sentence", "confidence"]) expect(u).toHaveProperty(c);
  });

  it("prints the candidates readably, with their sentences", () => {
    const { code, stdout } = extract([seed("000_33c5874eb97a713e.txt")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kabupaten Lampung Utara \(18\.03\) 2021.*score 91, zone hijau, rank in province 4, national rank 32/);
    expect(stdout).toMatch(/read from: "Usai acara, Sekda mengungkapkan/);
  });

  it("--csv writes a file that npm run import accepts, on a temporary database", () => {
    const out = path.join(dir, "lampung.csv");
    const { code, stderr } = extract([path.join(fixturesDir, "02-lampung-list.html"), "--csv", out, "--json"]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Wrote 5 rows to/);
    expect(fs.readFileSync(out, "utf8").split("\n")[0]).toBe(RESULT_COLUMNS.join(","));
    const imported = run("src/cli/import.ts", [out, "--json"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: 5, unchanged: 0, conflicts: 0 });
    // Imported again: the same facts from the same source.
    expect(JSON.parse(run("src/cli/import.ts", [out, "--json"]).stdout)).toEqual({ added: 0, unchanged: 5, conflicts: 0 });
  });

  it("--csv leaves out the rows the import would refuse, and says so", () => {
    const out = path.join(dir, "national.csv");
    const { code, stderr } = extract([path.join(fixturesDir, "09-national-2025.txt"), "--csv", out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/Wrote 2 rows to .* \(1 left out: the import would refuse them\)/);
    expect(run("src/cli/import.ts", [out, "--json"]).code).toBe(0);
  });

  it.each([
    ["a missing file", () => [path.join(dir, "nope.txt")], /no such file/],
    ["an empty file", () => [write("empty.txt", "  \n\n")], /is empty/],
    ["a binary file", () => [write("binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]))], /binary/],
    ["a file that is not UTF-8", () => [write("latin1.txt", Buffer.from([0x6e, 0x69, 0x6c, 0x61, 0x69, 0xe9, 0xff]))], /not UTF-8/],
    ["5 MB of text", () => [write("big.txt", "Kabupaten Lebong meraih nilai 92. ".repeat(150_000))], /too large/],
    ["300,000 characters of text", () => [write("long.txt", "nilai 92 ".repeat(35_000))], /too long/],
    ["no file", () => [], /no file given/],
    ["a bad date", () => [seed("000_33c5874eb97a713e.txt"), "--published", "2024-02-30"], /--published is not a real date/],
    ["a bad URL", () => [seed("000_33c5874eb97a713e.txt"), "--url", "javascript:alert(1)"], /--url must be an http\(s\) URL/],
    ["an unknown option", () => [seed("000_33c5874eb97a713e.txt"), "--jsn"], /Unknown option/],
  ])("%s gives one clear line and exit code 1", (_what, args, message) => {
    const { code, stdout, stderr } = extract(args());
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
    noStackTrace(stderr);
  });

  it("a bad configuration exits with code 2", () => {
    const { code, stderr } = extract([seed("000_33c5874eb97a713e.txt")], { DATABASE_PATH: "dir/" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/DATABASE_PATH/);
    noStackTrace(stderr);
  });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}
