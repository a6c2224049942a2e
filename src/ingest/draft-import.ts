import { importAnnouncing } from "../broadcast/announcements.js";
import { StoreBusyError, type WaitPolicy } from "../store/busy.js";
import type { Db } from "../store/connection.js";
import { decideDraft, readDraft, type DraftStatus } from "../store/drafts.js";
import { ImportRejectedError } from "./import-results.js";

/** What became of a draft's preview or import; plain data, so it crosses a process boundary. */
export type DraftOutcome =
  | {
      kind: "previewed" | "imported";
      fileName: string;
      added: number;
      unchanged: number;
      conflicts: number;
      /** Chats that are (or would be) told, and the digests queued for them. */
      chats: number;
      messages: number;
    }
  /** The preview found nothing to add: the draft is closed. */
  | { kind: "nothing-new"; fileName: string }
  /** The file (no longer) passes validation: the draft is closed. */
  | { kind: "rejected"; fileName: string; problems: string[] }
  /** Decided before (imported, cancelled, superseded) or unknown: nothing was done. */
  | { kind: "stale"; status: DraftStatus | "missing"; fileName: string | null }
  /** Another import kept the database busy past the wait: nothing was done, the draft still waits. */
  | { kind: "busy" };

export type DraftMode = "preview" | "apply";

export interface DraftImportOptions {
  /** For deep links in the announcements. */
  botUsername?: string | undefined;
  wait?: WaitPolicy;
}

/** Imports (or previews) drafts for the admin feature: in this process, or in a child process. */
export interface DraftImports {
  run(draftId: number, mode: DraftMode, options: DraftImportOptions): Promise<DraftOutcome>;
}

class DraftNoLongerPending extends Error {}

/**
 * A draft's preview (the whole import and its announcements, rolled back) or its import. The
 * import marks the draft imported in its own transaction, on the condition that it is still
 * pending: two presses, or two instances, import it once.
 */
export async function runDraftImport(db: Db, draftId: number, mode: DraftMode, options: DraftImportOptions = {}): Promise<DraftOutcome> {
  const draft = await readDraft(db, draftId);
  if (!draft || draft.status !== "pending") return { kind: "stale", status: draft?.status ?? "missing", fileName: draft?.fileName ?? null };
  const { fileName } = draft;
  try {
    const { report, told } = await importAnnouncing(db, draft.payload, {
      origin: fileName,
      dryRun: mode === "preview",
      botUsername: options.botUsername,
      ...(options.wait ? { wait: options.wait } : {}),
      withinTransaction: async (trx, r) => {
        if (mode === "apply" && !(await decideDraft(trx, draftId, "imported", { importId: r.importId }))) throw new DraftNoLongerPending();
      },
    });
    if (mode === "preview" && report.added === 0) {
      await decideDraft(db, draftId, "cancelled");
      return { kind: "nothing-new", fileName };
    }
    const { added, unchanged, conflicts } = report;
    return { kind: mode === "preview" ? "previewed" : "imported", fileName, added, unchanged, conflicts, chats: told.chats, messages: told.messages };
  } catch (error) {
    if (error instanceof DraftNoLongerPending) {
      const now = await readDraft(db, draftId);
      return { kind: "stale", status: now?.status ?? "missing", fileName };
    }
    if (error instanceof StoreBusyError) return { kind: "busy" };
    if (!(error instanceof ImportRejectedError)) throw error;
    // At the preview, or because the store changed since: this file cannot go in as it is.
    await decideDraft(db, draftId, "cancelled");
    return { kind: "rejected", fileName, problems: error.problems };
  }
}

/** Drafts imported on this process's own connection (tests, and where no child process is wanted). */
export const inProcessDraftImports = (db: Db): DraftImports => ({
  run: (draftId, mode, options) => runDraftImport(db, draftId, mode, options),
});
