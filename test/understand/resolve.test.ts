import { beforeAll, describe, expect, it } from "vitest";
import { tokenize } from "../../src/understand/normalize.js";
import { parseQuestion } from "../../src/understand/parse.js";
import { buildGazetteer, findNames, type Gazetteer, type GazetteerBody } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer, seededRandom } from "./fixture.js";

let gazetteer: Gazetteer;
let bodies: GazetteerBody[];
beforeAll(async () => {
  ({ gazetteer, bodies } = await seededGazetteer());
});

const codesIn = (text: string) => findNames(gazetteer, tokenize(text)).map((m) => m.codes);

describe("gazetteer lookups", () => {
  it("reads official names, bare names, derived forms and aliases", () => {
    expect(codesIn("Kabupaten Lampung Utara")).toEqual([["18.03"]]);
    expect(codesIn("lampung utara")).toEqual([["18.03"]]);
    expect(codesIn("Pemkab Lampung Utara")).toEqual([["18.03"]]);
    expect(codesIn("Lampura")).toEqual([["18.03"]]);
    expect(codesIn("OKU Timur")).toEqual([["16.08"]]);
    expect(codesIn("Kemenlu")).toEqual([["KL.KEMLU"]]);
    expect(codesIn("Pematang Siantar")).toEqual([["12.72"]]);
  });

  it("takes the longest name: Lampung Utara is not the province Lampung", () => {
    expect(codesIn("peringkat Lampung Utara se-Provinsi Lampung 2021")).toEqual([["18.03"], ["18"]]);
    expect(codesIn("Rejang Lebong")).toEqual([["17.02"]]);
    expect(codesIn("Bengkulu Selatan")).toEqual([["17.01"]]);
  });

  it("is not disturbed by the words around a name", () => {
    for (const q of ["nilai tebo", "tebo 2023", "peringkat tebo tahun 2022", "di tebo", "se-Tebo", "Tebo's score"]) {
      expect(codesIn(q)).toEqual([["15.09"]]);
    }
  });

  it("gives both of a same-name regency/city pair unless the prefix says which", () => {
    for (const [bare, kab, kota] of [["Bogor", "32.01", "32.71"], ["Malang", "35.07", "35.73"], ["Kupang", "53.01", "53.71"], ["Sorong", "96.01", "96.71"]] as const) {
      expect(codesIn(bare)).toEqual([[kab, kota]]);
      expect(codesIn(`Kabupaten ${bare}`)).toEqual([[kab]]);
      expect(codesIn(`kab ${bare}`)).toEqual([[kab]]);
      expect(codesIn(`${bare} regency`)).toEqual([[kab]]);
      expect(codesIn(`Kota ${bare}`)).toEqual([[kota]]);
      expect(codesIn(`pemko ${bare}`)).toEqual([[kota]]);
      expect(codesIn(`${bare} city`)).toEqual([[kota]]);
    }
  });

  it("reads a bare province name shared with a city as the province", () => {
    expect(codesIn("Jambi")).toEqual([["15"]]);
    expect(codesIn("Kota Jambi")).toEqual([["15.71"]]);
    expect(codesIn("Bengkulu")).toEqual([["17"]]);
    expect(codesIn("Kota Bengkulu")).toEqual([["17.71"]]);
    expect(codesIn("Gorontalo")).toEqual([["75"]]);
    expect(codesIn("Kabupaten Gorontalo")).toEqual([["75.01"]]);
  });

  it("reads two-letter and everyday-word nicknames only in capitals", () => {
    expect(codesIn("BS")).toEqual([["17.01"]]);
    expect(codesIn("bs")).toEqual([]);
    expect(codesIn("bu")).toEqual([]);
    expect(codesIn("Mitra")).toEqual([["71.07"]]);
    expect(codesIn("mitra")).toEqual([]);
  });

  it("corrects one typo per word and run-together words", () => {
    expect(codesIn("lampung utaar")).toEqual([["18.03"]]);
    expect(codesIn("KabupatenLampung Utara")).toEqual([["18.03"]]);
    expect(codesIn("kta bogor")).toEqual([["32.71"]]);
    expect(codesIn("Kementerian Komunikasi dan Digtal")).toEqual([["KL.KOMDIGI"]]);
  });

  it("never corrects a name typed exactly into another one: Sulbar is Sulawesi Barat, not Sumbar", () => {
    // aliases.csv: Sulbar -> 76, Sumbar -> 13; "Pemprov Sumbar" is one letter from "pemprov sulbar".
    expect(codesIn("pemprov sulbar")).toEqual([["76"]]);
    expect(codesIn("provinsi sulbar 2024")).toEqual([["76"]]);
    expect(codesIn("pemprov sumbar")).toEqual([["13"]]);
  });

  it("reads one-word names typed as two words, and two-word names run together", () => {
    expect(codesIn("batang hari")).toEqual([["15.04"]]);
    expect(codesIn("kabupaten batang hari")).toEqual([["15.04"]]);
    expect(codesIn("batang")).toEqual([["33.25"]]);
    expect(codesIn("pekan baru")).toEqual([["14.71"]]);
    expect(codesIn("gunung kidul")).toEqual([["34.03"]]);
    expect(codesIn("tanjungjabungbarat")).toEqual([["15.06"]]);
  });

  it("derives the spaced and stem forms of direction nicknames, and leading acronyms", () => {
    // aliases.csv: Tanjabbar -> 15.06, Tanjabtim -> 15.07.
    expect(codesIn("tanjab barat")).toEqual([["15.06"]]);
    expect(codesIn("tanjab timur")).toEqual([["15.07"]]);
    expect(codesIn("tanjab")).toEqual([["15.06", "15.07"]]);
    // Provinsi DKI Jakarta (31).
    expect(codesIn("pemprov dki")).toEqual([["31"]]);
    expect(codesIn("DKI")).toEqual([["31"]]);
  });

  it("derives nothing that shadows a name: a derived form never overrides an existing key", () => {
    const g = buildGazetteer(
      [
        { code: "A", name: "Kabupaten Tanjung Jabung Barat", category: "kabupaten", province_code: "P" },
        { code: "B", name: "Kabupaten Tanjab", category: "kabupaten", province_code: "P" },
      ],
      [{ alias: "Tanjabbar", code: "A", kind: "alias" }],
    );
    expect(findNames(g, tokenize("tanjab")).map((m) => m.codes)).toEqual([["B"]]);
    expect(findNames(g, tokenize("tanjab barat")).map((m) => m.codes)).toEqual([["A"]]);
  });

  it("ignores aliases that are notes, not names", () => {
    const g = buildGazetteer(
      [{ code: "71", name: "Provinsi Sulawesi Utara", category: "provinsi", province_code: "71" }],
      [{ alias: "Sulawesi Utara (Sultra) [known media error]", code: "71", kind: "alias" }],
    );
    expect([...g.keys.keys()].some((k) => k.includes("error"))).toBe(false);
  });
});

