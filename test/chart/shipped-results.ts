import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { projectRoot } from "../helpers/process.js";

export interface ShippedRow {
  programme: string;
  year: string;
  category: string;
  entity_code: string;
  entity_name: string;
  score: string;
  zone: string;
  opinion: string;
  rank_national: string;
  rank_province: string;
  source_url: string;
  note: string;
}

/** The shipped results file read on its own (not through the code under test), for expected values. */
export function shippedResults() {
  const rows = (parse(fs.readFileSync(path.join(projectRoot, "db/data/results.csv"), "utf8"), { columns: true }) as ShippedRow[]).filter(
    (r) => r.programme === "ombudsman-kepatuhan",
  );
  const names = new Map<string, string>();
  const categories = new Map<string, string>();
  const scoredYears = new Map<string, Set<number>>();
  for (const r of rows) {
    names.set(r.entity_code, r.entity_name);
    categories.set(r.entity_code, r.category);
    if (r.score !== "") scoredYears.set(r.entity_code, (scoredYears.get(r.entity_code) ?? new Set()).add(Number(r.year)));
  }
  return { rows, names, categories: categories as Map<string, "provinsi" | "kabupaten" | "kota" | "kementerian" | "lembaga">, scoredYears };
}
