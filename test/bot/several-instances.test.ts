import { afterAll, afterEach, describe, expect, it } from "vitest";
import { subscribe } from "../../src/broadcast/index.js";
import { ConversationStore } from "../../src/bot/state.js";
import { readConversationState } from "../../src/store/conversations.js";
import { dialectOf } from "../../src/store/dialect.js";
import { countHit } from "../../src/store/flood-counters.js";
import { outboxRows } from "../broadcast/helpers.js";
import { buttonsOf, harness, storeCopies, texts, type Core, type HarnessOptions } from "../helpers/bot-harness.js";

/**
 * Several bots on one database, as several webhook instances behind a load balancer are: each
 * its own process state, the chat's state shared through the database. On PostgreSQL the bots
 * run with their defaults (the shared mode is the default there); on SQLite it is asked for
 * with `cacheState: false`, so both runs test the same behaviour.
 */

const copies = storeCopies();
let core: Core;
async function fresh(): Promise<Core> {
  core = await copies.fresh();
  return core;
}
afterEach(() => copies.cleanupEach());
afterAll(() => copies.cleanupAll());

let nextUser = 930_000;
/** `count` bots on the shared database, all for one user (and chat). */
function instances(count: number, options: HarnessOptions = {}) {
  const shared: HarnessOptions = dialectOf(core.db) === "postgres" ? {} : { cacheState: false };
  const userId = options.userId ?? nextUser++;
  return Array.from({ length: count }, () => harness(core, { ...shared, ...options, userId }));
}
/** Every instance has seen the chat with no conversation (a cache would now say "none here"). */
const warm = async (bots: ReturnType<typeof harness>[]) => {
  for (const bot of bots) expect(texts(await bot.say("nilai lampung utara 2021"))[0]).toContain("Lampung Utara");
};
const sent = (h: ReturnType<typeof harness>) => h.calls.filter((c) => c.method === "sendMessage");
/** An update's context as the storage sees it; its log lines go to `dropped`. */
const dropped: string[] = [];
const quiet = (chatId: number) => ({ chatId, log: { info: (_o: object, msg?: string) => void dropped.push(msg ?? "") } });

