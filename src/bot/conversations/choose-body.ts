import { answerQuery } from "../../answer/answer-query.js";
import { replyLocale } from "../../present/i18n.js";
import type { Query } from "../../understand/query.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import type { FileSender } from "../features/charts.js";
import { FILE_FORMAT_OF_OUTPUT } from "../features/ask.js";
import { chatLanguage, speak } from "../locale.js";
import { pickCandidate, show } from "./pick.js";

/**
 * "Bogor: Kabupaten or Kota?": one question per ambiguous name, then the ORIGINAL question
 * (its intent, year, filters) answered with the chosen bodies, in place of the question, in the language
 * a reply to it takes (`replyLocale`). A question asked as a chart or a file gets one when it can
 * (the picker then goes, as the photo or file carries the answer), else the card.
 */
export function chooseBody(rapor: Core, files?: FileSender) {
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
    const format = resolved.output ? FILE_FORMAT_OF_OUTPUT[resolved.output] : undefined;
    if (format && files) {
      // Sent through the update's own context, where the file feature's plugins are installed.
      const sent = await conversation.external(async (outside) => {
        speak(outside, locale);
        return files.send(outside, format, answerQuery(rapor.catalog, resolved));
      });
      if (sent) {
        if (replace) await last.deleteMessage().catch(() => undefined);
        return;
      }
    }
    const answer = await conversation.external(() => rapor.render(answerQuery(rapor.catalog, resolved), locale));
    await show(last, answer, replace);
    if (format && files) await conversation.external((outside) => files.none(outside, format, answerQuery(rapor.catalog, resolved)));
  };
}
