import { Composer } from "grammy";
import { importAnnouncing, status, type AnnouncementSummary } from "../../broadcast/index.js";
import { ImportRejectedError, type ImportReport } from "../../ingest/import-results.js";
import { escapeHtml, formatNumber } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import { decodeAction, encodeAction } from "../../present/actions.js";
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
  /** Called after an applied import, so answers use the new data at once. */
  afterImport?: () => Promise<unknown>;
}

/** Why a file was refused, row by row (the first MAX_PROBLEMS_SHOWN). */
function rejection(ctx: BotContext, file: string, problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `• ${escapeHtml(p)}`);
  if (problems.length > shown.length) shown.push(ctx.t("bot-import-more", { count: String(problems.length - shown.length) }));
  return [ctx.t("bot-import-rejected", { file: escapeHtml(file), count: String(problems.length) }), ...shown].join("\n");
}

interface PendingImport {
  file: string;
  csv: string;
}

/**
 * Admin commands (ADMIN_IDS only; others get a polite refusal): /status of the announcement
 * queue, and a CSV document sent to the bot, dry-run first, applied after a Confirm press.
 * Pending files are kept in memory per admin chat: a restart forgets them (send the file again).
 */
export function adminFeature(options: AdminOptions): { commands: Composer<BotContext>; uploads: Composer<BotContext> } {
  const { db } = options;
  const commands = new Composer<BotContext>();
  const uploads = new Composer<BotContext>();
  const pending = new Map<number, PendingImport>();
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
    let report: ImportReport;
    let told: AnnouncementSummary;
    try {
      // The real import with its announcements, rolled back: the counts are exactly what Import will do.
      ({ report, told } = await importAnnouncing(db, csv, { origin: name, dryRun: true, botUsername: ctx.me.username }));
    } catch (error) {
      if (!(error instanceof ImportRejectedError)) throw error;
      return void (await sendHtml(ctx, rejection(ctx, name, error.problems)));
    }
    if (report.added === 0) {
      pending.delete(ctx.chat.id);
      return void (await sendHtml(ctx, ctx.t("bot-import-nothing", { file })));
    }
    pending.set(ctx.chat.id, { file: name, csv });
    const text = ctx.t("bot-import-preview", {
      file,
      added: String(report.added),
      unchanged: String(report.unchanged),
      conflicts: String(report.conflicts),
      chats: String(told.chats),
      messages: String(told.messages),
    });
    const markup = {
      inline_keyboard: [
        [
          { text: ctx.t("bot-import-confirm"), callback_data: encodeAction({ a: "imp", choice: "ok" }) },
          { text: ctx.t("bot-import-cancel"), callback_data: encodeAction({ a: "imp", choice: "no" }) },
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
    const job = pending.get(ctx.chat.id);
    pending.delete(ctx.chat.id);
    await ctx.answerCallbackQuery();
    if (!job) return void (await sendHtml(ctx, ctx.t("bot-import-expired")));
    if (action.choice === "no") return void (await sendHtml(ctx, ctx.t("bot-import-cancelled")));
    let applied: Awaited<ReturnType<typeof importAnnouncing>>;
    try {
      applied = await importAnnouncing(db, job.csv, { origin: job.file, botUsername: ctx.me.username });
    } catch (error) {
      // The store changed since the preview in a way that now rejects the file.
      if (!(error instanceof ImportRejectedError)) throw error;
      return void (await sendHtml(ctx, rejection(ctx, job.file, error.problems)));
    }
    const { report, told } = applied;
    await options.afterImport?.();
    await sendHtml(ctx, ctx.t("bot-import-done", { added: String(report.added), messages: String(told.messages) }));
  });

  return { commands, uploads };
}
