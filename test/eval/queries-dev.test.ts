import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rapor } from "../../src/app/rapor.js";
import { openRapor } from "../../src/app/open-rapor.js";
import { tempStore } from "../helpers/temp-store.js";
import { evaluateCase, replyStates, type EvalCase } from "./evaluate.js";

const cases: EvalCase[] = fs
  .readFileSync(path.join(import.meta.dirname, "..", "queries-dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as EvalCase);

describe("the whole pipeline on the sample questions (parse + every expected fact in the reply)", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let rapor: Rapor;
  beforeAll(async () => {
    store = await tempStore();
    rapor = await openRapor(store.db);
  });
  afterAll(async () => store.cleanup());

  it("gets at least 95% of the sample fully right", () => {
    const results = cases.map((c) => evaluateCase(rapor, c));
    const wrong = results.filter((r) => !r.ok).map((r) => `${r.case.query}: ${r.failures.join("; ")}`);
    const share = (results.length - wrong.length) / results.length;
    expect(wrong, `fully right: ${(share * 100).toFixed(1)}%`).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it("matches numbers as numbers, in either decimal notation", () => {
    expect(replyStates("Nilai: 94,39 · Zona Hijau", "94.39")).toBe(true);
    expect(replyStates("Peringkat 32 nasional", "3")).toBe(false);
    expect(replyStates("zona hijau", "Hijau")).toBe(true);
  });
});
