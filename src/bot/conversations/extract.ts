import { typedDate } from "../../extract/report.js";
import { isCorrectable, type CorrectableField } from "../../extract/review.js";
import type { DraftImports } from "../../ingest/draft-import.js";
import { escapeHtml } from "../../present/format.js";
import type { BotConversation, ConvContext } from "../context.js";
import type { ExtractReviews } from "../extract-review.js";
import { candidateScreen, firstScreen, previewScreen, staleScreen, type Screen } from "../extract-screens.js";
import { fieldLabel, refusalLines, shownValue } from "../extract-view.js";
import { sendHtml } from "../reply.js";
import { asHttpUrl, REPORT_MIN_CHARS } from "../report-message.js";
import { waitForText } from "./pick.js";

/** Wrong answers in a row before a question gives up. */
const MAX_MISSES = 3;
const SKIP_DATE = /^(?:lewati|skip|tidak tahu|gak tahu|nggak tahu|entah|don'?t know|unknown|-)$/i;
/** "tanpa", "none", optionally followed by words naming the report (its outlet, its date). */
const NO_URL = /^(?:tanpa(?:\s+url)?|tidak\s+ada|gak\s+ada|nggak\s+ada|none|no\s+url|no)(?![\p{L}\d])[\s,:;.–—-]*([\s\S]*)$/iu;
const MAX_NOTE = 200;

/** A headline names its report when it has a few words (else the admin's words must). */
const headlineNames = (title: string) => title.split(/\s+/).filter(Boolean).length >= 3;

/** The admin's answer to "where is this report from?". */
export function sourceAnswer(text: string, title: string): { url: string } | { note: string | null } | "need-words" | "bad" {
  const trimmed = text.trim();
  const none = NO_URL.exec(trimmed);
  if (none) {
    const words = none[1]!.replace(/\s+/g, " ").trim().slice(0, MAX_NOTE);
    if (words) return { note: words };
    return headlineNames(title) ? { note: null } : "need-words";
  }
  const written = /https?:\/\/\S+/i.exec(trimmed)?.[0] ?? (/\s/.test(trimmed) ? null : trimmed);
  const url = written === null ? null : asHttpUrl(written);
  return url ? { url } : "bad";
}

export interface ExtractSourceArgs {
  draftId: number;
  /** Ask the publication date (the report states no assessment year and has no date). */
  date: boolean;
  /** Ask for the URL, or "tanpa". */
  source: boolean;
  /** What to show once answered: the review's first page, or the import's preview. */
  then: "review" | "preview";
}

export interface ExtractConversationDeps {
  reviews: ExtractReviews;
  imports: DraftImports;
}

/**
 * The admin's next text answer; a long text (another report) or a command leaves the conversation and is handled as
 * usual. Buttons pressed meanwhile go to the review's handlers.
 */
async function answer(conversation: BotConversation, asker: number | undefined, needKey: string): Promise<{ ctx: ConvContext; text: string }> {
  const next = await waitForText(conversation, asker, needKey);
  if (next.text.length >= REPORT_MIN_CHARS) return await conversation.halt({ next: true });
  return next;
}

/** Asks what a report lacks: its publication date (it is then read again), then its source; then shows the review. */
export function extractSource(deps: ExtractConversationDeps) {
  const { reviews } = deps;
  return async function extractSourceConversation(conversation: BotConversation, ctx: ConvContext, args: ExtractSourceArgs): Promise<void> {
    const asker = ctx.from?.id;
    let last = ctx;
    const title = await conversation.external(async () => (await reviews.load(args.draftId))?.extraction.title ?? null);
    if (title === null) return void (await sendHtml(last, last.t("extract-stale")));

    if (args.date) {
      await sendHtml(last, last.t("extract-ask-date"));
      for (let misses = 0; ; ) {
        const asked = await answer(conversation, asker, "extract-need-text");
        last = asked.ctx;
        if (SKIP_DATE.test(asked.text.trim())) break;
        const published = typedDate(asked.text);
        if (published) {
          const applied = await conversation.external(async () => {
            const state = await reviews.load(args.draftId);
            return state !== null && state.draft.status === "pending" && (await reviews.giveDate(state, published));
          });
          if (!applied) await sendHtml(last, last.t("extract-date-late"));
          break;
        }
        if (++misses >= MAX_MISSES) break;
        await sendHtml(last, last.t("extract-date-bad"));
      }
    }

    if (args.source) {
      await sendHtml(last, last.t("extract-ask-url", { title: escapeHtml(title) }));
      for (let misses = 0; ; ) {
        const asked = await answer(conversation, asker, "extract-need-text");
        last = asked.ctx;
        const said = sourceAnswer(asked.text, title);
        if (typeof said === "object") {
          const source = "url" in said ? { state: "url" as const, url: said.url, note: null } : { state: "none" as const, url: null, note: said.note };
          await conversation.external(async () => {
            const state = await reviews.load(args.draftId);
            if (state?.draft.status === "pending") await reviews.giveSource(state, source);
          });
          break;
        }
        if (++misses >= MAX_MISSES) {
          await sendHtml(last, last.t("extract-source-gave-up"));
          break;
        }
        await sendHtml(last, last.t(said === "need-words" ? "extract-url-need-words" : "extract-url-bad"));
      }
    }

    const screen: Screen = await conversation.external(async () => {
      const state = await reviews.load(args.draftId);
      if (!state || state.draft.status !== "pending") return staleScreen(last.t, state?.draft.status ?? "missing", title);
      if (args.then === "preview" && state.review.sourceState !== "ask") {
        return previewScreen(last.t, state, () => deps.imports.run(state.draft.id, "preview", { botUsername: last.me.username }));
      }
      return firstScreen(reviews, last.t, last.locale, state);
    });
    await sendHtml(last, screen.html, screen.markup);
  };
}

export interface ExtractFixArgs {
  draftId: number;
  position: number;
  field: string;
}

/** A corrected value typed for one column of one candidate: checked with the import's rules, then the candidate again. */
export function extractFix(deps: ExtractConversationDeps) {
  const { reviews } = deps;
  return async function extractFixConversation(conversation: BotConversation, ctx: ConvContext, args: ExtractFixArgs): Promise<void> {
    const asker = ctx.from?.id;
    let last = ctx;
    const current = await conversation.external(async () => {
      const state = await reviews.load(args.draftId);
      const item = state?.items[args.position];
      if (!state || !item || state.draft.status !== "pending" || !isCorrectable(item.kind, args.field)) return null;
      return (item.record as Record<string, string>)[args.field] ?? "";
    });
    if (current === null) return void (await sendHtml(last, last.t("extract-stale")));
    const field = args.field as CorrectableField;
    const label = fieldLabel(last.t, field);
    const hint = () => last.t(`extract-fix-hint-${field.replace(/_/g, "-")}`);
    await sendHtml(last, `${last.t("extract-fix-ask", { field: escapeHtml(label), value: current ? escapeHtml(shownValue(last.locale, field, current)) : "—" })}\n${hint()}`);

    for (let misses = 0; misses < MAX_MISSES; misses++) {
      const asked = await answer(conversation, asker, "extract-fix-need-text");
      last = asked.ctx;
      const typed = asked.text;
      const outcome = await conversation.external(async (): Promise<{ screen: Screen; done: boolean }> => {
        const state = await reviews.load(args.draftId);
        if (!state || state.draft.status !== "pending") return { screen: staleScreen(last.t, state?.draft.status ?? "missing", state?.extraction.title ?? ""), done: true };
        const result = await reviews.correct(state, args.position, field, typed);
        if (result.ok) {
          const now = (await reviews.load(args.draftId))!;
          return { screen: await candidateScreen(reviews, last.t, last.locale, now, args.position), done: true };
        }
        if ("refusals" in result) return { screen: { html: [last.t("extract-fix-refused"), ...refusalLines(last.t, result.refusals), last.t("extract-fix-again")].join("\n") }, done: false };
        const p = result.problem;
        const text =
          p.code === "unknown-body"
            ? last.t("extract-fix-problem-unknown-body", { text: escapeHtml(p.text), hint: hint() })
            : p.code === "ambiguous-body"
              ? last.t("extract-fix-problem-ambiguous-body", { text: escapeHtml(p.text), options: escapeHtml(p.options.join(" / ")) })
              : last.t(`extract-fix-problem-${p.code}`, { field: escapeHtml(label), hint: hint() });
        return { screen: { html: `${text}\n${last.t("extract-fix-again")}` }, done: false };
      });
      await sendHtml(last, outcome.screen.html, outcome.screen.markup);
      if (outcome.done) return;
    }
    await sendHtml(last, last.t("extract-fix-gave-up"));
  };
}
