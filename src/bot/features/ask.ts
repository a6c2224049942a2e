import type { FileFormat } from "../../chart/file-actions.js";
import type { Query } from "../../understand/query.js";
import type { BotContext, Core, StopHandler } from "../context.js";
import type { CompareStart } from "../conversations/compare.js";
import { CHOOSE_BODY, COMPARE } from "../conversations/pick.js";
import { chatLanguage, speak } from "../locale.js";
import { sendRendered } from "../reply.js";
import type { FileSender } from "./charts.js";

/** What a question asked as a file ("grafik ...", "export ... csv") is sent as. */
export const FILE_FORMAT_OF_OUTPUT: Record<NonNullable<Query["output"]>, FileFormat> = { chart: "png", csv: "csv" };
const OUTPUT_OF_FILE_FORMAT: Record<FileFormat, NonNullable<Query["output"]>> = { png: "chart", csv: "csv" };

/**
 * Answers one question typed in the chat (free text, or a command's argument with its intent
 * word in front). Ambiguous names and incomplete comparisons continue as conversations. A
 * question asked as a chart or a file (`output`, else the query's own) gets one when `files` can make it.
 * The reply is in the language `replyLocale` picks, and so is what follows it in this update. Asking to stop
 * following goes to `stop`, which knows the chat's subscriptions (same-name bodies included).
 */
export function questionAnswerer(rapor: Core, files?: FileSender, stop?: StopHandler) {
  return async function answer(ctx: BotContext, text: string, output?: FileFormat): Promise<void> {
    const { query, reply, rendered, locale } = rapor.ask(text, chatLanguage(ctx));
    if (query.intent === "unsubscribe" && stop) {
      speak(ctx, locale);
      return stop(ctx, query);
    }
    if (query.intent === "compare" && (reply.kind === "ambiguous" || reply.kind === "need-body")) {
      const start: CompareStart = {
        entities: query.entities,
        ambiguous: query.ambiguous,
        year: typeof query.year === "number" ? query.year : null,
        language: query.languageFromWords ? query.language : null,
      };
      return ctx.enterConversation(COMPARE, start);
    }
    // The file asked for (by /grafik or the words) goes with the question into the choice.
    if (reply.kind === "ambiguous") return ctx.enterConversation(CHOOSE_BODY, output ? { ...query, output: OUTPUT_OF_FILE_FORMAT[output] } : query);
    speak(ctx, locale);
    const format = output ?? (query.output ? FILE_FORMAT_OF_OUTPUT[query.output] : undefined);
    if (format && files && (await files.send(ctx, format, reply))) return;
    await sendRendered(ctx, rendered);
    if (format && files) await files.none(ctx, format, reply);
  };
}
