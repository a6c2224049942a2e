/**
 * The list renderer and the rank lines of cards, trends, comparisons and averages, in both
 * languages, on the shipped data (expected places read from db/data/results.csv).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuery } from "../../src/answer/answer-query.js";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import { compareBodies } from "../../src/answer/compare.js";
import { rankOf } from "../../src/answer/score.js";
import { averageScore } from "../../src/answer/stats.js";
import { listBodies } from "../../src/answer/top.js";
import { trendOf } from "../../src/answer/trend.js";
import type { ListFilters } from "../../src/answer/types.js";
import { Translator } from "../../src/present/i18n.js";
import { placeText } from "../../src/present/render-list.js";
import { chartOf } from "../../src/chart/from-answer.js";
import { renderReply } from "../../src/present/render.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let catalog: Catalog;
const translator = new Translator();
const ctx = (locale: "id" | "en") => ({ locale, t: translator.forLocale(locale), catalog });
const filters = (f: Partial<ListFilters>): ListFilters => ({ year: null, provinceCode: null, category: null, zone: null, grade: null, ...f });
const plain = (locale: "id" | "en", reply: Parameters<typeof renderReply>[1]) => renderReply(ctx(locale), reply).plain;

beforeAll(async () => {
  store = await tempStore();
  catalog = await loadCatalog(store.db);
});
afterAll(async () => store.cleanup());

describe("places as a list numbers them", () => {
  it("an official or worked-out place, a range, an open range, none", () => {
    expect(placeText({ kind: "official", position: 4, disputed: false })).toBe("4");
    expect(placeText({ kind: "computed", position: 2, tied: true })).toBe("2");
    expect(placeText({ kind: "range", from: 18, to: 23, tied: false })).toBe("18–23");
    expect(placeText({ kind: "range", from: 5, to: null, tied: false })).toBe("≥5");
    expect(placeText({ kind: "none" })).toBeNull();
  });
});

describe("an official ranking with gaps (kota terbaik nasional 2024)", () => {
  const answer = () => listBodies(catalog, "top", filters({ year: 2024, category: "kota" }));

  it("is numbered by the stated ranks, shows the places not on record, and says the numbers are official", () => {
    const text = plain("id", answer());
    const lines = text.split("\n");
    expect(lines[0]).toBe("🏆 5 besar kota nasional · 2024");
    expect(lines.slice(1, 6).map((l) => l.split(" — ")[0])).toEqual(["1. Kota Magelang", "2. Kota Surakarta", "3.", "4. Kota Surabaya", "5."]);
    // 29 kota have only a green zone (grade A or none) on record and no rank: any may be the 3rd (review 2 item 6); too many to name.
    expect(lines[3]).toBe("3. — belum pasti: bisa ditempati instansi yang tercatat tanpa tempat (ada 29)");
    expect(text).not.toContain("belum tercatat");
    expect(text).toContain("🏅 Semua nomor adalah peringkat resmi menurut sumber.");
    expect(text).toContain("ℹ️ Nilai tercatat untuk 35 kota dari 98 yang dinilai.");
    expect(text).not.toContain("Kota Denpasar");
  });

  it("in English", () => {
    const text = plain("en", answer());
    expect(text.split("\n")[3]).toBe("3. — not certain: may be held by a body on record without a place (there are 29)");
    expect(text).toContain("🏅 Every number is an official rank, as the sources state it.");
    expect(text).toContain("4. Kota Surabaya — 98.59");
  });
});

describe("a mixed list (kementerian terbaik 2024)", () => {
  it("tags the official places and gives the others as the range they can hold, with what it means", () => {
    const text = plain("id", listBodies(catalog, "top", filters({ year: 2024, category: "kementerian" })));
    expect(text).toContain("1. Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi — nilai tidak disebut sumber (resmi)");
    expect(text).toContain("3. Kementerian Luar Negeri — nilai tidak disebut sumber (resmi)");
    expect(text).toMatch(/\n2–\d+\. Kementerian Agama — 88,53/);
    expect(text).toContain("🏅 «resmi»: peringkat yang disebut sumber.");
    const en = plain("en", listBodies(catalog, "top", filters({ year: 2024, category: "kementerian" })));
    expect(en).toContain("(official)");
    expect(en).toContain('🏅 "official": a rank the sources state.');
  });
});

describe("a province ranked per category (jateng 2023 kab/kota terbaik)", () => {
  it("two groups, each numbered from 1, and says why", () => {
    const text = plain("id", listBodies(catalog, "top", filters({ year: 2023, provinceCode: "33" })));
    expect(text.match(/\n1\. /g)).toHaveLength(2);
    expect(text).toContain("\nkabupaten\n1. Kabupaten Sukoharjo — 97,41");
    expect(text).toContain("\nkota\n1. Kota Magelang — 98,17");
    expect(text).toContain("ℹ️ Peringkat se-provinsi tahun ini disebut terpisah untuk kabupaten dan untuk kota.");
    expect(plain("en", listBodies(catalog, "top", filters({ year: 2023, provinceCode: "33" })))).toContain(
      "ℹ️ This year's provincial ranks are stated separately for regencies and for cities.",
    );
  });
});

describe("a zone filter (top 3 kab zona kuning di jatim 2023)", () => {
  it("lists every match with its places in the whole list", () => {
    const text = plain("id", listBodies(catalog, "top", filters({ year: 2023, provinceCode: "35", category: "kabupaten", zone: "kuning" }), 3));
    expect(text).toContain("36–38. Kabupaten Malang — 67 🟡 C");
    expect(text).toContain("36–38. Kabupaten Blitar — 🟡 Zona Kuning");
    expect(text).toContain("36–38. Kabupaten Sampang — 🟡 Zona Kuning");
    expect(text).toContain("ℹ️ Nilai tercatat untuk 7 kabupaten/kota dari 38 yang dinilai.");
  });
});

describe("none, not no data (daerah zona merah di kaltim)", () => {
  it("2021, asked: none, with no year line", () => {
    const text = plain("id", listBodies(catalog, "list", filters({ year: 2021, provinceCode: "64", zone: "merah" })));
    expect(text).toContain("✅ Tidak ada Zona Merah di antara kabupaten/kota se-Provinsi Kalimantan Timur tahun 2021");
    expect(text).not.toContain("Belum ada data");
    expect(text).not.toContain("Tahun tidak disebut");
  });

  it("no year: the year checked is said, in both languages", () => {
    const id = plain("id", listBodies(catalog, "list", filters({ provinceCode: "64", zone: "merah" })));
    expect(id).toContain("ℹ️ Tahun tidak disebut: yang diperiksa tahun 2024, tahun terbaru dengan data.");
    const en = plain("en", listBodies(catalog, "list", filters({ provinceCode: "64", zone: "merah" })));
    expect(en).toContain("✅ None: no red zone (zona merah) among regencies/cities of Provinsi Kalimantan Timur in 2024.");
    expect(en).toContain("ℹ️ No year was given: the year checked is 2024, the latest with data.");
  });
});

describe("2025, a year without ranks (provinsi terbaik 2025)", () => {
  it("headed by the opinion's level, without numbers, Jambi and Jawa Timur first", () => {
    const text = plain("id", listBodies(catalog, "top", filters({ year: 2025, category: "provinsi" })));
    const lines = text.split("\n");
    expect(lines.slice(1, 4)).toEqual([
      "Opini Kualitas Tertinggi Tanpa Maladministrasi",
      "• Provinsi Jambi — nilai tidak disebut sumber (peringkat 1 menurut sumber)",
      "• Provinsi Jawa Timur — nilai tidak disebut sumber",
    ]);
    expect(text).not.toMatch(/\n\d+\. /);
    expect(text).toContain("ℹ️ 2025 tidak diberi peringkat");
    const en = plain("en", listBodies(catalog, "top", filters({ year: 2025, category: "provinsi" })));
    expect(en.split("\n")[1]).toBe("Highest quality, without maladministration");
  });
});

describe("ranks on a card", () => {
  it("both asked: the provincial 4th and the national 32nd (Lampung Utara 2021)", () => {
    const text = plain("id", rankOf(catalog, "18.03", 2021, "both"));
    expect(text).toContain("🏅 Peringkat 32 nasional di antara kabupaten (menurut sumber)");
    expect(text).toContain("📍 Peringkat 4 se-Provinsi Lampung (menurut sumber)");
  });

  it("one asked: only that one", () => {
    expect(plain("id", rankOf(catalog, "18.03", 2021, "province"))).not.toContain("nasional");
    expect(plain("id", rankOf(catalog, "18.03", 2021, "national"))).not.toContain("se-Provinsi");
  });

  it("a worked-out place is a range, never a stated place of another body (Kemenag 2023: 7-9)", () => {
    const text = plain("id", rankOf(catalog, "KL.KEMENAG", 2023));
    expect(text).toContain("📊 Peringkat 7–9 di antara kementerian (dihitung Rapor");
    expect(text).not.toMatch(/Urutan \d+ dari/);
    expect(plain("en", rankOf(catalog, "KL.KEMENAG", 2023))).toContain("📊 Place 7–9 among ministries (worked out by Rapor");
  });

  it("a place among one category says so (Kota Magelang 2023: 1st among the kota of Jawa Tengah)", () => {
    expect(plain("id", rankOf(catalog, "33.71", 2023, "province"))).toContain("📍 Peringkat 1 di antara kota se-Provinsi Jawa Tengah (menurut sumber)");
  });
});

describe("a trend's stated ranks (OKU Timur)", () => {
  it("each year with its place, a year known only by its place included", () => {
    const text = plain("id", trendOf(catalog, "16.08"));
    expect(text).toContain("2021: 🏅 peringkat 2 se-Provinsi Sumatera Selatan");
    expect(text).toContain("2022: 🏅 peringkat 3 se-Provinsi Sumatera Selatan");
    expect(text).toContain("2023: 94,39 🟢 A · 🏅 peringkat 2 se-Provinsi Sumatera Selatan");
    expect(plain("en", trendOf(catalog, "16.08"))).toContain("2022: 🏅 ranked 3 in Provinsi Sumatera Selatan");
  });
});

describe("a comparison", () => {
  it("in the latest year both have, said so, with the gap (Lampung Utara and Way Kanan: 2023)", () => {
    const text = plain("id", compareBodies(catalog, ["18.03", "18.08"]));
    expect(text).toContain("⚖️ Perbandingan · 2023");
    expect(text).toContain("Selisih 2,16 poin: Kabupaten Way Kanan lebih tinggi.");
    expect(text).toContain("ℹ️ Dibandingkan pada 2023, tahun terbaru yang datanya ada untuk semuanya.");
  });

  it("never a gap across years (Kota Yogyakarta 2025 and Kota Payakumbuh 2024 share no year)", () => {
    const text = plain("en", compareBodies(catalog, ["34.71", "13.76"]));
    expect(text).not.toContain("A gap of");
    expect(text).toContain("ℹ️ No year has data for all of them: each one's latest year is shown, and no gap is worked out.");
    expect(text).toContain("⚠️");
  });
});

describe("an average (rata2 nilai kabupaten di sumsel 2023)", () => {
  it("gives the figure, over how many, and that Rapor worked it out", () => {
    const reply = answerQuery(catalog, { ...emptyQuery("rata2 nilai kabupaten di sumsel 2023"), intent: "list", year: 2023, years: [2023], province: "16", category: "kabupaten", measure: "average" });
    const text = plain("id", reply);
    expect(text).toContain("📊 Rata-rata nilai kabupaten se-Provinsi Sumatera Selatan · 2023");
    expect(text).toContain("Rata-rata: 85,37 dari 13 kabupaten yang punya nilai");
    expect(text).toContain("ℹ️ Dihitung Rapor dari nilai semua 13 yang dinilai; bukan angka resmi Ombudsman.");
    const partial = plain("en", averageScore(catalog, filters({ year: 2021, provinceCode: "18" })));
    expect(partial).toContain("Average: 91 over the 1 regencies/cities with a score");
    expect(partial).toContain("(1 of the 15 assessed); the data is partial, not an Ombudsman figure.");
  });
});

describe("a list of several groups", () => {
  it("opens a group cut short in full from its own button (daftar kab/kota jateng 2023: 29 kabupaten)", () => {
    const answer = listBodies(catalog, "list", filters({ year: 2023, provinceCode: "33" }));
    const rendered = renderReply(ctx("id"), answer);
    const more = rendered.buttons.flat().filter((b) => b.action.a === "top");
    expect(more.map((b) => [b.label, b.action])).toEqual([
      ["📋 Semua kabupaten", { a: "top", province: "33", category: "kabupaten", year: 2023, dir: "list", page: 0 }],
    ]);
    const full = listBodies(catalog, "list", filters({ year: 2023, provinceCode: "33", category: "kabupaten" }));
    if (full.kind !== "list") throw new Error(full.kind);
    expect(full.groups).toHaveLength(1);
    expect(full.groups[0]!.entries).toHaveLength(29);
  });
});

describe("bodies set apart: a range that holds an official place listed", () => {
  it("kementerian terbaik 2024: Kemendesa 1st and Kemlu 3rd (stated), then Kemenag's 2–22 (22 green of 25, aggregates.csv) under its own heading", () => {
    const id = plain("id", listBodies(catalog, "top", filters({ year: 2024, category: "kementerian" })));
    const lines = id.split("\n");
    const at = (start: string) => lines.findIndex((l) => l.startsWith(start));
    expect(at("1. Kementerian Desa")).toBeGreaterThan(0);
    expect(lines[at("1. Kementerian Desa") + 1]).toBe("2. — belum tercatat");
    expect(at("3. Kementerian Luar Negeri")).toBe(at("1. Kementerian Desa") + 2);
    expect(lines[at("3. Kementerian Luar Negeri") + 1]).toBe("4–5. — belum tercatat");
    expect(lines[at("3. Kementerian Luar Negeri") + 2]).toBe("Tanpa peringkat resmi (rentang tempatnya mencakup peringkat resmi di atas):");
    expect(lines[at("3. Kementerian Luar Negeri") + 3]).toMatch(/^2–22\. Kementerian Agama — 88,53/);
    const en = plain("en", listBodies(catalog, "top", filters({ year: 2024, category: "kementerian" })));
    expect(en).toContain("Without an official rank (their ranges of places span official ranks above):\n2–22. Kementerian Agama — 88.53");
  });

  it("5 besar kota 2023: stated ranks against the scores are said as such, not as entries 'shown without a number' (Surabaya 3rd 97.43, Pekalongan 4th 97.46; Depok 97.67 unranked)", () => {
    const id = plain("id", listBodies(catalog, "top", filters({ year: 2023, category: "kota" })));
    expect(id).toContain("3. Kota Surabaya — 97,43");
    expect(id).toContain("4. Kota Pekalongan — 97,46");
    expect(id).not.toContain("ditampilkan tanpa nomor");
    expect(id).toContain(
      "⚠️ Peringkat yang disebut sumber tidak selalu mengikuti nilai yang tercatat: Kota Surabaya (peringkat 3, nilai 97,43) di atas Kota Pekalongan (peringkat 4, nilai 97,46). Sumber-sumbernya bertentangan",
    );
    expect(id).toContain("Kota Depok (nilai 97,67, lebih tinggi daripada peringkat 3)");
    const en = plain("en", listBodies(catalog, "top", filters({ year: 2023, category: "kota" })));
    expect(en).toContain("Kota Surabaya (rank 3, score 97.43) above Kota Pekalongan (rank 4, score 97.46). The sources conflict");
    expect(en).not.toContain("shown without a number");
    // The full list shows Depok without a number: there the warning says so.
    expect(plain("id", listBodies(catalog, "list", filters({ year: 2023, category: "kota" })))).toContain("ditampilkan tanpa nomor");
  });

  it("a page that opens inside the part set apart repeats its heading", () => {
    const reply = listBodies(catalog, "list", filters({ year: 2023, category: "kabupaten" }));
    if (reply.kind !== "list") throw new Error("a list");
    const lines = reply.groups[0]!.lines;
    const apartAt = lines.findIndex((l) => l.kind === "apart");
    expect(apartAt).toBeGreaterThan(0);
    const page = Math.floor(apartAt / 15) + 1;
    expect(page * 15).toBeLessThan(lines.length);
    const text = renderReply(ctx("id"), reply, page).plain.split("\n");
    expect(text[1]).toBe("Tanpa peringkat resmi (rentang tempatnya mencakup peringkat resmi di atas):");
  });

  it("the list chart charts that part as a group of its own, like the message", () => {
    const chart = chartOf(ctx("id"), listBodies(catalog, "top", filters({ year: 2024, category: "kementerian" })));
    expect(chart?.kind).toBe("list");
    if (chart?.kind !== "list") return;
    // Kemendesa and Kemlu have no score (no bar); Kemenag's bar is in the part set apart.
    expect(chart.groups).toEqual([
      { title: "Tanpa peringkat resmi (rentangnya mencakup peringkat resmi badan lain)", bars: [expect.objectContaining({ rank: "2–22.", name: "Kementerian Agama", score: 88.53 })] },
    ]);
  });
});

describe("list chart notes", () => {
  it("a national list of several groups mixing official and worked-out places says so once, as the message does (2024: BPS 94.99 has no stated rank, BPOM is stated 2nd)", () => {
    const reply = listBodies(catalog, "top", filters({ year: 2024 }));
    const chart = chartOf(ctx("en"), reply);
    expect(chart?.kind).toBe("list");
    expect(chart!.notes).not.toContain("Every number is an official rank, as the sources state it.");
    expect(chart!.notes[0]).toMatch(/^"official": a rank the sources state/);
    // The groups' coverage lines lose the message's emoji after the group's name, too.
    expect(chart!.notes.filter((n) => n.startsWith("Provinces: "))).toEqual(["Provinces: Scores on record for 21 provinces of the 34 assessed."]);
    expect(plain("en", reply)).toContain('🏅 "official": a rank the sources state.');
  });
});
