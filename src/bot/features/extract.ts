import { Composer, type Filter } from "grammy";
import type { Message } from "grammy/types";
import { MAX_TEXT_CHARS } from "../../extract/index.js";
import { isCorrectable, itemRefusals } from "../../extract/review.js";
import type { DraftImports } from "../../ingest/draft-import.js";
import { decodeAction, type Action } from "../../present/actions.js";
import { formatNumber } from "../../present/format.js";
import type { ExtractFixArgs, ExtractSourceArgs } from "../conversations/extract.js";
import { EXTRACT_FIX, EXTRACT_SOURCE } from "../conversations/pick.js";
import type { BotContext } from "../context.js";
import type { ExtractReviews, ReviewState } from "../extract-review.js";
import { candidateScreen, firstScreen, outcomeScreen, previewScreen, staleScreen, type Screen } from "../extract-screens.js";
import { fieldChoiceView, UNDECIDED_PAGE, undecidedView } from "../extract-view.js";
import { editHtml, sendHtml } from "../reply.js";
import { REPORT_MIN_CHARS, reportPublished, reportUrl } from "../report-message.js";

/** A saved web page can be large; its text is far smaller (the extractor caps that). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const isArticleFile = (name: string, mime: string | undefined) => /\.(?:txt|html?)$/i.test(name) || mime === "text/plain" || mime === "text/html";

export interface ExtractFeatureOptions {
  reviews: ExtractReviews;
  adminIds: readonly number[];
  downloadFile: (filePath: string) => Promise<string>;
  imports: DraftImports;
  /** Called after an applied import, so answers use the new data at once. */
  afterImport?: () => Promise<unknown>;
}

type ReviewAction = Extract<Action, { a: "xr" | "xf" | "xi" }>;
type Press = Filter<BotContext, "callback_query:data">;

/**
 * News reports for admins (ADMIN_IDS, in their private chat with the bot): a forwarded post, a pasted text of
 * REPORT_MIN_CHARS or more, or a .txt/.html file is read by the extractor and kept as a draft under review; each
 * candidate is kept, dropped or corrected with buttons naming the draft and the candidate, then previewed and
 * imported as an admin's CSV is. Everyone else's messages pass on untouched: a long text is a question.
 */
