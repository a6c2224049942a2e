import { Composer, type Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import {
  listSubscriptions,
  MAX_SUBSCRIPTIONS_PER_CHAT,
  subscribe,
  unsubscribe,
  unsubscribeAll,
  type ChatType,
  type Target,
} from "../../broadcast/index.js";
import { encodeAction, type Action } from "../../present/actions.js";
import { escapeHtml } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import { names } from "../commands.js";
import type { BotContext, Core, FollowHandler } from "../context.js";
import { sendHtml } from "../reply.js";

/** Buttons offered when a name matches several bodies. */
const MAX_CHOICES = 8;

/** What a name given to /langganan or /berhenti stands for. */
type Resolved = { kind: "target"; target: Target } | { kind: "choose"; targets: Target[] } | { kind: "none" };

/** A body, or a province when the body is a Pemprov (following it means all its kab/kota too). */
function targetOfBody(rapor: Core, code: string): Target {
  return rapor.catalog.bodies.get(code)?.category === "provinsi" ? { kind: "province", code } : { kind: "body", code };
}

/** One body, a province, a category word alone; several candidates to choose from; or nothing. */
export function resolveTarget(rapor: Core, text: string): Resolved {
  const query = rapor.parse(text);
  const candidates = [...query.entities, ...query.ambiguous.flatMap((a) => a.candidates)];
  if (query.ambiguous.length === 0 && query.entities.length === 1) return { kind: "target", target: targetOfBody(rapor, query.entities[0]!.code) };
  if (candidates.length > 0) {
    const unique = [...new Map(candidates.map((c) => [c.code, c])).values()].slice(0, MAX_CHOICES);
    return { kind: "choose", targets: unique.map((c) => targetOfBody(rapor, c.code)) };
  }
  if (query.category) return { kind: "target", target: { kind: "category", code: query.category } };
  return { kind: "none" };
}

/** The target as the chat reads it (plain text; escape for HTML). */
export function targetName(ctx: BotContext, rapor: Core, target: Target): string {
  const name = rapor.catalog.bodies.get(target.code)?.name ?? target.code;
  switch (target.kind) {
    case "body":
      return name;
    case "province":
      return ctx.t("bot-target-province", { name });
    case "category":
      return ctx.t("bot-target-category", { category: target.code });
  }
}

const chatTypeOf = (ctx: Context): ChatType => (ctx.chat?.type ?? "private") as ChatType;

/** In private chats anyone; in groups only the group's creator and administrators. */
async function mayChange(ctx: BotContext): Promise<boolean> {
  if (!ctx.chat || ctx.chat.type === "private") return true;
  if (!ctx.from) return false;
  try {
    const member = await ctx.getChatMember(ctx.from.id);
    return member.status === "creator" || member.status === "administrator";
  } catch (error) {
    ctx.log.warn({ err: error }, "getChatMember failed: treating the user as not an admin");
    return false;
  }
}

const button = (text: string, action: Action) => ({ text, callback_data: encodeAction(action) });

/**
 * /langganan (/follow), /berhenti (/unfollow) and the follow / unfollow buttons. The chat layer
 * only: what a subscription is, and its limits, live in src/broadcast.
 */
export function subscriptionsFeature(rapor: Core, db: Db): { commands: Composer<BotContext>; onFollow: FollowHandler } {
  const commands = new Composer<BotContext>();

  /** Follows and says so; the reply text for the outcome. */
  async function follow(ctx: BotContext, target: Target): Promise<string> {
    const name = escapeHtml(targetName(ctx, rapor, target));
    const result = await subscribe(db, { chatId: ctx.chat!.id, chatType: chatTypeOf(ctx), target, locale: ctx.locale });
    switch (result) {
      case "subscribed":
        return ctx.t("bot-sub-subscribed", { name });
      case "already":
        return ctx.t("bot-sub-already", { name });
      case "limit":
        return ctx.t("bot-sub-limit", { max: String(MAX_SUBSCRIPTIONS_PER_CHAT) });
      case "unknown-target":
        return ctx.t("bot-button-stale");
    }
  }

  async function stop(ctx: BotContext, target: Target): Promise<string> {
    const name = escapeHtml(targetName(ctx, rapor, target));
    return (await unsubscribe(db, ctx.chat!.id, target)) ? ctx.t("bot-sub-stopped", { name }) : ctx.t("bot-sub-not-following", { name });
  }

  async function list(ctx: BotContext): Promise<void> {
    const subs = await listSubscriptions(db, ctx.chat!.id);
    if (subs.length === 0) return void (await sendHtml(ctx, `${ctx.t("bot-sub-none")}\n\n${ctx.t("bot-sub-usage")}`));
    const lines = subs.map((s) => `• ${escapeHtml(targetName(ctx, rapor, s.target))}`);
    const markup: InlineKeyboardMarkup = {
      inline_keyboard: subs.map((s) => [
        button(ctx.t("bot-sub-stop-button", { name: targetName(ctx, rapor, s.target).slice(0, 48) }), { a: "unfollow", target: s.target.kind, code: s.target.code }),
      ]),
    };
    await sendHtml(ctx, [ctx.t("bot-sub-list-title"), ...lines, "", ctx.t("bot-sub-list-hint")].join("\n"), markup);
  }

  function choices(ctx: BotContext, targets: Target[], a: "follow" | "unfollow"): InlineKeyboardMarkup {
    return { inline_keyboard: targets.map((t) => [button(targetName(ctx, rapor, t).slice(0, 60), { a, target: t.kind, code: t.code })]) };
  }

  commands.command(names("follow"), async (ctx) => {
    if (!(await mayChange(ctx))) return void (await sendHtml(ctx, ctx.t("bot-sub-admins-only")));
    const text = ctx.match.trim();
    if (!text) return list(ctx);
    const resolved = resolveTarget(rapor, text);
    if (resolved.kind === "none") return void (await sendHtml(ctx, ctx.t("bot-sub-not-found", { text: escapeHtml(text.slice(0, 100)) })));
    if (resolved.kind === "choose") return void (await sendHtml(ctx, ctx.t("bot-sub-choose"), choices(ctx, resolved.targets, "follow")));
    await sendHtml(ctx, await follow(ctx, resolved.target));
  });

  commands.command(names("unfollow"), async (ctx) => {
    if (!(await mayChange(ctx))) return void (await sendHtml(ctx, ctx.t("bot-sub-admins-only")));
    const text = ctx.match.trim();
    if (!text) {
      // Everything at once only after a press: one mistyped command must not end a group's subscriptions.
      const count = (await listSubscriptions(db, ctx.chat.id)).length;
      if (count === 0) return void (await sendHtml(ctx, ctx.t("bot-sub-none")));
      const markup = { inline_keyboard: [[button(ctx.t("bot-sub-stop-all-button"), { a: "unfollow", target: "all", code: "" })]] };
      return void (await sendHtml(ctx, ctx.t("bot-sub-stop-all-confirm", { count: String(count) }), markup));
    }
    const resolved = resolveTarget(rapor, text);
    if (resolved.kind === "none") return void (await sendHtml(ctx, ctx.t("bot-sub-not-found", { text: escapeHtml(text.slice(0, 100)) })));
    if (resolved.kind === "choose") {
      // Among the candidates, the ones this chat follows are what it can stop.
      const followed = await listSubscriptions(db, ctx.chat.id);
      const mine = resolved.targets.filter((t) => followed.some((s) => s.target.kind === t.kind && s.target.code === t.code));
      if (mine.length === 1) return void (await sendHtml(ctx, await stop(ctx, mine[0]!)));
      return void (await sendHtml(ctx, ctx.t("bot-sub-choose"), choices(ctx, mine.length > 0 ? mine : resolved.targets, "unfollow")));
    }
    await sendHtml(ctx, await stop(ctx, resolved.target));
  });

  /** The 🔔 button of a card, a choice button, a ✖️ button of the list, the stop-all confirmation. */
  const onFollow: FollowHandler = async (ctx, action) => {
    // A shared inline message has no chat to subscribe.
    if (!ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-compare-open-chat") }));
    if (!(await mayChange(ctx))) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-sub-admins-only") }));
    let text: string;
    if (action.target === "all") {
      text = ctx.t("bot-sub-stopped-all", { count: String(await unsubscribeAll(db, ctx.chat.id)) });
    } else {
      const target: Target = { kind: action.target, code: action.code };
      text = action.a === "follow" ? await follow(ctx, target) : await stop(ctx, target);
    }
    await ctx.answerCallbackQuery();
    await sendHtml(ctx, text);
  };

  return { commands, onFollow };
}
