import { itemRefusals } from "../extract/review.js";
import type { DraftOutcome } from "../ingest/draft-import.js";
import { escapeHtml } from "../present/format.js";
import type { Locale } from "../present/i18n.js";
import type { DraftStatus } from "../store/drafts.js";
import type { ExtractReviews, ReviewState } from "./extract-review.js";
import { candidateView, previewView, undecidedView, type T, type View } from "./extract-view.js";

/** Problems listed under a refused import (the rest are counted). */
const MAX_PROBLEMS_SHOWN = 20;

/** A message to send or edit: with buttons, or plain. */
export type Screen = { html: string; markup?: View["markup"] };

/** One candidate, with what the import would refuse of it now. */
export async function candidateScreen(reviews: ExtractReviews, t: T, locale: Locale, state: ReviewState, position: number): Promise<Screen> {
  const ctx = await reviews.context();
  return candidateView(t, locale, state, position, itemRefusals(state.items[position]!, ctx));
}

/** Where a review opens: its first candidate, else what was left undecided. */
export function firstScreen(reviews: ExtractReviews, t: T, locale: Locale, state: ReviewState): Promise<Screen> | Screen {
  return state.items.length ? candidateScreen(reviews, t, locale, state, 0) : undecidedView(t, locale, state, 0);
}

/** What to say of a draft that is no longer under review. */
export function staleScreen(t: T, status: DraftStatus | "missing", title: string): Screen {
  const args = { title: escapeHtml(title) };
  switch (status) {
    case "imported":
      return { html: t("extract-already", args) };
    case "superseded":
      return { html: t("extract-superseded", args) };
    case "cancelled":
      return { html: t("extract-was-cancelled", args) };
    default:
      return { html: t("extract-stale") };
  }
}

function rejection(t: T, problems: readonly string[]): Screen {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${escapeHtml(p)}`);
  if (problems.length > shown.length) shown.push(t("bot-import-more", { count: String(problems.length - shown.length) }));
  return { html: [t("extract-preview-rejected", { count: String(problems.length) }), ...shown].join("\n") };
}

/** A preview's or an import's outcome. */
export function outcomeScreen(t: T, state: ReviewState, outcome: DraftOutcome): Screen {
  switch (outcome.kind) {
    case "previewed":
      return previewView(t, state, outcome);
    case "imported":
      return {
        html: t("extract-done", {
          title: escapeHtml(state.extraction.title),
          added: String(outcome.added),
          units: String(outcome.units?.added ?? 0),
          messages: String(outcome.messages),
        }),
      };
    case "nothing-new":
      return { html: t("extract-preview-nothing-new") };
    case "rejected":
      return rejection(t, outcome.problems);
    case "changed":
      return { html: t("extract-changed") };
    case "busy":
      return { html: t("store-import-busy") };
    case "stale":
      return staleScreen(t, outcome.status, state.extraction.title);
  }
}

/** The preview of a review's kept rows: the real import rolled back. Nothing kept: says so without running it. */
export async function previewScreen(
  t: T,
  state: ReviewState,
  preview: () => Promise<DraftOutcome>,
): Promise<Screen> {
  if (!state.items.some((i) => i.decision === "keep")) return { html: t("extract-preview-nothing-kept") };
  return outcomeScreen(t, state, await preview());
}
