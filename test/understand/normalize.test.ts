import { describe, expect, it } from "vitest";
import { MAX_INPUT_CHARS, MAX_TOKENS, normalizeName, numberAt, squeeze, tokenize } from "../../src/understand/normalize.js";

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe("normalize", () => {
  it("lower-cases, drops punctuation and diacritics", () => {
    expect(norms("Berapa NILAI Kab. Tebo, thn 2023?!")).toEqual(["berapa", "nilai", "kabupaten", "tebo", "tahun", "2023"]);
    expect(norms("Bandung—Barat «Kabupatén»")).toEqual(["bandung", "barat", "kabupaten"]);
  });

  it("counts clauses at punctuation, not at an abbreviation's dot", () => {
    const clauses = (text: string) => tokenize(text).map((t) => t.clause);
    expect(clauses("Saya tinggal di Kupang. Berapa nilai Kab. TTS, thn 2021?")).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2]);
    expect(clauses("RSUD dr. H. Abdul Moeloek; nilai 77,5")).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect(clauses("halo\nnilai tebo")).toEqual([0, 1, 1]);
  });

  it("expands chat abbreviations", () => {
    expect(norms("brp yg dgn sm thn gmn tdk dr utk bgmn")).toEqual([
      "berapa", "yang", "dengan", "sama", "tahun", "bagaimana", "tidak", "dari", "untuk", "bagaimana",
    ]);
  });

  it("brings category prefixes to one word", () => {
    expect(norms("kab pemkab regency kot pemkot pemko city kotamadya prov pemprov propinsi")).toEqual([
      "kabupaten", "kabupaten", "kabupaten", "kota", "kota", "kota", "kota", "kota", "provinsi", "provinsi", "provinsi",
    ]);
    expect(normalizeName("Pemkab Bogor")).toBe(normalizeName("Kabupaten Bogor"));
    expect(normalizeName("city of Bogor")).toBe("kota bogor");
  });

  it("keeps short words in capitals as acronyms", () => {
    expect(norms("BS bs")).toEqual(["bs", "bisa"]);
    expect(tokenize("BS")[0]?.raw).toBe("BS");
  });

  it("collapses runs of letters", () => {
    expect(norms("bagusss nilaiii brppp")).toEqual(["baguss", "nilaii", "berapa"]);
    expect(squeeze("tinggii")).toBe(squeeze("tinggi"));
  });

  it("splits se-, slashes, possessives and letters from digits", () => {
    expect(norms("se-Provinsi Lampung")).toEqual(["se", "provinsi", "lampung"]);
    expect(norms("kabupaten/kota")).toEqual(["kabupaten", "kota"]);
    expect(norms("Kendari's score")).toEqual(["kendari", "score"]);
    expect(norms("top3 thn22")).toEqual(["top", "3", "tahun", "22"]);
    expect(norms("kota2 terbaik")).toEqual(["kota", "terbaik"]);
    expect(norms("nilai 85,5")).toEqual(["nilai", "85.5"]);
  });

  it("drops mentions and links", () => {
    expect(norms("@RaporBot nilai https://example.org/x Tebo")).toEqual(["nilai", "tebo"]);
  });

  it("reads number words", () => {
    const at = (text: string) => numberAt(norms(text), 0);
    expect(at("lima besar")).toEqual({ value: 5, length: 1 });
    expect(at("sepuluh")).toEqual({ value: 10, length: 1 });
    expect(at("dua belas")).toEqual({ value: 12, length: 2 });
    expect(at("dua puluh lima")).toEqual({ value: 25, length: 3 });
    expect(at("twenty five")).toEqual({ value: 25, length: 2 });
    expect(at("15")).toEqual({ value: 15, length: 1 });
    expect(at("besar")).toBeNull();
  });

  it("caps the tokens of long input, but not before the end of a message of the longest length read", () => {
    expect(tokenize("kata ".repeat(5000)).length).toBe(MAX_TOKENS);
    const message = `${"mohon maaf sebelumnya ".repeat(26)}nilai lebong 2023`;
    expect(message.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(tokenize(message).at(-1)?.norm).toBe("2023");
  });
});
