/**
 * `npm run bench [-- NAME...]`: runs the benches below and prints one JSON line per measure.
 * To add one, write test/bench/<name>.bench.ts exporting a `Bench` and list it here.
 */
import { botBench } from "./bot.bench.js";
import { broadcast } from "./broadcast.bench.js";
import { chartsBench } from "./charts.bench.js";
import { coldStart } from "./cold-start.bench.js";
import { engineBench } from "./engine.bench.js";
import { importStall } from "./import-stall.bench.js";
import type { Bench } from "./measure.js";

const BENCHES: Record<string, Bench> = {
  "cold-start": coldStart,
  engine: engineBench,
  broadcast,
  bot: botBench,
  charts: chartsBench,
  "import-stall": importStall,
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`Unknown bench: ${unknown.join(", ")}. Known: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(1);
}

for (const [name, bench] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  try {
    for (const result of await bench()) console.log(JSON.stringify(result));
  } catch (error) {
    console.error(`bench ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
