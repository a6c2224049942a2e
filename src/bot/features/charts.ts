import { Composer, GrammyError, InputFile } from "grammy";
import type { InlineQueryResultCachedPhoto } from "grammy/types";
import type { Reply } from "../../answer/answer-query.js";
import type { Rapor } from "../../app/rapor.js";
import { captionOf, plainTitle } from "../../chart/caption.js";
import { fileAction, type FileAction, type FileFormat } from "../../chart/file-actions.js";
import { chartOf } from "../../chart/from-answer.js";
import { chartHash } from "../../chart/model.js";
import type { ChartRenderer } from "../../chart/pool.js";
import { csvOf } from "../../export/csv.js";
import { decodeAction, type Action } from "../../present/actions.js";
import type { RenderContext } from "../../present/common.js";
import { escapeHtml } from "../../present/format.js";
import type { Locale } from "../../present/i18n.js";
import { findChartFile, forgetChartFile, saveChartFile, type ChartFileKey } from "../../store/chart-cache.js";
import type { Db } from "../../store/connection.js";
import { names } from "../commands.js";
import type { BotContext } from "../context.js";
import { toInlineKeyboard } from "../keyboards.js";
import { chatLanguage } from "../locale.js";
import { replyTo, sendHtml } from "../reply.js";
import { questionAnswerer } from "./ask.js";

/** Sends a reply as a chart photo or a CSV document. */
export interface FileSender {
  /** False when the reply has no chart (or no figures for a CSV): the caller sends the card instead. */
  send(ctx: BotContext, format: FileFormat, reply: Reply, page?: number): Promise<boolean>;
  /** After the card of a reply asked as a file that has none: says so, for answers whose kind never has one. */
  none(ctx: BotContext, format: FileFormat, reply: Reply): Promise<void>;
}

export interface FilesDeps {
  rapor: Rapor;
  db: Db;
  charts: ChartRenderer;
}

const FILE_ACTIONS: ReadonlySet<Action["a"]> = new Set(["ftrend", "ftop", "fcmp"]);
const isFileAction = (action: Action | null): action is FileAction => action !== null && FILE_ACTIONS.has(action.a);

/** Answers with data but no chart of their own: asked as a chart, they say so (after the card). */
const NO_CHART: ReadonlySet<Reply["kind"]> = new Set(["units", "stats", "explain"]);

/**
 * Charts and CSV files: the 📊 and 📄 buttons, /grafik and /ekspor, questions asked as a chart or
 * a file (`query.output`), and charts already on Telegram offered in inline mode. A chart is
 * uploaded once per bot, chart and data version; after that its file_id is sent.
 */
