import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importResultRecords } from "../../src/ingest/import-results.js";
import { writeUnitRows, type UnitImportReport } from "../../src/ingest/import-units.js";
import { shippedDataDir } from "../../src/ingest/shipped-data.js";
import { checkUnitRecords, UNIT_COLUMNS, type UnitRecord } from "../../src/ingest/unit-rows.js";
import { loadValidationContext } from "../../src/ingest/validation-context.js";
import type { Db } from "../../src/store/connection.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let db: Db;
beforeAll(async () => {
  store = await tempStore();
  db = store.db;
});
afterAll(async () => store.cleanup());

const SOURCE = "https://example.org/rapor-test/units";
/** A synthetic unit row (every value made up). */
const unit = (cells: Partial<UnitRecord> = {}): UnitRecord => ({
  programme: "ombudsman-kepatuhan", year: "2024", entity_code: "61.71", entity_name: "Kota Pontianak", unit_kind: "dukcapil",
  unit_name: "Disdukcapil", score: "98.50", zone: "", opinion: "", source_url: SOURCE, note: "synthetic test row", ...cells,
});

/** Units written inside a results import's transaction, as an admin's reviewed report is. */
async function importUnits(records: UnitRecord[]): Promise<UnitImportReport> {
  const checked = checkUnitRecords(records, await loadValidationContext(db));
  expect(checked.problems).toEqual([]);
  let report: UnitImportReport | undefined;
  await importResultRecords(db, [], { origin: "units test", withinTransaction: async (trx, r) => void (report = await writeUnitRows(trx, checked.inputs, r.importId!)) });
  return report!;
}

describe("units rows", () => {
  it("are checked with the import's rules: code, programme year, scale, the year's grades and zones, kind and name", async () => {
    const ctx = await loadValidationContext(db);
    const { problems } = checkUnitRecords(
      [
        unit({ entity_code: "99.99" }),
        unit({ year: "2020" }),
        unit({ score: "101" }),
        unit({ score: "", opinion: "A", year: "2021" }),
        unit({ unit_name: " " }),
        unit({ source_url: "", note: "" }),
        unit(),
        unit(),
      ],
      ctx,
    );
    expect(problems).toEqual([
      'unit 1: entity_code unknown code "99.99"',
      "unit 2: year 2020 is not an assessment year of ombudsman-kepatuhan",
      "unit 3: score must be between 0 and 100",
      "unit 4: opinion must be empty in 2021",
      "unit 5: unit_name is required",
      "unit 6: source_url a row needs a source URL or a note naming its source",
      "unit 8: repeats unit 7 (same fact, same source)",
    ]);
  });

  it("are stored once: a second import of the same units adds nothing; another value for a unit is a conflict", async () => {
    const first = await importUnits([unit(), unit({ unit_kind: "puskesmas", unit_name: "Puskesmas Kampung Dalam", score: "95.20" })]);
    expect(first).toEqual({ added: 2, unchanged: 0, conflicts: 0 });
    expect(await importUnits([unit()])).toEqual({ added: 0, unchanged: 1, conflicts: 0 });
    const other = await importUnits([unit({ score: "97.10", source_url: "https://example.org/rapor-test/units-other" })]);
    expect(other).toEqual({ added: 1, unchanged: 0, conflicts: 1 });
    const rows = await db.selectFrom("unit_results").select(["score", "score_decimals", "source_url"]).where("entity_code", "=", "61.71").where("unit_kind", "=", "dukcapil").orderBy("id").execute();
    expect(rows).toEqual([
      { score: 98.5, score_decimals: 2, source_url: SOURCE },
      { score: 97.1, score_decimals: 2, source_url: "https://example.org/rapor-test/units-other" },
    ]);
  });

  it("a unit shipped with a URL is recognised as stored (the same fingerprint as the shipped data's loader)", async () => {
    const shipped = (parse(fs.readFileSync(path.join(shippedDataDir, "units.csv"), "utf8"), { columns: true }) as UnitRecord[]).find((u) => u.source_url !== "")!;
    const record = Object.fromEntries(UNIT_COLUMNS.map((c) => [c, shipped[c]])) as UnitRecord;
    expect(await importUnits([record])).toEqual({ added: 0, unchanged: 1, conflicts: 0 });
  });
});