export function extractFeature(options: ExtractFeatureOptions): Composer<BotContext> {
  const { reviews } = options;
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && options.adminIds.includes(ctx.from.id);
  const admins = composer.filter((ctx) => ctx.chat?.type === "private" && isAdmin(ctx));

  /** Reads the report and opens its review (asking first what it lacks); "nothing" when no result is in it. */
  async function open(ctx: BotContext, text: string, message: Message): Promise<"opened" | "nothing"> {
    const url = reportUrl(message);
    const published = reportPublished(message);
    const started = await reviews.start({ adminId: ctx.from!.id, chatId: ctx.chat!.id, text, url, published });
    if (started.kind === "nothing") return "nothing";
    if (started.kind === "refused") {
      const empty = text.trim() === "";
      await sendHtml(ctx, empty ? ctx.t("extract-empty") : ctx.t("extract-too-long", { max: formatNumber(MAX_TEXT_CHARS, ctx.locale) }));
      return "opened";
    }
    if (started.needsDate || started.needsSource) {
      const args: ExtractSourceArgs = { draftId: started.draftId, date: started.needsDate, source: started.needsSource, then: "review" };
      await ctx.enterConversation(EXTRACT_SOURCE, args);
      return "opened";
    }
    const state = (await reviews.load(started.draftId))!;
    const screen = await firstScreen(reviews, ctx.t, ctx.locale, state);
    await sendHtml(ctx, screen.html, screen.markup);
    return "opened";
  }

  admins.on(["message:text", "message:caption"], async (ctx, next) => {
    const message = ctx.message;
    if (message.document) return next();
    const text = message.text ?? message.caption ?? "";
    if (text.trimStart().startsWith("/")) return next();
    const forwarded = message.forward_origin !== undefined;
    if (!forwarded && text.length < REPORT_MIN_CHARS) return next();
    const opened = await open(ctx, text, message);
    // A short forwarded text with no result in it is a question after all.
    if (opened === "nothing") return text.length < REPORT_MIN_CHARS ? next() : void (await sendHtml(ctx, ctx.t("extract-nothing")));
  });

  admins.on("message:document", async (ctx, next) => {
    const doc = ctx.message.document;
    if (!isArticleFile(doc.file_name ?? "", doc.mime_type)) return next();
    let text: string;
    try {
      if ((doc.file_size ?? 0) > MAX_FILE_BYTES) throw new Error("file too large");
      const info = await ctx.getFile();
      if (!info.file_path) throw new Error("no file_path");
      text = await options.downloadFile(info.file_path);
      if (text.length > MAX_FILE_BYTES || text.includes("\u0000")) throw new Error("not a text file");
    } catch (error) {
      // The download URL holds the token: the scrubbing logger only.
      ctx.log.warn({ err: error }, "could not download a report file");
      return void (await sendHtml(ctx, ctx.t("extract-unreadable")));
    }
    if ((await open(ctx, text, ctx.message)) === "nothing") await sendHtml(ctx, ctx.t("extract-nothing"));
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.a !== "xr" && action?.a !== "xf" && action?.a !== "xi") return next();
    // Forged or stale data, and anyone but an admin: the same toast, no hint of what the button was.
    if (!isAdmin(ctx) || !ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("extract-stale") }));
    const state = await reviews.load(action.draft);
    if (!state) return void (await ctx.answerCallbackQuery({ text: ctx.t("extract-stale") }));
    if (state.draft.adminId !== ctx.from.id) return void (await ctx.answerCallbackQuery({ text: ctx.t("extract-not-yours") }));
    if (state.draft.status !== "pending") {
      await ctx.answerCallbackQuery();
      const screen = staleScreen(ctx.t, state.draft.status, state.extraction.title);
      return void (await sendHtml(ctx, screen.html));
    }
    await pressed(ctx, action, state);
  });

  const show = async (ctx: Press, screen: Screen) => {
    if (!(await editHtml(ctx, screen.html, screen.markup))) await sendHtml(ctx, screen.html, screen.markup);
  };
  const stale = (ctx: Press) => ctx.answerCallbackQuery({ text: ctx.t("extract-stale") });

  async function pressed(ctx: Press, action: ReviewAction, state: ReviewState): Promise<void> {
    const { id } = state.draft;
    if (action.a === "xi") {
      await ctx.answerCallbackQuery();
      if (action.choice === "no") {
        if (await reviews.cancel(id)) return void (await sendHtml(ctx, ctx.t("extract-cancelled")));
        // Decided meanwhile (an Import press, a newer report).
        const now = await reviews.load(id);
        return void (await sendHtml(ctx, staleScreen(ctx.t, now?.draft.status ?? "missing", state.extraction.title).html));
      }
      const outcome = await options.imports.run(id, "apply", { botUsername: ctx.me.username, revision: action.rev });
      if (outcome.kind === "imported") await options.afterImport?.();
      const screen = outcomeScreen(ctx.t, state, outcome);
      return void (await sendHtml(ctx, screen.html, screen.markup));
    }
    if (action.a === "xf") {
      const item = state.items[action.pos];
      if (!item || !isCorrectable(item.kind, action.field)) return void (await stale(ctx));
      await ctx.answerCallbackQuery();
      const args: ExtractFixArgs = { draftId: id, position: action.pos, field: action.field };
      return ctx.enterConversation(EXTRACT_FIX, args);
    }
    switch (action.op) {
      case "und":
        if (action.pos * UNDECIDED_PAGE >= state.extraction.undecided.length) return void (await stale(ctx));
        await ctx.answerCallbackQuery();
        return show(ctx, undecidedView(ctx.t, ctx.locale, state, action.pos));
      case "pre": {
        if (state.review.sourceState === "ask") {
          await ctx.answerCallbackQuery();
          const args: ExtractSourceArgs = { draftId: id, date: false, source: true, then: "preview" };
          return ctx.enterConversation(EXTRACT_SOURCE, args);
        }
        if (!state.items.some((i) => i.decision === "keep")) return void (await ctx.answerCallbackQuery({ text: ctx.t("extract-preview-nothing-kept"), show_alert: true }));
        await ctx.answerCallbackQuery();
        const screen = await previewScreen(ctx.t, state, () => options.imports.run(id, "preview", { botUsername: ctx.me.username }));
        return void (await sendHtml(ctx, screen.html, screen.markup));
      }
      default:
        break;
    }
    // The ops on one candidate.
    if (state.items.length === 0 && action.op === "show" && action.pos === 0) {
      await ctx.answerCallbackQuery();
      return show(ctx, undecidedView(ctx.t, ctx.locale, state, 0));
    }
    const item = state.items[action.pos];
    if (!item) return void (await stale(ctx));
    switch (action.op) {
      case "show":
        await ctx.answerCallbackQuery();
        return show(ctx, await candidateScreen(reviews, ctx.t, ctx.locale, state, action.pos));
      case "fix":
        await ctx.answerCallbackQuery();
        return show(ctx, fieldChoiceView(ctx.t, state, action.pos));
      case "keep":
      case "drop": {
        if (action.op === "keep" && itemRefusals(item, await reviews.context()).length) {
          return void (await ctx.answerCallbackQuery({ text: ctx.t("extract-keep-refused"), show_alert: true }));
        }
        await reviews.decide(state, action.pos, action.op);
        await ctx.answerCallbackQuery();
        // On to the next candidate; the last one stays, with its decision.
        const now = (await reviews.load(id))!;
        const position = action.pos + 1 < now.items.length ? action.pos + 1 : action.pos;
        return show(ctx, await candidateScreen(reviews, ctx.t, ctx.locale, now, position));
      }
    }
  }

  return composer;
}
