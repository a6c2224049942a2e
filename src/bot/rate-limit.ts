import { limit } from "@grammyjs/ratelimiter";
import type { BotContext, RateLimitOptions } from "./context.js";

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { timeFrame: 4_000, limit: 8 };

/**
 * A per-user flood limit on interactive traffic. The limiter itself calls us once per window,
 * on the first update over the limit: one polite reply, then silence until the window ends.
 * Inline queries are exempt (Telegram sends one per keystroke).
 */
export function floodLimit(options: RateLimitOptions) {
  return limit<BotContext, never>({
    timeFrame: options.timeFrame,
    limit: options.limit,
    keyGenerator: (ctx) => (ctx.inlineQuery || ctx.chosenInlineResult ? undefined : ctx.from?.id.toString()),
    onLimitExceeded: async (ctx) => {
      try {
        const text = ctx.t("bot-flood");
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text });
        // In groups the extra messages are simply dropped: a reply would add to the noise.
        else if (ctx.chat?.type === "private") await ctx.reply(text);
      } catch (error) {
        ctx.log.warn({ err: error }, "could not send the flood notice");
      }
    },
  });
}
