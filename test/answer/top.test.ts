/**
 * Top, bottom and full lists: filters by year, province, category, zone and grade; the default
 * year is the latest with data; a national list without a category is one group per category.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TOP_N, DEFAULT_TOP_N_PER_GROUP, listBodies } from "../../src/answer/top.js";
import type { ListFilters, RankedGroup } from "../../src/answer/types.js";
import { answerStore, expectKind, type AnswerStore } from "./answer-store.js";

let store: AnswerStore;
beforeAll(async () => {
  store = await answerStore();
});
afterAll(async () => store.cleanup());

const filters = (f: Partial<ListFilters>): ListFilters => ({ year: null, provinceCode: null, category: null, zone: null, grade: null, ...f });
const names = (g: RankedGroup) => g.entries.map((e) => e.view.body.name);
const scores = (g: RankedGroup) => g.entries.map((e) => e.view.score?.value ?? null);

describe("year filter", () => {
  it("ranks the year asked: Jambi 2022 and 2023 differ", () => {
    const y2022 = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15" }), 3), "top");
    const y2023 = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "15" }), 3), "top");
    expect(y2022.filters.year).toBe(2022);
    expect(names(y2022.groups[0]!)).toEqual(["Kabupaten Tebo", "Kabupaten Batanghari", "Kota Jambi"]);
    expect(names(y2023.groups[0]!)).toEqual(["Kabupaten Tebo", "Kabupaten Tanjung Jabung Barat", "Kabupaten Merangin"]);
    expect(y2023.groups[0]!.entries.every((e) => e.view.year === 2023)).toBe(true);
  });
});

describe("province filter", () => {
  it("keeps only that province's kab/kota (no Pemprov, no other province) and ranks them by score", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15" })), "list");
    const [group] = a.groups;
    expect(group!.category).toBeNull();
    expect(group!.entries).toHaveLength(11);
    expect(group!.entries.every((e) => e.view.provinceCode === "15" && ["kabupaten", "kota"].includes(e.view.body.category))).toBe(true);
    const s = scores(group!) as number[];
    expect(s).toEqual([...s].sort((x, y) => y - x));
    expect(group!.entries.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("uses the province at the time: Papua Barat 2021 includes today's Papua Barat Daya regions", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2021, provinceCode: "92" }), 2), "top");
    expect(names(a.groups[0]!)).toEqual(["Kota Sorong", "Kabupaten Fak Fak"]);
    expect(a.groups[0]).toMatchObject({ withData: 13, assessed: 13, complete: true });
  });
});

describe("category filter", () => {
  it("within a province: the kota of Jambi 2022, complete (2 of 2)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", category: "kota" })), "top");
    expect(a.groups).toHaveLength(1);
    expect(a.groups[0]!.category).toBe("kota");
    expect(names(a.groups[0]!)).toEqual(["Kota Jambi", "Kota Sungai Penuh"]);
    expect(a.groups[0]).toMatchObject({ withData: 2, assessed: 2, complete: true });
  });

  it("nationally: the lembaga of 2022, complete (14 of 14)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, category: "lembaga" }), 3), "top");
    expect(names(a.groups[0]!)).toEqual([
      "Badan Pengawas Obat dan Makanan",
      "Perpustakaan Nasional Republik Indonesia",
      "Lembaga Sensor Film",
    ]);
    expect(a.groups[0]).toMatchObject({ category: "lembaga", withData: 14, assessed: 14, complete: true });
  });

  it("nationally, partial: 2022 kabupaten are 'of the N with data'", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, category: "kabupaten" })), "top");
    expect(a.groups[0]!.entries.every((e) => e.view.body.category === "kabupaten")).toBe(true);
    expect(a.groups[0]!.assessed).toBe(415);
    expect(a.groups[0]!.complete).toBe(false);
    expect(a.groups[0]!.withData).toBeLessThan(415);
  });
});

describe("zone and grade filters", () => {
  it("zone: the one yellow kab/kota of Jambi 2022 keeps its place in the whole list (11th)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", zone: "kuning" })), "top");
    expect(a.groups[0]!.entries.map((e) => [e.position, e.view.body.name, e.view.zone?.value])).toEqual([[11, "Kabupaten Merangin", "kuning"]]);
  });

  it("grade: the seven B of Jambi 2022, in order, positions from the whole list", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15", grade: "B" })), "list");
    const [group] = a.groups;
    expect(group!.entries).toHaveLength(7);
    expect(group!.entries.every((e) => e.view.grade?.value === "B")).toBe(true);
    expect(names(group!)[0]).toBe("Kabupaten Tanjung Jabung Timur");
    const top = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", grade: "B" }), 2), "top");
    expect(top.groups[0]!.entries.map((e) => e.position)).toEqual([4, 5]);
  });

  it("zone and grade together", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15", zone: "hijau", grade: "A" })), "list");
    expect(names(a.groups[0]!)).toEqual(["Kabupaten Tebo", "Kabupaten Batanghari", "Kota Jambi"]);
  });

  it("a filter nothing matches is no-data, not an empty list", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", zone: "merah" })), "no-data");
    expect(a.year).toBe(2022);
  });

  it("a derived zone counts for the filter: Payakumbuh 2023 (zone derived from 91.41) is among the green kota", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2023, category: "kota", zone: "hijau" })), "list");
    const payakumbuh = a.groups[0]!.entries.find((e) => e.view.body.code === "13.76");
    expect(payakumbuh?.view.zone).toMatchObject({ value: "hijau", derived: true });
  });
});

describe("bottom", () => {
  it("lists the lowest first", () => {
    const a = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2022, provinceCode: "15" }), 3), "bottom");
    expect(names(a.groups[0]!)).toEqual(["Kabupaten Merangin", "Kabupaten Tanjung Jabung Barat", "Kabupaten Bungo"]);
    const s = scores(a.groups[0]!) as number[];
    expect(s).toEqual([...s].sort((x, y) => x - y));
  });
});

describe("a full list", () => {
  it("puts bodies with only a zone after the scored ones, unranked (position 0)", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2023, provinceCode: "15" })), "list");
    const [group] = a.groups;
    expect(group!.entries).toHaveLength(11);
    expect(group!.entries.slice(0, 9).every((e) => e.position > 0 && e.view.score)).toBe(true);
    expect(group!.entries.slice(9).map((e) => [e.position, e.view.body.name, e.view.zone?.value])).toEqual([
      [0, "Kabupaten Kerinci", "kuning"],
      [0, "Kota Sungai Penuh", "kuning"],
    ]);
    // Every kab/kota has a result, but two lack a score: a ranking is not complete.
    expect(group).toMatchObject({ withData: 11, assessed: 11, complete: false });
    expect(a.n).toBeNull();
  });
});

describe("default year: the latest with data", () => {
  it("nationally, the latest round (2025, a sample, said so)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ category: "kota" })), "top");
    expect(a.filters.year).toBe(2025);
    expect(a.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
  });

  it("for a province, its latest year with a score (Jambi: 2024)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ provinceCode: "15" })), "top");
    expect(a.filters.year).toBe(2024);
    expect(a.groups[0]).toMatchObject({ withData: 11, assessed: 11, complete: true });
  });

  it("a ranking skips a latest year that holds only zones (Sumatera Utara 2024), a list does not", () => {
    const top = expectKind(listBodies(store.catalog, "top", filters({ provinceCode: "12" })), "top");
    expect(top.filters.year).toBe(2023);
    expect(top.groups[0]!.entries.length).toBeGreaterThan(0);
    expect(top.groups[0]!.complete).toBe(false);
    const list = expectKind(listBodies(store.catalog, "list", filters({ provinceCode: "12" })), "list");
    expect(list.filters.year).toBe(2024);
  });

  it("follows the filters: the latest year with a kuning kab/kota in Jambi", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ provinceCode: "15", zone: "kuning" })), "list");
    expect(a.filters.year).toBe(2023);
  });

  it("a year asked with nothing to rank is no-data naming the years that have some", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2024, provinceCode: "12" })), "no-data");
    expect(a.year).toBe(2024);
    expect(a.availableYears).toEqual(expect.arrayContaining([2018, 2021, 2022, 2023]));
    expect(a.availableYears).not.toContain(2024);
  });
});

describe("how many", () => {
  it(`defaults to ${DEFAULT_TOP_N} for one group and keeps n when given`, () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15" })), "top");
    expect(a.n).toBe(DEFAULT_TOP_N);
    expect(a.groups[0]!.entries).toHaveLength(DEFAULT_TOP_N);
    const b = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15" }), 8), "top");
    expect(b.groups[0]!.entries).toHaveLength(8);
  });
});

describe("a national list without a category", () => {
  it("is one group per category, never one ranking mixing ministries and regencies", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022 })), "top");
    const categories = a.groups.map((g) => g.category);
    expect(categories).toEqual(["provinsi", "kabupaten", "kota", "kementerian", "lembaga"]);
    for (const g of a.groups) {
      expect(g.entries.every((e) => e.view.body.category === g.category)).toBe(true);
      expect(g.entries.length).toBeLessThanOrEqual(DEFAULT_TOP_N_PER_GROUP);
      expect(g.entries[0]!.position).toBe(1);
    }
    expect(a.n).toBe(DEFAULT_TOP_N_PER_GROUP);
    expect(a.groups.find((g) => g.category === "lembaga")).toMatchObject({ assessed: 14, complete: true });
    expect(a.groups.find((g) => g.category === "kabupaten")).toMatchObject({ assessed: 415, complete: false });
  });

  it("leaves out categories without data that year", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({})), "top");
    expect(a.filters.year).toBe(2025);
    expect(a.groups.length).toBeGreaterThan(1);
    expect(a.groups.every((g) => g.entries.length > 0)).toBe(true);
    expect(new Set(a.groups.map((g) => g.category)).size).toBe(a.groups.length);
  });
});
