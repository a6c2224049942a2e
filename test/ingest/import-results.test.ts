import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { disagrees, importResultsCsv, ImportRejectedError } from "../../src/ingest/import-results.js";
import { tempStore } from "../helpers/temp-store.js";
import { snapshot } from "./db-snapshot.js";
import { csv, fixture, row } from "./fixtures.js";
import type { Db } from "../../src/store/connection.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let db: Db;
beforeEach(async () => {
  store = await tempStore();
  db = store.db;
});
afterEach(async () => store.cleanup());

const counts = (r: { added: number; unchanged: number; conflicts: number }) => ({ added: r.added, unchanged: r.unchanged, conflicts: r.conflicts });
const resultCount = async () => Number((await db.selectFrom("results").select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("importResultsCsv", () => {
  it("adds the rows of a good file and records the import", async () => {
    const before = await resultCount();
    const report = await importResultsCsv(db, fixture("results-good.csv"), { origin: "results-good.csv" });
    expect(counts(report)).toEqual({ added: 9, unchanged: 0, conflicts: 0 });
    expect(await resultCount()).toBe(before + 9);
    const imports = await db.selectFrom("imports").selectAll().where("origin", "=", "results-good.csv").execute();
    expect(imports).toMatchObject([{ added: 9, unchanged: 0, conflicts: 0 }]);
    const bpom = await db.selectFrom("results").selectAll().where("entity_code", "=", "KL.BPOM").where("year", "=", 2018).executeTakeFirstOrThrow();
    expect(bpom).toMatchObject({ score: 90.2, zone: "hijau", rank_national: 2, province_code: null, import_id: imports[0]!.id });
  });

  it("keeps two note-only sources of the same fact as two sources", async () => {
    await importResultsCsv(db, fixture("results-good.csv"), { origin: "good" });
    const bogor = await db.selectFrom("results").select(["score", "note", "source_url"]).where("entity_code", "=", "32.01").where("year", "=", 2018).execute();
    expect(bogor).toHaveLength(2);
    expect(bogor.every((r) => r.score === 77.7 && r.source_url === "")).toBe(true);
  });

  it("is idempotent: re-importing the same file adds nothing", async () => {
    await importResultsCsv(db, fixture("results-good.csv"), { origin: "first" });
    const after = await snapshot(db);
    const again = await importResultsCsv(db, fixture("results-good.csv"), { origin: "second" });
    expect(counts(again)).toEqual({ added: 0, unchanged: 9, conflicts: 0 });
    const now = await snapshot(db);
    expect(now.results).toEqual(after.results);
  });

  it("treats the shipped results as already present", async () => {
    const { readFileSync } = await import("node:fs");
    const { shippedDataDir } = await import("../../src/ingest/shipped-data.js");
    const report = await importResultsCsv(db, readFileSync(`${shippedDataDir}/results.csv`, "utf8"), { origin: "results.csv" });
    expect(counts(report)).toEqual({ added: 0, unchanged: 2030, conflicts: 0 });
  });

  it("adds a stored fact repeated by another source, without counting a conflict", async () => {
    const report = await importResultsCsv(db, fixture("results-another-source.csv"), { origin: "another" });
    expect(counts(report)).toEqual({ added: 1, unchanged: 0, conflicts: 0 });
    const metro = await db.selectFrom("results").select(["score", "source_url"]).where("entity_code", "=", "18.72").where("year", "=", 2024).execute();
    expect(metro.map((r) => r.score)).toEqual([97.21, 97.21]);
  });

  it("counts a disagreeing score as a conflict and keeps both values", async () => {
    const report = await importResultsCsv(db, fixture("results-conflict.csv"), { origin: "conflict" });
    expect(counts(report)).toEqual({ added: 1, unchanged: 0, conflicts: 1 });
    const metro = await db.selectFrom("results").select("score").where("entity_code", "=", "18.72").where("year", "=", 2024).orderBy("score").execute();
    expect(metro.map((r) => r.score)).toEqual([96.12, 97.21]);
  });

  it("compares a group statement by zone and grade only", async () => {
    // Kota Metro 2022: the shipped group statement says kuning.
    const agreeing = row({ year: "2022", score: "70.1", zone: "", opinion: "C", source_url: "https://example.org/rapor-test/metro-2022" });
    const report = await importResultsCsv(db, csv(agreeing), { origin: "group-agrees" });
    expect(counts(report)).toEqual({ added: 1, unchanged: 0, conflicts: 0 });
    const zoneDiffers = row({ year: "2022", score: "", zone: "hijau", source_url: "https://example.org/rapor-test/metro-2022-green" });
    expect((await importResultsCsv(db, csv(zoneDiffers), { origin: "group-differs" })).conflicts).toBe(1);
  });

  it("writes nothing on a dry run but reports the same counts", async () => {
    const before = await snapshot(db);
    const report = await importResultsCsv(db, fixture("results-conflict.csv"), { origin: "preview", dryRun: true });
    expect(counts(report)).toEqual({ added: 1, unchanged: 0, conflicts: 1 });
    expect(report.importId).toBeNull();
    expect(await snapshot(db)).toEqual(before);
  });

  it("numbers rows as a spreadsheet does: blank lines count, a multi-line note is one row", async () => {
    const text = csv(row(), "", row({ note: "synthetic\nmulti-line note" , source_url: "https://example.org/rapor-test/2" }), row({ score: "abc" }));
    const error = await importResultsCsv(db, text, { origin: "rows" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).problems).toEqual(["row 5: score must be a number with at most two decimals, written with a dot"]);
  });

  it("skips rows whose cells are all blank, as spreadsheets export them", async () => {
    const report = await importResultsCsv(db, csv(row(), ",,,,,,,,,,,,,,"), { origin: "trailing" });
    expect(counts(report)).toEqual({ added: 1, unchanged: 0, conflicts: 0 });
  });

  it("accepts a byte-order mark and CRLF line ends", async () => {
    const text = "\uFEFF" + csv(row()).replace(/\n/g, "\r\n");
    expect((await importResultsCsv(db, text, { origin: "excel" })).added).toBe(1);
  });
});

describe("disagrees", () => {
  const base = { score: 80, zone: "hijau", opinion: null, rank_national: null, rank_province: null, statement: "entity" } as const;
  it("needs both sources to state a value", () => {
    expect(disagrees(base, { ...base, score: null })).toBe(false);
    expect(disagrees(base, { ...base, score: 81 })).toBe(true);
    expect(disagrees(base, { ...base, rank_province: 2 })).toBe(false);
    expect(disagrees({ ...base, rank_province: 1 }, { ...base, rank_province: 2 })).toBe(true);
  });
  it("reads a group statement for its zone and grade only", () => {
    const group = { ...base, score: null, statement: "group" } as const;
    expect(disagrees(group, { ...base, score: 55, rank_national: 3 })).toBe(false);
    expect(disagrees(group, { ...base, zone: "kuning" })).toBe(true);
    expect(disagrees({ ...group, opinion: "A" }, { ...base, opinion: "B" })).toBe(true);
  });
});
