import { answerQuery } from "../../answer/answer-query.js";
import { escapeHtml } from "../../present/format.js";
import { emptyQuery } from "../../understand/parse.js";
import { replyLocale } from "../../present/i18n.js";
import type { BodyRef, Language, Query } from "../../understand/query.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import { chatLanguage } from "../locale.js";
import { sendHtml } from "../reply.js";
import { pickCandidate, show, waitForText, type Ambiguity } from "./pick.js";

/** Where a comparison starts: the bodies already known (from the command or a card's button) and the year. */
export interface CompareStart {
  entities: BodyRef[];
  ambiguous: Ambiguity[];
  year: number | null;
  /** The language the question's words showed ("compare Tebo and ..."); null when none (or from a button). */
  language?: Language | null;
}

/** Names that resolve to nothing this many times in a row end the conversation. */
const MAX_MISSES = 3;
/** How much of an unrecognised name is quoted back. */
const ECHO_CHARS = 60;

function compareQuery(entities: BodyRef[], year: number | null, language: Language | null): Query {
  const spoken = language === null ? {} : { language, languageFromWords: true };
  return { ...emptyQuery(""), ...spoken, intent: "compare", entities, year, years: year === null ? [] : [year] };
}

/** `/bandingkan`: asks for the bodies one by one (choosing between same-name ones), then compares them. */
export function compare(rapor: Core) {
  return async function compareConversation(conversation: BotConversation, ctx: ConvContext, start: CompareStart): Promise<void> {
    const asker = ctx.from?.id;
    const bodies: BodyRef[] = [];
    const add = (body: BodyRef) => {
      if (!bodies.some((b) => b.code === body.code)) bodies.push(body);
    };
    start.entities.forEach(add);
    const pending = [...start.ambiguous];
    let year = start.year;
    const language = start.language ?? null;
    let last = ctx;
    let replace = false;
    let misses = 0;
    // After a miss, the "not found" message itself asks again.
    let prompted = false;

    for (;;) {
      const ambiguity = pending.shift();
      if (ambiguity) {
        const query = { ...compareQuery(bodies, year, language), ambiguous: [ambiguity, ...pending] };
        const picked = await pickCandidate(conversation, last, replace, rapor, query, ambiguity);
        add(picked.body);
        last = picked.ctx;
        replace = true;
        continue;
      }
      if (bodies.length >= 2) break;

      if (!prompted) {
        const prompt = bodies[0] ? last.t("bot-compare-ask-next", { name: escapeHtml(bodies[0].name) }) : last.t("bot-compare-ask-first");
        await sendHtml(last, prompt);
      }
      prompted = true;
      // Another button (an older card) is answered by the normal handlers; we keep waiting.
      const { ctx: next, text } = await waitForText(conversation, asker, "bot-compare-need-text");
      const parsed = await conversation.external(() => {
        const q = rapor.parse(text);
        return { entities: q.entities, ambiguous: q.ambiguous, year: typeof q.year === "number" ? q.year : null };
      });
      last = next;
      replace = false;
      if (parsed.entities.length === 0 && parsed.ambiguous.length === 0) {
        misses += 1;
        if (misses >= MAX_MISSES) {
          await sendHtml(next, next.t("bot-compare-gave-up"));
          return;
        }
        const echo = text.length > ECHO_CHARS ? `${text.slice(0, ECHO_CHARS)}…` : text;
        await sendHtml(next, next.t("bot-compare-not-found", { text: escapeHtml(echo) }));
        continue;
      }
      misses = 0;
      prompted = false;
      parsed.entities.forEach(add);
      pending.push(...parsed.ambiguous);
      year ??= parsed.year;
    }

    const query = compareQuery(bodies, year, language);
    const locale = replyLocale(query, chatLanguage(last));
    const answer = await conversation.external(() => rapor.render(answerQuery(rapor.catalog, query), locale));
    await show(last, answer, replace);
  };
}
