import { describe, expect, it } from "vitest";
import { CsvFormatError, parseCsv, parseCsvTable } from "../../src/ingest/csv.js";

describe("parseCsvTable", () => {
  it("keys records by column and numbers rows as a spreadsheet does", () => {
    const table = parseCsvTable('a,b\n1,2\n\n"x\ny", 3 \n,\n4,5', ["a", "b"]);
    expect(table.records).toEqual([{ a: "1", b: "2" }, { a: "x\ny", b: "3" }, { a: "4", b: "5" }]);
    expect(table.rowNumbers).toEqual([2, 4, 6]);
  });

  it("names every header problem at once", () => {
    expect(() => parseCsv("a,c,c,\n1,2,3,4\n", ["a", "b"])).toThrowError(
      new CsvFormatError('missing column(s): b; unknown column(s): "c", ""; repeated column(s): "c"'),
    );
  });

  it("ignores a byte-order mark and the order of the columns", () => {
    expect(parseCsv("\uFEFFb,a\r\n2,1\r\n", ["a", "b"])).toEqual([{ a: "1", b: "2" }]);
  });
});
