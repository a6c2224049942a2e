import { beforeAll, describe, expect, it } from "vitest";
import { createUnderstander, parseQuestion } from "../../src/understand/parse.js";
import { buildGazetteer, type Gazetteer, type GazetteerAlias, type GazetteerBody } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer } from "./fixture.js";

let gazetteer: Gazetteer;
let bodies: GazetteerBody[];
let aliases: GazetteerAlias[];
beforeAll(async () => {
  ({ gazetteer, bodies, aliases } = await seededGazetteer());
});
const parse = (text: string, now = NOW) => parseQuestion(text, gazetteer, { now });

describe("relative years count from the injected clock, in WIB (UTC+7)", () => {
  it("reads the chat forms of last year, this year, next year and N years ago", () => {
    // NOW is 2026-03-01 in WIB.
    for (const q of ["nilai tebo tahun lalu", "nilai tebo taun kemaren", "nilai tebo tahun kemarin", "nilai tebo thn lalu", "tebo score last year"]) {
      expect(parse(q).year, q).toBe(2025);
    }
    expect(parse("nilai tebo 2 tahun lalu").year).toBe(2024);
    expect(parse("nilai tebo dua tahun lalu").year).toBe(2024);
    expect(parse("tebo score 3 years ago").year).toBe(2023);
    expect(parse("nilai tebo tahun ini").year).toBe(2026);
    expect(parse("kapan hasil tahun depan keluar").year).toBe(2027);
  });

  it("turns the year at midnight WIB, not UTC", () => {
    const newYearInJakarta = new Date("2025-12-31T17:30:00Z"); // 00:30 WIB on 1 January 2026
    const lastEveningInJakarta = new Date("2025-12-31T16:30:00Z"); // 23:30 WIB on 31 December 2025
    expect(parse("nilai tebo tahun lalu", newYearInJakarta).year).toBe(2025);
    expect(parse("nilai tebo tahun lalu", lastEveningInJakarta).year).toBe(2024);
  });

  it("takes the clock of the understander, or of the call", () => {
    const understand = createUnderstander(gazetteer, { now: new Date("2030-06-01T00:00:00Z") });
    expect(understand("nilai tebo tahun lalu").year).toBe(2029);
    expect(understand("nilai tebo tahun lalu", { now: NOW }).year).toBe(2025);
  });
});

describe("a long message with one real question inside", () => {
  it.each([
    ["Selamat siang Bapak/Ibu admin, perkenalkan saya Rina, jurnalis dari sebuah media daring. Saat ini saya sedang " +
      "menyiapkan liputan tentang kualitas pelayanan publik dan ingin memastikan angka yang akan saya kutip nanti. Mohon " +
      "izin bertanya, berapa nilai kepatuhan Kabupaten Lebong tahun 2023? Terima kasih banyak atas bantuannya, salam.",
    "score", ["17.07"], 2023],
    ["assalamualaikum wr wb, maaf mengganggu malam2 kak, mau tanya dong, kota jambi 2024 dapet nilai brp ya? soalnya " +
      "besok mau rapat sama pak sekda, makasih kak", "score", ["15.71"], 2024],
    ["halo min wkwk, sy lg bikin tugas kuliah nih, boleh bandingin tebo sama batang hari thn 2022 gak? hehe makasih", "compare",
      ["15.09", "15.04"], 2022],
    ["Good evening, I am a student writing a paper on public services in Indonesia and my supervisor asked me to check " +
      "one number before Friday. What was the score of Kota Kendari in 2022? Thank you very much for your help.",
    "score", ["74.71"], 2022],
  ] as const)("%s", (text, intent, codes, year) => {
    const q = parse(text);
    expect({ intent: q.intent, codes: q.entities.map((e) => e.code), ambiguous: q.ambiguous, unmatched: q.unmatched, year: q.year })
      .toEqual({ intent, codes, ambiguous: [], unmatched: [], year });
  });

  it("a greeting alone is a greeting; with a question, the question is answered", () => {
    expect(parse("selamat pagi").intent).toBe("greeting");
    expect(parse("Selamat malam, Pak").intent).toBe("greeting");
    expect(parse("terima kasih min").intent).toBe("greeting");
    expect(parse("selamat pagi, nilai tebo 2022").intent).toBe("score");
    expect(parse("halo").intent).toBe("help");
    expect(parse("selamat pagi, bisa bantu?").intent).toBe("help");
  });
});

