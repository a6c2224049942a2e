/**
 * Island groups (review 2026-12-02 item 10: "kabupaten terbaik sumatera 2021" dropped "sumatera" and ranked the
 * whole country): read as what they are, never dropped, never a province's name taken from them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import type { Gazetteer } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer } from "./fixture.js";

let gazetteer: Gazetteer;
beforeAll(async () => {
  ({ gazetteer } = await seededGazetteer());
});
const parse = (text: string) => parseQuestion(text, gazetteer, { now: NOW });

describe("an island group named", () => {
  it.each([
    ["kabupaten terbaik sumatera 2021", "sumatera", "top"],
    ["best regencies in Sumatra 2021", "sumatera", "top"],
    ["5 besar kota se-jawa 2023", "jawa", "top"],
    ["zona merah di pulau jawa 2019", "jawa", "list"],
    ["berapa daerah zona hijau di kalimantan 2022", "kalimantan", "stats"],
    ["peringkat tebo se-sumatera 2022", "sumatera", "rank"],
  ])("%s: the group is kept, no province is made of it", (q, group, intent) => {
    const query = parse(q);
    expect(query.islandGroup).toBe(group);
    expect(query.province).toBeNull();
    expect(query.intent).toBe(intent);
  });

  it("a province whose name starts with the group's word is that province, no group", () => {
    for (const [q, code] of [["kabupaten terbaik di sumatera utara 2021", "12"], ["5 besar di jawa barat 2021", "32"], ["kab/kota kalimantan timur 2021", "64"]] as const) {
      const query = parse(q);
      expect(query.islandGroup, q).toBeNull();
      expect(query.province, q).toBe(code);
    }
    expect(parse("nilai provinsi nusa tenggara timur 2022").entities.map((e) => e.code)).toEqual(["53"]);
  });

  it("greetings and chat stay what they were", () => {
    expect(parse("selamat pagi").intent).toBe("greeting");
    expect(parse("selamat pagi").islandGroup).toBeNull();
  });
});
