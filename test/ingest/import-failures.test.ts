import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importResultsCsv, ImportRejectedError } from "../../src/ingest/import-results.js";
import type { Db } from "../../src/store/connection.js";
import { tempStore } from "../helpers/temp-store.js";
import { snapshot } from "./db-snapshot.js";
import { csv, fixture, HEADER, row } from "./fixtures.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let db: Db;
beforeAll(async () => {
  store = await tempStore();
  db = store.db;
});
afterAll(async () => store.cleanup());

const ok = row({ source_url: "https://example.org/rapor-test/ok" });

/** Each file is rejected with problems matching these patterns, in order. */
const cases: { name: string; text: string; problems: RegExp[] }[] = [
  { name: "score above the scale", text: csv(ok, row({ score: "101" })), problems: [/^row 3: score must be between 0 and 100$/] },
  { name: "score that is not a number", text: csv(ok, row({ score: "abc" })), problems: [/^row 3: score must be a number with at most two decimals/] },
  { name: "score with a decimal comma", text: csv(ok, row({ score: "94,39" })), problems: [/^row 3: score must be a number with at most two decimals, written with a dot$/] },
  { name: "unknown code", text: csv(ok, row({ entity_code: "18.99" })), problems: [/^row 3: entity_code unknown code "18.99"$/] },
  { name: "category mismatch", text: csv(ok, row({ category: "kabupaten" })), problems: [/^row 3: category 18.72 is a kota, not a kabupaten$/] },
  { name: "year without a round (2020)", text: csv(ok, row({ year: "2020" })), problems: [/^row 3: year 2020 is not an assessment year of ombudsman-kepatuhan$/] },
  { name: "unknown programme", text: csv(row({ programme: "ombudsman" })), problems: [/^row 2: programme unknown programme "ombudsman"$/] },
  { name: "province of another region", text: csv(row({ province_code: "32" })), problems: [/^row 2: province_code must be 18 for 18.72 in 2018$/] },
  { name: "new Papua province before the split", text: csv(row({ year: "2021", entity_code: "96.71", entity_name: "Kota Sorong", province_code: "96" })), problems: [/^row 2: province_code must be 92 for 96.71 in 2021$/] },
  { name: "province code on a ministry", text: csv(row({ category: "kementerian", entity_code: "KL.KEMLU", province_code: "31" })), problems: [/^row 2: province_code must be empty for a kementerian$/] },
  { name: "a grade before grades existed", text: csv(row({ opinion: "A" })), problems: [/^row 2: opinion must be empty in 2018$/] },
  { name: "the black zone before 2025", text: csv(row({ year: "2023", zone: "hitam" })), problems: [/^row 2: zone must be one of hijau, kuning, merah in 2023$/] },
  { name: "a group statement with a score", text: csv(row({ statement: "group" })), problems: [/^row 2: statement a group statement cannot carry a score or a rank$/] },
  { name: "a row stating nothing", text: csv(row({ score: "", zone: "", note: "" })), problems: [/^row 2: score the row states no result/] },
  { name: "several problems in one row, all reported", text: csv(row({ score: "abc", zone: "blue", entity_code: "18.99" })), problems: [/row 2: score/, /row 2: zone/, /row 2: entity_code unknown code/] },
  { name: "required cells left empty, each reported once", text: csv(row({ programme: "", entity_code: "" })), problems: [/^row 2: programme is required$/, /^row 2: entity_code is required$/] },
  { name: "duplicate rows in one file", text: csv(ok, row(), ok), problems: [/^row 4: repeats row 2 \(same fact, same source\)$/] },
  { name: "missing column", text: csv(ok).replace(",note", "").replace(/,synthetic test row/, ""), problems: [/^missing column\(s\): note$/] },
  { name: "unknown column", text: `${HEADER},extra\n${ok},x\n`, problems: [/^unknown column\(s\): "extra"$/] },
  { name: "empty file", text: "", problems: [/^the file is empty$/] },
  { name: "blank file", text: "\n \n", problems: [/^the file is empty$/] },
  { name: "header-only file", text: `${HEADER}\n`, problems: [/^the file has a header but no rows$/] },
  { name: "malformed CSV (unclosed quote)", text: `${HEADER}\n${ok}\n${row().replace("Kota Metro", '"Kota Metro')}\n`, problems: [/^not a valid CSV file: Quote Not Closed.*line 3/] },
  { name: "a row with a missing cell", text: `${HEADER}\n${ok.replace(/,[^,]*$/, "")}\n`, problems: [/^not a valid CSV file: .*line 2/] },
  { name: "a valid row among rejected ones (the fixture)", text: fixture("results-rejected.csv"), problems: [/^row 2: score/, /^row 3: entity_code/] },
];

describe("importResultsCsv rejects a bad file whole, writing nothing", () => {
  it.each(cases)("$name", async ({ text, problems }) => {
    const before = await snapshot(db);
    const error = await importResultsCsv(db, text, { origin: "bad.csv" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const reported = (error as ImportRejectedError).problems;
    expect(reported).toHaveLength(problems.length);
    problems.forEach((pattern, i) => expect(reported[i]).toMatch(pattern));
    expect((error as Error).message).toMatch(/^The file was rejected, nothing was written:/);
    expect(await snapshot(db)).toEqual(before);
  });

  it("still accepts the valid row on its own (the cases above fail for their stated reason only)", async () => {
    const report = await importResultsCsv(db, csv(ok), { origin: "ok.csv", dryRun: true });
    expect(report.added).toBe(1);
  });
});
