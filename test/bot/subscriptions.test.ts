import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSubscriptions } from "../../src/broadcast/index.js";
import type { ApiCall } from "../../src/bot/local-transport.js";
import { decodeAction } from "../../src/present/actions.js";
import { buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

const targets = async (chatId: number) => (await listSubscriptions(core.db, chatId)).map((s) => `${s.target.kind}:${s.target.code}`);

/** A getChatMember answer with the given status. */
const memberAs = (status: string) => (call: ApiCall) =>
  call.method === "getChatMember" ? { ok: true as const, result: { status, user: { id: call.payload.user_id, is_bot: false, first_name: "Ani" } } } : undefined;

describe("/langganan and /berhenti", () => {
  it("follows a body, a province (with all its regions) and a category by name", async () => {
    const h = harness(core);
    expect(texts(await h.say("/langganan lampung utara"))[0]).toContain("Sekarang mengikuti <b>Kabupaten Lampung Utara</b>");
    expect(texts(await h.say("/langganan Jawa Barat"))[0]).toContain("<b>Provinsi Jawa Barat (semua daerahnya)</b>");
    expect(texts(await h.say("/follow kabupaten"))[0]).toContain("<b>semua pemerintah kabupaten</b>");
    expect(texts(await h.say("/langganan lampung utara"))[0]).toContain("Sudah mengikuti");
    expect(await targets(h.chat.id)).toEqual(["body:18.03", "province:32", "category:kabupaten"]);
  });

  it("an unknown name is said plainly; an ambiguous one gets a button per candidate", async () => {
    const h = harness(core);
    expect(texts(await h.say("/langganan xyzzy"))[0]).toContain('Tidak ada daerah atau instansi bernama "xyzzy"');
    const [prompt] = await h.say("/langganan bogor");
    const choices = buttonsOf(prompt);
    expect(choices.map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    const pressed = await h.press(choices[1]!.data, h.sentMessages().at(-1)!);
    expect(texts(pressed)[0]).toContain("Sekarang mengikuti <b>Kota Bogor</b>");
    expect(await targets(h.chat.id)).toEqual(["body:32.71"]);
  });

  it("/langganan alone lists what the chat follows, with a stop button per item", async () => {
    const h = harness(core);
    expect(texts(await h.say("/langganan"))[0]).toContain("belum mengikuti apa pun");
    await h.say("/langganan tebo");
    await h.say("/langganan kota");
    const [list] = await h.say("/langganan");
    expect(list!.payload.text).toContain("• Kabupaten Tebo\n• semua pemerintah kota");
    const stops = buttonsOf(list);
    expect(stops.map((b) => decodeAction(b.data))).toEqual([
      { a: "unfollow", target: "body", code: "15.09" },
      { a: "unfollow", target: "category", code: "kota" },
    ]);
    const pressed = await h.press(stops[0]!.data, h.sentMessages().at(-1)!);
    expect(texts(pressed)[0]).toContain("Berhenti mengikuti <b>Kabupaten Tebo</b>");
    expect(await targets(h.chat.id)).toEqual(["category:kota"]);
  });

  it("/berhenti with a name stops that one; alone it asks before stopping everything", async () => {
    const h = harness(core);
    await h.say("/langganan tebo");
    await h.say("/langganan lampung");
    expect(texts(await h.say("/berhenti tebo"))[0]).toContain("Berhenti mengikuti <b>Kabupaten Tebo</b>");
    expect(texts(await h.say("/unfollow tebo"))[0]).toContain("tidak mengikuti <b>Kabupaten Tebo</b>");
    await h.say("/langganan kota");
    const [confirm] = await h.say("/berhenti");
    expect(confirm!.payload.text).toBe("Berhenti mengikuti semuanya (2)?");
    expect(await targets(h.chat.id)).toHaveLength(2);
    const pressed = await h.press(buttonsOf(confirm)[0]!.data, h.sentMessages().at(-1)!);
    expect(texts(pressed)[0]).toBe("🔕 Berhenti mengikuti semuanya (2).");
    expect(await targets(h.chat.id)).toEqual([]);
    expect(texts(await h.say("/berhenti"))[0]).toBe("Obrolan ini belum mengikuti apa pun.");
  });

  it("speaks English to English chats", async () => {
    const h = harness(core, { languageCode: "en" });
    expect(texts(await h.say("/follow lampung utara"))[0]).toContain("Now following <b>Kabupaten Lampung Utara</b>");
  });
});

describe("subscriptions in groups", () => {
  it("group admins may change them", async () => {
    const h = harness(core, { chat: "group", respond: memberAs("administrator") });
    const calls = await h.say("/langganan lampung utara");
    expect(calls.find((c) => c.method === "getChatMember")!.payload.user_id).toBe(h.user.id);
    expect(texts(calls)[0]).toContain("Sekarang mengikuti");
    const subs = await listSubscriptions(core.db, h.chat.id);
    expect(subs.map((s) => s.chatType)).toEqual(["supergroup"]);
  });

  it("other members get a polite refusal, by command and by button", async () => {
    const h = harness(core, { chat: "group", respond: memberAs("member") });
    expect(texts(await h.say("/langganan lampung utara"))[0]).toBe("Maaf, di grup hanya admin grup yang dapat mengubah langganan.");
    expect(texts(await h.say("/berhenti"))[0]).toBe("Maaf, di grup hanya admin grup yang dapat mengubah langganan.");
    const [card] = await h.say("/nilai lampung utara 2021");
    const follow = buttonsOf(card).find((b) => decodeAction(b.data)?.a === "follow")!;
    const pressed = await h.press(follow.data, h.sentMessages().at(-1)!);
    expect(pressed.map((c) => c.method)).toEqual(["getChatMember", "answerCallbackQuery"]);
    expect(pressed[1]!.payload.text).toBe("Maaf, di grup hanya admin grup yang dapat mengubah langganan.");
    expect(await targets(h.chat.id)).toEqual([]);
  });
});

describe("/langganan alone: a name typed next is followed", () => {
  it("follows the name typed after the list, and offers buttons for same-name bodies", async () => {
    const h = harness(core);
    const [list] = await h.say("/langganan");
    expect(list!.payload.text).toContain("Ketik nama daerah, provinsi atau kategori yang ingin diikuti");
    expect(texts(await h.say("kab tebo"))[0]).toContain("Sekarang mengikuti <b>Kabupaten Tebo</b>");
    // The conversation is over: the next text is a question again.
    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("<b>Kabupaten Lampung Utara</b> · 2021");

    await h.say("/langganan");
    const [choose] = await h.say("bekasi");
    expect(buttonsOf(choose).map((b) => b.text)).toEqual(["Kabupaten Bekasi", "Kota Bekasi"]);
    expect(await targets(h.chat.id)).toEqual(["body:15.09"]);
  });

  it("an unknown name asks again; a question or a command leaves and is answered as usual", async () => {
    const h = harness(core);
    await h.say("/langganan");
    const [missed] = await h.say("qwertyuiop");
    expect(missed!.payload.text).toContain('Tidak ada daerah atau instansi bernama "qwertyuiop"');
    expect(missed!.payload.text).toContain("Ketik nama lain, atau /batal.");
    const [card] = await h.say("peringkat lampura se-lampung 2021");
    expect(card!.payload.text).toContain("Kabupaten Lampung Utara");
    expect(await targets(h.chat.id)).toEqual([]);

    await h.say("/langganan");
    expect(texts(await h.say("/batal"))[0]).toBe("Baik, dibatalkan.");
    await h.say("tebo");
    expect(await targets(h.chat.id)).toEqual([]);
  });
});

describe("chats that change or go away", () => {
  it("a group that became a supergroup keeps its subscriptions; a chat that removed the bot loses them", async () => {
    const h = harness(core, { chat: "group", respond: memberAs("creator") });
    await h.say("/langganan tebo");
    const newId = h.chat.id - 1_000_000_000_000;
    const migrated = h.updates.text("");
    const { text: _text, ...message } = migrated.message as unknown as Record<string, unknown>;
    await h.send({ update_id: migrated.update_id, message: { ...message, migrate_to_chat_id: newId } } as never);
    expect(await targets(h.chat.id)).toEqual([]);
    expect(await targets(newId)).toEqual(["body:15.09"]);

    const me = { id: 1, is_bot: true, first_name: "Rapor" };
    const removal = (chatId: number, status: "kicked" | "left" | "member") => ({
      update_id: 900_000 + Math.abs(chatId % 1000),
      my_chat_member: {
        chat: { id: chatId, type: "supergroup", title: "Warga" },
        from: h.user,
        date: 0,
        old_chat_member: { status: "member", user: me },
        new_chat_member: status === "kicked" ? { status, user: me, until_date: 0 } : { status, user: me },
      },
    });
    await h.send(removal(newId, "member") as never);
    expect(await targets(newId)).toEqual(["body:15.09"]);
    await h.send(removal(newId, "kicked") as never);
    expect(await targets(newId)).toEqual([]);
  });

  it("'ikuti <name>' in chat offers a follow button for the body named", async () => {
    const h = harness(core);
    const [reply] = await h.say("ikuti kabupaten lebong");
    expect(reply!.payload.text).toContain("Tekan tombol di bawah");
    const [button] = buttonsOf(reply);
    expect(button!.text).toBe("🔔 Ikuti Kabupaten Lebong");
    await h.press(button!.data, h.sentMessages().at(-1)!);
    expect(await targets(h.chat.id)).toEqual(["body:17.07"]);
  });
});

describe("asking in chat to stop following", () => {
  it("offers a stop button for a body the chat follows, whichever way it is asked; a press stops it", async () => {
    const h = harness(core);
    await h.say("/langganan kota metro");
    let last;
    for (const asked of ["berhenti ikuti kota metro", "unsubscribe kota metro", "stop langganan kota metro", "unfollow kota metro"]) {
      const [reply] = await h.say(asked);
      last = reply;
      expect(reply!.payload.text, asked).toBe("Tekan tombol di bawah untuk berhenti mengikuti.");
      expect(buttonsOf(reply).map((b) => decodeAction(b.data)), asked).toEqual([{ a: "unfollow", target: "body", code: "18.72" }]);
    }
    // Asking is not stopping: only the press is.
    expect(await targets(h.chat.id)).toEqual(["body:18.72"]);
    const [button] = buttonsOf(last);
    expect(texts(await h.press(button!.data, h.sentMessages().at(-1)!))[0]).toContain("Berhenti mengikuti <b>Kota Metro</b>");
    expect(await targets(h.chat.id)).toEqual([]);
  });

  it("says so when the chat does not follow the body named, and never offers to follow it", async () => {
    const h = harness(core);
    const [reply] = await h.say("berhenti ikuti kota metro");
    expect(reply!.payload.text).toBe("Obrolan ini tidak mengikuti <b>Kota Metro</b>.");
    expect(buttonsOf(reply)).toEqual([]);
    expect(await targets(h.chat.id)).toEqual([]);
  });

  it("same-name bodies: the one the chat follows; none followed, both named", async () => {
    const h = harness(core);
    const [none] = await h.say("stop langganan bogor");
    expect(none!.payload.text).toBe("Obrolan ini tidak mengikuti <b>Kabupaten Bogor</b>, <b>Kota Bogor</b>.");
    await h.say("/langganan kota bogor");
    const [reply] = await h.say("stop langganan bogor");
    expect(buttonsOf(reply).map((b) => decodeAction(b.data))).toEqual([{ a: "unfollow", target: "body", code: "32.71" }]);
  });

  it("nothing named: the list of what the chat follows, with its stop buttons", async () => {
    const h = harness(core);
    expect(texts(await h.say("berhenti langganan"))[0]).toBe("Obrolan ini belum mengikuti apa pun.");
    await h.say("/langganan tebo");
    const [list] = await h.say("berhenti langganan");
    expect(list!.payload.text).toContain("• Kabupaten Tebo");
    expect(buttonsOf(list).map((b) => decodeAction(b.data))).toEqual([{ a: "unfollow", target: "body", code: "15.09" }]);
  });

  it("a Pemprov followed through its card's button is stopped by name too; English chats get English", async () => {
    const h = harness(core, { languageCode: "en" });
    const [card] = await h.say("ikuti provinsi lampung");
    await h.press(buttonsOf(card)[0]!.data, h.sentMessages().at(-1)!);
    expect(await targets(h.chat.id)).toEqual(["body:18"]);
    const [reply] = await h.say("unfollow provinsi lampung");
    expect(reply!.payload.text).toBe("Press the button below to stop following.");
    expect(buttonsOf(reply).map((b) => decodeAction(b.data))).toEqual([{ a: "unfollow", target: "body", code: "18" }]);
  });

  it("in a group, only admins are offered to stop", async () => {
    const h = harness(core, { chat: "group", respond: memberAs("member") });
    await h.say("/langganan kota metro");
    expect(texts(await h.say("@RaporTestBot berhenti ikuti kota metro"))).toEqual(["Maaf, di grup hanya admin grup yang dapat mengubah langganan."]);
  });
});
