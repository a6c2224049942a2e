import {
  enqueueManualAnnouncement,
  MAX_MANUAL_TEXT,
  newAnnouncementId,
  recipientsOf,
  renderManualAnnouncement,
  type Audience,
} from "../../broadcast/index.js";
import { escapeHtml } from "../../present/format.js";
import type { Db } from "../../store/connection.js";
import { decodeAction, encodeAction } from "../../present/actions.js";
import type { BotConversation, ConvContext, Core } from "../context.js";
import { resolveTarget, targetName } from "../follow-targets.js";
import { editHtml, sendHtml } from "../reply.js";
import { waitForText, waitFromAsker } from "./pick.js";

/** Words that aim an announcement at every chat that follows anything. */
const EVERYONE = new Set(["semua", "semuanya", "semua pengikut", "seluruh", "everyone", "all", "all followers", "everybody"]);
/** Wrong answers in a row before the conversation gives up. */
const MAX_MISSES = 3;


/** `/umumkan` (admins; checked before entering): whom, what, a preview with the count of chats, then Send or Cancel. */
export function announce(rapor: Core, db: Db) {
  return async function announceConversation(conversation: BotConversation, ctx: ConvContext, audienceText: string): Promise<void> {
    const asker = ctx.from?.id;

    const nextText = () => waitForText(conversation, asker, "bot-announce-need-text");

    // Whom.
    let last = ctx;
    let audience: Audience | null = null;
    let wanted = audienceText.trim();
    // After a miss, the miss message itself asks again.
    let prompt = true;
    for (let misses = 0; audience === null; ) {
      if (!wanted) {
        if (prompt) await sendHtml(last, last.t("bot-announce-ask-audience"));
        const asked = await nextText();
        last = asked.ctx;
        wanted = asked.text.trim();
      }
      const said = wanted;
      wanted = "";
      if (EVERYONE.has(said.toLowerCase())) {
        audience = { kind: "everyone" };
        break;
      }
      const resolved = await conversation.external(() => resolveTarget(rapor, said));
      if (resolved.kind === "target") {
        audience = resolved.target;
        break;
      }
      if (++misses >= MAX_MISSES) return void (await sendHtml(last, last.t("bot-announce-gave-up")));
      prompt = false;
      const names = resolved.kind === "choose" ? resolved.targets.map((t) => escapeHtml(targetName(last, rapor, t))).join(", ") : "";
      await sendHtml(
        last,
        resolved.kind === "choose"
          ? last.t("bot-announce-which", { names })
          : `${last.t("bot-sub-not-found", { text: escapeHtml(said.slice(0, 60)) })}\n${last.t("bot-sub-ask-again")}`,
      );
    }
    const audienceName =
      audience.kind === "everyone" ? last.t("bot-announce-everyone") : last.t("bot-announce-followers", { name: escapeHtml(targetName(last, rapor, audience)) });

    // What.
    let text = "";
    await sendHtml(last, last.t("bot-announce-ask-text", { audience: audienceName, max: String(MAX_MANUAL_TEXT) }));
    for (;;) {
      const asked = await nextText();
      last = asked.ctx;
      if (asked.text.length <= MAX_MANUAL_TEXT && asked.text.trim()) {
        text = asked.text;
        break;
      }
      await sendHtml(last, last.t("bot-announce-too-long", { max: String(MAX_MANUAL_TEXT), length: String(asked.text.length) }));
    }

    // Preview: the message as the admin's language renders it, and how many chats it reaches.
    const target = audience;
    const { id, chats } = await conversation.external(async () => ({ id: newAnnouncementId(), chats: (await recipientsOf(db, target)).length }));
    if (chats === 0) return void (await sendHtml(last, last.t("bot-announce-nobody", { audience: audienceName })));
    await sendHtml(last, renderManualAnnouncement(rapor.translator, last.locale, text));
    const buttons = {
      inline_keyboard: [
        [
          { text: last.t("bot-announce-send"), callback_data: encodeAction({ a: "ann", choice: "ok" }) },
          { text: last.t("bot-announce-cancel"), callback_data: encodeAction({ a: "ann", choice: "no" }) },
        ],
      ],
    };
    await sendHtml(last, last.t("bot-announce-preview", { audience: audienceName, chats: String(chats) }), buttons);

    // Send or cancel; a new message or command instead leaves, and nothing is sent.
    const next = await waitFromAsker(conversation, asker);
    const data = next.callbackQuery?.data;
    if (data === undefined) return await conversation.halt({ next: true });
    const action = decodeAction(data);
    if (action?.a !== "ann") return await conversation.skip({ next: true });
    await next.answerCallbackQuery();
    const reply =
      action.choice === "no"
        ? next.t("bot-announce-cancelled")
        : next.t("bot-announce-queued", {
            messages: String(await conversation.external(() => enqueueManualAnnouncement(db, { audience: target, text, id }, rapor.translator))),
          });
    if (!(await editHtml(next, reply))) await sendHtml(next, reply);
  };
}
