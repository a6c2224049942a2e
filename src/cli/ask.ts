import readline from "node:readline";
import { parseArgs } from "node:util";
import type { Asked } from "../app/rapor.js";
import { openRapor } from "../app/open-rapor.js";
import { loadConfig } from "../config/config.js";
import { runCli, UserFacingError } from "../config/exit-on-error.js";
import { databaseTarget } from "../store/connection.js";
import { openStore } from "../store/open-store.js";

const USAGE = 'usage: npm run ask -- [--json] "question"   |   npm run ask -- --jsonl < questions.txt';

/** The machine-readable view of one answered question. */
export function askedToJson(asked: Asked) {
  const q = asked.query;
  return {
    query: q.text,
    intent: q.intent,
    entities: q.entities.map(({ code, name }) => ({ code, name })),
    ambiguous: q.ambiguous.map((a) => ({ text: a.text, candidates: a.candidates.map(({ code, name }) => ({ code, name })) })),
    year: q.year,
    province: q.province,
    category: q.category,
    n: q.n,
    unit: q.unit,
    language: q.language,
    reply: asked.rendered.plain,
  };
}

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (!values.jsonl && positionals.length === 0) throw new UserFacingError(USAGE);
  const config = loadConfig(process.env);
  const db = await openStore(databaseTarget(config));
  try {
    const rapor = await openRapor(db);
    if (values.jsonl) {
      // One process for many questions: one JSON object per input line.
      const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim() === "") continue;
        process.stdout.write(`${JSON.stringify(askedToJson(rapor.ask(line)))}\n`);
      }
      return 0;
    }
    const asked = rapor.ask(positionals.join(" "));
    process.stdout.write(values.json ? `${JSON.stringify(askedToJson(asked))}\n` : `${asked.rendered.plain}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
});
