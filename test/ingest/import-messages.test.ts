import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importResultsCsv, ImportRejectedError } from "../../src/ingest/import-results.js";
import { tempStore } from "../helpers/temp-store.js";
import { csv, HEADER, row } from "./fixtures.js";

let store: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(async () => store.cleanup());

async function problems(text: string): Promise<string[]> {
  try {
    await importResultsCsv(store.db, text, { origin: "messages.csv" });
  } catch (error) {
    if (error instanceof ImportRejectedError) return error.problems;
    throw error;
  }
  throw new Error("the file was accepted");
}

describe("what an import's problems say", () => {
  it("a negative score is out of the scale, not a formatting error", async () => {
    expect(await problems(csv(row({ score: "-3" })))).toEqual(["row 2: score must be between 0 and 100"]);
    expect(await problems(csv(row({ score: "1000" })))).toEqual(["row 2: score must be between 0 and 100"]);
    // A number written the Indonesian way is still a formatting error.
    expect(await problems(csv(row({ score: "94,39" })))).toEqual(["row 2: score must be a number with at most two decimals, written with a dot"]);
    expect(await problems(csv(row({ score: "-" })))).toEqual(["row 2: score must be a number with at most two decimals, written with a dot"]);
  });

  it("a NUL-filled or huge header is quoted once, escaped and cut at 80 characters", async () => {
    const [nul] = await problems(`${"\u0000".repeat(4096)}\na\n`);
    expect(nul).toContain('unknown column(s): "\\u0000');
    expect(nul).not.toContain("\u0000");
    expect(nul!.length).toBeLessThan(400);

    const [huge] = await problems(`${HEADER},${"x".repeat(5000)}\n${"a,".repeat(15)}b\n`);
    expect(huge).toBe(`unknown column(s): "${"x".repeat(80)}…"`);

    // Thousands of unknown columns: ten are named, the rest counted.
    const [many] = await problems(`${HEADER},${Array.from({ length: 3000 }, (_, i) => `c${i}`).join(",")}\n`);
    expect(many).toBe(`unknown column(s): ${Array.from({ length: 10 }, (_, i) => `"c${i}"`).join(", ")} and 2990 more`);
  });

  it("a value from the file is quoted at most 80 characters, invisible characters escaped", async () => {
    const [code] = await problems(csv(row({ entity_code: "Z".repeat(3000) })));
    expect(code).toBe(`row 2: entity_code unknown code "${"Z".repeat(80)}…"`);
    const [programme] = await problems(csv(row({ programme: 'evil\u202e"name' })));
    expect(programme).toBe('row 2: programme unknown programme "evil\\u202e\\"name"');
  });

  it("a CSV error quoting a huge cell is cut short", async () => {
    const [problem] = await problems(`${HEADER}\n${"y".repeat(5000)}"abc,2,3\n`);
    expect(problem).toMatch(/^not a valid CSV file: Invalid Opening Quote/);
    expect(problem!.length).toBeLessThanOrEqual("not a valid CSV file: ".length + 201);
  });
});
