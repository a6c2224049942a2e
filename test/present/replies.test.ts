/**
 * The small things that cost trust (issue 9 §6), through the renderer on the shipped data:
 * decimals as printed, sources told apart, ties called ties, no English in Indonesian replies
 * (and no Indonesian in English ones), every year with data a button.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuery, type Reply } from "../../src/answer/answer-query.js";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import { compareBodies } from "../../src/answer/compare.js";
import { explainScale } from "../../src/answer/explain.js";
import { aboutData, methodOf, scheduleOf } from "../../src/answer/info.js";
import { programmeResults } from "../../src/answer/programme.js";
import { rankOf, scoreOf } from "../../src/answer/score.js";
import { listBodies } from "../../src/answer/top.js";
import { trendOf } from "../../src/answer/trend.js";
import { unitCard, unitsAcross, unitsOf } from "../../src/answer/units.js";
import { KEMENPANRB_IPP } from "../../src/domain/programmes.js";
import { ensureShippedData, readShippedData, shippedDataDir } from "../../src/ingest/shipped-data.js";
import { printedDecimals } from "../../src/ingest/result-rows.js";
import { formatNumber, sourceKey, sourceLabels } from "../../src/present/format.js";
import { Translator, type Locale } from "../../src/present/i18n.js";
import { caveatLines } from "../../src/present/common.js";
import { renderReply } from "../../src/present/render.js";
import { emptyQuery } from "../../src/understand/parse.js";
import { tempStore } from "../helpers/temp-store.js";
import { answerStore } from "../answer/answer-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let catalog: Catalog;
const translator = new Translator();
const render = (reply: Reply, locale: Locale = "id") => renderReply({ locale, t: translator.forLocale(locale), catalog }, reply);

beforeAll(async () => {
  store = await tempStore();
  catalog = await loadCatalog(store.db);
});
afterAll(async () => store.cleanup());

describe("scores as their source printed them", () => {
  it("reads the printed decimals of a cell", () => {
    expect([printedDecimals("97.60"), printedDecimals("97.6"), printedDecimals("91"), printedDecimals(""), printedDecimals("x")]).toEqual([2, 1, 0, null, null]);
  });

  it("97.60 stays 97,60 (Kota Payakumbuh 2024), 100.00 stays 100,00 (Puskesmas Wonogiri 2024)", () => {
    expect(render(scoreOf(catalog, "13.76", 2024)).plain).toContain("Nilai: 97,60");
    expect(render(scoreOf(catalog, "13.76", 2024), "en").plain).toContain("Score: 97.60");
    expect(render(unitsOf(catalog, "33.12", 2024, "puskesmas")).plain).toContain("Puskesmas Wonogiri: 100,00");
    // A figure without decimals stays so: Lampung Utara 2021's 91.
    expect(render(scoreOf(catalog, "18.03", 2021)).plain).toContain("Nilai: 91 ");
  });

  it("formats with exactly the decimals asked, or up to two", () => {
    expect([formatNumber(97.6, "id", 2), formatNumber(97.6, "en"), formatNumber(80.85, "id", 2), formatNumber(91, "id", 0)]).toEqual(["97,60", "97.6", "80,85", "91"]);
  });

  it("a store loaded before the precision was kept learns it when the shipped data loads again", async () => {
    await store.db.updateTable("results").set({ score_decimals: null }).execute();
    await store.db.updateTable("unit_results").set({ score_decimals: null }).execute();
    // The same files under a new version (as after an upgrade): every row is known already and gets its precision.
    const dir = path.join(store.dir, "again");
    fs.mkdirSync(dir);
    for (const f of fs.readdirSync(shippedDataDir)) fs.copyFileSync(path.join(shippedDataDir, f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, "aliases.csv"), "\n");
    expect((await ensureShippedData(store.db, readShippedData(dir))).loaded).toBe(true);
    for (const table of ["results", "unit_results"] as const) {
      const missing = await store.db.selectFrom(table).select("id").where("score", "is not", null).where("score_decimals", "is", null).execute();
      expect(missing, table).toEqual([]);
    }
    catalog = await loadCatalog(store.db);
    expect(render(scoreOf(catalog, "13.76", 2024)).plain).toContain("Nilai: 97,60");
  });
});

describe("sources", () => {
  it("two pages of one site are told apart (Nagekeo 2024: two kupang.antaranews.com reports)", () => {
    const line = render(scoreOf(catalog, "53.16", 2024)).plain.split("\n").find((l) => l.startsWith("Sumber:"))!;
    const labels = line.replace(/^Sumber: /, "").split(/, (?=kupang)/);
    expect(labels).toHaveLength(2);
    expect(labels[0]).not.toBe(labels[1]);
    expect(line).toMatch(/kupang\.antaranews\.com \(.+\)/);
  });

  it("the same page linked twice is one source", () => {
    const same = [
      { url: "https://www.example.test/a/berita-satu", note: "" },
      { url: "http://example.test/a/berita-satu/amp", note: "" },
    ];
    expect(new Set(same.map((s) => sourceKey(s.url, s.note))).size).toBe(1);
    // Different pages of one site: labelled apart by their slug, and by their number when the slug is the same.
    expect(sourceLabels([{ url: "https://example.test/a/berita-satu", note: "" }, { url: "https://example.test/b/berita-dua", note: "" }], "id")).toEqual([
      "example.test (berita satu)",
      "example.test (berita dua)",
    ]);
    expect(sourceLabels([{ url: "https://example.test/393276/sama", note: "" }, { url: "https://example.test/336141/sama", note: "" }], "id")).toEqual([
      "example.test (393276)",
      "example.test (336141)",
    ]);
  });

  it("a report named only in a note is named in the reply's language", () => {
    expect(render(scoreOf(catalog, "18.03", 2021)).plain).toContain("Sumber: berita indopers.net (9 Feb 2022)");
    expect(render(scoreOf(catalog, "18.03", 2021), "en").plain).toContain("Source: news report by indopers.net (9 Feb 2022)");
  });
});

describe("caveats in the reply's language", () => {
  it("a 1-1 tie says the sources disagree, not 'most sources' (Bengkulu Selatan 2024: 95.57 and 95.27)", () => {
    const plain = render(scoreOf(catalog, "17.01", 2024)).plain;
    expect(plain).toContain("Sumber tidak sepakat");
    expect(plain).not.toContain("paling banyak sumber");
    // Two against one is a majority (Kota Metro 2023).
    expect(render(scoreOf(catalog, "18.72", 2023)).plain).toContain("paling banyak sumber");
  });

  it("a 1-1 tie on a rank names each value with its own source (synthetic Maluku Utara 2021: Halmahera Utara 2nd per the article, 3rd per the list)", async () => {
    const fixture = await answerStore("rank-conflict.csv");
    try {
      const ctx = (locale: Locale) => ({ locale, t: translator.forLocale(locale), catalog: fixture.catalog });
      for (const reply of [scoreOf(fixture.catalog, "82.03", 2021), rankOf(fixture.catalog, "82.03", 2021)]) {
        const plain = renderReply(ctx("id"), reply).plain;
        expect(plain).toContain("📍 Peringkat 2 se-Provinsi Maluku Utara (menurut sumber)");
        expect(plain).toMatch(/⚠️ Sumber tidak sepakat: peringkat provinsi 3 menurut [^,\n]+, 2 menurut [^.\n]+\./);
        expect(plain).not.toContain("paling banyak sumber");
        expect(renderReply(ctx("en"), reply).plain).toMatch(/provincial rank 3 according to [^,\n]+, 2 according to /);
      }
    } finally {
      await fixture.cleanup();
    }
  });

  it("a report that numbered the Pemprov among the kab/kota: the rank among kab/kota, and what the source printed (Riau 2022, Jambi 2024)", () => {
    // db/data/results.csv, goriau.com: Provinsi Riau 3rd, Kabupaten Kampar 6th; porosjambimedia.com: Provinsi Jambi 10th.
    const kampar = render(rankOf(catalog, "14.01", 2022, "province")).plain;
    expect(kampar).toContain("📍 Peringkat 5 se-Provinsi Riau (menurut sumber)");
    expect(kampar).toContain("ℹ️ Daftar di goriau.com juga memuat Pemprov (Provinsi Riau) di urutan 3 dan menaruh Kabupaten Kampar di urutan 6; di antara kabupaten/kota saja, itu peringkat 5.");
    expect(render(rankOf(catalog, "14.01", 2022, "province"), "en").plain).toContain(
      "The list in goriau.com also numbers the Pemprov (Provinsi Riau), at 3, and puts Kabupaten Kampar at 6; among regencies and cities alone, that is rank 5.",
    );
    // Before the Pemprov in the list: nothing to explain.
    expect(render(rankOf(catalog, "14.03", 2022, "province")).plain).not.toContain("juga memuat Pemprov");
    const jambi = render(scoreOf(catalog, "15", 2024)).plain;
    expect(jambi).not.toMatch(/Peringkat \d+ se-Provinsi Jambi/);
    expect(jambi).toContain("📍 Daftar kabupaten/kota se-Provinsi Jambi di porosjambimedia.com juga memuat Pemprov, di urutan 10. Itu bukan peringkat");
    expect(render(scoreOf(catalog, "15", 2024), "en").plain).toContain("The list of regencies and cities of Provinsi Jambi in porosjambimedia.com also numbers the Pemprov, at 10. That is no rank");
  });

  it("a score above the stated #1 says the national rank is not stated and the sources conflict (Bolaang Mongondow 2023: 97.5; Tuban #1 at 97.44)", () => {
    const id = render(rankOf(catalog, "71.01", 2023, "national")).plain;
    expect(id).toContain(
      "📊 Peringkat nasional tidak disebut sumber, dan tempatnya tidak bisa dihitung: nilainya (97,5) lebih tinggi daripada nilai Kabupaten Tuban (97,44), yang menurut sumber peringkat 1 nasional di antara kabupaten. Sumber-sumbernya bertentangan",
    );
    expect(id).not.toContain("se-Provinsi Sulawesi Utara");
    expect(render(scoreOf(catalog, "71.01", 2023), "en").plain).toContain(
      "No source states a national rank, and none can be worked out: its score (97.5) is above that of Kabupaten Tuban (97.44), ranked 1 among regencies (kabupaten) by a source. The sources conflict",
    );
  });

  it("a province's list leaves the Pemprov out and says where the source put it (5 besar Riau 2022: 3 scored of 12 kab/kota)", () => {
    const plain = render(listBodies(catalog, "top", { year: 2022, provinceCode: "14", category: null, zone: null, grade: null }, 5)).plain;
    expect(plain).not.toContain("Provinsi Riau —");
    expect(plain).toContain("5. Kabupaten Kampar");
    expect(plain).toContain("ℹ️ Nilai tercatat untuk 3 kabupaten/kota dari 12 yang dinilai.");
    expect(plain).toContain("ℹ️ Daftar di goriau.com juga memuat Pemprov (Provinsi Riau), di urutan 3.");
    const en = render(listBodies(catalog, "top", { year: 2022, provinceCode: "14", category: null, zone: null, grade: null }, 5), "en").plain;
    expect(en).toContain("The list in goriau.com also numbers the Pemprov (Provinsi Riau), at 3.");
    expect(en).toContain("each regency or city after it is one place higher than in the source.");
    // Banten 2022 (news.bantenpro.id): the Pemprov is 9th, the last of the list; 8 kab/kota.
    const banten = render(listBodies(catalog, "bottom", { year: 2022, provinceCode: "36", category: null, zone: null, grade: null }, 5)).plain;
    expect(banten).toContain("8. Kabupaten Lebak — 68,39");
    expect(banten).toContain("ℹ️ Nilai tercatat untuk 8 kabupaten/kota dari 8 yang dinilai.");
    expect(banten).toContain("ℹ️ Daftar di news.bantenpro.id juga memuat Pemprov (Provinsi Banten), di urutan 9. Peringkat se-provinsi hanya di antara kabupaten/kota: di sini Pemprov tidak ikut dihitung.");
    expect(banten).not.toContain("sesudahnya");
  });

  it("a report linked twice counts once: one report (http and https) against another is a tie, not 'most sources'", () => {
    const card = scoreOf(catalog, "18.72", 2023);
    if (card.kind !== "score") throw new Error("Kota Metro 2023 has a result");
    const [one, other] = [
      { url: "https://example.id/berita/1", note: "", statement: "entity" as const },
      { url: "https://example.org/warta/2", note: "", statement: "entity" as const },
    ];
    const view = { ...card.view, score: { value: 80.85, sources: [one, { ...one, url: "http://example.id/berita/1" }], derived: false, conflicts: [{ value: 80.58, sources: [other] }] } };
    const lines = caveatLines({ locale: "id", t: translator.forLocale("id"), catalog }, [{ kind: "conflict", field: "score" }], view);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Sumber tidak sepakat");
    expect(lines[0]).not.toContain("paling banyak sumber");
  });

  it("two pages of one site in a conflict are told apart, as in the source line (Kabupaten Nagekeo 2024: 80.42 and 80.43, both kupang.antaranews.com)", () => {
    const plain = render(scoreOf(catalog, "53.16", 2024)).plain;
    const line = plain.split("\n").find((l) => l.startsWith("⚠️ Sumber tidak sepakat"))!;
    const labels = [...line.matchAll(/menurut (kupang\.antaranews\.com[^,.]*)/g)].map((m) => m[1]);
    expect(labels).toHaveLength(2);
    expect(labels[0]).not.toBe(labels[1]);
    for (const label of labels) expect(plain.split("\n").at(-1)).toContain(label!.replace(/…\)$/, ""));
  });

  it("a zone in a conflict is named once: not 'zona Zona Hijau' (Kabupaten Malang 2023)", () => {
    const id = render(scoreOf(catalog, "35.07", 2023)).plain;
    expect(id).toContain("Zona Hijau menurut jurnas.net");
    expect(id).not.toMatch(/zona zona/i);
    expect(render(scoreOf(catalog, "35.07", 2023), "en").plain).not.toMatch(/zone green zone|zone yellow zone/i);
  });

  it("the scale's confidence is said in Indonesian", () => {
    const plain = render(explainScale(catalog, { zone: "kuning" })).plain;
    expect(plain).toContain("keyakinan: tinggi untuk batas bilangan bulat; sedang untuk penanganan desimal");
    expect(plain).not.toMatch(/high|medium|integer|decimal/);
  });

  it("2025 is explained without colour zones", () => {
    const plain = render(explainScale(catalog, { year: 2025 })).plain;
    expect(plain).not.toMatch(/Zona|🟢|🟡|🔴|⚫/);
    expect(plain).toContain("Kategori A");
  });

  it("Depok 2023 says its score is an average of unit scores", () => {
    expect(render(scoreOf(catalog, "32.76", 2023)).plain).toContain("rata-rata nilai unit layanan");
    expect(render(scoreOf(catalog, "32.76", 2023), "en").plain).toContain("the source computed this score as an average of unit scores".replace(/^t/, "T"));
  });
});

describe("units", () => {
  it("'Dinas Sosial', not 'Dinas Sosial (Dinas Sosial)'; a kind the name does not say is added", () => {
    const plain = render(unitsOf(catalog, "16.71", 2025)).plain;
    expect(plain).toContain("• Dinas Sosial: 85,94");
    expect(plain).not.toContain("Dinas Sosial (Dinas Sosial)");
    expect(plain).toContain("SMP Negeri 9 Palembang (Sekolah)");
  });

  it("OKU Timur 2023 has a result and no unit rows: said exactly so, with its score", () => {
    const plain = render(unitsOf(catalog, "16.08", 2023)).plain;
    expect(plain).toContain("Belum ada nilai unit layanan untuk Kabupaten Ogan Komering Ulu Timur tahun 2023");
    expect(plain).toContain("94,39");
    expect(plain).not.toContain("Belum ada data Kabupaten Ogan Komering Ulu Timur");
  });

  it("a ranking of units says it is Rapor's order, not an official one; Polres are not part of a region's score", () => {
    const plain = render(unitsAcross(catalog, "polres", "list", { year: null, provinceCode: null, programme: null })).plain;
    expect(plain).toContain("bukan peringkat resmi");
    expect(plain).toContain("bukan bagian dari nilai pemerintah daerah");
  });

  it("the Ombudsman card of Kota Metro mentions its KemenPAN-RB result with a button; the KemenPAN-RB answer shows no zone", () => {
    const card = render(scoreOf(catalog, "18.72", 2023));
    expect(card.plain).toContain("Ada juga hasil Evaluasi Pelayanan Publik KemenPAN-RB");
    expect(card.buttons.flat().some((b) => b.action.a === "prog" && b.action.programme === KEMENPANRB_IPP)).toBe(true);
    const ipp = render(programmeResults(catalog, { programme: KEMENPANRB_IPP, code: "18.72", unitKind: null, unitName: null, year: null }));
    expect(ipp.plain).toContain("Sangat Baik");
    expect(ipp.plain).toContain("Baik (Dengan Catatan)");
    expect(ipp.plain).not.toMatch(/Zona|🟢|🟡|🔴/);
  });
});

describe("buttons", () => {
  it("every year 'Tahun lain' names is a button (Lampung Utara 2021: 2018, 2019, 2022, 2023, 2025)", () => {
    const card = render(scoreOf(catalog, "18.03", 2021));
    expect(card.plain).toContain("Tahun lain dengan data: 2018–2019, 2022–2023, 2025");
    const years = card.buttons.flat().flatMap((b) => (b.action.a === "card" && b.action.code === "18.03" ? [b.action.year] : []));
    expect(years).toEqual([2018, 2019, 2022, 2023, 2025]);
  });

  it("a trend offers every year it shows", () => {
    const trend = trendOf(catalog, "13.76");
    if (trend.kind !== "trend") throw new Error(trend.kind);
    const years = render(trend).buttons.flat().flatMap((b) => (b.action.a === "card" ? [b.action.year] : []));
    expect(years).toEqual(trend.points.map((p) => p.view.year));
  });
});

/** Words of one language that the other never uses in a sentence of its own. */
const MARKERS: Record<Locale, RegExp> = {
  en: /\b(the|of|and|is|are|was|with|from|not|by|for|this|that|has|have|score|source|year|in)\b/i,
  id: /\b(yang|dan|untuk|tidak|belum|dari|dengan|adalah|ada|sumber|tahun|nilai|juga|dalam|ini)\b/i,
};

