import { provinceAt } from "../../src/domain/provinces.js";
import type { Db } from "../../src/store/connection.js";
import { HEADER } from "./fixtures.js";

/** Assessment years whose scale has 0-100 scores and no required grade. */
const YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024];

/**
 * A synthetic results CSV of `count` valid rows (never shipped: benches and tests only): every
 * kab/kota of the gazetteer, year after year, each row from its own made-up source URL so that
 * every row is new. `tag` keeps two files' sources apart (two imports that both add rows).
 */
export async function syntheticResultsCsv(db: Db, count: number, tag = "a"): Promise<string> {
  const bodies = await db
    .selectFrom("bodies")
    .select(["code", "name", "category", "province_code"])
    .where("category", "in", ["kabupaten", "kota"])
    .orderBy("code")
    .execute();
  const lines = [HEADER];
  for (let i = 0; lines.length <= count; i++) {
    const body = bodies[i % bodies.length]!;
    const year = YEARS[Math.floor(i / bodies.length) % YEARS.length]!;
    const round = Math.floor(i / (bodies.length * YEARS.length));
    // One score per body and year whatever the source: further sources, not conflicts.
    const score = (40 + ((i % bodies.length) * 37 + year) % 6000 / 100).toFixed(2);
    const province = provinceAt(body.province_code!, year);
    const url = `https://example.org/rapor-synthetic/${tag}/${round}/${body.code}/${year}`;
    lines.push(`ombudsman-kepatuhan,${year},${body.category},${body.code},${body.name},${province},${score},,,,,,entity,${url},synthetic row`);
  }
  return lines.join("\n") + "\n";
}
