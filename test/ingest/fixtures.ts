import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");

export const fixture = (name: string): string => fs.readFileSync(path.join(fixturesDir, name), "utf8");

export const HEADER =
  "programme,year,category,entity_code,entity_name,province_code,score,zone,opinion,opinion_text,rank_national,rank_province,statement,source_url,note";

/** A valid synthetic row (Kota Metro 2018, not in the shipped data), with some cells replaced. */
export function row(overrides: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    programme: "ombudsman-kepatuhan",
    year: "2018",
    category: "kota",
    entity_code: "18.72",
    entity_name: "Kota Metro",
    province_code: "18",
    score: "72.5",
    zone: "kuning",
    opinion: "",
    opinion_text: "",
    rank_national: "",
    rank_province: "",
    statement: "entity",
    source_url: "https://example.org/rapor-test/row",
    note: "synthetic test row",
    ...overrides,
  };
  return HEADER.split(",")
    .map((c) => {
      const v = cells[c] ?? "";
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

export const csv = (...rows: string[]): string => [HEADER, ...rows].join("\n") + "\n";
