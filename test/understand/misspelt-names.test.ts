/**
 * A misspelt two-word name is the body it names, or a choice; never a shorter name with the rest ignored
 * (review 2026-12-02 item 3: "lampng utra" answered for Provinsi Lampung).
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
const codes = (text: string) => parse(text).entities.map((e) => e.code);

describe("a typo in each word of a name", () => {
  it("reads Kabupaten Lampung Utara (18.03)", () => {
    for (const q of ["min, lampng utra 2021 dpt nilai brp y?", "lampng utra 2021", "nilai lampung utra 2021", "lampng utara 2021"]) {
      expect(codes(q), q).toEqual(["18.03"]);
      expect(parse(q).ambiguous, q).toEqual([]);
    }
    expect(codes("sumatra utra 2022")).toEqual(["12"]);
  });

  it("a name-like word after a name that reads as a longer name asks which one is meant", () => {
    const q = parse("lampung utrx 2021");
    expect(q.entities).toEqual([]);
    expect(q.ambiguous.map((a) => a.candidates.map((c) => c.code))).toEqual([["18", "18.03"]]);
  });

  it("greetings, honorifics and chat words around a name stay out of it", () => {
    expect(codes("pagi bang, nilai tebo 2022")).toEqual(["15.09"]);
    expect(codes("apa kabar? nilai kota jambi 2024 dong")).toEqual(["15.71"]);
    expect(parse("selamat pagi kak").intent).toBe("greeting");
    expect(parse("selamat pagi kak").entities).toEqual([]);
  });
});
