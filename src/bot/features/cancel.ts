import { Composer } from "grammy";
import { names } from "../commands.js";
import type { BotContext } from "../context.js";
import { sendHtml } from "../reply.js";

/** /batal leaves any conversation. Installed between conversations() and the conversations themselves, so a waiting one cannot swallow it. */
export function cancelFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command(names("cancel"), async (ctx) => {
    // Without `ctx.conversation` the chat is known to have no conversation (see create-bot).
    const active = "conversation" in ctx && Object.keys(ctx.conversation.active()).length > 0;
    if (active) await ctx.conversation.exitAll();
    await sendHtml(ctx, ctx.t(active ? "bot-cancelled" : "bot-nothing-to-cancel"));
  });
  return composer;
}
