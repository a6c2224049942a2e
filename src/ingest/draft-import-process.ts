import { fork } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { DatabaseTarget } from "../store/connection.js";
import type { DraftImportOptions, DraftImports, DraftMode, DraftOutcome } from "./draft-import.js";

/** What the parent sends the child. */
export interface DraftJob {
  target: DatabaseTarget;
  draftId: number;
  mode: DraftMode;
  botUsername?: string | undefined;
  maxWaitMs?: number;
  revision?: number | undefined;
}

export type DraftJobAnswer = { ok: true; outcome: DraftOutcome } | { ok: false; error: string };

const child = fileURLToPath(new URL("./draft-import-child.ts", import.meta.url));
// tsx by its file URL: the child does not depend on the working directory.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/**
 * Drafts imported in a child process on its own connection: an admin's upload of any size is
 * parsed, validated, imported and announced away from the bot's event loop, which only waits
 * for the answer (about a second more than in-process, for an action an admin takes rarely).
 */
export function childProcessDraftImports(target: DatabaseTarget): DraftImports {
  return {
    run(draftId: number, mode: DraftMode, options: DraftImportOptions): Promise<DraftOutcome> {
      const job: DraftJob = {
        target, draftId, mode, botUsername: options.botUsername, revision: options.revision, ...(options.wait ? { maxWaitMs: options.wait.maxWaitMs } : {}),
      };
      return new Promise((resolve, reject) => {
        const worker = fork(child, [], {
          execArgv: ["--import", tsx],
          env: { PATH: process.env.PATH ?? "" },
          stdio: ["ignore", "ignore", "pipe", "ipc"],
        });
        let stderr = "";
        let answer: DraftJobAnswer | undefined;
        worker.stderr?.on("data", (chunk) => (stderr = (stderr + String(chunk)).slice(-2000)));
        worker.on("message", (message) => (answer = message as DraftJobAnswer));
        worker.once("error", reject);
        worker.once("exit", (code, signal) => {
          if (answer?.ok) resolve(answer.outcome);
          else reject(new Error(answer ? `draft import failed: ${answer.error}` : `draft import process ended (${signal ?? code}) without an answer: ${stderr.trim()}`));
        });
        worker.send(job);
      });
    },
  };
}
