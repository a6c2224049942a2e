import type { Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { MAX_SUBSCRIPTIONS_PER_CHAT, subscribe, unsubscribe, type ChatType, type Target } from "../broadcast/index.js";
import { encodeAction, type Action } from "../present/actions.js";
import { escapeHtml } from "../present/format.js";
import type { Db } from "../store/connection.js";
import type { Query } from "../understand/query.js";
import type { BotContext, ConvContext, Core } from "./context.js";

/** Buttons offered when a name matches several bodies. */
const MAX_CHOICES = 8;

/** What a name given to /langganan, /berhenti or /umumkan stands for. */
export type ResolvedTarget = { kind: "target"; target: Target } | { kind: "choose"; targets: Target[] } | { kind: "none" };

/** A body, or a province when the body is a Pemprov (following it means all its kab/kota too). */
function targetOfBody(rapor: Core, code: string): Target {
  return rapor.catalog.bodies.get(code)?.category === "provinsi" ? { kind: "province", code } : { kind: "body", code };
}

/** One body, a province, a category word alone; several candidates to choose from; or nothing. */
export function targetOfQuery(rapor: Core, query: Query): ResolvedTarget {
  const candidates = [...query.entities, ...query.ambiguous.flatMap((a) => a.candidates)];
  if (query.ambiguous.length === 0 && query.entities.length === 1) return { kind: "target", target: targetOfBody(rapor, query.entities[0]!.code) };
  if (candidates.length > 0) {
    const unique = [...new Map(candidates.map((c) => [c.code, c])).values()].slice(0, MAX_CHOICES);
    return { kind: "choose", targets: unique.map((c) => targetOfBody(rapor, c.code)) };
  }
  if (query.category) return { kind: "target", target: { kind: "category", code: query.category } };
  return { kind: "none" };
}

export const resolveTarget = (rapor: Core, text: string): ResolvedTarget => targetOfQuery(rapor, rapor.parse(text));

/** The target as the chat reads it (plain text; escape for HTML). */
export function targetName(ctx: ConvContext, rapor: Core, target: Target): string {
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
export async function mayChangeSubscriptions(ctx: BotContext): Promise<boolean> {
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

/** Follows and returns the reply (HTML) saying what happened. */
export async function followTarget(db: Db, rapor: Core, ctx: ConvContext, target: Target): Promise<string> {
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

/** Stops following and returns the reply (HTML). */
export async function stopTarget(db: Db, rapor: Core, ctx: ConvContext, target: Target): Promise<string> {
  const name = escapeHtml(targetName(ctx, rapor, target));
  return (await unsubscribe(db, ctx.chat!.id, target)) ? ctx.t("bot-sub-stopped", { name }) : ctx.t("bot-sub-not-following", { name });
}

export const actionButton = (text: string, action: Action) => ({ text, callback_data: encodeAction(action) });

/** A button per candidate target; pressing one follows (or stops) it. */
export function targetChoices(ctx: ConvContext, rapor: Core, targets: readonly Target[], a: "follow" | "unfollow"): InlineKeyboardMarkup {
  return { inline_keyboard: targets.map((t) => [actionButton(targetName(ctx, rapor, t).slice(0, 60), { a, target: t.kind, code: t.code })]) };
}
