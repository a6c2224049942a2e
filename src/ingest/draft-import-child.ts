/**
 * The child process of `childProcessDraftImports`: runs one draft's preview or import on its own
 * connection, so its parsing, validation and announcement work never holds up the bot's event
 * loop, and answers with the outcome over IPC.
 */
import { openDatabase } from "../store/connection.js";
import type { DraftJob, DraftJobAnswer } from "./draft-import-process.js";
import { runDraftImport } from "./draft-import.js";

const job = await new Promise<DraftJob>((resolve) => process.once("message", (message) => resolve(message as DraftJob)));
const db = openDatabase(job.target);
let answer: DraftJobAnswer;
try {
  const wait = job.maxWaitMs === undefined ? {} : { wait: { maxWaitMs: job.maxWaitMs } };
  answer = { ok: true, outcome: await runDraftImport(db, job.draftId, job.mode, { botUsername: job.botUsername, revision: job.revision, ...wait }) };
} catch (error) {
  answer = { ok: false, error: error instanceof Error ? error.message : String(error) };
} finally {
  await db.destroy();
}
process.send!(answer, () => process.disconnect());
