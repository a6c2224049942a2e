/**
 * Replies that are not a body's score: where the data comes from, the method, when results
 * come out, greetings, names that match nothing, KemenPAN-RB's programme, caveats from notes.
 * Queries are built here as the parser will fill them (the engine's contract).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuery } from "../../src/answer/answer-query.js";
import { scoreOf } from "../../src/answer/score.js";
import { shippedDataDir } from "../../src/ingest/shipped-data.js";
import { KEMENPANRB_IPP, OMBUDSMAN } from "../../src/domain/programmes.js";
import type { Answer } from "../../src/answer/types.js";
import type { Query } from "../../src/understand/query.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { answerStore, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

// expectKind checks the kind of every reply these tests narrow.
const ask = (text: string, slots: Partial<Query>) => answerQuery(store.catalog, { ...emptyQuery(text), ...slots }) as Answer;
const METRO = { code: "18.72", name: "Kota Metro" };

/** Data rows of a shipped CSV file, counted from the file (a quoted cell may hold a line break). */
function csvRows(file: string): number {
  const text = fs.readFileSync(path.join(shippedDataDir, file), "utf8");
  let rows = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) rows += 1;
  }
  return rows - 1 + (text.endsWith("\n") ? 0 : 1);
}

describe("about: where the data comes from", () => {
  it("counts what the store holds: every row of the shipped files", () => {
    const a = expectKind(ask("data ini dari mana sih?", { intent: "about" }), "about");
    expect(a.resultRows).toBe(csvRows("results.csv"));
    expect(a.unitRows).toBe(csvRows("units.csv"));
    expect(a.aggregateRows).toBe(csvRows("aggregates.csv"));
    expect(a.reports).toBeGreaterThan(400);
    expect(a.years).toEqual([2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
    expect(a.programmes).toEqual([KEMENPANRB_IPP, OMBUDSMAN]);
  });
});

describe("method and schedule", () => {
  it("the method of each period, with the 2022-2024 weights and 2025's public trust", () => {
    const a = expectKind(ask("gmn cara ombudsman ngitung nilainya?", { intent: "method" }), "method");
    expect(a.periods.map((p) => [p.from, p.to, p.basis])).toEqual([
      [2015, 2021, "standards"],
      [2022, 2024, "dimensions"],
      [2025, 2025, "dimensions-trust"],
    ]);
    expect(a.periods[1]!.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ["input", 21.85],
      ["proses", 32.37],
      ["output", 24.24],
      ["pengaduan", 21.54],
    ]);
    expect(a.periods[2]).toMatchObject({ dimensionsTotal: 70 });
    expect(a.periods[2]!.dimensions.find((d) => d.id === "trust")?.weight).toBe(30);
    expect(expectKind(ask("metode 2023", { intent: "method", year: 2023 }), "method").periods.map((p) => p.method)).toEqual(["ombudsman-opini"]);
  });

  it("hasil 2026 kapan keluar? not published yet; the newest round in the data is 2025", () => {
    const a = expectKind(ask("hasil 2026 kapan keluar?", { intent: "schedule", year: 2026 }), "schedule");
    expect(a).toMatchObject({ status: "not-published", latest: 2025, announcement: null });
    expect(a.past.filter((p) => "date" in p).map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it("a year already in the data is out, with its announcement day; 2020 had no round", () => {
    expect(expectKind(ask("hasil 2024 kapan keluar?", { intent: "schedule", year: 2024 }), "schedule")).toMatchObject({
      status: "published",
      announcement: { year: 2024, date: "2024-11-14" },
    });
    expect(expectKind(ask("hasil 2020 kapan keluar?", { intent: "schedule", year: 2020 }), "schedule").status).toBe("no-round");
  });
});

describe("conversation", () => {
  it("a greeting is a greeting", () => {
    expect(ask("selamat pagi", { intent: "greeting" }).kind).toBe("greeting");
  });

  it("nilai kota atlantis 2022: the name matches nothing, and the reply says so instead of listing every city", () => {
    const a = ask("nilai kota atlantis 2022", { intent: "score", unmatched: ["atlantis"], category: "kota", year: 2022 });
    expect(a).toEqual({ kind: "unmatched", names: ["atlantis"], category: "kota", year: 2022 });
    // A list question with an unmatched name is not answered with the whole list either.
    expect(ask("kota atlantis terbaik 2022", { intent: "top", unmatched: ["atlantis"], category: "kota", year: 2022 }).kind).toBe("unmatched");
    // With a real body named too, the body is answered.
    expect(ask("nilai metro dan atlantis", { intent: "score", unmatched: ["atlantis"], entities: [METRO] }).kind).toBe("score");
  });
});

describe("KemenPAN-RB's evaluation, named as such", () => {
  it("penghargaan kemenpan rb kota metro: three role models of 2017, no Ombudsman zone", () => {
    const a = expectKind(ask("penghargaan kemenpan rb kota metro", { intent: "score", programme: KEMENPANRB_IPP, entities: [METRO] }), "programme");
    expect(a.programme).toBe(KEMENPANRB_IPP);
    expect(a.units.map((u) => [u.unit.kind, u.unit.grade, u.unit.year])).toEqual([
      ["dukcapil", "A-", 2017],
      ["dpmptsp", "B-", 2017],
      ["rsud", "B", 2017],
    ]);
    expect(a.units.every((u) => u.unit.programme === KEMENPANRB_IPP && u.unit.zone === null)).toBe(true);
    expect(a.ombudsmanYears).toContain(2023);
  });

  it("dukcapil metro dapet penghargaan apa dari kemenpan? Sangat Baik", () => {
    const a = expectKind(ask("dukcapil metro dapet penghargaan apa dari kemenpan?", { intent: "units", unit: "dukcapil", programme: KEMENPANRB_IPP, entities: [METRO] }), "programme");
    expect(a.units.map((u) => u.unit.predicate?.id)).toEqual(["Sangat Baik"]);
  });

  it("a body without KemenPAN-RB data gets an empty programme answer with its Ombudsman years", () => {
    const a = expectKind(ask("indeks pelayanan publik tebo", { intent: "score", programme: KEMENPANRB_IPP, entities: [{ code: "15.09", name: "Kabupaten Tebo" }] }), "programme");
    expect(a.units).toEqual([]);
    expect(a.ombudsmanYears.length).toBeGreaterThan(0);
  });
});

describe("caveats a row's note carries", () => {
  it("Depok 2023's 97.67 is an average of unit scores", () => {
    const a = expectKind(scoreOf(store.catalog, "32.76", 2023), "score");
    expect(a.view.score?.value).toBe(97.67);
    expect(a.view.caveats).toContainEqual({ kind: "source-note", note: "unit-average" });
    // The same note's CAUTION is what the average explains: not said twice.
    expect(a.view.caveats).not.toContainEqual({ kind: "source-note", note: "caution" });
  });

  it("Gorontalo Utara 2023: the stated D and zona hijau both contradict the score's band (C, kuning)", () => {
    const a = expectKind(scoreOf(store.catalog, "75.05", 2023), "score");
    expect(a.view.caveats).toContainEqual({ kind: "zone-contradicts-score", stated: "hijau", expected: "kuning" });
    expect(a.view.caveats).toContainEqual({ kind: "grade-contradicts-score", stated: "D", expected: "C" });
    expect(a.view.caveats).not.toContainEqual({ kind: "source-note", note: "recorded-as-written" });
  });

  it("a source at odds with itself (Kota Bima 2023's list order)", () => {
    const a = expectKind(scoreOf(store.catalog, "52.72", 2023), "score");
    expect(a.view.caveats).toContainEqual({ kind: "source-note", note: "inconsistent" });
  });

  it("a CONFLICT note whose other report is stored is the conflict caveat only (Kota Metro 2023)", () => {
    const a = expectKind(scoreOf(store.catalog, "18.72", 2023), "score");
    expect(a.view.caveats).toContainEqual({ kind: "conflict", field: "score" });
    expect(a.view.caveats).not.toContainEqual({ kind: "source-note", note: "conflict" });
  });
});
