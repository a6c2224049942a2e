import { escapeHtml } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import { followTarget, targetChoices, targetOfQuery } from "../follow-targets.js";
import { sendHtml } from "../reply.js";
import { waitForText } from "./pick.js";

/** Names that resolve to nothing this many times in a row end the conversation. */
const MAX_MISSES = 3;
/** How much of an unrecognised name is quoted back. */
const ECHO_CHARS = 60;
/** A message with one of these intents is a question, not a name to follow: it is answered as usual. */
const NAME_INTENTS = new Set(["score", "subscribe", "unknown"]);

/**
 * `/langganan` alone, after the list of what the chat follows: waits for a name (a body, a
 * province, a category) and follows it. Same-name bodies get a button each; a question or a
 * command leaves the conversation and is handled as usual.
 */
export function followByName(rapor: Core, db: Db) {
  return async function followConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
    const asker = ctx.from?.id;
    let misses = 0;
    for (;;) {
      // The list's ✖️ buttons and older cards are answered by the normal handlers meanwhile.
      const { ctx: next, text } = await waitForText(conversation, asker, "bot-sub-need-text");
      const resolved = await conversation.external(() => {
        const query = rapor.parse(text);
        const isQuestion = !NAME_INTENTS.has(query.intent) || query.year !== null || query.years.length > 0;
        return isQuestion ? null : targetOfQuery(rapor, query);
      });
      if (resolved === null) return await conversation.halt({ next: true });
      if (resolved.kind === "none") {
        misses += 1;
        if (misses >= MAX_MISSES) return void (await sendHtml(next, next.t("bot-sub-gave-up")));
        const echo = text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}…` : text;
        await sendHtml(next, `${next.t("bot-sub-not-found", { text: escapeHtml(echo) })}\n${next.t("bot-sub-ask-again")}`);
        continue;
      }
      if (resolved.kind === "choose") return void (await sendHtml(next, next.t("bot-sub-choose"), targetChoices(next, rapor, resolved.targets, "follow")));
      const reply = await conversation.external(() => followTarget(db, rapor, next, resolved.target));
      return void (await sendHtml(next, reply));
    }
  };
}
