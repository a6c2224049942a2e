import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractInputError, extractResults, loadExtractContext, type ExtractContext } from "../../src/extract/index.js";
import { tempStore } from "../helpers/temp-store.js";

let ctx: ExtractContext;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const store = await tempStore();
  cleanup = store.cleanup;
  ctx = await loadExtractContext(store.db);
});
afterAll(async () => cleanup());

/** Pieces of regional news: names, prefixes, result words, figures, dates, traps and noise. */
const pieces = fc.constantFrom(
  "Kabupaten", "Kota", "Pemkab", "Pemkot", "Pemprov", "Provinsi", "Lampung Utara", "Lampura", "OKU Timur", "Metro", "Bogor",
  "Sulsel", "Lebong", "Bandar Lampung", "Kementerian Agama", "Disdukcapil", "Dinas Sosial", "Puskesmas Rasuan", "RSUD Ahmad Yani",
  "UPTD", "meraih", "nilai", "skor", "dengan nilai", "zona hijau", "zona kuning", "zona merah", "kategori A", "opini B",
  "Opini Kualitas Tertinggi", "predikat kepatuhan tinggi", "peringkat ke-4", "nomor 3 terbaik", "se-Provinsi", "tingkat nasional",
  "peringkat 32", "posisi 2", "tahun 2021", "tahun 2023", "2024", "tahun sebelumnya", "tahun lalu", "pertama kali", "IKM", "SKM",
  "Rp 2,5 miliar", "87,5 persen", "53 produk layanan", "0812-3456-7890", "(09/02/2022)", "5 Februari 2024", "Role Model",
  "KemenPAN-RB", "Sangat Baik", "Baik Dengan Catatan", "16 kabupaten/kota", "seluruh pemda", "yakni", "BACA JUGA:", "Tag",
  "Berita Terkait", "METRO -", "Bandar Lampung (ANTARA) -", ",", ".", ":", ";", "(", ")", "\"", "“", "”", "\n", "\n\n", "–", "-",
  "dan", "di", "dari", "yang", "94,39", "91", "80,85", "100", "0", "999", "12.5", "ke-", "Drs.", "H.", "<p>", "</p>", "<nav>",
  "</nav>", "&amp;", "🎉", "ñ", "Ma'ruf", "https://example.org/a?b=1",
);
const noise = fc.string({ maxLength: 12, unit: "grapheme" });
const article = fc.array(fc.oneof({ weight: 6, arbitrary: pieces }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 120 })
  .map((parts) => parts.join(" "));

describe("random news-like text", () => {
  it("never crashes, and every candidate has its sentence, a substring of the text read", () => {
    let candidates = 0;
    fc.assert(
      fc.property(article, fc.option(fc.constantFrom("2024-02-05", "2023-12-14", "2018-01-24"), { nil: null }), (text, published) => {
        let result;
        try {
          result = extractResults({ text, published }, ctx);
        } catch (error) {
          // Only input that is empty once its markup is gone is refused.
          expect(error).toBeInstanceOf(ExtractInputError);
          return;
        }
        if (!/<[a-z]/i.test(text)) expect(result.text).toBe(text);
        candidates += result.rows.length + result.units.length;
        for (const c of [...result.rows, ...result.units]) {
          expect(c.sentence.trim().length).toBeGreaterThan(0);
          expect(result.text).toContain(c.sentence);
          for (const e of c.evidence) expect(result.text).toContain(e.sentence);
          expect(c.confidence).toBeGreaterThan(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(Array.isArray(c.problems)).toBe(true);
        }
        for (const u of result.undecided) expect(result.text).toContain(u.sentence);
      }),
      { numRuns: 300 },
    );
    // The generator is news-like enough that candidates do come out: the checks above were exercised.
    expect(candidates).toBeGreaterThan(0);
  });
});
