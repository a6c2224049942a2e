import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/config.js";
import type { Extraction } from "../../src/extract/index.js";

export const fixturesDir = path.join(projectRoot, "test", "fixtures", "extract");

export interface Expected {
  published: string | null;
  url: string | null;
  rows: (Record<string, string> & { problems?: string[] })[];
  units: Record<string, string>[];
  /** Words that must appear in an undecided item (its text or its sentence). */
  undecided: string[];
}

export interface Report {
  name: string;
  file: string;
  text: string;
  expected: Expected;
}

/** Every report with an expectation: the seeds first, then the synthetic ones. */
export function reports(): Report[] {
  const out: Report[] = [];
  for (const dir of [path.join(fixturesDir, "seeds"), fixturesDir]) {
    for (const name of fs.readdirSync(dir).filter((f) => /\.(?:txt|html)$/.test(f)).sort()) {
      const base = name.replace(/\.(?:txt|html)$/, "");
      const file = path.join(dir, name);
      out.push({
        name: path.relative(fixturesDir, path.join(dir, base)),
        file,
        text: fs.readFileSync(file, "utf8"),
        expected: JSON.parse(fs.readFileSync(path.join(dir, `${base}.expected.json`), "utf8")) as Expected,
      });
    }
  }
  return out;
}

export const ROW_KEYS = ["programme", "year", "entity_code", "score", "zone", "opinion", "opinion_text", "rank_national", "rank_province", "statement"] as const;
export const UNIT_KEYS = ["programme", "year", "entity_code", "unit_kind", "unit_name", "score", "zone", "opinion"] as const;
export const VALUE_KEYS = ["score", "zone", "opinion", "opinion_text", "rank_national", "rank_province"] as const;

/** The key columns of a row, absent ones empty: what a test compares. */
export function keyed(record: object, keys: readonly string[]): Record<string, string> {
  const cells = record as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, typeof cells[k] === "string" ? (cells[k] as string) : ""]));
}

/** One stated value: (row identity, column, value). Precision and recall count these. */
export function facts(rowList: readonly object[], unitList: readonly object[]): string[] {
  const rows = rowList as Record<string, unknown>[];
  const units = unitList as Record<string, unknown>[];
  const out: string[] = [];
  for (const r of rows) {
    const id = ["row", r.programme, r.year, r.entity_code, r.statement].join("|");
    for (const k of VALUE_KEYS) if (typeof r[k] === "string" && r[k] !== "") out.push(`${id}|${k}=${String(r[k])}`);
  }
  for (const u of units) {
    const id = ["unit", u.programme, u.year, u.entity_code, u.unit_kind, u.unit_name].join("|");
    for (const k of ["score", "zone", "opinion"]) if (typeof u[k] === "string" && u[k] !== "") out.push(`${id}|${k}=${String(u[k])}`);
  }
  return out;
}

export const extractedFacts = (e: Pick<Extraction, "rows" | "units">) => facts(e.rows, e.units);
