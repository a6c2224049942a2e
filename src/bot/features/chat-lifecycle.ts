import { Composer } from "grammy";
import { endChat, moveChat } from "../../broadcast/index.js";
import type { Db } from "../../store/connection.js";
import type { BotContext } from "../context.js";

/**
 * Keeps subscriptions attached to chats that still exist: a group that became a supergroup
 * (new chat id) takes its subscriptions along; a chat that removed or blocked the bot loses them
 * at once (the sender would find out on the next delivery anyway, with a wasted call).
 */
export function chatLifecycleFeature(db: Db): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("message:migrate_to_chat_id", async (ctx) => {
    await moveChat(db, ctx.chat.id, ctx.message.migrate_to_chat_id);
    ctx.log.info({ from: ctx.chat.id, to: ctx.message.migrate_to_chat_id }, "group migrated: subscriptions moved");
  });
  composer.on("my_chat_member", async (ctx) => {
    const { status } = ctx.myChatMember.new_chat_member;
    if (status !== "kicked" && status !== "left") return;
    const ended = await endChat(db, ctx.chat.id, `bot ${status}`);
    ctx.log.info({ chat: ctx.chat.id, ...ended }, "bot removed from a chat: its subscriptions ended");
  });
  return composer;
}
