import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnMain } from "../helpers/process.js";

describe("npm start without BOT_TOKEN: the same bot in the terminal", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-e2e-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const chat = async (input: string, env: Record<string, string> = {}) => {
    const run = spawnMain({ DATABASE_PATH: path.join(dir, "rapor.sqlite"), ...env });
    run.child.stdin.end(input);
    const code = await run.exited;
    await run.done;
    return { code, stdout: run.stdout(), stderr: run.stderr().replace(/^npm warn.*\n/gm, "") };
  };

  it("reads one question per line, prints the replies as plain text with numbered buttons, exits 0 at EOF", async () => {
    const { code, stdout, stderr } = await chat("nilai lampung utara 2021\n");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("🟢 Kabupaten Lampung Utara · 2021");
    expect(stdout).toContain("Nilai: 91 · 🟢 Zona Hijau");
    // Every year of "Tahun lain" is a button.
    expect(stdout).toMatch(/\[1\] 2018 {3}\[2\] 2019 {3}\[3\] 2022 {3}\[4\] 2023 {3}\[5\] 2025/);
    expect(stdout).toContain("📈 Tren");
    expect(stdout).not.toMatch(/<\/?b>|<i>|<a /);
  });

  it("a number presses a button: choosing between two Bogors answers the question", async () => {
    const { code, stdout } = await chat("tren bogor\n2\n\n/bahasa en\nnilai lampung utara 2021\n6\n");
    expect(code).toBe(0);
    expect(stdout).toContain("  [1] Kabupaten Bogor\n  [2] Kota Bogor");
    expect(stdout).toContain("📈 Kota Bogor dari tahun ke tahun");
    expect(stdout).toContain("Language: English");
    expect(stdout).toContain("Score: 91");
    // Button 6 of the English card is its trend (after its five years).
    expect(stdout).toContain("📈 Kabupaten Lampung Utara over the years");
  });

  it("answers an English question in English, an Indonesian one in Indonesian, and only Indonesian after /bahasa id", async () => {
    // Kota Metro 2023: 80.85 (db/data/results.csv).
    // A database of its own: the terminal user of the other tests chose English.
    const fresh = { DATABASE_PATH: path.join(dir, "fresh.sqlite") };
    const { code, stdout } = await chat("score of Kota Metro 2023\nnilai kota metro 2023\n/bahasa id\nscore of Kota Metro 2023\n", fresh);
    expect(code).toBe(0);
    const cards = stdout.split("\n").filter((line) => /^(Score|Nilai): /.test(line));
    expect(cards).toEqual([
      expect.stringMatching(/^Score: 80\.85 · /),
      expect.stringMatching(/^Nilai: 80,85 · /),
      expect.stringMatching(/^Nilai: 80,85 · /),
    ]);
  });

  it("a bad configuration value: one line, exit code 2", async () => {
    const { code, stdout, stderr } = await chat("", { BOT_MODE: "bogus" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Invalid BOT_MODE: /)]);
  });
});
