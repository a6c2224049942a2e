/**
 * Several sources of one body-year merge into one view; zones and grades missing from the
 * sources are derived from the score and flagged; stated values that contradict the score
 * are shown as stated, with a caveat. Synthetic rows: test/fixtures/answer/merge-sources.csv.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaleKey } from "../../src/answer/catalog.js";
import { hasResult, mergeBodyYear } from "../../src/answer/merge.js";
import { scoreOf } from "../../src/answer/score.js";
import { OMBUDSMAN } from "../../src/domain/programmes.js";
import type { ResultRow } from "../../src/store/schema.js";
import { answerStore, caveatKinds, expectKind, urlsOf, viewOf, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore("merge-sources.csv");
});
afterAll(async () => store.cleanup());

const TEST_URL = /^https:\/\/example\.test\/rapor\//;

describe("several sources of one body-year", () => {
  it("merge into one view holding every source", () => {
    const views = store.catalog.viewsByBody.get("73.01")!.filter((v) => v.year === 2023);
    expect(views).toHaveLength(1);
    expect(views[0]!.sources).toHaveLength(3);
    expect(views[0]!.sources.every((s) => TEST_URL.test(s.url ?? ""))).toBe(true);
  });

  it("show the value most sources give and report the one that disagrees, with its source", () => {
    const view = viewOf(store.catalog, "73.01", 2023);
    expect(view.score?.value).toBe(81.5);
    expect(urlsOf(view.score!.sources)).toEqual(["https://example.test/rapor/merge-a", "https://example.test/rapor/merge-b"]);
    expect(view.score?.conflicts).toEqual([{ value: 81.05, decimals: 2, sources: [expect.objectContaining({ url: "https://example.test/rapor/merge-c" })] }]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "score" });
  });

  it("merge ranks the same way", () => {
    const view = viewOf(store.catalog, "73.01", 2023);
    expect(view.rankProvince?.value).toBe(3);
    expect(view.rankProvince?.conflicts.map((c) => c.value)).toEqual([4]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "rank_province" });
    const a = expectKind(scoreOf(store.catalog, "73.01", 2023), "score");
    expect(a.province.official?.value).toBe(3);
  });

  it("merge zones the same way", () => {
    const view = viewOf(store.catalog, "73.15", 2023);
    expect(view.zone).toMatchObject({ value: "kuning", derived: false });
    expect(view.zone?.sources).toHaveLength(2);
    expect(view.zone?.conflicts.map((c) => c.value)).toEqual(["hijau"]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "zone" });
    // Both score sources agree: no score conflict.
    expect(view.score).toMatchObject({ value: 75, conflicts: [] });
  });

  it("at one source against one, keep the one stored first and still report the other", () => {
    const view = viewOf(store.catalog, "73.02", 2023);
    expect(view.score?.value).toBe(70.1);
    expect(view.score?.conflicts.map((c) => c.value)).toEqual([70.2]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "score" });
  });

  it("with no disagreement, report no conflict", () => {
    const view = viewOf(store.catalog, "73.05", 2023);
    expect(view.caveats.filter((c) => c.kind === "conflict")).toEqual([]);
  });
});

describe("a group statement ('all kab/kota of X got A')", () => {
  it("counts as a source of the zone: against the body's own report it loses a tie, and is reported as a conflict", () => {
    // The group row is stored first, the body's own row second: the body's own report still wins the tie.
    const view = viewOf(store.catalog, "73.03", 2023);
    expect(view.zone?.value).toBe("kuning");
    expect(view.zone?.sources.map((s) => s.statement)).toEqual(["entity"]);
    expect(view.zone?.conflicts).toEqual([
      { value: "hijau", sources: [expect.objectContaining({ statement: "group", url: "https://example.test/rapor/group-all-green" })] },
    ]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "zone" });
    expect(view.score?.sources.map((s) => s.statement)).toEqual(["entity"]);
    expect(caveatKinds(view.caveats)).not.toContain("group-statement-only");
  });

  it("alone gives a zone and grade, never a score or a rank, and the view says it rests on a group statement", () => {
    const view = viewOf(store.catalog, "73.04", 2023);
    expect(view.zone).toMatchObject({ value: "hijau", derived: false });
    expect(view.grade).toMatchObject({ value: "A", derived: false });
    expect(view.score).toBeNull();
    expect(view.rankNational).toBeNull();
    expect(view.rankProvince).toBeNull();
    expect(view.caveats).toContainEqual({ kind: "group-statement-only" });
    expect(hasResult(view)).toBe(true);
    const a = expectKind(scoreOf(store.catalog, "73.04", 2023), "score");
    expect(a.national.computed).toBeNull();
    expect(a.province.computed).toBeNull();
  });

  it("in the shipped data: Kabupaten Malang 2023, 67 zona kuning against 'all but Blitar and Sampang were green'", () => {
    const view = viewOf(store.catalog, "35.07", 2023);
    expect(view.score?.value).toBe(67);
    expect(view.zone?.value).toBe("kuning");
    expect(view.zone?.conflicts).toEqual([{ value: "hijau", sources: [expect.objectContaining({ statement: "group" })] }]);
    expect(view.caveats).toContainEqual({ kind: "conflict", field: "zone" });
  });

  it("in the shipped data: Lampung Utara 2022 is known only from 'all Lampung pemda were yellow'", () => {
    const view = viewOf(store.catalog, "18.03", 2022);
    expect(view.zone).toMatchObject({ value: "kuning", derived: false });
    expect(view.score).toBeNull();
    expect(view.caveats).toContainEqual({ kind: "group-statement-only" });
  });
});

describe("a group statement never gives a score or a rank, even when a row carries one", () => {
  // Import rejects such a row; the merge must not trust it either if one ever reaches the store.
  const row = (overrides: Partial<ResultRow>): ResultRow => ({
    id: 1,
    programme_id: OMBUDSMAN,
    year: 2023,
    category: "kabupaten",
    entity_code: "73.16",
    entity_name: "Kabupaten Enrekang",
    province_code: "73",
    score: null,
    score_decimals: null,
    zone: null,
    opinion: null,
    opinion_text: null,
    rank_national: null,
    rank_province: null,
    statement: "entity",
    source_url: "https://example.test/rapor/direct",
    note: "synthetic test row",
    fingerprint: "x",
    import_id: 1,
    ...overrides,
  });

  it("ignores a group row's score and ranks, keeps its zone", () => {
    const body = store.catalog.bodies.get("73.16")!;
    const scale = store.catalog.scales.get(scaleKey(OMBUDSMAN, 2023))!;
    const view = mergeBodyYear(body, [row({ statement: "group", score: 95, zone: "hijau", rank_national: 1, rank_province: 1 })], scale);
    expect(view.score).toBeNull();
    expect(view.rankNational).toBeNull();
    expect(view.rankProvince).toBeNull();
    expect(view.zone?.value).toBe("hijau");
    expect(view.caveats).toContainEqual({ kind: "group-statement-only" });

    const mixed = mergeBodyYear(
      body,
      [row({ id: 1, statement: "group", score: 95, rank_province: 1 }), row({ id: 2, score: 60, rank_province: 9, source_url: "https://example.test/rapor/own" })],
      scale,
    );
    expect(mixed.score).toMatchObject({ value: 60, conflicts: [] });
    expect(mixed.rankProvince).toMatchObject({ value: 9, conflicts: [] });
  });
});

describe("a zone or grade no source states", () => {
  it("2022-2024: both are derived from the score with that year's scale, and flagged", () => {
    const c = viewOf(store.catalog, "73.05", 2023); // 77.99
    expect(c.zone).toEqual({ value: "kuning", sources: [], derived: true, conflicts: [] });
    expect(c.grade).toEqual({ value: "C", sources: [], derived: true, conflicts: [] });
    expect(c.caveats).toEqual(expect.arrayContaining([{ kind: "zone-derived" }, { kind: "grade-derived" }]));
    expect(c.predicate?.id).toBe("Opini Kualitas Sedang");

    const a = viewOf(store.catalog, "73.06", 2023); // 88.00
    expect(a.zone).toMatchObject({ value: "hijau", derived: true });
    expect(a.grade).toMatchObject({ value: "A", derived: true });
    expect(a.predicate?.id).toBe("Opini Kualitas Tertinggi");
  });

  it("2021: the zone is derived (80.99 kuning, 81.00 hijau); 2021 had no grades, so none is made up", () => {
    const kuning = viewOf(store.catalog, "73.10", 2021);
    expect(kuning.zone).toMatchObject({ value: "kuning", derived: true });
    expect(kuning.grade).toBeNull();
    expect(kuning.predicate?.id).toBe("Kepatuhan Sedang");
    expect(caveatKinds(kuning.caveats)).toEqual(["zone-derived"]);

    const hijau = viewOf(store.catalog, "73.11", 2021);
    expect(hijau.zone).toMatchObject({ value: "hijau", derived: true });
    expect(hijau.predicate?.id).toBe("Kepatuhan Tinggi");
  });

  it("2015-2019: a score between the published integer bounds (80.50) is kuning, and the scale's doubt is said", () => {
    const view = viewOf(store.catalog, "73.12", 2018);
    expect(view.zone).toMatchObject({ value: "kuning", derived: true });
    expect(view.caveats).toContainEqual(expect.objectContaining({ kind: "scale-uncertain", year: 2018 }));
  });

  it("2025: the grade is derived but no zone is (Ombudsman dropped the zones); the year is sampled and its scale uncertain", () => {
    const view = viewOf(store.catalog, "73.13", 2025); // 80.00
    expect(view.grade).toMatchObject({ value: "B", derived: true });
    expect(view.zone).toBeNull();
    expect(caveatKinds(view.caveats)).toEqual(expect.arrayContaining(["grade-derived", "scale-uncertain", "sampled-year"]));
    expect(caveatKinds(view.caveats)).not.toContain("zone-derived");
  });

  it("2025: the grade follows the opinion wording when there is no score ('Kualitas Tertinggi Tanpa Maladministrasi' -> A)", () => {
    const view = viewOf(store.catalog, "73.14", 2025);
    expect(view.opinionText?.value).toBe("Kualitas Tertinggi Tanpa Maladministrasi");
    expect(view.grade).toMatchObject({ value: "A", derived: true });
    expect(view.zone).toBeNull();
    // Read from the source's wording: no "derived from the score" caveat, and the score bounds' doubt is beside the point.
    expect(caveatKinds(view.caveats)).toContain("grade-from-opinion");
    expect(caveatKinds(view.caveats)).not.toContain("grade-derived");
    expect(caveatKinds(view.caveats)).not.toContain("scale-uncertain");
  });

  it("a stated grade without a score gives the zone, derived", () => {
    const view = viewOf(store.catalog, "73.08", 2023); // B
    expect(view.grade).toMatchObject({ value: "B", derived: false });
    expect(view.zone).toMatchObject({ value: "hijau", derived: true });
    expect(view.predicate?.id).toBe("Opini Kualitas Tinggi");
    expect(caveatKinds(view.caveats)).toEqual(["zone-from-grade"]);
  });
});

describe("a stated value that contradicts the score's band", () => {
  it("a zone is shown as stated, with a caveat naming the zone the score implies", () => {
    const view = viewOf(store.catalog, "73.09", 2023); // 85.00, "merah"
    expect(view.zone).toMatchObject({ value: "merah", derived: false });
    expect(view.caveats).toContainEqual({ kind: "zone-contradicts-score", stated: "merah", expected: "hijau" });
    expect(view.score?.value).toBe(85);
  });

  it("a grade is shown as stated, with a caveat naming the grade the score implies", () => {
    const view = viewOf(store.catalog, "73.07", 2023); // 70.00, "A"
    expect(view.grade).toMatchObject({ value: "A", derived: false });
    expect(view.caveats).toContainEqual({ kind: "grade-contradicts-score", stated: "A", expected: "C" });
    // The predicate follows what the source states, not the derived band.
    expect(view.predicate?.id).toBe("Opini Kualitas Tertinggi");
  });

  it("a value that fits its band raises no such caveat", () => {
    const view = viewOf(store.catalog, "73.01", 2023);
    expect(caveatKinds(view.caveats)).not.toContain("zone-contradicts-score");
    expect(caveatKinds(view.caveats)).not.toContain("grade-contradicts-score");
  });
});

describe("band edges, through the merge", () => {
  const scoreRow = (year: number, score: number): ResultRow => ({
    id: 1, programme_id: OMBUDSMAN, year, category: "kabupaten", entity_code: "73.16", entity_name: "Kabupaten Enrekang",
    province_code: "73", score, score_decimals: null, zone: null, opinion: null, opinion_text: null, rank_national: null, rank_province: null,
    statement: "entity", source_url: "https://example.test/rapor/edge", note: "synthetic test row", fingerprint: "x", import_id: 1,
  });
  const derive = (year: number, score: number) => {
    const view = mergeBodyYear(store.catalog.bodies.get("73.16")!, [scoreRow(year, score)], store.catalog.scales.get(scaleKey(OMBUDSMAN, year))!);
    return [view.zone?.value ?? null, view.grade?.value ?? null];
  };

  it.each([
    [2021, 100, "hijau", null],
    [2021, 81, "hijau", null],
    [2021, 80.995, "kuning", null],
    [2021, 51, "kuning", null],
    [2021, 50.99, "merah", null],
    [2022, 88, "hijau", "A"],
    [2022, 87.99, "hijau", "B"],
    [2022, 78, "hijau", "B"],
    [2023, 77.99, "kuning", "C"],
    [2023, 54, "kuning", "C"],
    [2024, 53.99, "merah", "D"],
    [2024, 32, "merah", "D"],
    [2024, 31.99, "merah", "E"],
    [2025, 90, null, "A"],
  ])("%i, %d -> %s %s", (year, score, zone, grade) => {
    expect(derive(year, score)).toEqual([zone, grade]);
  });
});
