import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/understand/parse.js";
import { INTENTS, type Query } from "../../src/understand/query.js";
import type { Gazetteer } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer } from "./fixture.js";

let gazetteer: Gazetteer;
beforeAll(async () => {
  ({ gazetteer } = await seededGazetteer());
});

const parse = (text: string): Query => parseQuestion(text, gazetteer, { now: NOW });

function isValidQuery(q: Query, text: string): boolean {
  return (
    q.text === text &&
    (INTENTS as readonly string[]).includes(q.intent) &&
    (q.language === "id" || q.language === "en") &&
    Array.isArray(q.entities) && q.entities.every((e) => gazetteer.bodies.has(e.code)) &&
    Array.isArray(q.ambiguous) && q.ambiguous.every((a) => a.candidates.length >= 2) &&
    (q.year === null || q.year === "latest" || Number.isInteger(q.year)) &&
    Array.isArray(q.years) &&
    (q.province === null || gazetteer.bodies.get(q.province)?.category === "provinsi") &&
    (q.n === null || (Number.isInteger(q.n) && q.n >= 1))
  );
}

const codePoints = (ranges: [number, number][], max = 40) =>
  fc
    .array(fc.oneof(...ranges.map(([lo, hi]) => fc.integer({ min: lo, max: hi }))), { minLength: 1, maxLength: max })
    .map((cps) => String.fromCodePoint(...cps));

const EMOJI: [number, number][] = [[0x1f300, 0x1f5ff], [0x1f600, 0x1f64f], [0x1f680, 0x1f6ff], [0x2600, 0x26ff], [0x1f900, 0x1f9ff]];
const OTHER_SCRIPTS: [number, number][] = [[0x0410, 0x044f], [0x4e00, 0x9fff], [0x0627, 0x064a], [0x0e01, 0x0e2e], [0x3041, 0x3096]];
const SYMBOLS: [number, number][] = [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e], [0x2000, 0x206f], [0x20a0, 0x20cf]];
const identifier = fc.stringMatching(/^[a-z_]{1,12}$/);

const sql = fc.oneof(
  fc.tuple(identifier, identifier).map(([t, c]) => `SELECT * FROM ${t} WHERE ${c} = 1`),
  fc.tuple(identifier).map(([t]) => `'; DROP TABLE ${t}; --`),
  fc.tuple(identifier, fc.nat(99)).map(([c, n]) => `' OR '${c}'='${c}' -- ${n}`),
  fc.tuple(identifier, identifier).map(([t, c]) => `INSERT INTO ${t} (${c}) VALUES ('x');`),
  fc.tuple(identifier, identifier).map(([t, c]) => `UPDATE ${t} SET ${c} = NULL WHERE 1=1`),
  fc.constant("1' UNION SELECT name, score FROM results --"),
);
const code = fc.oneof(
  fc.tuple(identifier, identifier).map(([f, a]) => `function ${f}(${a}) { return ${a}; }`),
  fc.tuple(identifier, fc.nat()).map(([v, n]) => `const ${v} = ${n};`),
  fc.tuple(identifier).map(([v]) => `<script>alert('${v}')</script>`),
  fc.tuple(identifier).map(([v]) => `console.log(${v});`),
  fc.tuple(identifier, identifier).map(([a, b]) => `def ${a}(${b}):\n    return ${b}`),
  fc.tuple(identifier).map(([v]) => `#include <${v}.h>`),
);
/** Latin words with letters of another script inside: homoglyph junk. */
const mixedScript = fc
  .tuple(fc.constantFrom("nilai", "lampung", "tebo", "peringkat", "bogor"), codePoints(OTHER_SCRIPTS, 3))
  .map(([word, other]) => `${word.slice(0, 2)}${other}${word.slice(2)} 2023`);
const long = fc.string({ minLength: 601, maxLength: 5000, unit: "grapheme" });

const junk = fc.oneof(
  codePoints(EMOJI),
  codePoints(OTHER_SCRIPTS),
  codePoints(SYMBOLS),
  fc.tuple(codePoints(EMOJI, 5), codePoints(SYMBOLS, 5)).map(([a, b]) => a + b),
  sql,
  code,
  mixedScript,
  long,
  fc.constantFrom("", " ", "\n\t", "\u200b\u200b", "nilai Tebo 2023 ".repeat(300)),
);

const anything = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ maxLength: 200, unit: "grapheme" }),
  fc.string({ maxLength: 200, unit: "binary" }),
  fc.string({ minLength: 1000, maxLength: 6000, unit: "binary-ascii" }),
  // Real words shuffled with noise: the parser's own vocabulary in random order.
  fc
    .array(
      fc.oneof(
        fc.constantFrom("nilai", "peringkat", "5", "besar", "di", "se-", "Lampung", "Utara", "Bogor", "kab", "kota", "2023",
          "vs", "dan", "zona", "merah", "opini", "A", "apa", "arti", "berapa", "daerah", "tren", "help", "/start", "Jambi",
          "Kota Jambi", "terbawah", "top", "lima", "thn", "22", "tahun lalu", "terbaru", "dukcapil", "langganan", "BS"),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 12 },
    )
    .map((words) => words.join(" ")),
);

describe("parser robustness", () => {
  it("never throws and always returns a valid Query (10,000 random inputs)", () => {
    fc.assert(
      fc.property(anything, (text) => isValidQuery(parse(text), text)),
      { numRuns: 10_000, seed: 20260301 },
    );
  });

  it("answers junk (emoji, other scripts, symbols, SQL, code, mixed scripts, very long text) with unknown", () => {
    fc.assert(
      fc.property(junk, (text) => {
        const q = parse(text);
        return isValidQuery(q, text) && q.intent === "unknown" && q.entities.length === 0;
      }),
      { numRuns: 4_000, seed: 7 },
    );
  });

  it("answers a 4,096-character message with unknown", () => {
    expect(parse("a".repeat(4096)).intent).toBe("unknown");
    expect(parse("nilai Tebo 2023 ".repeat(256)).intent).toBe("unknown");
  });

  it("survives input that is not a string", () => {
    expect(parse(undefined as unknown as string).intent).toBe("unknown");
    expect(parse(null as unknown as string).intent).toBe("unknown");
  });
});
