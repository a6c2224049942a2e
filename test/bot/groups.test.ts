import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asMessage, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

describe("in groups", () => {
  it("ignores plain text and media not meant for the bot", async () => {
    const h = harness(core, { chat: "group" });
    expect(await h.say("nilai lampung utara 2021")).toEqual([]);
    expect(await h.say("halo semua, @someoneelse lihat ini")).toEqual([]);
    expect(await h.send(h.updates.media("sticker"))).toEqual([]);
    expect(await h.say("/nilai@OtherBot lampung utara")).toEqual([]);
  });

  it("answers a mention (without the mention in the question), as a reply to it", async () => {
    const h = harness(core, { chat: "group" });
    const update = h.updates.text("@RaporTestBot nilai lampung utara 2021");
    const [call] = await h.send(update);
    expect(call!.payload.text).toContain("Kabupaten Lampung Utara</b> · 2021");
    expect(call!.payload.reply_parameters).toEqual({ message_id: update.message!.message_id, allow_sending_without_reply: true });
    expect(call!.payload.chat_id).toBe(h.chat.id);
  });

  it("answers a reply to one of its messages", async () => {
    const h = harness(core, { chat: "group" });
    const [first] = await h.say("/tentang");
    const [call] = await h.say("nilai kota bogor 2022", { replyTo: asMessage(first!, h.chat) });
    expect(call!.payload.text).toContain("<b>Kota Bogor</b> · 2022");
  });

  it("answers commands, with or without the bot's name", async () => {
    const h = harness(core, { chat: "group" });
    expect(texts(await h.say("/nilai@RaporTestBot lampung utara 2021"))[0]).toContain("Lampung Utara");
    expect(texts(await h.say("/tren kota payakumbuh"))[0]).toContain("Payakumbuh");
    const help = texts(await h.say("/bantuan"))[0]!;
    expect(help).toContain("@RaporTestBot");
  });
});
