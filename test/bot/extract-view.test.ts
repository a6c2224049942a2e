import { describe, expect, it } from "vitest";
import { sourceAnswer } from "../../src/bot/conversations/extract.js";
import { cutSentence } from "../../src/bot/extract-view.js";
import { asHttpUrl } from "../../src/bot/report-message.js";
import { typedDate } from "../../src/extract/report.js";

describe("a quoted sentence", () => {
  const long = `${"Kabupaten ini meraih penghargaan dari Ombudsman bersama sejumlah daerah lain di provinsi yang sama. ".repeat(5)}Kota Metro memperoleh nilai 80,85 dengan zona hijau, ${"disusul beberapa daerah lain yang juga dinilai tahun itu. ".repeat(3)}`;

  it("is kept whole when short", () => {
    expect(cutSentence("Kota Metro memperoleh nilai 80,85.", ["80,85"])).toBe("Kota Metro memperoleh nilai 80,85.");
  });

  it("is cut at word boundaries around the value it gave, and says where it was cut", () => {
    const cut = cutSentence(long, ["80,85"]);
    expect(cut.length).toBeLessThanOrEqual(320 + 4);
    expect(cut).toContain("nilai 80,85 dengan zona hijau");
    expect(cut.startsWith("… ")).toBe(true);
    expect(cut.endsWith(" …")).toBe(true);
    // Whole words only: every word of the cut is a word of the sentence.
    const words = new Set(long.split(/\s+/));
    for (const w of cut.replace(/^… | …$/g, "").split(" ")) expect(words.has(w), w).toBe(true);
  });

  it("without the value in it, shows its beginning", () => {
    const cut = cutSentence(long, ["99,99"]);
    expect(cut.startsWith("Kabupaten ini meraih")).toBe(true);
    expect(cut.endsWith(" …")).toBe(true);
  });
});

describe("the admin's answers", () => {
  const headline = "Lampung Utara Meraih Peringkat Ke-04 Se-Provinsi Lampung";
  it("a URL, with or without its scheme; words around a written URL", () => {
    expect(sourceAnswer("https://example.org/berita/1", headline)).toEqual({ url: "https://example.org/berita/1" });
    expect(sourceAnswer("example.org/berita/1", headline)).toEqual({ url: "https://example.org/berita/1" });
    expect(sourceAnswer("ini linknya https://example.org/berita/1.", headline)).toEqual({ url: "https://example.org/berita/1" });
    expect(sourceAnswer("ftp://example.org/x", headline)).toBe("bad");
    expect(sourceAnswer("besok saya kirim", headline)).toBe("bad");
  });

  it("«tanpa» / «none», with the words that name the report", () => {
    expect(sourceAnswer("tanpa", headline)).toEqual({ note: null });
    expect(sourceAnswer("None", headline)).toEqual({ note: null });
    expect(sourceAnswer("tanpa, indopers.net, 9 Feb 2022", headline)).toEqual({ note: "indopers.net, 9 Feb 2022" });
    expect(sourceAnswer("tanpa url: Radar Lampung", headline)).toEqual({ note: "Radar Lampung" });
    expect(sourceAnswer("tanpa", "Lampura")).toBe("need-words");
    // "tanpaku" is no answer.
    expect(sourceAnswer("tanpaku", headline)).toBe("bad");
  });

  it("a publication date as people type it", () => {
    expect(typedDate("2018-01-24")).toBe("2018-01-24");
    expect(typedDate("24 Januari 2018")).toBe("2018-01-24");
    expect(typedDate("24 January 2018")).toBe("2018-01-24");
    expect(typedDate("5 Feb 2024")).toBe("2024-02-05");
    expect(typedDate("24/01/2018")).toBe("2018-01-24");
    expect(typedDate("31/02/2018")).toBeNull();
    expect(typedDate("Januari 2018")).toBeNull();
    expect(typedDate("kemarin")).toBeNull();
  });

  it("a message's URL is an http(s) address the import accepts", () => {
    expect(asHttpUrl("https://example.org/a).")).toBe("https://example.org/a");
    expect(asHttpUrl("javascript:alert(1)")).toBeNull();
    expect(asHttpUrl(`https://example.org/${"a".repeat(3000)}`)).toBeNull();
  });
});