describe("the slots of the second programme, units, ranks and outputs", () => {
  it("reads KemenPAN-RB as the ministry only when nothing says its evaluation is meant", () => {
    // A gazetteer with the ministry in it (synthetic row): asked about alone, it is the body.
    const withMinistry = buildGazetteer(
      [...bodies, { code: "KL.KEMENPANRB", name: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", category: "kementerian", province_code: null }],
      [...aliases, { alias: "KemenPAN-RB", code: "KL.KEMENPANRB", kind: "short" }],
    );
    const ask = (text: string) => parseQuestion(text, withMinistry, { now: NOW });
    expect(ask("nilai kemenpan rb 2023")).toMatchObject({ entities: [{ code: "KL.KEMENPANRB" }], programme: null, unmatched: [] });
    expect(ask("penghargaan kemenpan rb kota metro")).toMatchObject({ entities: [{ code: "18.72" }], programme: "kemenpanrb-ipp" });
    expect(ask("role model kemenpan")).toMatchObject({ entities: [], programme: "kemenpanrb-ipp", intent: "list" });
    // The shipped data has no such ministry: the name matches nothing, and is never Kementan or Kemenhan.
    expect(parse("nilai kemenpan rb 2023")).toMatchObject({ entities: [], ambiguous: [], unmatched: ["kemenpan rb"], programme: null });
    expect(parse("nilai kemenpan 2023")).toMatchObject({ entities: [], ambiguous: [], unmatched: ["kemenpan"] });
  });

  it("keeps the words of a unit's own name away from bodies", () => {
    expect(parse("puskesmas iringmulyo")).toMatchObject({ unit: "puskesmas", unitName: "iringmulyo", entities: [], ambiguous: [], unmatched: [] });
    expect(parse("RSUD dr. H. Abdul Moeloek")).toMatchObject({ unit: "rsud", unitName: "dr H Abdul Moeloek", entities: [], unmatched: [] });
    expect(parse("nilai rsud ahmad yani kota metro 2017")).toMatchObject({ unitName: "ahmad yani", entities: [{ code: "18.72" }], year: 2017 });
    expect(parse("unit layanan kota metro").unitName).toBeNull();
  });

  it("a field's name ending an unknown organisation's name is no unit kind ('bpjs kesehatan' is not Dinas Kesehatan)", () => {
    expect(parse("nilai bpjs kesehatan 2023")).toMatchObject({ unit: null, entities: [], unmatched: ["bpjs kesehatan"], intent: "score" });
    expect(parse("score of bpjs kesehatan 2023")).toMatchObject({ unit: null, unmatched: ["bpjs kesehatan"], language: "en" });
    // The field's word alone, or after a name or an office word, is still the unit kind.
    expect(parse("nilai kesehatan 2023")).toMatchObject({ unit: "kesehatan", unmatched: [] });
    expect(parse("nilai lampng kesehatan 2023")).toMatchObject({ unit: "kesehatan", entities: [{ code: "18" }], unmatched: [] });
    expect(parse("nilai dinkes 2023")).toMatchObject({ unit: "kesehatan", unmatched: [] });
    expect(parse("layanan kesehatan kota metro 2023")).toMatchObject({ unit: "kesehatan", entities: [{ code: "18.72" }], unmatched: [] });
  });

  it("an organisation or an abbreviation Rapor lacks, in a question about data, is a name that matches nothing", () => {
    expect(parse("bkn 2023 nilainya")).toMatchObject({ intent: "score", entities: [], unmatched: ["bkn"], year: 2023 });
    expect(parse("badan kepegawaian negara 2023")).toMatchObject({ intent: "score", entities: [], unmatched: ["badan kepegawaian negara"] });
    expect(parse("berapa nilai badan kepegawaian daerah 2023")).toMatchObject({ category: null, unmatched: ["badan kepegawaian daerah"] });
    expect(parse("BKN 2023")).toMatchObject({ intent: "score", unmatched: ["BKN"] });
    expect(parse("NILAI BKN 2023")).toMatchObject({ unmatched: ["BKN"] });
    expect(parse("komnas ham 2022 berapa")).toMatchObject({ unmatched: ["komnas ham"] });
    // Joined to a body named, it is one of the bodies asked about.
    expect(parse("BKN dan BPS 2023")).toMatchObject({ intent: "compare", entities: [{ code: "KL.BPS" }], unmatched: ["BKN"] });
    expect(parse("nilai BPS 2022 dan KPU")).toMatchObject({ entities: [{ code: "KL.BPS" }], unmatched: ["KPU"] });
    // Not: chat's vowel-less words, shouting, a stray word next to a body, a word with vowels, no question about data.
    for (const text of ["mhn info nilai 2023", "tlg info nilai 2023 dong", "nilai ujian 2023", "bkn", "BKN"]) {
      expect(parse(text).unmatched, text).toEqual([]);
    }
    expect(parse("NILAI KOTA METRO 2023 GAN")).toMatchObject({ entities: [{ code: "18.72" }], unmatched: [] });
    expect(parse("nilai kota metro 2023 WIB")).toMatchObject({ intent: "score", entities: [{ code: "18.72" }], unmatched: [] });
    expect(parse("nilai kota metro bkn 2023")).toMatchObject({ intent: "score", entities: [{ code: "18.72" }], unmatched: [] });
  });

  it("asking which units were assessed asks for the units, not the method", () => {
    expect(parse("unit apa saja yang dinilai di kota metro 2023")).toMatchObject({ intent: "units", unit: null, entities: [{ code: "18.72" }], year: 2023 });
    expect(parse("which units were assessed in kota metro 2023")).toMatchObject({ intent: "units", entities: [{ code: "18.72" }] });
    expect(parse("apa saja yang dinilai ombudsman?").intent).toBe("method");
  });

  it("gives rankScope on rank questions only", () => {
    expect(parse("peringkat lampura 2021").rankScope).toBeNull();
    expect(parse("peringkat nasional lampura 2021").rankScope).toBe("national");
    expect(parse("peringkat lampura se-provinsi 2021").rankScope).toBe("province");
    expect(parse("kabupaten terbaik nasional 2022").rankScope).toBeNull();
  });

  it("says a chart for chart words, a CSV for csv or an export without one", () => {
    expect(parse("grafik tren kota metro").output).toBe("chart");
    expect(parse("download grafik tren lampura").output).toBe("chart");
    expect(parse("export 5 besar provinsi 2022").output).toBe("csv");
    expect(parse("tren kota metro").output).toBeNull();
  });

  it("decides the language from the words outside names", () => {
    expect(parse("score of Kota Metro 2023").language).toBe("en");
    expect(parse("rank of Kota Kendari 2022").language).toBe("en");
    expect(parse("Bogor city score 2022").language).toBe("en");
    expect(parse("nilai Kota Metro 2023").language).toBe("id");
    expect(parse("peringkat kota kendari 2022").language).toBe("id");
  });
});

describe("whether the words show the question's language (languageFromWords)", () => {
  it("is true only where words of one language outnumber the other's; names do not count as Indonesian", () => {
    const read = (q: string) => {
      const { language, languageFromWords } = parse(q);
      return { language, languageFromWords };
    };
    expect(read("score of Kota Metro 2023")).toEqual({ language: "en", languageFromWords: true });
    expect(read("rank of Kota Kendari 2022")).toEqual({ language: "en", languageFromWords: true });
    expect(read("nilai kota metro 2023")).toEqual({ language: "id", languageFromWords: true });
    expect(read("/help")).toEqual({ language: "id", languageFromWords: false });
    // Nothing but a name and a year, or as many words of each language: the default, not read from the words.
    for (const q of ["kota metro 2023", "Kabupaten Lebong", "score kota metro 2023", "nilai kota metro 2023 please"]) {
      expect(read(q), q).toEqual({ language: "id", languageFromWords: false });
    }
  });
});

describe("kab/kota before a name is both categories, not part of the name", () => {
  it("'daftar kab/kota jambi 2023' lists Jambi's kab/kota, not Kota Jambi; 'nilai kota jambi' is still the city", () => {
    for (const q of ["daftar kab/kota jambi 2023", "daftar kabupaten/kota jambi 2023", "5 besar kabupaten dan kota jambi 2022", "peringkat kab/kota jambi 2024"]) {
      const query = parse(q);
      expect(query.entities, q).toEqual([]);
      expect(query.province, q).toBe("15");
      expect(["list", "top"], q).toContain(query.intent);
    }
    expect(parse("nilai kota jambi 2024").entities.map((e) => e.code)).toEqual(["15.71"]);
    // A name starting with the second word is still read from the first: Kabupaten Kotabaru typed in two words.
    expect(parse("nilai kabupaten kota baru 2023").entities.map((e) => e.code)).toEqual(["63.02"]);
  });
});
