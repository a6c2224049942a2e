import { Composer } from "grammy";
import { addressedText } from "../addressed.js";
import { names, type CommandKey } from "../commands.js";
import type { BotContext, Core } from "../context.js";
import { sendHtml } from "../reply.js";
import { questionAnswerer } from "./ask.js";
import type { FileSender } from "./charts.js";

/** Commands that are a question with an intent word: `/tren X` asks "tren X". */
const INTENT_COMMANDS: { key: CommandKey; prefix: string; usage?: string }[] = [
  { key: "score", prefix: "nilai", usage: "bot-usage-score" },
  { key: "rank", prefix: "peringkat", usage: "bot-usage-rank" },
  { key: "top", prefix: "top" },
  { key: "compare", prefix: "bandingkan" },
  { key: "trend", prefix: "tren", usage: "bot-usage-trend" },
  { key: "units", prefix: "unit layanan", usage: "bot-usage-units" },
];

/** `/nilai X`, `/tren X`...: the argument asked with the command's intent word in front. */
export function intentCommandsFeature(rapor: Core, files?: FileSender): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const answer = questionAnswerer(rapor, files);
  for (const { key, prefix, usage } of INTENT_COMMANDS) {
    composer.command(names(key), async (ctx) => {
      const args = ctx.match.trim();
      if (!args && usage) return void (await sendHtml(ctx, ctx.t(usage)));
      await answer(ctx, args ? `${prefix} ${args}` : prefix);
    });
  }
  return composer;
}

/** Free text: every message in a private chat; in groups only mentions and replies to the bot. */
export function freeTextFeature(rapor: Core, files?: FileSender): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const answer = questionAnswerer(rapor, files);
  composer.on("message:text", async (ctx, next) => {
    const text = addressedText(ctx);
    // Unknown commands go on to the `unhandled` feature.
    if (text === null || text.startsWith("/")) return next();
    if (text === "") return void (await sendHtml(ctx, rapor.render({ kind: "help" }, ctx.locale).html));
    await answer(ctx, text);
  });

  return composer;
}
