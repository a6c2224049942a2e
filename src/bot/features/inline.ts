import { createHash } from "node:crypto";
import { Composer } from "grammy";
import type { InlineQueryResult, InlineQueryResultArticle } from "grammy/types";
import { answerQuery, type Reply } from "../../answer/answer-query.js";
import type { Rendered } from "../../present/common.js";
import type { ChatLanguage, Locale } from "../../present/i18n.js";
import type { BotContext, Core } from "../context.js";
import { toInlineKeyboard } from "../keyboards.js";
import { chatLanguage } from "../locale.js";
import { clampHtml, HTML_OPTIONS } from "../reply.js";

/** Replies that are not a result worth sharing: the help article is offered instead. */
const NOT_A_RESULT: ReadonlySet<Reply["kind"]> = new Set(["help", "unknown", "need-body", "subscribe", "unsubscribe", "ambiguous"]);

const MAX_TITLE = 100;
const MAX_DESCRIPTION = 200;

function article(id: string, rendered: Rendered): InlineQueryResultArticle {
  const lines = rendered.plain.split("\n").map((l) => l.trim()).filter(Boolean);
  const markup = toInlineKeyboard(rendered.buttons, { inline: true });
  return {
    type: "article",
    id,
    title: (lines[0] ?? "Rapor").slice(0, MAX_TITLE),
    description: lines.slice(1, 4).join(" · ").slice(0, MAX_DESCRIPTION),
    input_message_content: { message_text: clampHtml(rendered.html), ...HTML_OPTIONS },
    ...(markup ? { reply_markup: markup } : {}),
  };
}

/**
 * The results for one inline question, in the language `replyLocale` picks: its answer, or one answer per
 * candidate when the name is ambiguous.
 */
export function inlineResults(rapor: Core, text: string, language: ChatLanguage): { locale: Locale; results: Rendered[] } {
  const { query, reply, rendered, locale } = rapor.ask(text, language);
  if (reply.kind === "ambiguous") {
    const [first, ...rest] = query.ambiguous;
    const results = (first?.candidates ?? [])
      .map((candidate) => answerQuery(rapor.catalog, { ...query, entities: [...query.entities, candidate], ambiguous: rest }))
      .filter((r) => !NOT_A_RESULT.has(r.kind))
      .map((r) => rapor.render(r, locale));
    return { locale, results };
  }
  return { locale, results: NOT_A_RESULT.has(reply.kind) ? [] : [rendered] };
}

/**
 * `@bot lampung utara`: result cards to share in any chat, then whatever `more` adds (the chart
 * already on Telegram); an empty or unreadable query gets a help article.
 */
export function inlineFeature(rapor: Core, more?: (ctx: BotContext, text: string) => Promise<InlineQueryResult[]>): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("inline_query", async (ctx) => {
    const text = ctx.inlineQuery.query.trim();
    const answered = text ? inlineResults(rapor, text, chatLanguage(ctx)) : { locale: ctx.locale, results: [] };
    const digest = createHash("sha1").update(`${answered.locale}\n${text}`).digest("hex").slice(0, 32);
    const results: InlineQueryResult[] = answered.results.map((r, i) => article(`${digest}-${i}`, r));
    if (results.length > 0 && more) results.push(...(await more(ctx, text)));
    if (results.length === 0) {
      const mention = `@${ctx.me.username}`;
      results.push({
        type: "article",
        id: `help-${ctx.locale}`,
        title: ctx.t("bot-inline-help-title"),
        description: ctx.t("bot-inline-help-description"),
        input_message_content: { message_text: ctx.t("bot-inline-help-text", { mention }), ...HTML_OPTIONS },
      });
    }
    await ctx.answerInlineQuery(results, { cache_time: 300, is_personal: true });
  });
  return composer;
}
