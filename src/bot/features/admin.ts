import { Composer } from "grammy";
import { status } from "../../broadcast/index.js";
import type { DraftImports, DraftOutcome } from "../../ingest/draft-import.js";
import { escapeHtml, formatNumber } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import { decodeAction, encodeAction } from "../../present/actions.js";
import { createDraft, decideDraft, readDraft } from "../../store/drafts.js";
import { names } from "../commands.js";
import { ANNOUNCE } from "../conversations/pick.js";
import type { BotContext } from "../context.js";
import { sendHtml } from "../reply.js";

/** Row problems shown for a rejected file (the CLI's --json lists them all). */
const MAX_PROBLEMS_SHOWN = 20;
/** Telegram lets bots download files up to 20 MB. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface AdminOptions {
  db: Db;
  adminIds: readonly number[];
  downloadFile: (filePath: string) => Promise<string>;
  /** Previews and imports drafts (in a child process in production, see draft-import-process.ts). */
  imports: DraftImports;
  /** Called after an applied import, so answers use the new data at once. */
  afterImport?: () => Promise<unknown>;
}

/** Why a file was refused, row by row (the first MAX_PROBLEMS_SHOWN). */
function rejection(ctx: BotContext, file: string, problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${escapeHtml(p)}`);
  if (problems.length > shown.length) shown.push(ctx.t("bot-import-more", { count: String(problems.length - shown.length) }));
  return [ctx.t("bot-import-rejected", { file: escapeHtml(file), count: String(problems.length) }), ...shown].join("\n");
}

/** What to say when a press names a draft that is no longer pending. */
function staleReply(ctx: BotContext, outcome: Extract<DraftOutcome, { kind: "stale" }>): string {
  const file = escapeHtml(outcome.fileName ?? "");
  switch (outcome.status) {
    case "imported":
      return ctx.t("store-import-already", { file });
    case "superseded":
      return ctx.t("store-import-superseded", { file });
    case "cancelled":
      return ctx.t("store-import-was-cancelled", { file });
    default:
      return ctx.t("bot-import-expired");
  }
}

/**
 * Admin commands (ADMIN_IDS only; others get a polite refusal): /status of the announcement
 * queue, and a CSV document sent to the bot, dry-run first, applied after a Confirm press.
 * The file waits as a draft in the database (import_drafts) and the buttons name its id: the
 * press imports exactly the file previewed, once, after a restart too.
 */
export function adminFeature(options: AdminOptions): { commands: Composer<BotContext>; uploads: Composer<BotContext> } {
  const { db } = options;
  const commands = new Composer<BotContext>();
  const uploads = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && options.adminIds.includes(ctx.from.id);

  commands.command(names("status"), async (ctx) => {
    if (!isAdmin(ctx)) return void (await sendHtml(ctx, ctx.t("bot-admin-only")));
    const s = await status(db);
    await sendHtml(
      ctx,
      ctx.t("bot-status", { queued: String(s.queued), sent: String(s.sent), failed: String(s.failed), blocked: String(s.blocked), rate: formatNumber(s.ratePerSecond, ctx.locale) }),
    );
  });

  uploads.on("message:document", async (ctx, next) => {
    const doc = ctx.message.document;
    const name = doc.file_name ?? "file.csv";
    const isCsv = /\.csv$/i.test(name) || doc.mime_type === "text/csv";
    if (!isCsv) return next();
    if (!isAdmin(ctx)) return void (await sendHtml(ctx, ctx.t("bot-admin-only")));
    const file = escapeHtml(name);
    let csv: string;
    try {
      if ((doc.file_size ?? 0) > MAX_FILE_BYTES) throw new Error("file too large");
      const info = await ctx.getFile();
      if (!info.file_path) throw new Error("no file_path");
      csv = await options.downloadFile(info.file_path);
    } catch (error) {
      // The download URL holds the token: log the error's message only through the scrubbing logger.
      ctx.log.warn({ err: error }, "could not download an uploaded CSV");
      return void (await sendHtml(ctx, ctx.t("bot-import-unreadable")));
    }
    const draftId = await createDraft(db, { kind: "csv", adminId: ctx.from!.id, chatId: ctx.chat.id, fileName: name, payload: csv });
    // The real import with its announcements, rolled back: the counts are exactly what Import will do.
    const outcome = await options.imports.run(draftId, "preview", { botUsername: ctx.me.username });
    if (outcome.kind === "rejected") return void (await sendHtml(ctx, rejection(ctx, name, outcome.problems)));
    if (outcome.kind === "nothing-new") return void (await sendHtml(ctx, ctx.t("bot-import-nothing", { file })));
    if (outcome.kind === "busy") return void (await sendHtml(ctx, ctx.t("store-import-busy")));
    if (outcome.kind !== "previewed") return void (await sendHtml(ctx, staleReply(ctx, outcome as Extract<DraftOutcome, { kind: "stale" }>)));
    const text = ctx.t("bot-import-preview", {
      file,
      added: String(outcome.added),
      unchanged: String(outcome.unchanged),
      conflicts: String(outcome.conflicts),
      chats: String(outcome.chats),
      messages: String(outcome.messages),
    });
    const markup = {
      inline_keyboard: [
        [
          { text: ctx.t("bot-import-confirm"), callback_data: encodeAction({ a: "imp", choice: "ok", draft: draftId }) },
          { text: ctx.t("bot-import-cancel"), callback_data: encodeAction({ a: "imp", choice: "no", draft: draftId }) },
        ],
      ],
    };
    await sendHtml(ctx, text, markup);
  });

  commands.command(names("announce"), async (ctx) => {
    if (!isAdmin(ctx)) return void (await sendHtml(ctx, ctx.t("bot-admin-only")));
    await ctx.enterConversation(ANNOUNCE, ctx.match);
  });

  uploads.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (action?.a !== "imp") return next();
    if (!isAdmin(ctx) || !ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-admin-only") }));
    const draft = await readDraft(db, action.draft);
    // A news report's review has buttons of its own (features/extract.ts): this one is forged.
    if (draft && draft.kind !== "csv") return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
    if (draft && draft.adminId !== ctx.from.id) return void (await ctx.answerCallbackQuery({ text: ctx.t("store-import-not-yours") }));
    await ctx.answerCallbackQuery();
    if (!draft || draft.status !== "pending") {
      return void (await sendHtml(ctx, staleReply(ctx, { kind: "stale", status: draft?.status ?? "missing", fileName: draft?.fileName ?? null })));
    }
    const file = escapeHtml(draft.fileName);
    if (action.choice === "no") {
      if (await decideDraft(db, draft.id, "cancelled")) return void (await sendHtml(ctx, ctx.t("bot-import-cancelled")));
      const now = await readDraft(db, draft.id);
      return void (await sendHtml(ctx, staleReply(ctx, { kind: "stale", status: now?.status ?? "missing", fileName: draft.fileName })));
    }
    const outcome = await options.imports.run(draft.id, "apply", { botUsername: ctx.me.username });
    switch (outcome.kind) {
      case "imported":
        await options.afterImport?.();
        return void (await sendHtml(ctx, ctx.t("bot-import-done", { added: String(outcome.added), messages: String(outcome.messages) })));
      // The store changed since the preview in a way that now rejects the file.
      case "rejected":
        return void (await sendHtml(ctx, rejection(ctx, draft.fileName, outcome.problems)));
      case "busy":
        return void (await sendHtml(ctx, ctx.t("store-import-busy")));
      case "stale":
        return void (await sendHtml(ctx, staleReply(ctx, outcome)));
      default:
        return void (await sendHtml(ctx, ctx.t("bot-import-nothing", { file })));
    }
  });

  return { commands, uploads };
}