describe("every official name with one random typo", () => {
  /** One deletion, adjacent swap or doubled letter at a random place. */
  function typo(name: string, random: () => number): string {
    const kind = Math.floor(random() * 3);
    if (kind === 0) {
      const i = Math.floor(random() * name.length);
      return name.slice(0, i) + name.slice(i + 1);
    }
    if (kind === 1) {
      const i = Math.floor(random() * (name.length - 1));
      return name.slice(0, i) + name.charAt(i + 1) + name.charAt(i) + name.slice(i + 2);
    }
    const i = Math.floor(random() * name.length);
    return name.slice(0, i + 1) + name.charAt(i) + name.slice(i + 1);
  }

  it.each([1, 7, 42])("resolves at least 97%% to the right body (seed %i)", (seed) => {
    const random = seededRandom(seed);
    expect(bodies.length).toBe(589);
    let right = 0;
    const wrong: string[] = [];
    for (const body of bodies) {
      const typed = typo(body.name, random);
      const text = random() < 0.5 ? typed : `nilai ${typed} 2023`;
      const q = parseQuestion(text, gazetteer, { now: NOW });
      if (q.entities.length === 1 && q.entities[0]?.code === body.code && q.ambiguous.length === 0) right++;
      else wrong.push(`${typed} (${body.code})`);
    }
    const rate = right / bodies.length;
    expect(rate, `missed: ${wrong.join("; ")}`).toBeGreaterThanOrEqual(0.97);
  });
});
