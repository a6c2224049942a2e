import { constants } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { importAnnouncing, type AnnouncementSummary } from "../broadcast/index.js";
import { loadConfig } from "../config/config.js";
import { runCli, UserFacingError } from "../config/exit-on-error.js";
import { ImportRejectedError, type ImportReport } from "../ingest/import-results.js";
import { readUtf8File, UnreadableFileError } from "../ingest/read-text-file.js";
import { IMPORT_WAIT, StoreBusyError } from "../store/busy.js";
import { databaseTarget } from "../store/connection.js";
import { openStore } from "../store/open-store.js";
import { Interrupted, Interruption } from "./interruption.js";

const USAGE = "Usage: npm run import -- FILE.csv [--json]";
/** Enough to fix a file by; the JSON output always lists every problem. */
const MAX_PROBLEMS_SHOWN = 50;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(report: ImportReport, told: AnnouncementSummary): string {
  return [
    plural(report.added, "row added", "rows added"),
    `${report.unchanged} already present`,
    `${report.conflicts} ${report.conflicts === 1 ? "conflicts" : "conflict"} with a stored source`,
    `${plural(told.messages, "announcement", "announcements")} queued for subscribers`,
  ].join(", ");
}

function rejection(file: string, problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${p}`);
  if (problems.length > shown.length) shown.push(`  ... and ${problems.length - shown.length} more`);
  return [`${file} was rejected, nothing was written (${plural(problems.length, "problem", "problems")}):`, ...shown].join("\n");
}

function parseCommandLine(): { file: string; json: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      options: { json: { type: "boolean", default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error(positionals.length ? "give exactly one file" : "no file given");
    return { file: positionals[0]!, json: values.json };
  } catch (error) {
    throw new UserFacingError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
}

const signalExitCode = (signal: NodeJS.Signals) => 128 + constants.signals[signal];

async function main(): Promise<number> {
  const { file, json } = parseCommandLine();
  const interruption = new Interruption();
  let importing = false;
  const interrupted = (error: Interrupted) => {
    if (json) console.log(JSON.stringify({ error: error.message, problems: [] }));
    else console.error(error.message);
    return signalExitCode(error.signal);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    // During the import: it rolls back at its next statement. Before it (reading, opening) or at a second signal: now.
    if (importing && !interruption.signal) interruption.signal = signal;
    else process.exit(interrupted(new Interrupted(signal)));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const config = loadConfig(process.env);
  let text: string;
  try {
    text = await readUtf8File(file);
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    if (json) console.log(JSON.stringify({ error: error.message, problems: [] }));
    else console.error(error.message);
    return 1;
  }

  // Imports take turns: a second one waits (asynchronously, bounded) and says so on stderr.
  const wait = { ...IMPORT_WAIT, maxWaitMs: config.IMPORT_WAIT_SECONDS * 1000, onWait: () => console.error("Another import is running, waiting for it to finish…") };
  let db: Awaited<ReturnType<typeof openStore>> | undefined;
  try {
    db = await openStore(databaseTarget(config));
    // Subscribers' digests are enqueued in the import's transaction; the running bot sends them.
    importing = true;
    const { report, told } = await importAnnouncing(db.withPlugin(interruption), text, { origin: path.basename(file), botUsername: config.BOT_USERNAME, wait });
    importing = false;
    const { added, unchanged, conflicts } = report;
    console.log(json ? JSON.stringify({ added, unchanged, conflicts }) : summary(report, told));
    // (A signal after the last statement comes too late: the import was committed, as said above.)
    return 0;
  } catch (error) {
    if (error instanceof Interrupted) return interrupted(error);
    if (error instanceof ImportRejectedError) {
      if (json) console.log(JSON.stringify({ error: `${file} was rejected, nothing was written`, problems: error.problems }));
      else console.error(rejection(file, error.problems));
      return 1;
    }
    const message =
      error instanceof StoreBusyError
        ? `${file} was not imported, nothing was written: another import was still running after ${Math.round(error.waitedMs / 1000)} s; try again when it has finished`
        : `${file} was not imported, nothing was written: ${error instanceof Error ? error.message : String(error)}`;
    // --json always prints one object, whatever went wrong.
    if (json) console.log(JSON.stringify({ error: message, problems: [] }));
    else console.error(message);
    return 1;
  } finally {
    await db?.destroy();
  }
}

await runCli(main);
