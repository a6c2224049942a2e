import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import type { Asked, Rapor } from "../app/rapor.js";
import { openRapor } from "../app/open-rapor.js";
import { fileAction } from "../chart/file-actions.js";
import { chartOf } from "../chart/from-answer.js";
import { ChartPool, type ChartRenderer } from "../chart/pool.js";
import { loadConfig } from "../config/config.js";
import { runCli, UserFacingError } from "../config/exit-on-error.js";
import { databaseTarget } from "../store/connection.js";
import { openStore } from "../store/open-store.js";

const USAGE = 'usage: npm run ask -- [--json] [--chart-dir DIR] "question"   |   npm run ask -- --jsonl [--chart-dir DIR] < questions.txt';

/**
 * The chart of a reply, written as DIR/<title>.png: for replies with a 📊 button (trends, lists,
 * comparisons) and questions asked as a chart. Returns the paths written.
 */
async function writeCharts(rapor: Rapor, charts: ChartRenderer, dir: string, asked: Asked): Promise<string[]> {
  if (!fileAction(asked.reply, "png") && asked.query.output !== "chart") return [];
  const model = chartOf({ locale: asked.locale, t: rapor.translator.forLocale(asked.locale), catalog: rapor.catalog }, asked.reply);
  if (!model) return [];
  const result = await charts.render(model);
  if (!result.ok) {
    process.stderr.write(`chart not drawn: ${result.error}\n`);
    return [];
  }
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${model.slug}.png`);
  fs.writeFileSync(file, result.png);
  return [file];
}

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
    unitName: q.unitName,
    unmatched: q.unmatched,
    programme: q.programme,
    measure: q.measure,
    rankScope: q.rankScope,
    output: q.output,
    language: q.language,
    languageFromWords: q.languageFromWords,
    reply: asked.rendered.plain,
  };
}

await runCli(async () => {
  const { values, positionals } = parseArgs({
    options: { json: { type: "boolean", default: false }, jsonl: { type: "boolean", default: false }, "chart-dir": { type: "string" } },
    allowPositionals: true,
  });
  if (!values.jsonl && positionals.length === 0) throw new UserFacingError(USAGE);
  const config = loadConfig(process.env);
  const db = await openStore(databaseTarget(config));
  const chartDir = values["chart-dir"];
  const charts = chartDir ? new ChartPool({ size: 1 }) : null;
  try {
    const rapor = await openRapor(db);
    // Like a chat that chose no language: the question's words, else DEFAULT_LOCALE.
    const language = { chosen: null, fallback: config.DEFAULT_LOCALE };
    // With --chart-dir, JSON lines get the paths of the charts written ("charts": [...]).
    const toJson = async (asked: Asked) => ({
      ...askedToJson(asked),
      ...(charts && chartDir ? { charts: await writeCharts(rapor, charts, chartDir, asked) } : {}),
    });
    if (values.jsonl) {
      // One process for many questions: one JSON object per input line.
      const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim() === "") continue;
        process.stdout.write(`${JSON.stringify(await toJson(rapor.ask(line, language)))}\n`);
      }
      return 0;
    }
    const asked = rapor.ask(positionals.join(" "), language);
    if (values.json) {
      process.stdout.write(`${JSON.stringify(await toJson(asked))}\n`);
      return 0;
    }
    const written = charts && chartDir ? await writeCharts(rapor, charts, chartDir, asked) : [];
    const saved = written.map((file) => rapor.translator.t(asked.locale, "bot-terminal-chart-saved", { path: file }));
    process.stdout.write(`${[asked.rendered.plain, ...saved].join("\n")}\n`);
    return 0;
  } finally {
    await charts?.close();
    await db.destroy();
  }
});
