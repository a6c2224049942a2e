/**
 * Precision and recall of the extractor over every report with an expectation (the five seeds and the synthetic
 * reports): `npx tsx test/extract/score.ts`. Prints one JSON line per report, then the totals.
 * A fact is one stated value of one row or unit (its score, zone, grade, opinion text or a rank); a row is right
 * when every one of its values is.
 */
import { extractResults, loadExtractContext } from "../../src/extract/index.js";
import { tempStore } from "../helpers/temp-store.js";
import { extractedFacts, facts, keyed, reports, ROW_KEYS, UNIT_KEYS } from "./expectations.js";

const store = await tempStore();
try {
  const ctx = await loadExtractContext(store.db);
  const total = { expectedFacts: 0, extractedFacts: 0, rightFacts: 0, expectedRows: 0, extractedRows: 0, rightRows: 0 };
  for (const report of reports()) {
    const result = extractResults({ text: report.text, url: report.expected.url, published: report.expected.published }, ctx);
    const expected = new Set(facts(report.expected.rows, report.expected.units));
    const got = extractedFacts(result);
    const right = got.filter((f) => expected.has(f)).length;
    const key = (o: object, keys: readonly string[]) => JSON.stringify(keyed(o, keys));
    const expectedRows = new Set([...report.expected.rows.map((r) => key(r, ROW_KEYS)), ...report.expected.units.map((u) => key(u, UNIT_KEYS))]);
    const gotRows = [...result.rows.map((r) => key(r, ROW_KEYS)), ...result.units.map((u) => key(u, UNIT_KEYS))];
    const rightRows = gotRows.filter((r) => expectedRows.has(r)).length;
    console.log(JSON.stringify({ report: report.name, facts: { expected: expected.size, extracted: got.length, right }, rows: { expected: expectedRows.size, extracted: gotRows.length, right: rightRows }, undecided: result.undecided.length }));
    total.expectedFacts += expected.size;
    total.extractedFacts += got.length;
    total.rightFacts += right;
    total.expectedRows += expectedRows.size;
    total.extractedRows += gotRows.length;
    total.rightRows += rightRows;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  console.log(JSON.stringify({
    total: "all reports",
    reports: reports().length,
    ...total,
    factPrecision: ratio(total.rightFacts, total.extractedFacts),
    factRecall: ratio(total.rightFacts, total.expectedFacts),
    rowPrecision: ratio(total.rightRows, total.extractedRows),
    rowRecall: ratio(total.rightRows, total.expectedRows),
  }));
} finally {
  await store.cleanup();
}
