import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/** The tables of migration 2026-12-02-40-extract-reviews: this module's alone, typed here (see chart-cache.ts). */
interface ExtractReviewsTable {
  draft_id: number;
  source_state: string;
  source_url: string | null;
  source_note: string | null;
  published: string | null;
  extraction: string;
  revision: number;
  updated_at: string;
}

interface ExtractDecisionsTable {
  draft_id: number;
  position: number;
  decision: string;
  cells: string;
  updated_at: string;
}

/** A plain Kysely or a transaction (the import checks the revision inside its own). */
type Q = Kysely<Database>;
const reviews = (db: Q) => db.withTables<{ extract_reviews: ExtractReviewsTable; extract_decisions: ExtractDecisionsTable }>();

export type SourceState = "ask" | "url" | "none";
export type Decision = "keep" | "drop" | "open";

export interface StoredReview {
  draftId: number;
  sourceState: SourceState;
  sourceUrl: string | null;
  sourceNote: string | null;
  published: string | null;
  /** JSON text, as written. */
  extraction: string;
  revision: number;
}

export interface StoredDecision {
  decision: Decision;
  /** JSON text of the corrected cells. */
  cells: string;
}

const now = () => new Date().toISOString();

export async function createReview(db: Q, review: Omit<StoredReview, "revision">): Promise<void> {
  await reviews(db)
    .insertInto("extract_reviews")
    .values({
      draft_id: review.draftId,
      source_state: review.sourceState,
      source_url: review.sourceUrl,
      source_note: review.sourceNote,
      published: review.published,
      extraction: review.extraction,
      revision: 0,
      updated_at: now(),
    })
    .execute();
}

export async function readReview(db: Q, draftId: number): Promise<StoredReview | null> {
  const row = await reviews(db).selectFrom("extract_reviews").selectAll().where("draft_id", "=", draftId).executeTakeFirst();
  if (!row) return null;
  return {
    draftId: Number(row.draft_id),
    sourceState: row.source_state as SourceState,
    sourceUrl: row.source_url,
    sourceNote: row.source_note,
    published: row.published,
    extraction: row.extraction,
    revision: Number(row.revision),
  };
}

/** The review's revision now (inside an import's transaction: has it changed since the preview?). */
export async function reviewRevision(db: Q, draftId: number): Promise<number | null> {
  const row = await reviews(db).selectFrom("extract_reviews").select("revision").where("draft_id", "=", draftId).executeTakeFirst();
  return row ? Number(row.revision) : null;
}

export async function setReviewSource(db: Q, draftId: number, source: { state: SourceState; url: string | null; note: string | null }): Promise<void> {
  await reviews(db)
    .updateTable("extract_reviews")
    .set((eb) => ({ source_state: source.state, source_url: source.url, source_note: source.note, revision: eb("revision", "+", 1), updated_at: now() }))
    .where("draft_id", "=", draftId)
    .execute();
}

/**
 * The candidates read again (with the publication date the admin gave): only while nothing is decided, since
 * decisions name candidates by position. False when a decision exists.
 */
export async function replaceExtraction(db: Q, draftId: number, published: string | null, extraction: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const decided = await reviews(trx).selectFrom("extract_decisions").select("position").where("draft_id", "=", draftId).executeTakeFirst();
    if (decided) return false;
    await reviews(trx)
      .updateTable("extract_reviews")
      .set((eb) => ({ published, extraction, revision: eb("revision", "+", 1), updated_at: now() }))
      .where("draft_id", "=", draftId)
      .execute();
    return true;
  });
}

export async function readDecisions(db: Q, draftId: number): Promise<Map<number, StoredDecision>> {
  const rows = await reviews(db).selectFrom("extract_decisions").select(["position", "decision", "cells"]).where("draft_id", "=", draftId).execute();
  return new Map(rows.map((r) => [Number(r.position), { decision: r.decision as Decision, cells: r.cells }]));
}

/** A candidate's decision and corrected cells, and the review's revision bumped, in one transaction. */
export async function writeDecision(db: Q, draftId: number, position: number, decision: StoredDecision): Promise<void> {
  const at = now();
  await db.transaction().execute(async (trx) => {
    await reviews(trx)
      .insertInto("extract_decisions")
      .values({ draft_id: draftId, position, decision: decision.decision, cells: decision.cells, updated_at: at })
      .onConflict((oc) => oc.columns(["draft_id", "position"]).doUpdateSet({ decision: decision.decision, cells: decision.cells, updated_at: at }))
      .execute();
    await reviews(trx)
      .updateTable("extract_reviews")
      .set((eb) => ({ revision: eb("revision", "+", 1), updated_at: at }))
      .where("draft_id", "=", draftId)
      .execute();
  });
}
