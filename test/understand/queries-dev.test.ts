import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import type { Gazetteer } from "../../src/understand/resolve.js";
import { allCases, parseMismatches } from "../eval/evaluate.js";
import { NOW, seededGazetteer } from "./fixture.js";

const cases = allCases();

describe("sample questions (test/queries-dev.jsonl, test/queries-issue9.jsonl): the parse alone", () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    ({ gazetteer } = await seededGazetteer());
  });

  it.each(cases)("$query", (c) => {
    expect(parseMismatches(c, parseQuestion(c.query, gazetteer, { now: NOW }))).toEqual([]);
  });
});
