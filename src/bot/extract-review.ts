import type { Catalog } from "../answer/catalog.js";
import { ExtractInputError, extractResults, loadExtractContext, type ExtractContext } from "../extract/index.js";
import {
  parseCorrection, refusalsOfCorrection, reviewExtraction, reviewItems, withCells, type CandidateDecision, type CorrectableField,
  type CorrectionProblem, type Decision, type ReviewExtraction, type ReviewItem, type ReviewSource,
} from "../extract/review.js";
import type { RowRefusal } from "../ingest/result-rows.js";
import type { Db } from "../store/connection.js";
import { createDraft, decideDraft, readDraft, type ImportDraft } from "../store/drafts.js";
import {
  createReview, readDecisions, readReview, replaceExtraction, setReviewSource, writeDecision, type SourceState, type StoredReview,
} from "../store/extract-reviews.js";

/** A review as stored, read for one update. */
export interface ReviewState {
  draft: ImportDraft;
  review: StoredReview;
  extraction: ReviewExtraction;
  items: ReviewItem[];
  source: ReviewSource;
}

/** The article a draft keeps (import_drafts.payload of kind "extract"): read again when the admin gives its date. */
interface ArticlePayload {
  text: string;
}

export type Started =
  | { kind: "started"; draftId: number; needsDate: boolean; needsSource: boolean }
  /** No figure of a result in the text. */
  | { kind: "nothing" }
  | { kind: "refused"; error: ExtractInputError };

export type Corrected = { ok: true } | { ok: false; problem: CorrectionProblem } | { ok: false; refusals: RowRefusal[] };

/** A draft's label in messages and in `imports.origin`: the headline, short. */
const label = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title) || "news report";

/**
 * Admins' reviews of news reports: the extraction read once and kept with the draft, each decision and correction
 * written as it is made (so a restart continues from the database), checked with the import's own rules.
 */
export class ExtractReviews {
  private cached: { version: number; context: Promise<ExtractContext> } | null = null;

  constructor(
    private readonly db: Db,
    /** The answer engine's catalog (its scales and data version). */
    private readonly catalog: () => Catalog,
  ) {}

  /** The extractor's context, loaded again when an import changed the data. */
  context(): Promise<ExtractContext> {
    const catalog = this.catalog();
    if (this.cached?.version !== catalog.version) {
      const context = loadExtractContext(this.db, catalog.scales);
      this.cached = { version: catalog.version, context };
      context.catch(() => (this.cached = null));
    }
    return this.cached!.context;
  }

  /** Reads a report and keeps it as the admin's draft under review (their older draft in the chat is superseded). */
  async start(input: { adminId: number; chatId: number; text: string; url: string | null; published: string | null }): Promise<Started> {
    const ctx = await this.context();
    let extraction;
    try {
      extraction = extractResults({ text: input.text, url: input.url, published: input.published }, ctx);
    } catch (error) {
      if (error instanceof ExtractInputError) return { kind: "refused", error };
      throw error;
    }
    if (extraction.rows.length + extraction.units.length + extraction.undecided.length === 0) return { kind: "nothing" };
    const kept = reviewExtraction(extraction);
    const payload: ArticlePayload = { text: extraction.text };
    const draftId = await createDraft(this.db, { kind: "extract", adminId: input.adminId, chatId: input.chatId, fileName: label(kept.title), payload: JSON.stringify(payload) });
    await createReview(this.db, {
      draftId,
      sourceState: input.url ? "url" : "ask",
      sourceUrl: input.url,
      sourceNote: null,
      published: input.published,
      extraction: JSON.stringify(kept),
    });
    const needsDate = input.published === null && extraction.undecided.some((u) => u.reason.code === "no-year");
    return { kind: "started", draftId, needsDate, needsSource: input.url === null };
  }

  /** The review of a draft; null when there is none (an unknown id, a file's draft). */
  async load(draftId: number): Promise<ReviewState | null> {
    const draft = await readDraft(this.db, draftId);
    if (!draft || draft.kind !== "extract") return null;
    const review = await readReview(this.db, draftId);
    if (!review) return null;
    const stored = await readDecisions(this.db, draftId);
    const decisions = new Map<number, CandidateDecision>([...stored].map(([p, d]) => [p, { decision: d.decision, cells: JSON.parse(d.cells) as Record<string, string> }]));
    const extraction = JSON.parse(review.extraction) as ReviewExtraction;
    const source = { url: review.sourceUrl, note: review.sourceNote };
    return { draft, review, extraction, items: reviewItems(extraction, decisions, source), source };
  }

  async decide(state: ReviewState, position: number, decision: Decision): Promise<void> {
    const item = state.items[position]!;
    const cells = Object.fromEntries(item.corrected.map((c) => [c, (item.record as Record<string, string>)[c]!]));
    await writeDecision(this.db, state.draft.id, position, { decision, cells: JSON.stringify(cells) });
  }

  /** A typed value for one column: stored when the import's rules accept it (the candidate's decision is kept). */
  async correct(state: ReviewState, position: number, field: CorrectableField, typed: string): Promise<Corrected> {
    const ctx = await this.context();
    const item = state.items[position]!;
    const parsed = parseCorrection(item, field, typed, ctx);
    if (!("cells" in parsed)) return { ok: false, problem: parsed };
    const corrected = withCells(item, parsed.cells);
    const refusals = refusalsOfCorrection(corrected, field, ctx);
    if (refusals.length) return { ok: false, refusals };
    const cells = Object.fromEntries(corrected.corrected.map((c) => [c, (corrected.record as Record<string, string>)[c]!]));
    await writeDecision(this.db, state.draft.id, position, { decision: item.decision ?? "open", cells: JSON.stringify(cells) });
    return { ok: true };
  }

  /** The report read again with its publication date (before anything is decided); false when it could not be. */
  async giveDate(state: ReviewState, published: string): Promise<boolean> {
    const ctx = await this.context();
    const { text } = JSON.parse(state.draft.payload) as ArticlePayload;
    const extraction = extractResults({ text, url: state.review.sourceUrl, published }, ctx);
    return replaceExtraction(this.db, state.draft.id, published, JSON.stringify(reviewExtraction(extraction)));
  }

  /** False when the draft was no longer pending. */
  cancel(draftId: number): Promise<boolean> {
    return decideDraft(this.db, draftId, "cancelled");
  }

  giveSource(state: ReviewState, source: { state: Exclude<SourceState, "ask">; url: string | null; note: string | null }): Promise<void> {
    return setReviewSource(this.db, state.draft.id, source);
  }
}