/** The reply without what comes from the data as written: names of bodies and units, opinions, links, quoted notes. */
function ownWords(plain: string, catalog: Catalog): string {
  const data = new Set<string>();
  for (const b of catalog.bodies.values()) data.add(b.name);
  for (const rows of catalog.unitsByBody.values()) for (const u of rows) data.add(u.unit_name);
  for (const views of catalog.viewsByBody.values()) for (const v of views) if (v.opinionText) data.add(v.opinionText.value);
  let text = plain.replace(/“[^”]*”/g, " ").replace(/"[^"]*"/g, " ");
  for (const d of [...data].sort((x, y) => y.length - x.length)) if (d.length > 3) text = text.split(d).join(" ");
  return text.replace(/\b[\w.-]+\.(?:id|com|co|net|org|go\.id|news|info)\b(?: \([^)]*\))?/g, " ");
}

describe("one language per reply", () => {
  const all = (): Reply[] => {
    const q = (slots: Partial<ReturnType<typeof emptyQuery>>) => answerQuery(catalog, { ...emptyQuery("x"), ...slots });
    return [
      scoreOf(catalog, "18.03", 2021),
      scoreOf(catalog, "18.72", 2023),
      scoreOf(catalog, "32.76", 2023),
      scoreOf(catalog, "75.05", 2023),
      scoreOf(catalog, "17.01", 2024),
      scoreOf(catalog, "94.05", 2022),
      scoreOf(catalog, "16.71", 2025),
      rankOf(catalog, "18.03", 2021),
      listBodies(catalog, "top", { year: 2023, provinceCode: "16", category: null, zone: null, grade: null }, 5),
      compareBodies(catalog, ["15.09", "15.04"], 2022),
      trendOf(catalog, "16.08"),
      unitsOf(catalog, "16.71", 2025),
      unitsOf(catalog, "16.08", 2023),
      unitsOf(catalog, "18.72", 2024),
      unitsAcross(catalog, "pertanahan", "list", { year: null, provinceCode: null, programme: null }),
      unitsAcross(catalog, "rsud", "top", { year: null, provinceCode: null, programme: null }),
      unitsAcross(catalog, "dukcapil", "top", { year: 2019, provinceCode: null, programme: null }),
      unitCard(catalog, "puskesmas", "iringmulyo"),
      unitCard(catalog, "rsud", "ahmad yani"),
      unitCard(catalog, "puskesmas", "atlantis"),
      programmeResults(catalog, { programme: KEMENPANRB_IPP, code: "18.72", unitKind: null, unitName: null, year: null }),
      programmeResults(catalog, { programme: KEMENPANRB_IPP, code: "15.09", unitKind: null, unitName: null, year: null }),
      explainScale(catalog, { zone: "kuning" }),
      explainScale(catalog, { year: 2025 }),
      aboutData(catalog),
      methodOf(null),
      scheduleOf(catalog, 2026),
      scheduleOf(catalog, 2024),
      scheduleOf(catalog, null),
      q({ intent: "greeting" }),
      q({ intent: "score", unmatched: ["atlantis"], category: "kota", year: 2022 }),
    ];
  };

  for (const [locale, other] of [["en", "id"], ["id", "en"]] as const) {
    it(`${locale} replies hold no ${other} sentence`, () => {
      for (const reply of all()) {
        const plain = render(reply, locale).plain;
        const lines = ownWords(plain, catalog).split("\n").filter((line) => MARKERS[other].test(line));
        expect(lines, `${reply.kind}: ${plain}`).toEqual([]);
      }
    });
  }
});
