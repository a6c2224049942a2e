import type { Kysely } from "kysely";
import { keptRecords, reviewItems, type CandidateDecision, type ReviewExtraction } from "../extract/review.js";
import { readDecisions, readReview, reviewRevision } from "../store/extract-reviews.js";
import type { Db } from "../store/connection.js";
import type { Database } from "../store/schema.js";
import { writeUnitRows, type UnitImportReport } from "./import-units.js";
import type { ValidationContext } from "./result-rows.js";
import { checkUnitRecords, type UnitInput } from "./unit-rows.js";

/** The review changed (a decision, a correction, its source) after the rows were read: nothing was written. */
export class ReviewChangedError extends Error {}

/** What an extract draft's import writes: the kept results rows, the kept units (checked), at one revision. */
export interface ExtractImport {
  results: Record<string, string>[];
  units: UnitInput[];
  unitProblems: string[];
  revision: number;
}

/** The kept candidates of a reviewed news report, as corrected, with its source; null when the draft has no review. */
export async function readExtractImport(db: Db, draftId: number, ctx: ValidationContext): Promise<ExtractImport | null> {
  const review = await readReview(db, draftId);
  if (!review) return null;
  const stored = await readDecisions(db, draftId);
  const decisions = new Map<number, CandidateDecision>([...stored].map(([p, d]) => [p, { decision: d.decision, cells: JSON.parse(d.cells) as Record<string, string> }]));
  const items = reviewItems(JSON.parse(review.extraction) as ReviewExtraction, decisions, { url: review.sourceUrl, note: review.sourceNote });
  const kept = keptRecords(items);
  const units = checkUnitRecords(kept.units, ctx);
  return { results: kept.results, units: units.inputs, unitProblems: units.problems, revision: review.revision };
}

/**
 * Inside the import's transaction: the review must still be at the revision read (else ReviewChangedError rolls
 * everything back), then the kept units are written with the results.
 */
export async function writeExtractUnits(trx: Kysely<Database>, draftId: number, job: ExtractImport, importId: number): Promise<UnitImportReport> {
  if ((await reviewRevision(trx, draftId)) !== job.revision) throw new ReviewChangedError();
  return writeUnitRows(trx, job.units, importId);
}
