import { Composer } from "grammy";
import { aboutData } from "../../answer/info.js";
import { escapeHtml } from "../../present/format.js";
import { names } from "../commands.js";
import type { BotContext, Core } from "../context.js";
import { sendHtml, sendRendered } from "../reply.js";
import { questionAnswerer } from "./ask.js";

/**
 * A deep-link payload as a body code. Telegram allows only A-Z, a-z, 0-9, _ and - in `start`
 * payloads, so "18_03" and "18-03" stand for 18.03 (the dotted form works when typed).
 */
export function deepLinkCode(payload: string): string | null {
  const p = payload.trim();
  const region = /^(\d{2})(?:[._-]?(\d{2}))?$/.exec(p);
  if (region) return region[2] ? `${region[1]}.${region[2]}` : region[1]!;
  const agency = /^KL[._-]([A-Za-z0-9]{1,24})$/i.exec(p);
  return agency ? `KL.${agency[1]!.toUpperCase()}` : null;
}

/** /start (with deep links), /bantuan, /tentang, /zona. */
export function infoFeature(rapor: Core): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const answer = questionAnswerer(rapor);

  const commandsText = (ctx: BotContext) => {
    const groups = ctx.chat?.type === "private" ? "" : `\n${ctx.t("bot-commands-groups", { mention: `@${ctx.me.username}` })}`;
    return `${ctx.t("bot-commands")}${groups}`;
  };
  const helpText = (ctx: BotContext) => `${rapor.render({ kind: "help" }, ctx.locale).html}\n\n${commandsText(ctx)}`;

  composer.command(names("start"), async (ctx) => {
    const code = deepLinkCode(ctx.match);
    if (code && rapor.catalog.bodies.has(code)) {
      const card = rapor.act({ a: "card", code }, ctx.locale);
      if (card) return void (await sendRendered(ctx, card));
    }
    const name = ctx.from?.first_name ? escapeHtml(ctx.from.first_name.slice(0, 64)) : "none";
    await sendHtml(ctx, `${ctx.t("bot-welcome", { name })}\n\n${helpText(ctx)}`);
  });

  composer.command(names("help"), (ctx) => sendHtml(ctx, helpText(ctx)));
  composer.command(names("about"), (ctx) => sendRendered(ctx, rapor.render(aboutData(rapor.catalog), ctx.locale)));

  composer.command(names("scale"), async (ctx) => {
    const args = ctx.match.trim();
    if (args) return answer(ctx, /^\d{4}$/.test(args) ? `skala ${args}` : `apa arti ${args}`);
    const scales = rapor.ask("skala penilaian", ctx.locale).rendered.html;
    // The scale list's own title ("Skala penilaian") gives way to this command's.
    const body = scales.replace(/^[^\n]*\n/, "");
    await sendHtml(ctx, `${ctx.t("bot-scale-title")}\n${ctx.t("bot-scale-intro")}\n\n${body}`);
  });

  return composer;
}
