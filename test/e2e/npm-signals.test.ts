import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { snapshot } from "../ingest/db-snapshot.js";
import { eventually, freePort, projectRoot } from "../helpers/process.js";
import { botUser, startHostileBotApi } from "./hostile-bot-api.js";

/** The processes below `pid` (npm's shell and node, whatever the layers). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  } catch {
    // No children: ps exits 1.
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** `npm run <script>` as an operator or a process manager starts it; signals go to npm alone, never to its group. */
function npm(args: string[], env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BOT_|WEBHOOK_|PORT$|HOST$|DATABASE_PATH$|LOG_LEVEL$|npm_)/.test(k)));
  const child = spawn("npm", args, { cwd: projectRoot, env: { ...base, ...env }, stdio: "pipe" });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += String(c)));
  child.stderr!.on("data", (c) => (stderr += String(c)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/**
 * A signal to `npm run import` or `npm start` (npm itself, as a process manager sends it) reaches
 * the work: the scripts exec node, so npm's child is the CLI or the bot. An import killed mid-way
 * leaves the database as it was; the bot stops cleanly with exit code 0. No process is left behind.
 */
describe("signals to npm reach the work", () => {
  let dir: string;
  const started: ChildProcess[] = [];
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-signals-"));
  });
  afterAll(() => {
    for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Valid rows (the shipped rows again, each with a source URL of its own): seconds of work for the import. */
  const bigCsv = (rows: number) => {
    const shipped = parse(fs.readFileSync(path.join(projectRoot, "db/data/results.csv"), "utf8"), { columns: true }) as Record<string, string>[];
    const entity = shipped.filter((r) => r.statement === "entity");
    const columns = Object.keys(entity[0]!);
    const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const lines = [columns.join(",")];
    for (let i = 0; i < rows; i++) {
      const row: Record<string, string> = { ...entity[i % entity.length]!, source_url: `https://example.org/synthetic/${i}`, note: "synthetic row for the signal test" };
      lines.push(columns.map((c) => cell(row[c] ?? "")).join(","));
    }
    return `${lines.join("\n")}\n`;
  };

  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    it(`${signal} to npm during an import: the CLI stops, nothing is committed`, async () => {
      const database = path.join(dir, `import-${signal}.sqlite`);
      const db = await openStore(database);
      const before = await snapshot(db);
      await db.destroy();
      // The file is a named pipe: once the test has written it, the CLI is surely running (and reading).
      const fifo = path.join(dir, `rows-${signal}.csv`);
      execFileSync("mkfifo", [fifo]);

      const run = npm(["run", "-s", "import", "--", "--json", fifo], { DATABASE_PATH: database });
      started.push(run.child);
      await fs.promises.writeFile(fifo, bigCsv(30_000));
      // Validating 30,000 rows and writing them takes seconds: this lands mid-way.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const below = descendants(run.child.pid!);
      expect(below.length).toBeGreaterThan(0);
      run.child.kill(signal);
      const code = await run.exited;

      expect(JSON.parse(run.stdout())).toEqual({ error: `interrupted by ${signal} before the import was committed: nothing was written`, problems: [] });
      expect(code).toBe(signal === "SIGTERM" ? 143 : 130);
      await eventually(() => (below.every((pid) => !alive(pid)) ? true : undefined), 5_000, "no process left behind");
      const after = await openStore(database);
      try {
        expect(await snapshot(after)).toEqual(before);
      } finally {
        await after.destroy();
      }
    }, 120_000);
  }

  it("SIGTERM to `npm start` stops the bot cleanly: exit code 0, no process left behind", async () => {
    const api = await startHostileBotApi((method) => {
      if (method === "getMe") return { result: botUser(7000012) };
      // An idle long poll: nothing to deliver for a while.
      if (method === "getUpdates") return { result: [], delayMs: 1_000 };
      return { result: true };
    });
    try {
      const run = npm(["start"], {
        BOT_TOKEN: "7000012:AAHnpmStartTokenForSignalTests_abc123",
        BOT_API_ROOT: api.url,
        DATABASE_PATH: path.join(dir, "start.sqlite"),
        PORT: String(await freePort()),
      });
      started.push(run.child);
      await eventually(() => (run.stdout().includes('"msg":"bot started"') ? true : undefined), 60_000, "the bot's start");
      const below = descendants(run.child.pid!);
      run.child.kill("SIGTERM");
      expect(await run.exited).toBe(0);
      expect(run.stdout()).toMatch(/"msg":"stopping"[\s\S]*"msg":"bot stopped"/);
      await eventually(() => (below.every((pid) => !alive(pid)) ? true : undefined), 5_000, "no process left behind");
    } finally {
      await api.close();
    }
  }, 120_000);
});