describe("several instances on one database", () => {
  it("a conversation started on one instance continues on another", async () => {
    await fresh();
    const [a, b] = instances(2);
    await warm([a!, b!]);
    const [prompt] = await a!.say("tren bogor");
    expect(buttonsOf(prompt).map((x) => x.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    const kota = buttonsOf(prompt).find((x) => x.text === "Kota Bogor")!.data;
    // The press reaches the other instance: it resumes the conversation (the trend, in place of
    // the question), where a bot without the state would have sent a plain card.
    const calls = await b!.press(kota, a!.sentMessages().at(-1)!);
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(calls[1]!.payload.text).toContain("📈 <b>Kota Bogor</b>");
    expect(await readConversationState(core.db, String(a!.chat.id))).toBeNull();
  });

  it("/bandingkan asked on one instance takes its names on two others", async () => {
    await fresh();
    const [a, b, c] = instances(3);
    await warm([a!, b!, c!]);
    expect(texts(await a!.say("/bandingkan"))[0]).toContain("Mau membandingkan siapa?");
    expect(texts(await b!.say("tebo"))[0]).toContain("Bandingkan <b>Kabupaten Tebo</b> dengan siapa?");
    const [result] = texts(await c!.say("batanghari"));
    expect(result).toContain("⚖️ <b>Perbandingan</b>");
    expect(result).toContain("Kabupaten Batanghari");
  });

  it("a language chosen on one instance is the chat's language on the others at once", async () => {
    await fresh();
    const [a, b] = instances(2, { languageCode: "id" });
    await warm([a!, b!]);
    await a!.say("/bahasa en");
    const [reply] = texts(await b!.say("nilai lampung utara 2021"));
    expect(reply).toContain("Kabupaten Lampung Utara");
    expect(reply).toContain("Score");
    expect(reply).not.toContain("Nilai");
  });

  it("the flood limit counts a user's updates on every instance together, and says so once", async () => {
    await fresh();
    const bots = instances(3, { rateLimit: { timeFrame: 60_000, limit: 4 } });
    const replies: string[][] = [];
    for (let i = 0; i < 7; i++) replies.push(texts(await bots[i % 3]!.say("nilai lampung utara 2021")));
    expect(replies.slice(0, 4).every((r) => r.length === 1 && r[0]!.includes("Lampung Utara"))).toBe(true);
    expect(replies[4]).toEqual(["Pelan-pelan ya 🙂 Terlalu banyak pesan dalam waktu singkat; tunggu sebentar lalu coba lagi."]);
    expect(replies.slice(5)).toEqual([[], []]);
    // Another user is not held back.
    const [other] = instances(1, { rateLimit: { timeFrame: 60_000, limit: 4 } });
    expect(texts(await other!.say("nilai lampung utara 2021"))[0]).toContain("Lampung Utara");
  });

  it("an announcement previewed on one instance is sent from another, once", async () => {
    await fresh();
    const ADMIN = 931_001;
    await subscribe(core.db, { chatId: 931_101, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
    await subscribe(core.db, { chatId: 931_102, chatType: "private", target: { kind: "province", code: "18" }, locale: "en" });
    const [a, b, c] = instances(3, { userId: ADMIN, adminIds: [ADMIN] });
    await warm([a!, b!, c!]);
    await a!.say("/umumkan lampung barat");
    const [, question] = texts(await b!.say("Hasil 2025 diumumkan besok."));
    expect(question).toBe("☝️ Pratinjau. Kirim ke 2 obrolan (pengikut <b>Kabupaten Lampung Barat</b>)?");
    const preview = b!.sentMessages().at(-1)!;
    const sendButton = buttonsOf(sent(b!).at(-1))[0]!.data;

    const done = await c!.press(sendButton, preview);
    expect(done.find((x) => x.method === "editMessageText")!.payload.text).toBe(
      "✅ Pengumuman masuk antrean: 2 pesan. Bot mengirimnya bertahap; lihat /status.",
    );
    // Pressed again, on the first instance: the preview is over there too, and nothing more is queued.
    const again = await a!.press(sendButton, preview);
    expect(again.map((x) => [x.method, x.payload.text])).toEqual([["answerCallbackQuery", "Tombol ini sudah tidak berlaku. Silakan kirim pertanyaannya lagi."]]);
    const rows = await outboxRows(core.db);
    expect(rows.map((r) => Number(r.chat_id)).sort()).toEqual([931_101, 931_102]);
  });


  it("Send pressed twice at once, on two instances, queues each message once", async () => {
    await fresh();
    const ADMIN = 931_002;
    for (const chatId of [931_201, 931_202, 931_203]) {
      await subscribe(core.db, { chatId, chatType: "private", target: { kind: "province", code: "18" }, locale: "id" });
    }
    const [a, b, c] = instances(3, { userId: ADMIN, adminIds: [ADMIN] });
    await a!.say("/umumkan provinsi lampung");
    await a!.say("Jadwal pengumuman berubah.");
    const preview = a!.sentMessages().at(-1)!;
    const sendButton = buttonsOf(sent(a!).at(-1))[0]!.data;
    await Promise.all([b!.press(sendButton, preview), c!.press(sendButton, preview)]);
    const rows = await outboxRows(core.db);
    expect(rows.map((r) => Number(r.chat_id)).sort()).toEqual([931_201, 931_202, 931_203]);
    expect(await readConversationState(core.db, String(a!.chat.id))).toBeNull();
  });
});

describe("conversation states: a write applies only over the version it read", () => {
  it("two updates of one chat read the same state: the first write wins, the second is dropped", async () => {
    await fresh();
    const stores = [new ConversationStore(core.db, { cache: false }), new ConversationStore(core.db, { cache: false })];
    const state = (step: number) => ({ version: [0, 1], state: { step } }) as never;
    const chat = 932_001;
    const [first, second] = [quiet(chat), quiet(chat)];
    expect(await stores[0]!.read(first)).toBeUndefined();
    expect(await stores[1]!.read(second)).toBeUndefined();
    await stores[0]!.write(first, state(1));
    await stores[1]!.write(second, state(2));
    expect(dropped).toEqual(["conversation state changed meanwhile by another update: this update's change is dropped"]);
    expect(JSON.parse((await readConversationState(core.db, String(chat)))!.state).state).toEqual({ step: 1 });

    // Both read version 1 now; the second's delete comes after the first's write: the write stands.
    const [third, fourth] = [quiet(chat), quiet(chat)];
    await stores[0]!.read(third);
    await stores[1]!.read(fourth);
    await stores[0]!.write(third, state(3));
    await stores[1]!.delete(fourth);
    expect(dropped).toHaveLength(2);
    const row = (await readConversationState(core.db, String(chat)))!;
    expect([JSON.parse(row.state).state, row.version]).toEqual([{ step: 3 }, 2]);

    // An update that read the latest version writes as usual.
    const fifth = quiet(chat);
    expect(await stores[1]!.read(fifth)).toEqual(state(3));
    await stores[1]!.delete(fifth);
    expect(await readConversationState(core.db, String(chat))).toBeNull();
  });
});

describe("flood counters in the database", () => {
  it("count hits in a window, start again after it, and give concurrent hits each their own number", async () => {
    await fresh();
    const t0 = Date.parse("2026-12-02T10:00:00.000Z");
    expect(await countHit(core.db, "u1", t0, 4_000)).toBe(1);
    expect(await countHit(core.db, "u1", t0 + 1_000, 4_000)).toBe(2);
    expect(await countHit(core.db, "u1", t0 + 3_999, 4_000)).toBe(3);
    expect(await countHit(core.db, "u2", t0 + 3_999, 4_000)).toBe(1);
    // The window opened at t0 ends at t0 + 4 s: the next hit opens a new one.
    expect(await countHit(core.db, "u1", t0 + 4_000, 4_000)).toBe(1);
    expect(await countHit(core.db, "u1", t0 + 7_999, 4_000)).toBe(2);

    const hits = await Promise.all(Array.from({ length: 40 }, () => countHit(core.db, "burst", t0, 60_000)));
    expect(hits.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
