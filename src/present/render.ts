import type { Reply } from "../answer/answer-query.js";
import { fileButtons } from "../chart/file-actions.js";
import type { Button, Rendered, RenderContext } from "./common.js";
import { name } from "./common.js";
import { htmlToPlain } from "./format.js";
import { renderNoData, renderRank, renderScore } from "./render-card.js";
import { renderAverage, renderList } from "./render-list.js";
import { renderCompare, renderExplain, renderStats, renderTrend } from "./render-other.js";
import { renderAbout, renderGreeting, renderIslandGroup, renderMethod, renderRankYears, renderSchedule, renderUnmatched } from "./render-info.js";
import { renderNoUnits, renderProgramme, renderUnitCard, renderUnitRanking, renderUnits } from "./render-units.js";

/** Telegram's limit for one message. */
export const MAX_MESSAGE_LENGTH = 4096;

/** Cuts at a line break so no tag is split; lists paginate before this is ever needed. */
function fit(html: string): string {
  if (html.length <= MAX_MESSAGE_LENGTH) return html;
  const cut = html.lastIndexOf("\n", MAX_MESSAGE_LENGTH - 2);
  return `${html.slice(0, cut > 0 ? cut : MAX_MESSAGE_LENGTH - 2)}\n…`;
}

function body(ctx: RenderContext, reply: Reply, page: number): { html: string; buttons: Button[][] } {
  switch (reply.kind) {
    case "score":
      return renderScore(ctx, reply);
    case "rank":
      return renderRank(ctx, reply);
    case "no-data":
      return renderNoData(ctx, reply);
    case "top":
    case "bottom":
    case "list":
      return renderList(ctx, reply, page);
    case "compare":
      return renderCompare(ctx, reply);
    case "trend":
      return renderTrend(ctx, reply);
    case "units":
      return renderUnits(ctx, reply);
    case "no-units":
      return renderNoUnits(ctx, reply);
    case "unit-ranking":
      return renderUnitRanking(ctx, reply);
    case "unit-card":
      return renderUnitCard(ctx, reply);
    case "programme":
      return renderProgramme(ctx, reply);
    case "about":
      return renderAbout(ctx, reply);
    case "method":
      return renderMethod(ctx, reply);
    case "schedule":
      return renderSchedule(ctx, reply);
    case "greeting":
      return renderGreeting(ctx);
    case "unmatched":
      return renderUnmatched(ctx, reply);
    case "island-group":
      return renderIslandGroup(ctx, reply);
    case "rank-years":
      return renderRankYears(ctx, reply);
    case "stats":
      return renderStats(ctx, reply);
    case "average":
      return renderAverage(ctx, reply);
    case "explain":
      return renderExplain(ctx, reply);
    case "help":
      return { html: ctx.t("help"), buttons: [] };
    case "unknown":
      return { html: ctx.t("unknown"), buttons: [] };
    case "subscribe":
      // "ikuti Lampung Utara" in chat: a button per named body does it in one press.
      return {
        html: ctx.t(reply.query.entities.length > 0 ? "subscribe-press" : "subscribe-hint"),
        buttons: reply.query.entities.map((e) => [{ label: ctx.t("button-follow-name", { name: e.name }), action: { a: "follow", target: "body", code: e.code } }]),
      };
    case "unsubscribe": {
      // Where no chat's subscriptions are at hand (the terminal, inline mode): how to stop. The bot answers from the chat's own.
      const [only, ...others] = reply.query.entities;
      const html = only && others.length === 0 ? ctx.t("unsubscribe-hint-name", { name: name(only.name) }) : ctx.t("unsubscribe-hint");
      return { html, buttons: [] };
    }
    case "need-body":
      return { html: ctx.t(reply.count === 2 ? "need-two-bodies" : "need-body"), buttons: [] };
    case "ambiguous":
      return {
        html: ctx.t("ambiguous", { text: name(reply.text) }),
        buttons: reply.candidates.map((c) => [
          { label: c.name, action: { a: "card", code: c.code, year: typeof reply.query.year === "number" ? reply.query.year : undefined } },
        ]),
      };
  }
}

/** An answer (or a conversational reply) as the message users see, in their language. */
export function renderReply(ctx: RenderContext, reply: Reply, page = 0): Rendered {
  const { html, buttons } = body(ctx, reply, page);
  const fitted = fit(html);
  return { html: fitted, plain: htmlToPlain(fitted), buttons: [...buttons, ...fileButtons(ctx, reply, page)] };
}
