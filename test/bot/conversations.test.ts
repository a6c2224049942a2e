import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../src/present/actions.js";
import { asMessage, buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

const button = (call: Parameters<typeof buttonsOf>[0], label: string) => {
  const found = buttonsOf(call).find((b) => b.text === label);
  if (!found) throw new Error(`no button ${label} in ${JSON.stringify(buttonsOf(call))}`);
  return found.data;
};

describe("choosing between same-name bodies", () => {
  it("asks Kabupaten or Kota, then answers the ORIGINAL question with the choice", async () => {
    const h = harness(core);
    const [prompt] = await h.say("tren bogor");
    expect(prompt!.payload.text).toContain('"bogor"');
    expect(buttonsOf(prompt).map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);

    const calls = await h.press(button(prompt, "Kota Bogor"), h.sentMessages()[0]!);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    // The question was a trend: the answer is Kota Bogor's trend, in place of the question.
    expect(calls[1]!.payload.text).toContain("📈 <b>Kota Bogor</b>");
    expect(calls[1]!.payload.message_id).toBe(h.sentMessages()[0]!.message_id);
  });

  it("keeps the year and asks once per ambiguous name", async () => {
    const h = harness(core);
    const [first] = await h.say("bandingkan bogor dan bekasi 2022");
    expect(first!.payload.text).toContain('"bogor"');
    const second = await h.press(button(first, "Kabupaten Bogor"), h.sentMessages()[0]!);
    const secondPrompt = second.find((c) => c.method === "editMessageText")!;
    expect(secondPrompt.payload.text).toContain('"bekasi"');
    const done = await h.press(button(secondPrompt, "Kota Bekasi"), { ...h.sentMessages()[0]!, reply_markup: secondPrompt.payload.reply_markup });
    const answer = done.find((c) => c.method === "editMessageText")!;
    expect(answer.payload.text).toContain("⚖️ <b>Perbandingan</b> · 2022");
    expect(answer.payload.text).toContain("Kabupaten Bogor");
    expect(answer.payload.text).toContain("Kota Bekasi");
  });

  it("a new question instead of a choice is answered as usual; the old buttons still show a card", async () => {
    const h = harness(core);
    const [prompt] = await h.say("nilai bogor 2022");
    const [answer] = await h.say("nilai lampung utara 2021");
    expect(answer!.payload.text).toContain("Kabupaten Lampung Utara</b> · 2021");
    const late = await h.press(button(prompt, "Kabupaten Bogor"), h.sentMessages()[0]!);
    expect(late.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(late[1]!.payload.text).toContain("<b>Kabupaten Bogor</b> · 2022");
  });
});

describe("/bandingkan", () => {
  it("asks for the bodies one by one, then compares them", async () => {
    const h = harness(core);
    expect(texts(await h.say("/bandingkan"))[0]).toContain("Mau membandingkan siapa?");
    expect(texts(await h.say("tebo"))[0]).toContain("Bandingkan <b>Kabupaten Tebo</b> dengan siapa?");
    const miss = texts(await h.say("xyzzy <b>"))[0]!;
    expect(miss).toContain('"xyzzy &lt;b&gt;"');
    const [result] = await h.say("batanghari");
    expect(result!.payload.text).toContain("⚖️ <b>Perbandingan</b>");
    expect(result!.payload.text).toContain("Kabupaten Tebo");
    expect(result!.payload.text).toContain("Kabupaten Batanghari");
    // Over: the next message is an ordinary question again.
    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("Lampung Utara");
  });

  it("/bandingkan with one name asks only for the second; an ambiguous one gets buttons", async () => {
    const h = harness(core);
    expect(texts(await h.say("/bandingkan tebo 2022"))[0]).toContain("Kabupaten Tebo");
    const [prompt] = await h.say("bogor");
    expect(buttonsOf(prompt).map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    const done = await h.press(button(prompt, "Kota Bogor"), h.sentMessages().at(-1)!);
    const answer = done.find((c) => c.method === "editMessageText")!;
    expect(answer.payload.text).toContain("Perbandingan</b> · 2022");
    expect(answer.payload.text).toContain("Kota Bogor");
  });

  it("/batal leaves it; the next message is a question again", async () => {
    const h = harness(core);
    await h.say("/bandingkan");
    expect(texts(await h.say("/batal"))[0]).toBe("Baik, dibatalkan.");
    const [card] = await h.say("tebo");
    expect(card!.payload.text).toContain("<b>Kabupaten Tebo</b>");
    expect(texts(await h.say("/batal"))[0]).toBe("Tidak ada yang sedang berjalan. Silakan kirim pertanyaan.");
  });

  it("another command leaves it and runs; a sticker gets a hint; three misses end it", async () => {
    const h = harness(core);
    await h.say("/bandingkan");
    expect(texts(await h.send(h.updates.media("sticker")))[0]).toContain("Kirim namanya sebagai teks");
    expect(texts(await h.say("/tentang"))[0]).toContain("Tentang data Rapor");
    expect(texts(await h.say("tebo"))[0]).toContain("<b>Kabupaten Tebo</b>"); // a card: no longer comparing

    await h.say("/bandingkan");
    await h.say("qqqq");
    await h.say("wwww");
    expect(texts(await h.say("eeee"))[0]).toContain("Perbandingan dibatalkan");
  });

  it("the ⚖️ button on a card starts it with that body and year", async () => {
    const h = harness(core);
    const [card] = await h.say("nilai kabupaten tebo 2022");
    const cmp = buttonsOf(card).find((b) => decodeAction(b.data)?.a === "cmp")!;
    const started = await h.press(cmp.data, h.sentMessages()[0]!);
    expect(started.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(started[1]!.payload.text).toContain("Bandingkan <b>Kabupaten Tebo</b> dengan siapa?");
    const [result] = await h.say("batanghari");
    expect(result!.payload.text).toContain("Perbandingan</b> · 2022");
  });

  it("survives a restart: the state is in the database", async () => {
    const before = harness(core);
    await before.say("/bandingkan tebo");
    const after = harness(core, { userId: before.user.id });
    const [result] = await after.say("batanghari");
    expect(result!.payload.text).toContain("⚖️ <b>Perbandingan</b>");
    const rows = await core.db.selectFrom("bot_conversations").selectAll().where("key", "=", String(before.user.id)).execute();
    expect(rows).toEqual([]);
  });

  it("in a group, other members' messages pass by the conversation", async () => {
    const h = harness(core, { chat: "group" });
    await h.say("/bandingkan@RaporTestBot tebo");
    const stranger = { id: 999_999, is_bot: false, first_name: "Budi" };
    expect(await h.send(h.updates.text("batanghari", { from: stranger }))).toEqual([]);
    const [result] = await h.send(h.updates.text("batanghari", { replyTo: asMessage(h.calls[0]!, h.chat) }));
    expect(result!.payload.text).toContain("Perbandingan");
  });
});
