import { Composer } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { listSubscriptions, unsubscribeAll, type Subscription, type Target } from "../../broadcast/index.js";
import { escapeHtml } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import { names } from "../commands.js";
import type { BotContext, Core, FollowHandler, StopHandler } from "../context.js";
import { FOLLOW } from "../conversations/pick.js";
import { actionButton, followTarget, mayChangeSubscriptions, resolveTarget, stopTarget, targetChoices, targetName, targetOfQuery } from "../follow-targets.js";
import { sendHtml } from "../reply.js";

/**
 * A body followed through a card's button is a "body" target even when it is a Pemprov, which /langganan
 * follows as its province: either stands for the other when stopping.
 */
const sameTarget = (a: Target, b: Target) =>
  a.code === b.code && (a.kind === b.kind || (a.kind !== "category" && b.kind !== "category"));

/**
 * /langganan (/follow), /berhenti (/unfollow), the follow / unfollow buttons, and "berhenti ikuti X" asked in
 * chat. The chat layer only: what a subscription is, and its limits, live in src/broadcast.
 */
export function subscriptionsFeature(rapor: Core, db: Db): { commands: Composer<BotContext>; onFollow: FollowHandler; onStopAsked: StopHandler } {
  const commands = new Composer<BotContext>();

  /** A ✖️ button per subscription. */
  const stopButtons = (ctx: BotContext, subs: readonly Subscription[]): InlineKeyboardMarkup => ({
    inline_keyboard: subs.map((s) => [
      actionButton(ctx.t("bot-sub-stop-button", { name: targetName(ctx, rapor, s.target).slice(0, 48) }), {
        a: "unfollow",
        target: s.target.kind,
        code: s.target.code,
      }),
    ]),
  });

  /** What the chat follows (with `more` after it) and a ✖️ button for each; "nothing yet" (with `none` after it). */
  async function sendList(ctx: BotContext, more: string, none: string): Promise<void> {
    const subs = await listSubscriptions(db, ctx.chat!.id);
    if (subs.length === 0) return void (await sendHtml(ctx, [ctx.t("bot-sub-none"), none].filter(Boolean).join("\n\n")));
    const lines = subs.map((s) => `• ${escapeHtml(targetName(ctx, rapor, s.target))}`);
    await sendHtml(ctx, [ctx.t("bot-sub-list-title"), ...lines, "", ctx.t("bot-sub-list-hint"), ...(more ? ["", more] : [])].join("\n"), stopButtons(ctx, subs));
  }

  /** What the chat follows, a ✖️ button for each, and an invitation to name one more. */
  async function listAndAsk(ctx: BotContext): Promise<void> {
    const ask = ctx.t(ctx.chat?.type === "private" ? "bot-sub-ask" : "bot-sub-ask-group");
    await sendList(ctx, ask, `${ctx.t("bot-sub-usage")}\n\n${ask}`);
    await ctx.enterConversation(FOLLOW);
  }

  /**
   * "berhenti ikuti Kota Metro": a ✖️ button for what the chat follows among the bodies named (a press stops it,
   * as /berhenti does), else that it does not follow them; with nothing named, the list with its buttons.
   */
  const onStopAsked: StopHandler = async (ctx, query) => {
    if (!(await mayChangeSubscriptions(ctx))) return void (await sendHtml(ctx, ctx.t("bot-sub-admins-only")));
    const resolved = targetOfQuery(rapor, query);
    if (resolved.kind === "none") return sendList(ctx, "", "");
    const named = resolved.kind === "target" ? [resolved.target] : resolved.targets;
    const followed = (await listSubscriptions(db, ctx.chat!.id)).filter((s) => named.some((t) => sameTarget(t, s.target)));
    if (followed.length > 0) return void (await sendHtml(ctx, ctx.t("bot-unsub-press"), stopButtons(ctx, followed)));
    const names = named.map((t) => `<b>${escapeHtml(targetName(ctx, rapor, t))}</b>`);
    await sendHtml(ctx, named.length === 1 ? ctx.t("bot-sub-not-following", { name: escapeHtml(targetName(ctx, rapor, named[0]!)) })
      : ctx.t("bot-unsub-not-following-any", { names: names.join(", ") }));
  };

  commands.command(names("follow"), async (ctx) => {
    if (!(await mayChangeSubscriptions(ctx))) return void (await sendHtml(ctx, ctx.t("bot-sub-admins-only")));
    const text = ctx.match.trim();
    if (!text) return listAndAsk(ctx);
    const resolved = resolveTarget(rapor, text);
    if (resolved.kind === "none") return void (await sendHtml(ctx, ctx.t("bot-sub-not-found", { text: escapeHtml(text.slice(0, 100)) })));
    if (resolved.kind === "choose") return void (await sendHtml(ctx, ctx.t("bot-sub-choose"), targetChoices(ctx, rapor, resolved.targets, "follow")));
    await sendHtml(ctx, await followTarget(db, rapor, ctx, resolved.target));
  });

  commands.command(names("unfollow"), async (ctx) => {
    if (!(await mayChangeSubscriptions(ctx))) return void (await sendHtml(ctx, ctx.t("bot-sub-admins-only")));
    const text = ctx.match.trim();
    if (!text) {
      // Everything at once only after a press: one mistyped command must not end a group's subscriptions.
      const count = (await listSubscriptions(db, ctx.chat.id)).length;
      if (count === 0) return void (await sendHtml(ctx, ctx.t("bot-sub-none")));
      const markup = { inline_keyboard: [[actionButton(ctx.t("bot-sub-stop-all-button"), { a: "unfollow", target: "all", code: "" })]] };
      return void (await sendHtml(ctx, ctx.t("bot-sub-stop-all-confirm", { count: String(count) }), markup));
    }
    const resolved = resolveTarget(rapor, text);
    if (resolved.kind === "none") return void (await sendHtml(ctx, ctx.t("bot-sub-not-found", { text: escapeHtml(text.slice(0, 100)) })));
    if (resolved.kind === "choose") {
      // Among the candidates, the ones this chat follows are what it can stop.
      const followed = await listSubscriptions(db, ctx.chat.id);
      const mine = resolved.targets.filter((t) => followed.some((s) => s.target.kind === t.kind && s.target.code === t.code));
      if (mine.length === 1) return void (await sendHtml(ctx, await stopTarget(db, rapor, ctx, mine[0]!)));
      return void (await sendHtml(ctx, ctx.t("bot-sub-choose"), targetChoices(ctx, rapor, mine.length > 0 ? mine : resolved.targets, "unfollow")));
    }
    await sendHtml(ctx, await stopTarget(db, rapor, ctx, resolved.target));
  });

  /** The 🔔 button of a card, a choice button, a ✖️ button of the list, the stop-all confirmation. */
  const onFollow: FollowHandler = async (ctx, action) => {
    // A shared inline message has no chat to subscribe.
    if (!ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-compare-open-chat") }));
    if (!(await mayChangeSubscriptions(ctx))) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-sub-admins-only") }));
    let text: string;
    if (action.target === "all") {
      text = ctx.t("bot-sub-stopped-all", { count: String(await unsubscribeAll(db, ctx.chat.id)) });
    } else {
      const target: Target = { kind: action.target, code: action.code };
      text = action.a === "follow" ? await followTarget(db, rapor, ctx, target) : await stopTarget(db, rapor, ctx, target);
    }
    await ctx.answerCallbackQuery();
    await sendHtml(ctx, text);
  };

  return { commands, onFollow, onStopAsked };
}
