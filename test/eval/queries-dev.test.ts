import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rapor } from "../../src/app/rapor.js";
import { openRapor } from "../../src/app/open-rapor.js";
import { tempStore } from "../helpers/temp-store.js";
import { allCases, evaluateCase, loadCases, parseMismatches, replyStates, SAMPLE_FILES } from "./evaluate.js";

const cases = allCases();

describe("the whole pipeline on the sample questions (parse + every expected fact in the reply)", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let rapor: Rapor;
  beforeAll(async () => {
    store = await tempStore();
    rapor = await openRapor(store.db);
  });
  afterAll(async () => store.cleanup());

  it.each(cases)("$query", (c) => {
    const result = evaluateCase(rapor, c);
    expect(result.failures, result.reply).toEqual([]);
  });

  it("reads both sample files, each question once", () => {
    expect(loadCases(SAMPLE_FILES[0]).length).toBeGreaterThanOrEqual(45);
    expect(loadCases(SAMPLE_FILES[1]).length).toBeGreaterThanOrEqual(130);
    // Every issue-9 question whose reply states figures pins them (the rest are greetings, unmatched names, a which-one).
    expect(loadCases(SAMPLE_FILES[1]).filter((c) => c.expect?.length).length).toBeGreaterThanOrEqual(119);
    const questions = cases.map((c) => c.query.toLowerCase());
    expect(questions.length - new Set(questions).size).toBe(0);
  });

  it("fails a case when its reply lacks a fact, even when the parse is right", () => {
    const withFacts = cases.filter((c) => (c.expect ?? []).some((f) => !replyStates(c.query, f)));
    expect(withFacts.length).toBeGreaterThan(140);
    for (const c of withFacts) {
      const echo = { ...rapor, ask: (text: string) => ({ ...rapor.ask(text), rendered: { ...rapor.ask(text).rendered, plain: text } }) };
      expect(evaluateCase(echo as Rapor, c).ok, c.query).toBe(false);
    }
  });

  it("matches numbers as numbers, in either decimal notation", () => {
    expect(replyStates("Nilai: 94,39 · Zona Hijau", "94.39")).toBe(true);
    expect(replyStates("Peringkat 32 nasional", "3")).toBe(false);
    expect(replyStates("zona hijau", "Hijau")).toBe(true);
  });

  it("checks every field a case pins: changing any one of them in the right parse is caught", () => {
    let mutations = 0;
    for (const c of cases) {
      const right = rapor.parse(c.query);
      const pinned = Object.keys(c).filter((k) => !["query", "expect"].includes(k));
      for (const field of pinned) {
        const wrong = { ...right };
        if (field === "codes") wrong.entities = [...right.entities, { code: "00.00", name: "Nowhere" }];
        else if (field === "ambiguous") wrong.ambiguous = [];
        else if (field === "unmatched") wrong.unmatched = [...right.unmatched, "nowhere"];
        else if (field === "intent") wrong.intent = right.intent === "unknown" ? "help" : "unknown";
        else if (field === "language") wrong.language = right.language === "id" ? "en" : "id";
        else (wrong as Record<string, unknown>)[field] = (right as unknown as Record<string, unknown>)[field] === null ? "x" : null;
        if (field === "ambiguous" && right.ambiguous.length === 0) wrong.ambiguous = [{ text: "x", candidates: [{ code: "00.00", name: "Nowhere" }] }];
        expect(parseMismatches(c, wrong).length, `${c.query}: ${field}`).toBeGreaterThan(0);
        mutations++;
      }
    }
    expect(mutations).toBeGreaterThan(cases.length * 2);
  });
});
