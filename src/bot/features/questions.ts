import { Composer } from "grammy";
import { addressedText } from "../addressed.js";
import type { Locale } from "../../present/i18n.js";
import { COMMANDS, names, type CommandKey } from "../commands.js";
import type { BotContext, Core, StopHandler } from "../context.js";
import { sendHtml } from "../reply.js";
import { questionAnswerer } from "./ask.js";
import type { FileSender } from "./charts.js";

/**
 * Commands that are a question with an intent word: `/tren X` asks "tren X". The word is the one of the
 * command's name as typed (`/trend X` asks "trend X"), so the words we add never show another language.
 */
const INTENT_COMMANDS: { key: CommandKey; prefix: Record<Locale, string>; usage?: string }[] = [
  { key: "score", prefix: { id: "nilai", en: "score" }, usage: "bot-usage-score" },
  { key: "rank", prefix: { id: "peringkat", en: "rank" }, usage: "bot-usage-rank" },
  { key: "top", prefix: { id: "top", en: "top" } },
  { key: "compare", prefix: { id: "bandingkan", en: "compare" } },
  { key: "trend", prefix: { id: "tren", en: "trend" }, usage: "bot-usage-trend" },
  { key: "units", prefix: { id: "unit layanan", en: "units" }, usage: "bot-usage-units" },
];

/** Which of a command's names was typed: "en" for its English alias, else "id". */
function nameTyped(ctx: BotContext, key: CommandKey): Locale {
  const typed = /^\/(\w+)/.exec(ctx.message?.text ?? "")?.[1]?.toLowerCase();
  return typed === COMMANDS[key].en && typed !== COMMANDS[key].id ? "en" : "id";
}

/** `/nilai X`, `/tren X`...: the argument asked with the command's intent word in front. */
export function intentCommandsFeature(rapor: Core, files?: FileSender): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const answer = questionAnswerer(rapor, files);
  for (const { key, prefix, usage } of INTENT_COMMANDS) {
    composer.command(names(key), async (ctx) => {
      const args = ctx.match.trim();
      if (!args && usage) return void (await sendHtml(ctx, ctx.t(usage)));
      const word = prefix[nameTyped(ctx, key)];
      await answer(ctx, args ? `${word} ${args}` : word);
    });
  }
  return composer;
}

/** Free text: every message in a private chat; in groups only mentions and replies to the bot. */
export function freeTextFeature(rapor: Core, files?: FileSender, stop?: StopHandler): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const answer = questionAnswerer(rapor, files, stop);
  composer.on("message:text", async (ctx, next) => {
    const text = addressedText(ctx);
    // Unknown commands go on to the `unhandled` feature.
    if (text === null || text.startsWith("/")) return next();
    if (text === "") return void (await sendHtml(ctx, rapor.render({ kind: "help" }, ctx.locale).html));
    await answer(ctx, text);
  });

  return composer;
}
