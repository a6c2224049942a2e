import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  extractResults, loadExtractContext, resultRowProblems, unitRowProblems, type ExtractContext, type Extraction,
} from "../../src/extract/index.js";
import { shippedDataDir } from "../../src/ingest/shipped-data.js";
import { tempStore } from "../helpers/temp-store.js";
import { keyed, reports, ROW_KEYS, UNIT_KEYS, type Report } from "./expectations.js";

let ctx: ExtractContext;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const store = await tempStore();
  cleanup = store.cleanup;
  ctx = await loadExtractContext(store.db);
});
afterAll(async () => cleanup());

const sorted = (list: Record<string, string>[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
const run = (r: Report): Extraction => extractResults({ text: r.text, url: r.expected.url, published: r.expected.published }, ctx);

describe.each(reports().map((r) => [r.name, r] as const))("report %s", (_name, report) => {
  it("reads every stated row and unit, and nothing else", () => {
    const result = run(report);
    expect(sorted(result.rows.map((r) => keyed(r, ROW_KEYS)))).toEqual(sorted(report.expected.rows.map((r) => keyed(r, ROW_KEYS))));
    expect(sorted(result.units.map((u) => keyed(u, UNIT_KEYS)))).toEqual(sorted(report.expected.units.map((u) => keyed(u, UNIT_KEYS))));
  });

  it("gives each candidate its sentence, its evidence, a confidence and the import's verdict", () => {
    const result = run(report);
    for (const c of [...result.rows, ...result.units]) {
      expect(c.sentence.length).toBeGreaterThan(0);
      expect(result.text).toContain(c.sentence);
      for (const e of c.evidence) expect(result.text).toContain(e.sentence);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.source_url).toBe(report.expected.url ?? "");
    }
    for (const row of result.rows) {
      const expected = report.expected.rows.find((e) => JSON.stringify(keyed(e, ROW_KEYS)) === JSON.stringify(keyed(row, ROW_KEYS)));
      expect(row.problems).toEqual(expected?.problems ?? []);
    }
    for (const unit of result.units) expect(unit.problems).toEqual([]);
  });

  it("says what it left undecided, with the sentence", () => {
    const result = run(report);
    for (const u of result.undecided) {
      expect(result.text).toContain(u.sentence);
      expect(u.why.length).toBeGreaterThan(0);
    }
    for (const words of report.expected.undecided) {
      expect(result.undecided.some((u) => u.text.includes(words) || u.sentence.includes(words)), words).toBe(true);
    }
  });
});

describe("the seeds against the shipped data compiled from them", () => {
  const csv = (file: string) => parse(fs.readFileSync(path.join(shippedDataDir, file), "utf8"), { columns: true }) as Record<string, string>[];
  const shippedRows = csv("results.csv");
  const shippedUnits = csv("units.csv");
  const seeds = reports().filter((r) => r.name.startsWith("seeds"));

  it("each expected seed row states what a shipped row states for that body and year", () => {
    for (const seed of seeds) {
      for (const row of seed.expected.rows) {
        const same = shippedRows.filter((s) => s.programme === row.programme && s.year === row.year && s.entity_code === row.entity_code);
        const agrees = same.some((s) => ["score", "zone", "opinion", "rank_national", "rank_province"].every((k) => !row[k] || Number(s[k]) === Number(row[k]) || s[k] === row[k]));
        expect(agrees, `${seed.name} ${row.entity_code} ${row.year}`).toBe(true);
      }
      for (const unit of seed.expected.units) {
        const same = shippedUnits.filter((s) => s.programme === unit.programme && s.year === unit.year && s.entity_code === unit.entity_code && s.unit_kind === unit.unit_kind);
        expect(same.map((s) => s.opinion), `${seed.name} ${unit.unit_name}`).toContain(unit.opinion);
      }
    }
  });
});

describe("what the extractor needs to be told", () => {
  const metro = reports().find((r) => r.name.includes("001_"))!;

  it("a report with no year and no date leaves its figures undecided and asks for the date", () => {
    const result = extractResults({ text: metro.text }, ctx);
    expect(result.units).toEqual([]);
    expect(result.undecided).toHaveLength(3);
    for (const u of result.undecided) expect(u.why).toMatch(/--published/);
  });

  it("an assessment year stated in the report wins over the date given", () => {
    const seed = reports().find((r) => r.name.includes("000_"))!;
    const result = extractResults({ text: seed.text, published: "2022-02-09" }, ctx);
    expect(result.rows.map((r) => r.year)).toEqual(["2021"]);
  });

  it("a candidate the import would refuse keeps its problem", () => {
    const result = extractResults({ text: "Kabupaten Lampung Utara meraih nilai 91 dengan kategori A pada penilaian tahun 2021.", url: "ftp://example.org/x" }, ctx);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.problems).toEqual(expect.arrayContaining(["opinion must be empty in 2021", "source_url must be an http(s) URL"]));
  });

  it("re-checks a corrected candidate with the import's rules", () => {
    const seed = reports().find((r) => r.name.includes("001_"))!;
    const [unit] = extractResults({ text: seed.text, published: "2018-01-24" }, ctx).units;
    expect(unitRowProblems(unit!, ctx)).toEqual([]);
    expect(unitRowProblems({ ...unit!, opinion: "Z" }, ctx)).toEqual([expect.stringMatching(/^opinion must be one of/)]);
    expect(unitRowProblems({ ...unit!, year: "2016" }, ctx)).toEqual(["year 2016 is not an assessment year of kemenpanrb-ipp"]);
    const [row] = extractResults({ text: reports().find((r) => r.name.includes("000_"))!.text }, ctx).rows;
    expect(resultRowProblems({ ...row!, score: "101" }, ctx)).toEqual(["score must be between 0 and 100"]);
    expect(resultRowProblems({ ...row!, score: "91.5" }, ctx)).toEqual([]);
  });

  it("refuses empty and oversized text", () => {
    expect(() => extractResults({ text: "  \n " }, ctx)).toThrow(/empty/);
    expect(() => extractResults({ text: "nilai 91 ".repeat(30_000) }, ctx)).toThrow(/too long/);
  });
});
