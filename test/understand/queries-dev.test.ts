import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import type { Query } from "../../src/understand/query.js";
import type { Gazetteer } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer } from "./fixture.js";

interface SampleLine {
  query: string;
  intent: string;
  codes?: string[];
  ambiguous?: string[];
  year?: number;
  province?: string;
  n?: number;
  unit?: string;
}

const lines: SampleLine[] = fs
  .readFileSync(path.join(import.meta.dirname, "..", "queries-dev.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as SampleLine);

/** The fields of a line that the parse got wrong (only the fields the line has). */
function mismatches(line: SampleLine, q: Query): string[] {
  const out: string[] = [];
  if (q.intent !== line.intent) out.push(`intent ${q.intent}`);
  if (line.ambiguous) {
    const got = (q.ambiguous[0]?.candidates ?? []).map((c) => c.code).sort();
    if (JSON.stringify(got) !== JSON.stringify([...line.ambiguous].sort())) out.push(`ambiguous ${got.join(",")}`);
  } else if (line.codes && JSON.stringify(q.entities.map((e) => e.code)) !== JSON.stringify(line.codes)) {
    out.push(`codes ${q.entities.map((e) => e.code).join(",")}`);
  }
  if (line.year !== undefined && q.year !== line.year) out.push(`year ${q.year}`);
  if (line.province !== undefined && q.province !== line.province) out.push(`province ${q.province}`);
  if (line.n !== undefined && q.n !== line.n) out.push(`n ${q.n}`);
  if (line.unit !== undefined && q.unit !== line.unit) out.push(`unit ${q.unit}`);
  return out;
}

describe("sample questions (test/queries-dev.jsonl)", () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    ({ gazetteer } = await seededGazetteer());
  });

  it.each(lines)("$query", (line) => {
    expect(mismatches(line, parseQuestion(line.query, gazetteer, { now: NOW }))).toEqual([]);
  });

  it("reads at least 95% of the lines fully right", () => {
    const right = lines.filter((l) => mismatches(l, parseQuestion(l.query, gazetteer, { now: NOW })).length === 0);
    expect(lines.length).toBeGreaterThanOrEqual(45);
    expect(right.length / lines.length).toBeGreaterThanOrEqual(0.95);
  });
});
