import { answerQuery } from "../../answer/answer-query.js";
import { replyLocale } from "../../present/i18n.js";
import type { Query } from "../../understand/query.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import { chatLanguage } from "../locale.js";
import { pickCandidate, show } from "./pick.js";

/**
 * "Bogor: Kabupaten or Kota?": one question per ambiguous name, then the ORIGINAL question
 * (its intent, year, filters) answered with the chosen bodies, in place of the question, in the language
 * a reply to it takes (`replyLocale`).
 */
export function chooseBody(rapor: Core) {
  return async function chooseBodyConversation(conversation: BotConversation, ctx: ConvContext, query: Query): Promise<void> {
    let current: Query = query;
    let last = ctx;
    let replace = false;
    while (current.ambiguous.length > 0) {
      const [ambiguity, ...rest] = current.ambiguous;
      const picked = await pickCandidate(conversation, last, replace, rapor, current, ambiguity!);
      current = { ...current, entities: [...current.entities, picked.body], ambiguous: rest };
      last = picked.ctx;
      replace = true;
    }
    const resolved = current;
    const locale = replyLocale(resolved, chatLanguage(last));
    const answer = await conversation.external(() => rapor.render(answerQuery(rapor.catalog, resolved), locale));
    await show(last, answer, replace);
  };
}
