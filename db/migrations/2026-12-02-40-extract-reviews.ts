import type { Kysely } from "kysely";
import { timeType } from "./portable.js";

/**
 * An admin's review of a news report read by the extractor (issue 13): the draft (import_drafts, kind "extract")
 * holds the article; `extract_reviews` its candidates, its source and a revision bumped by every change, so that
 * an Import button applies exactly the review it previewed; `extract_decisions` each candidate's keep/drop and the
 * values the admin typed. Portable DDL: integer and text columns, composite keys, no serial.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("extract_reviews")
    .addColumn("draft_id", "integer", (c) => c.primaryKey().references("import_drafts.id"))
    /** ask (not given yet) | url | none (the note names the report). */
    .addColumn("source_state", "text", (c) => c.notNull())
    .addColumn("source_url", "text")
    /** The admin's words naming the report when there is no URL. */
    .addColumn("source_note", "text")
    /** YYYY-MM-DD, when known. */
    .addColumn("published", "text")
    /** JSON: the candidates and what was left undecided, as the extractor read them. */
    .addColumn("extraction", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("updated_at", timeType(db), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("extract_decisions")
    .addColumn("draft_id", "integer", (c) => c.notNull().references("import_drafts.id"))
    /** The candidate's place in the review: the results rows first, then the units. */
    .addColumn("position", "integer", (c) => c.notNull())
    /** keep | drop | open (corrected, not decided). */
    .addColumn("decision", "text", (c) => c.notNull())
    /** JSON: the cells the admin corrected, with the ones they imply (a body's name, category and province). */
    .addColumn("cells", "text", (c) => c.notNull())
    .addColumn("updated_at", timeType(db), (c) => c.notNull())
    .addPrimaryKeyConstraint("extract_decisions_pk", ["draft_id", "position"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("extract_decisions").execute();
  await db.schema.dropTable("extract_reviews").execute();
}
