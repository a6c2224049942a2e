import { Composer } from "grammy";
import { decodeAction } from "../../present/actions.js";
import type { BotContext, Core, FollowHandler } from "../context.js";
import type { CompareStart } from "../conversations/compare.js";
import { confirmLanguage } from "../conversations/language.js";
import { COMPARE } from "../conversations/pick.js";
import { shouldEdit } from "../keyboards.js";
import { settingsKey } from "../locale.js";
import { showRendered } from "../reply.js";
import type { ChatLocales } from "../state.js";

/**
 * Button presses. Callback data comes from the client and may be stale or forged: it is
 * validated (zod, in decodeAction) and anything unknown gets a polite toast, never an error.
 */
export function buttonsFeature(rapor: Core, locales: ChatLocales, onFollow: FollowHandler): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on("callback_query:data", async (ctx) => {
    const action = decodeAction(ctx.callbackQuery.data);
    if (!action) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));

    switch (action.a) {
      case "lang": {
        // A language button whose conversation is over (or from before a restart): still honoured.
        const key = settingsKey(ctx);
        if (key === undefined) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
        await locales.set(key, action.locale);
        return confirmLanguage(ctx, action.locale);
      }
      case "imp":
      case "ann":
        // Their preview is gone (its conversation is over, or the admin feature did not claim it).
        return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
      case "cmp": {
        const body = rapor.catalog.bodies.get(action.code);
        if (!body) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
        // A shared inline message has no chat to hold a conversation in.
        if (!ctx.chat) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-compare-open-chat") }));
        await ctx.answerCallbackQuery();
        const start: CompareStart = { entities: [{ code: body.code, name: body.name }], ambiguous: [], year: action.year ?? null };
        return ctx.enterConversation(COMPARE, start);
      }
      case "follow":
      case "unfollow":
        return onFollow(ctx, action);
      default: {
        const rendered = rapor.act(action, ctx.locale);
        if (!rendered) return void (await ctx.answerCallbackQuery({ text: ctx.t("bot-button-stale") }));
        await ctx.answerCallbackQuery();
        await showRendered(ctx, rendered, shouldEdit(action, ctx.callbackQuery.message?.reply_markup));
      }
    }
  });

  return composer;
}
