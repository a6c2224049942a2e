import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRapor } from "../../src/app/open-rapor.js";
import { ChartPool } from "../../src/chart/pool.js";
import { runTerminal } from "../../src/cli/terminal.js";
import { createLogger } from "../../src/config/logger.js";
import { projectRoot } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe("charts from the terminal chat and `npm run ask`: --chart-dir", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let dir: string;
  beforeAll(async () => {
    store = await tempStore();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-charts-"));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await store.cleanup();
  });

  it("the terminal chat writes the chart of a pressed 📊 as a PNG and the CSV of 📄, and prints their paths", async () => {
    const rapor = await openRapor(store.db);
    const input = new PassThrough();
    let out = "";
    const output = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    const chartDir = path.join(dir, "terminal");
    const charts = new ChartPool({ size: 1 });
    // The trend card's buttons: 4 years, then [5] 📊 and [6] 📄; the photo's own button [1] is its CSV.
    input.end("tren kota payakumbuh\n5\n1\n");
    try {
      await runTerminal({ rapor, db: store.db, logger: createLogger({ level: "silent" }), defaultLocale: "id", input, output, interactive: false, chartDir, charts });
    } finally {
      await charts.close();
    }
    expect(out).toContain("[5] 📊 Grafik   [6] 📄 CSV");
    const png = path.join(chartDir, "kota-payakumbuh-nilai-dari-tahun-ke-tahun.png");
    const csv = path.join(chartDir, "kota-payakumbuh-dari-tahun-ke-tahun.csv");
    expect(out).toContain(`[grafik disimpan: ${png}]`);
    expect(out).toContain(`[berkas disimpan: ${csv}]`);
    expect(fs.readFileSync(png).subarray(0, 4)).toEqual(PNG_SIGNATURE);
    expect(fs.readFileSync(csv, "utf8")).toContain("Kota Payakumbuh,13.76");
    // The caption is printed as the card's text.
    expect(out.match(/📈 Kota Payakumbuh dari tahun ke tahun/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("`ask --jsonl --chart-dir` writes the charts of trends and lists and lists them under \"charts\"", async () => {
    const chartDir = path.join(dir, "ask");
    const child = spawn("npx", ["tsx", "src/cli/ask.ts", "--jsonl", "--chart-dir", chartDir], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_PATH: store.file },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += String(c)));
    child.stderr.on("data", (c) => (stderr += String(c)));
    child.stdin.end("tren kota metro\nnilai kota metro 2023\ntop 5 kabupaten di jambi 2022\n");
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    expect(stderr.replace(/^npm warn.*\n/gm, "")).toBe("");
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l) as { intent: string; charts: string[] });
    expect(lines.map((l) => l.intent)).toEqual(["trend", "score", "top"]);
    expect(lines[0]!.charts).toEqual([path.join(chartDir, "kota-metro-nilai-dari-tahun-ke-tahun.png")]);
    expect(lines[1]!.charts).toEqual([]);
    expect(lines[2]!.charts).toHaveLength(1);
    for (const file of [...lines[0]!.charts, ...lines[2]!.charts]) expect(fs.readFileSync(file).subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });
});
