import type { Kysely } from "kysely";
import { retryOnUniqueViolation } from "./errors.js";
import type { Database } from "./schema.js";

/** A plain Kysely or a transaction (a draft is marked imported inside the import's own). */
type Q = Kysely<Database>;

export const DRAFT_STATUSES = ["pending", "imported", "cancelled", "superseded"] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export interface NewDraft {
  /** "csv": an uploaded file (payload: its text); "extract": a news report under review (src/store/extract-reviews.ts). */
  kind: "csv" | "extract";
  adminId: number;
  chatId: number;
  fileName: string;
  payload: string;
}

export interface ImportDraft extends NewDraft {
  id: number;
  status: DraftStatus;
  createdAt: string;
  decidedAt: string | null;
  importId: number | null;
}

/**
 * Keeps a file an admin sent until they decide; their older pending draft in the same chat is
 * superseded in the same transaction. Returns the new draft's id.
 */
export async function createDraft(db: Q, draft: NewDraft, now = new Date()): Promise<number> {
  const at = now.toISOString();
  const attempt = () =>
    db.transaction().execute(async (trx) => {
      await trx
        .updateTable("import_drafts")
        .set({ status: "superseded", decided_at: at })
        .where("admin_id", "=", draft.adminId)
        .where("chat_id", "=", draft.chatId)
        .where("status", "=", "pending")
        .execute();
      const row = await trx
        .insertInto("import_drafts")
        .values({
          kind: draft.kind,
          admin_id: draft.adminId,
          chat_id: draft.chatId,
          file_name: draft.fileName,
          payload: draft.payload,
          status: "pending",
          created_at: at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      return Number(row.id);
    });
  // Another instance's upload of the same admin committing between our update and insert (one
  // pending draft per admin and chat) takes the unique key: supersede that one too.
  return retryOnUniqueViolation(attempt);
}

export async function readDraft(db: Q, id: number): Promise<ImportDraft | null> {
  const row = await db.selectFrom("import_drafts").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  return {
    id: Number(row.id),
    kind: row.kind as NewDraft["kind"],
    adminId: Number(row.admin_id),
    chatId: Number(row.chat_id),
    fileName: row.file_name,
    payload: row.payload,
    status: row.status as DraftStatus,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    importId: row.import_id === null ? null : Number(row.import_id),
  };
}

/**
 * Decides a pending draft; false when it was no longer pending (decided by a press before this
 * one, or superseded). Inside an import's transaction this is what makes it happen at most once.
 */
export async function decideDraft(
  db: Q,
  id: number,
  status: "imported" | "cancelled",
  options: { importId?: number | null; now?: Date } = {},
): Promise<boolean> {
  const result = await db
    .updateTable("import_drafts")
    .set({ status, decided_at: (options.now ?? new Date()).toISOString(), import_id: options.importId ?? null })
    .where("id", "=", id)
    .where("status", "=", "pending")
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
