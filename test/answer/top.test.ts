/**
 * Top, bottom and full lists: filters by year, province, category, zone and grade (filters keep
 * the places of the whole ranking); the default year is the latest with data; a national list
 * without a category is one group per category. Expected values are read from db/data/results.csv
 * (Jambi 2022: the full list of 11 kab/kota, oerban.com, each with its stated place).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TOP_N, DEFAULT_TOP_N_PER_GROUP, listBodies } from "../../src/answer/top.js";
import { zonePlaces } from "../../src/answer/zone-counts.js";
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
const official = (position: number) => ({ kind: "official", position, disputed: false });

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
  it("keeps only that province's kab/kota (no Pemprov, no other province), in the stated order", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15" })), "list");
    const [group] = a.groups;
    expect(group!.category).toBeNull();
    expect(group!.entries).toHaveLength(11);
    expect(group!.entries.every((e) => e.view.provinceCode === "15" && ["kabupaten", "kota"].includes(e.view.body.category))).toBe(true);
    const s = scores(group!) as number[];
    expect(s).toEqual([...s].sort((x, y) => y - x));
    expect(group!.entries.map((e) => e.place)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(official));
    expect(group!.lines.every((l) => l.kind === "entry")).toBe(true);
  });

  it("uses the province at the time: Papua Barat 2021 includes today's Papua Barat Daya regions", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2021, provinceCode: "92" }), 2), "top");
    expect(names(a.groups[0]!)).toEqual(["Kota Sorong", "Kabupaten Fak Fak"]);
    expect(a.groups[0]).toMatchObject({ withData: 13, assessed: 13, complete: true });
  });
});

describe("category filter", () => {
  it("within a province ranked as a whole, a filter: the kota of Jambi 2022 keep their places among the 11 (3rd and 6th)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", category: "kota" })), "top");
    expect(a.groups).toHaveLength(1);
    expect(a.groups[0]!.category).toBe("kota");
    expect(names(a.groups[0]!)).toEqual(["Kota Jambi", "Kota Sungai Penuh"]);
    expect(a.groups[0]!.entries.map((e) => e.place)).toEqual([official(3), official(6)]);
    expect(a.groups[0]).toMatchObject({ rankingCategory: null, withData: 11, assessed: 11, complete: true });
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
    expect(a.groups[0]!.entries.map((e) => [e.place, e.view.body.name, e.view.zone?.value])).toEqual([[official(11), "Kabupaten Merangin", "kuning"]]);
  });

  it("grade: the seven B of Jambi 2022, in order, positions from the whole list", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15", grade: "B" })), "list");
    const [group] = a.groups;
    expect(group!.entries).toHaveLength(7);
    expect(group!.entries.every((e) => e.view.grade?.value === "B")).toBe(true);
    expect(names(group!)[0]).toBe("Kabupaten Tanjung Jabung Timur");
    const top = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", grade: "B" }), 2), "top");
    expect(top.groups[0]!.entries.map((e) => e.place)).toEqual([official(4), official(5)]);
  });

  it("zone and grade together", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, provinceCode: "15", zone: "hijau", grade: "A" })), "list");
    expect(names(a.groups[0]!)).toEqual(["Kabupaten Tebo", "Kabupaten Batanghari", "Kota Jambi"]);
  });

  it("a filter nothing matches, where every zone is known, is 'none' (Jambi 2022: 11 zones, no merah)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "15", zone: "merah" })), "top");
    expect(a).toMatchObject({ none: true, yearChosen: false, filters: { year: 2022 } });
    expect(a.groups.flatMap((g) => g.entries)).toEqual([]);
  });

  it("a filter nothing matches, where zones are partly unknown, is no-data (Lampung 2021: 6 of 15 on record, none merah)", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2021, provinceCode: "18", zone: "merah" })), "no-data");
    expect(a.year).toBe(2021);
  });

  it("'none' without a year says the year checked: Kalimantan Timur's latest, 2024 (10 kab/kota, none merah)", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ provinceCode: "64", zone: "merah" })), "list");
    expect(a).toMatchObject({ none: true, yearChosen: true, filters: { year: 2024 } });
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
  it("puts bodies with only a zone after the scored ones; their zone bounds their places (Jambi 2023: two kuning, the nine scored all hijau)", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2023, provinceCode: "15" })), "list");
    const [group] = a.groups;
    expect(group!.entries).toHaveLength(11);
    // Both kuning ones are under 78, below every scored one (79.27 and up): the nine scored are 1st to 9th.
    expect(group!.entries.slice(0, 9).map((e) => e.place)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((position) => ({ kind: "computed", position, tied: false })));
    expect(group!.entries.slice(9).map((e) => [e.place, e.view.body.name, e.view.zone?.value])).toEqual([
      [{ kind: "range", from: 10, to: 11, tied: false }, "Kabupaten Kerinci", "kuning"],
      [{ kind: "range", from: 10, to: 11, tied: false }, "Kota Sungai Penuh", "kuning"],
    ]);
    // Every kab/kota has a result, but two lack a score: the data is not complete.
    expect(group).toMatchObject({ withData: 9, assessed: 11, complete: false });
    expect(a.n).toBeNull();
  });
});

describe("default year: the latest with data", () => {
  it("nationally, the latest round (2025, a sample, said so)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ category: "kota" })), "top");
    expect(a.filters.year).toBe(2025);
    expect(a.caveats).toContainEqual({ kind: "sampled-year", year: 2025 });
  });

  it("for a province, its latest year with a score (Jambi 2024: a list of 12 with the Pemprov 10th, read as Jambi's 11 kab/kota)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ provinceCode: "15" })), "top");
    expect(a.filters.year).toBe(2024);
    expect(a.yearChosen).toBe(true);
    expect(a.groups[0]).toMatchObject({ withData: 11, assessed: 11, complete: true });
    const list = expectKind(listBodies(store.catalog, "list", filters({ provinceCode: "15", year: 2024 })), "list");
    expect(list.groups[0]!.entries.map((e) => e.view.body.code)).not.toContain("15");
    expect(list.groups[0]!.entries.map((e) => e.place)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(official));
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

  it("a year asked with no result at all is no-data naming the years that have some, zone-only years too (Sumatera Utara 2024)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2019, provinceCode: "12" })), "no-data");
    expect(a.year).toBe(2019);
    expect(a.availableYears).toEqual([2018, 2021, 2022, 2023, 2024]);
  });
});

describe("a top or bottom of a year holding only zones (review 2 item 1): the bodies by zone, unnumbered, never 'no data'", () => {
  const zoneOf = (g: RankedGroup) => g.entries.map((e) => e.view.zone?.value ?? null);
  it("Sulawesi Selatan 2022 (ombudsman.go.id: zones of all 24 kab/kota, no score): the four green first for a top, Luwu (the one red) first for a bottom", () => {
    const top = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "73" }), 5), "top");
    expect(top.byZone).toBe(true);
    const [g] = top.groups;
    expect(g!.entries).toHaveLength(24);
    expect(names(g!).slice(0, 4)).toEqual(["Kabupaten Gowa", "Kabupaten Pinrang", "Kabupaten Soppeng", "Kota Makassar"]);
    expect(zoneOf(g!)).toEqual([...Array(4).fill("hijau"), ...Array(19).fill("kuning"), "merah"]);
    expect(g!.entries.every((e) => e.place.kind === "none")).toBe(true);
    expect(g!.assessed).toBe(24);
    const bottom = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2022, provinceCode: "73" }), 5), "bottom");
    expect(names(bottom.groups[0]!)[0]).toBe("Kabupaten Luwu");
    expect(zoneOf(bottom.groups[0]!).slice(-4)).toEqual(Array(4).fill("hijau"));
  });

  it("Kalimantan Barat 2023 (10 of 14 green, entity rows) and 2024 (all 14 green, a group statement)", () => {
    const y2023 = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "61" })), "top");
    expect(y2023.byZone).toBe(true);
    expect(y2023.groups[0]!.entries).toHaveLength(10);
    expect(zoneOf(y2023.groups[0]!).every((z) => z === "hijau")).toBe(true);
    const y2024 = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2024, provinceCode: "61" })), "bottom");
    expect(y2024.groups[0]!.entries).toHaveLength(14);
    const kabupaten = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2023, provinceCode: "61", category: "kabupaten" })), "bottom");
    expect(kabupaten.groups[0]).toMatchObject({ category: "kabupaten", assessed: 12 });
    expect(kabupaten.groups[0]!.entries).toHaveLength(8);
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
      const first = g.entries[0]!.place;
      expect(first.kind === "range" ? first.from : first.kind === "none" ? null : first.position).toBe(1);
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

describe("lists follow the official ranking (issue 9, §1; places as db/data/results.csv states them)", () => {
  const lineOf = (l: RankedGroup["lines"][number]) =>
    l.kind === "gap" ? ["gap", l.from, l.to] : l.kind === "apart" || l.kind === "unplaced" ? [l.kind] : [l.entry.view.body.name, l.entry.place.kind === "official" ? l.entry.place.position : l.entry.place.kind];

  it("kota terbaik nasional 2024: Kota Magelang (1st), Surakarta (2nd), no 3rd on record, Surabaya (4th), no 5th", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2024, category: "kota" })), "top");
    expect(a.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kota Magelang", 1],
      ["Kota Surakarta", 2],
      ["gap", 3, 3],
      ["Kota Surabaya", 4],
      ["gap", 5, 5],
    ]);
    // Magelang and Surakarta have no score: they are in the list for their stated places.
    expect(a.groups[0]!.entries.slice(0, 2).map((e) => e.view.score)).toEqual([null, null]);
  });

  it("kementerian terbaik 2024: Kemendesa 1st, Kemlu 3rd; Kemenag (no stated rank) never takes 1st or 3rd", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2024, category: "kementerian" })), "top");
    const [group] = a.groups;
    expect(group!.entries[0]).toMatchObject({ view: { body: { code: "KL.KEMENDESA" } }, place: official(1) });
    expect(group!.entries.find((e) => e.view.body.code === "KL.KEMLU")?.place).toEqual(official(3));
    const kemenag = group!.entries.find((e) => e.view.body.code === "KL.KEMENAG")!.place;
    expect(kemenag).toMatchObject({ kind: "range", from: 2 });
    // Its range holds the stated 3rd: it is listed after the official places, in the part set apart,
    // and holds none of the places nobody listed holds (the 2nd, the 4th–5th of the top 5).
    expect(group!.lines.map(lineOf)).toEqual([
      ["Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi", 1],
      ["gap", 2, 2],
      ["Kementerian Luar Negeri", 3],
      ["gap", 4, 5],
      ["apart"],
      ["Kementerian Agama", "range"],
    ]);
    expect(group!.apartFrom).toBe(2);
  });

  it("10 kabupaten terbaik 2024: every place of the top 10 no listed body holds is marked alike (4th, 6th, 8th–10th); Cilacap's 6–13 set apart", () => {
    // db/data/results.csv: stated 1 Wonogiri, 2 Sukoharjo, 3 Tuban, 5 Bojonegoro (98.70), 7 Karanganyar;
    // Cilacap 98.54 with no stated rank (below the 5th's score, so 6th or lower).
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2024, category: "kabupaten" }), 10), "top");
    expect(a.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Wonogiri", 1],
      ["Kabupaten Sukoharjo", 2],
      ["Kabupaten Tuban", 3],
      ["gap", 4, 4],
      ["Kabupaten Bojonegoro", 5],
      ["gap", 6, 6],
      ["Kabupaten Karanganyar", 7],
      ["gap", 8, 10],
      ["apart"],
      ["Kabupaten Cilacap", "range"],
    ]);
    expect(a.groups[0]!.entries.at(-1)!.place).toMatchObject({ kind: "range", from: 6 });
  });

  it("stated ranks whose scores run the other way are kept in the stated order and named (kota 2023: 3rd Surabaya 97.43, 4th Pekalongan 97.46)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, category: "kota" })), "top");
    const [group] = a.groups;
    expect(group!.outOfOrder.map((p) => [p.above.view.body.name, p.below.view.body.name])).toEqual([["Kota Surabaya", "Kota Pekalongan"]]);
    // Every body listed has a number: nothing is "shown without a number".
    expect(group!.inconsistent).toBe(false);
    // Kota Depok (97.67, no stated rank) scores above the stated 3rd: no place fits, named apart.
    expect(group!.contradicted.map((c) => [c.entry.view.body.name, c.position])).toEqual([["Kota Depok", 3]]);
  });

  it("a range between two official places stays between them: Kota Cimahi 2024 (18–23) after Dumai's 17th, before Depok's 30th", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2024, category: "kota" })), "list");
    const lines = a.groups[0]!.lines.map(lineOf);
    const at = (name: string) => lines.findIndex((l) => l[0] === name);
    expect(at("Kota Dumai")).toBeLessThan(at("Kota Cimahi"));
    expect(at("Kota Cimahi")).toBeLessThan(at("Kota Depok"));
    const apart = lines.findIndex((l) => l[0] === "apart");
    expect(apart < 0 || at("Kota Depok") < apart).toBe(true);
  });

  it("every range in the part set apart holds an official place listed, and none before it does", () => {
    for (const [year, category] of [[2023, "kabupaten"], [2024, "kota"], [2024, "kementerian"], [2022, "kabupaten"], [2021, "kota"]] as const) {
      const a = expectKind(listBodies(store.catalog, "list", filters({ year, category })), "list");
      const group = a.groups[0]!;
      const official = group.entries.flatMap((e) => (e.place.kind === "official" ? [e.place.position] : []));
      const holds = (e: (typeof group.entries)[number]) =>
        e.place.kind === "range" && official.some((p) => e.place.kind === "range" && p >= e.place.from && (e.place.to === null || p <= e.place.to));
      expect(group.entries.slice(0, group.apartFrom).some(holds), `${year} ${category}`).toBe(false);
      expect(group.entries.slice(group.apartFrom).every(holds), `${year} ${category}`).toBe(true);
    }
  });

  it("kota terbaik 2021: Balikpapan, Pontianak, Bima are the stated 1st, 2nd and 3rd", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2021, category: "kota" })), "top");
    expect(a.groups[0]!.lines.slice(0, 3).map(lineOf)).toEqual([
      ["Kota Balikpapan", 1],
      ["Kota Pontianak", 2],
      ["Kota Bima", 3],
    ]);
  });

  it("kabupaten terbaik nasional 2021: the stated 5th (Kutai Kartanegara, no score) is in; the 3rd is not on record", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2021, category: "kabupaten" })), "top");
    expect(a.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Kampar", 1],
      ["Kabupaten Deli Serdang", 2],
      ["gap", 3, 3],
      ["Kabupaten Landak", 4],
      ["Kabupaten Kutai Kartanegara", 5],
    ]);
  });

  it("jateng 2023 kab/kota terbaik: the report ranks kabupaten and kota apart, so two lists, never two #1 in one", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "33" })), "top");
    expect(a.groups.map((g) => [g.category, g.perCategory])).toEqual([["kabupaten", true], ["kota", true]]);
    expect(a.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Sukoharjo", 1],
      ["Kabupaten Banyumas", 2],
      ["Kabupaten Karanganyar", 3],
      ["Kabupaten Cilacap", 4],
      ["Kabupaten Semarang", 5],
    ]);
    // Six kota, three with a stated place; the other three only by zone (hijau): the 4th and 5th may be theirs, so they are named apart (review 2 item 6).
    expect(a.groups[1]!.lines.map(lineOf)).toEqual([
      ["Kota Magelang", 1],
      ["Kota Pekalongan", 2],
      ["Kota Surakarta", 3],
      ["gap", 4, 5],
      ["unplaced"],
      ["Kota Salatiga", "range"],
      ["Kota Semarang", "range"],
      ["Kota Tegal", "range"],
    ]);
    expect(a.groups[1]!.lines[3]).toEqual({ kind: "gap", from: 4, to: 5, open: 3 });
    expect(a.groups[1]!.entries.slice(3).map((e) => e.place)).toEqual(Array(3).fill({ kind: "range", from: 4, to: 6, tied: false }));
    for (const g of a.groups) {
      const places = g.entries.flatMap((e) => (e.place.kind === "official" ? [e.place.position] : []));
      expect(new Set(places).size).toBe(places.length);
    }
  });

  it("a report that numbers the Pemprov among its kab/kota is read without it (Riau 2022: Provinsi Riau 3rd in goriau.com's list)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "14" }), 5), "top");
    expect(a.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Bengkalis", 1],
      ["Kabupaten Siak", 2],
      ["Kabupaten Rokan Hilir", 3],
      ["Kabupaten Rokan Hulu", 4],
      ["Kabupaten Kampar", 5],
    ]);
    // Riau has 12 kab/kota; scores held: Bengkalis 91.60, Rokan Hilir 84, Pekanbaru 73.44.
    expect(a.groups[0]).toMatchObject({ assessed: 12, withData: 3 });
    expect(a.groups[0]!.pemprovLists.map((l) => [l.pemprovAt, l.source.url])).toEqual([[3, expect.stringContaining("goriau.com")]]);
  });

  it("a bottom list without the Pemprov: Jambi 2024 (Bungo 12th in the source, 11th of 11) and Banten 2022 (Pemprov 9th, the last)", () => {
    const jambi = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2024, provinceCode: "15" }), 3), "bottom");
    expect(jambi.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Bungo", 11],
      ["Kabupaten Tebo", 10],
      ["Kabupaten Merangin", 9],
    ]);
    const banten = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2022, provinceCode: "36" }), 2), "bottom");
    expect(banten.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Lebak", 8],
      ["Kota Cilegon", 7],
    ]);
    expect(banten.groups[0]).toMatchObject({ assessed: 8, withData: 8, complete: true });
  });

  it("top 3 kab zona kuning di jatim 2023: Malang (67), Blitar and Sampang, each with its places in the whole list (36-38 of 38)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "35", category: "kabupaten", zone: "kuning" }), 3), "top");
    const [group] = a.groups;
    expect(names(group!).sort()).toEqual(["Kabupaten Blitar", "Kabupaten Malang", "Kabupaten Sampang"]);
    expect(group!.entries.map((e) => e.place)).toEqual(Array(3).fill({ kind: "range", from: 36, to: 38, tied: false }));
    expect(group!.lines.every((l) => l.kind === "entry")).toBe(true);
  });

  it("a bottom list shows the last places nobody on record holds (kabupaten 2024: 409th-416th, then Maybrat's stated 408th)", () => {
    const a = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2024, category: "kabupaten" }), 10), "bottom");
    expect(a.groups[0]!.bottomUnknown).toBe(false);
    expect(a.groups[0]!.lines[0]).toEqual({ kind: "gap", from: 409, to: 416 });
    expect(a.groups[0]!.lines[1]).toMatchObject({ kind: "entry", entry: { view: { body: { name: "Kabupaten Maybrat" } }, place: official(408) } });
  });

  it("a bottom list shows the last places no scored body holds as open to the bodies without a place (kota 2021: 96th-98th of 98, the 3 red of aggregates.csv; Sibolga and Pekalongan red, Cilegon with no national result)", () => {
    const a = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2021, category: "kota" })), "bottom");
    const [g] = a.groups;
    expect(g!.lines[0]).toEqual({ kind: "gap", from: 96, to: 98, open: 3 });
    const apart = g!.lines.findIndex((l) => l.kind === "unplaced");
    expect(g!.lines.slice(apart + 1).map(lineOf).map((l) => l[0]).sort()).toEqual(["Kota Cilegon", "Kota Pekalongan", "Kota Sibolga"]);
  });

  it("a body known only by its zone holds the one place its zone leaves (Papua Barat Daya 2023: Sorong Selatan kuning, 4th of 6 between the stated 3rd at 81,68 and Tambrauw's 52,98)", () => {
    const bottom = expectKind(listBodies(store.catalog, "bottom", filters({ year: 2023, provinceCode: "96" })), "bottom");
    expect(bottom.groups[0]!.lines.map(lineOf)).toEqual([
      ["Kabupaten Maybrat", "computed"],
      ["Kabupaten Tambrauw", "computed"],
      ["Kabupaten Sorong Selatan", "computed"],
      ["Kabupaten Sorong", 3],
      ["Kota Sorong", 2],
    ]);
    expect(bottom.groups[0]!.entries.map((e) => e.place.kind === "computed" && e.place.position)).toEqual([6, 5, 4, false, false]);
    const list = expectKind(listBodies(store.catalog, "list", filters({ year: 2023, provinceCode: "96" })), "list");
    expect(list.groups[0]!.lines.map(lineOf).map((l) => l[0])).toEqual([
      "Kabupaten Raja Ampat",
      "Kota Sorong",
      "Kabupaten Sorong",
      "Kabupaten Sorong Selatan",
      "Kabupaten Tambrauw",
      "Kabupaten Maybrat",
    ]);
  });

  it("provinsi terbaik 2025: no ranks that year; the opinion's level leads (Jambi and Jawa Timur: Kualitas Tertinggi Tanpa Maladministrasi)", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2025, category: "provinsi" })), "top");
    const [group] = a.groups;
    expect(group!.order).toBe("opinion");
    expect(names(group!).slice(0, 2)).toEqual(["Provinsi Jambi", "Provinsi Jawa Timur"]);
    expect(group!.levels["15"]).toMatchObject({ grade: "A", withoutMaladministration: true, disputed: false });
    // Lampung's sources differ on "Tanpa Maladministrasi": the lower reading, after the two.
    expect(names(group!)[2]).toBe("Provinsi Lampung");
    expect(group!.levels["18"]).toMatchObject({ grade: "A", withoutMaladministration: false, disputed: true });
    // No place is worked out for 2025; Jambi's "peringkat 1 nasional" is the sources' own.
    expect(group!.entries.filter((e) => e.place.kind !== "none").map((e) => [e.view.body.code, e.place])).toEqual([["15", official(1)]]);
  });
});

describe("a kota-only or kabupaten-only list of a province ranked as a whole (review 2 item 4)", () => {
  it("Sumatera Selatan 2023: its four kota are 3rd, 8th, 12th and 14th of 17 (scores of all 17 on record), 1st to 4th among the kota", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "16", category: "kota" })), "top");
    const [g] = a.groups;
    expect(names(g!)).toEqual(["Kota Palembang", "Kota Lubuk Linggau", "Kota Prabumulih", "Kota Pagar Alam"]);
    expect(g!.entries.map((e) => e.place.kind === "computed" && e.place.position)).toEqual([3, 8, 12, 14]);
    expect(g!.withinCategory).toEqual({ category: "kota", count: 4, positions: { "16.71": 1, "16.73": 2, "16.74": 3, "16.72": 4 } });
  });

  it("Bali 2022: one kota, Denpasar, its place a range among the 9 kab/kota; its national rank (5th among kota, forumkeadilanbali.com) is on the view", () => {
    const a = expectKind(listBodies(store.catalog, "top", filters({ year: 2022, provinceCode: "51", category: "kota" })), "top");
    const [g] = a.groups;
    expect(names(g!)).toEqual(["Kota Denpasar"]);
    expect(g!.withinCategory).toMatchObject({ category: "kota", count: 1 });
    expect(g!.entries[0]!.view.rankNational?.value).toBe(5);
  });

  it("a province ranked per category, or no category asked, has no such part", () => {
    const jateng = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "33", category: "kota" })), "top");
    expect(jateng.groups[0]!.withinCategory).toBeUndefined();
    const all = expectKind(listBodies(store.catalog, "top", filters({ year: 2023, provinceCode: "16" })), "top");
    expect(all.groups[0]!.withinCategory).toBeUndefined();
  });
});

describe("places bounded by the official count per zone (aggregates.csv; review 2 item 5)", () => {
  const range = (from: number, to: number | null) => ({ kind: "range", from, to, tied: false });
  it("reads only counts that add up: 2022 kota 53+42+3 of 98 (54+43+3 is dropped), provinsi 19+13+2 of 34 (14+13+2 is dropped)", () => {
    expect(zonePlaces(store.catalog, 2022, { category: "kota" }, 98)).toEqual(new Map([["hijau", [1, 53]], ["kuning", [54, 95]], ["merah", [96, 98]]]));
    expect(zonePlaces(store.catalog, 2022, { category: "provinsi" }, 34)).toEqual(new Map([["hijau", [1, 19]], ["kuning", [20, 32]], ["merah", [33, 34]]]));
    // 2024 kementerian: only the green count (22 of 25).
    expect(zonePlaces(store.catalog, 2024, { category: "kementerian" }, 25)).toEqual(new Map([["hijau", [1, 22]], ["kuning", [23, 25]], ["merah", [23, 25]]]));
  });

  it("kota zona merah 2021: 3 red of 98 (34/61/3), so Pekalongan and Sibolga are 96th–98th, not 89th–98th", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2021, category: "kota", zone: "merah" })), "list");
    expect(names(a.groups[0]!).sort()).toEqual(["Kota Pekalongan", "Kota Sibolga"]);
    expect(a.groups[0]!.entries.map((e) => e.place)).toEqual([range(96, 98), range(96, 98)]);
  });

  it("kabupaten kategori D 2024: 339 green and 55 yellow of 416, so Kepulauan Tanimbar (50,47) is 395th or lower", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2024, category: "kabupaten", grade: "D" })), "list");
    expect(names(a.groups[0]!)).toEqual(["Kabupaten Kepulauan Tanimbar"]);
    expect(a.groups[0]!.entries[0]!.place).toMatchObject({ kind: "range", from: 395 });
  });

  it("provinsi zona kuning 2022: 19 green of 34, so no yellow province is placed above the 20th", () => {
    const a = expectKind(listBodies(store.catalog, "list", filters({ year: 2022, category: "provinsi", zone: "kuning" })), "list");
    const firsts = a.groups[0]!.entries.map((e) => (e.place.kind === "range" ? e.place.from : e.place.kind === "none" ? null : e.place.position));
    expect(firsts.every((p) => p !== null && p >= 20)).toBe(true);
  });
});
