import type { BotContext, Core } from "../context.js";
import type { CompareStart } from "../conversations/compare.js";
import { CHOOSE_BODY, COMPARE } from "../conversations/pick.js";
import { sendRendered } from "../reply.js";

/**
 * Answers one question typed in the chat (free text, or a command's argument with its intent
 * word in front). Ambiguous names and incomplete comparisons continue as conversations.
 */
export function questionAnswerer(rapor: Core) {
  return async function answer(ctx: BotContext, text: string): Promise<void> {
    const { query, reply, rendered } = rapor.ask(text, ctx.locale);
    if (query.intent === "compare" && (reply.kind === "ambiguous" || reply.kind === "need-body")) {
      const start: CompareStart = {
        entities: query.entities,
        ambiguous: query.ambiguous,
        year: typeof query.year === "number" ? query.year : null,
      };
      return ctx.enterConversation(COMPARE, start);
    }
    if (reply.kind === "ambiguous") return ctx.enterConversation(CHOOSE_BODY, query);
    await sendRendered(ctx, rendered);
  };
}