export function filesFeature(deps: FilesDeps) {
  const { rapor, db, charts } = deps;
  const renderContext = (locale: Locale): RenderContext => ({ locale, t: rapor.translator.forLocale(locale), catalog: rapor.catalog });
  const keyKeyboard = (ctx: BotContext, action: FileAction | null) =>
    action ? toInlineKeyboard([[{ label: ctx.t(action.fmt === "png" ? "button-chart" : "button-csv"), action }]]) : undefined;

  async function sendChart(ctx: BotContext, reply: Reply, page: number): Promise<boolean> {
    const model = chartOf(renderContext(ctx.locale), reply, page);
    if (!model) return false;
    const markup = keyKeyboard(ctx, fileAction(reply, "csv", page));
    const options = {
      caption: captionOf(rapor.render(reply, ctx.locale, page).html),
      parse_mode: "HTML" as const,
      ...replyTo(ctx),
      ...(markup ? { reply_markup: markup } : {}),
    };
    const key: ChartFileKey = { botId: ctx.me.id, chartHash: chartHash(model), dataVersion: rapor.catalog.version };
    const cached = await findChartFile(db, key);
    if (cached) {
      try {
        await ctx.replyWithPhoto(cached, options);
        return true;
      } catch (error) {
        // A file_id Telegram no longer knows (another token, a deleted file): upload the chart again.
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        ctx.log.info({ description: error.description }, "a cached chart file_id was refused; uploading the chart again");
        await forgetChartFile(db, key);
      }
    }
    const typing = ctx.replyWithChatAction("upload_photo").catch((error: unknown) => ctx.log.debug({ err: error }, "sendChatAction failed"));
    const result = await charts.render(model);
    await typing;
    if (!result.ok) {
      ctx.log.error({ chart: model.slug, error: result.error }, "chart rendering failed");
      await sendHtml(ctx, ctx.t("bot-chart-failed"));
      return true;
    }
    const sent = await ctx.replyWithPhoto(new InputFile(result.png, `${model.slug}.png`), options);
    const fileId = sent.photo?.at(-1)?.file_id;
    if (fileId) await saveChartFile(db, key, fileId);
    return true;
  }

  async function sendCsv(ctx: BotContext, reply: Reply, page: number): Promise<boolean> {
    const title = plainTitle(rapor.render(reply, ctx.locale, page).html);
    const file = csvOf(renderContext(ctx.locale), reply, title);
    if (!file) return false;
    const markup = keyKeyboard(ctx, fileAction(reply, "png", page));
    await ctx.replyWithChatAction("upload_document").catch((error: unknown) => ctx.log.debug({ err: error }, "sendChatAction failed"));
    await ctx.replyWithDocument(new InputFile(file.content, file.filename), {
      caption: ctx.t("bot-csv-caption", { title: escapeHtml(title), rows: String(file.rows) }),
      parse_mode: "HTML",
      ...replyTo(ctx),
      ...(markup ? { reply_markup: markup } : {}),
    });
    return true;
  }

  const sender: FileSender = {
    send: (ctx, format, reply, page = 0) => (format === "png" ? sendChart(ctx, reply, page) : sendCsv(ctx, reply, page)),
    async none(ctx, format, reply) {
      if (NO_CHART.has(reply.kind)) await sendHtml(ctx, ctx.t(format === "png" ? "bot-chart-none" : "bot-csv-none"));
    },
  };

  // The 📊 and 📄 buttons: the answer is worked out again from the button's data.
  const buttons = new Composer<BotContext>();
  buttons.on("callback_query:data", async (ctx, next) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (!isFileAction(action)) return next();
    const reply = rapor.replyFor(action);
    if (!reply || !ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
    await ctx.answerCallbackQuery();
    if (!(await sender.send(ctx, action.fmt, reply, action.a === "ftop" ? action.page : 0))) {
      await sendHtml(ctx, ctx.t(action.fmt === "png" ? "bot-chart-none" : "bot-csv-none"));
    }
  });

  // /grafik X and /ekspor X: the question X, answered as a chart or a CSV.
  const commands = new Composer<BotContext>();
  const answer = questionAnswerer(rapor, sender);
  for (const [key, format, usage] of [["chart", "png", "bot-usage-chart"], ["export", "csv", "bot-usage-export"]] as const) {
    commands.command(names(key), async (ctx) => {
      const question = ctx.match.trim();
      if (!question) return void (await sendHtml(ctx, ctx.t(usage)));
      await answer(ctx, question, format);
    });
  }

  /** Inline mode: the chart of the answer, as a photo already on Telegram, when one is. */
  async function inlinePhotos(ctx: BotContext, text: string): Promise<InlineQueryResultCachedPhoto[]> {
    const { reply, locale } = rapor.ask(text, chatLanguage(ctx));
    const model = chartOf(renderContext(locale), reply);
    if (!model) return [];
    const hash = chartHash(model);
    const fileId = await findChartFile(db, { botId: ctx.me.id, chartHash: hash, dataVersion: rapor.catalog.version });
    if (!fileId) return [];
    return [{ type: "photo", id: `chart-${hash.slice(0, 40)}`, photo_file_id: fileId, caption: captionOf(rapor.render(reply, locale).html), parse_mode: "HTML" }];
  }

  return { sender, buttons, commands, inlinePhotos };
}
