import { importAnnouncing } from "../broadcast/announcements.js";
import { StoreBusyError, type WaitPolicy } from "../store/busy.js";
import type { Db } from "../store/connection.js";
import { decideDraft, readDraft, type DraftStatus, type ImportDraft } from "../store/drafts.js";
import { readExtractImport, ReviewChangedError, writeExtractUnits } from "./extract-draft.js";
import { ImportRejectedError } from "./import-results.js";
import type { UnitImportReport } from "./import-units.js";
import { loadValidationContext } from "./validation-context.js";

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
      /** A news report's units (extract drafts only). */
      units?: UnitImportReport;
      /** The review's revision the counts are of (extract drafts only): Import must name it. */
      revision?: number;
    }
  /** The preview found nothing to add: a file's draft is closed, a review stays open. */
  | { kind: "nothing-new"; fileName: string }
  /** The rows (no longer) pass validation: a file's draft is closed, a review stays open. */
  | { kind: "rejected"; fileName: string; problems: string[] }
  /** Decided before (imported, cancelled, superseded) or unknown: nothing was done. */
  | { kind: "stale"; status: DraftStatus | "missing"; fileName: string | null }
  /** A review changed since the preview that named it: nothing was done, the draft still waits. */
  | { kind: "changed"; fileName: string }
  /** Another import kept the database busy past the wait: nothing was done, the draft still waits. */
  | { kind: "busy" };

export type DraftMode = "preview" | "apply";

export interface DraftImportOptions {
  /** For deep links in the announcements. */
  botUsername?: string | undefined;
  wait?: WaitPolicy;
  /** An extract draft's review revision its preview showed: the import applies only that one. */
  revision?: number | undefined;
}

/** Imports (or previews) drafts for the admin feature: in this process, or in a child process. */
export interface DraftImports {
  run(draftId: number, mode: DraftMode, options: DraftImportOptions): Promise<DraftOutcome>;
}

class DraftNoLongerPending extends Error {}

/**
 * A draft's preview (the whole import and its announcements, rolled back) or its import. The
 * import marks the draft imported in its own transaction, on the condition that it is still
 * pending: two presses, or two instances, import it once. A news report's draft (kind "extract")
 * imports its review's kept rows and units, at the revision its preview showed.
 */
export async function runDraftImport(db: Db, draftId: number, mode: DraftMode, options: DraftImportOptions = {}): Promise<DraftOutcome> {
  const draft = await readDraft(db, draftId);
  if (!draft || draft.status !== "pending") return { kind: "stale", status: draft?.status ?? "missing", fileName: draft?.fileName ?? null };
  const { fileName } = draft;
  try {
    const outcome = draft.kind === "extract" ? await importExtract(db, draft, mode, options) : await importFile(db, draft, mode, options);
    if (mode === "preview" && outcome.added === 0 && (outcome.units?.added ?? 0) === 0) {
      // A review stays open: the admin can keep more.
      if (draft.kind === "csv") await decideDraft(db, draftId, "cancelled");
      return { kind: "nothing-new", fileName };
    }
    return outcome;
  } catch (error) {
    if (error instanceof DraftNoLongerPending) {
      const now = await readDraft(db, draftId);
      return { kind: "stale", status: now?.status ?? "missing", fileName };
    }
    if (error instanceof ReviewChangedError) return { kind: "changed", fileName };
    if (error instanceof StoreBusyError) return { kind: "busy" };
    if (!(error instanceof ImportRejectedError)) throw error;
    // At the preview, or because the store changed since: these rows cannot go in as they are.
    // A file's draft is closed; a review stays open (the admin can drop or correct the rows).
    if (draft.kind === "csv") await decideDraft(db, draftId, "cancelled");
    return { kind: "rejected", fileName, problems: error.problems };
  }
}

type Counted = Extract<DraftOutcome, { kind: "previewed" | "imported" }>;

const markImported = async (trx: Db, draftId: number, importId: number | null) => {
  if (!(await decideDraft(trx, draftId, "imported", { importId }))) throw new DraftNoLongerPending();
};

async function importFile(db: Db, draft: ImportDraft, mode: DraftMode, options: DraftImportOptions): Promise<Counted> {
  const { report, told } = await importAnnouncing(db, draft.payload, {
    origin: draft.fileName,
    dryRun: mode === "preview",
    botUsername: options.botUsername,
    ...(options.wait ? { wait: options.wait } : {}),
    withinTransaction: async (trx, r) => {
      if (mode === "apply") await markImported(trx, draft.id, r.importId);
    },
  });
  const { added, unchanged, conflicts } = report;
  return { kind: mode === "preview" ? "previewed" : "imported", fileName: draft.fileName, added, unchanged, conflicts, chats: told.chats, messages: told.messages };
}

async function importExtract(db: Db, draft: ImportDraft, mode: DraftMode, options: DraftImportOptions): Promise<Counted> {
  const context = await loadValidationContext(db);
  const job = await readExtractImport(db, draft.id, context);
  if (!job) throw new DraftNoLongerPending();
  if (mode === "apply" && options.revision !== job.revision) throw new ReviewChangedError();
  if (job.unitProblems.length) throw new ImportRejectedError(job.unitProblems);
  let units: UnitImportReport = { added: 0, unchanged: 0, conflicts: 0 };
  const { report, told } = await importAnnouncing(db, job.results, {
    origin: draft.fileName,
    dryRun: mode === "preview",
    botUsername: options.botUsername,
    context,
    ...(options.wait ? { wait: options.wait } : {}),
    withinTransaction: async (trx, r) => {
      units = await writeExtractUnits(trx, draft.id, job, r.importId ?? 0);
      if (mode === "apply") await markImported(trx, draft.id, r.importId);
    },
  });
  const { added, unchanged, conflicts } = report;
  return {
    kind: mode === "preview" ? "previewed" : "imported",
    fileName: draft.fileName, added, unchanged, conflicts, chats: told.chats, messages: told.messages, units, revision: job.revision,
  };
}

/** Drafts imported on this process's own connection (tests, and where no child process is wanted). */
export const inProcessDraftImports = (db: Db): DraftImports => ({
  run: (draftId, mode, options) => runDraftImport(db, draftId, mode, options),
});
