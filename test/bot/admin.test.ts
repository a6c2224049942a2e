import type { Message } from "grammy/types";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { status, subscribe } from "../../src/broadcast/index.js";
import { fixture, outboxRows, type Store } from "../broadcast/helpers.js";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { childProcessDraftImports } from "../../src/ingest/draft-import-process.js";
import { asMessage, buttonsOf, harness, storeCopies, texts, type Core } from "../helpers/bot-harness.js";

const ADMIN = 880_001;
const STRANGER = 880_002;

const copies = storeCopies();
let store: Store;
let core: Core;
// Imports change the store: each test gets its own copy.
async function fresh(): Promise<Core> {
  const opened = await copies.fresh();
  store = opened.store;
  core = opened;
  return core;
}
afterEach(() => copies.cleanupEach());
afterAll(() => copies.cleanupAll());

const follow = (chatId: number, target: { kind: "body" | "province" | "category"; code: string }, locale = "id") =>
  subscribe(core.db, { chatId, chatType: chatId > 0 ? "private" : "supergroup", target, locale });
const resultCount = async () => (await core.db.selectFrom("results").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;

/** The admin's bot; `uploaded.text` is what the next file download returns. */
function admin(uploaded: { text?: string } = {}) {
  const h = harness(core, {
    userId: ADMIN,
    adminIds: [ADMIN],
    downloadFile: async (path) => {
      if (!path.startsWith("documents/") || uploaded.text === undefined) throw new Error(`no such file ${path}`);
      return uploaded.text;
    },
  });
  return { ...h, upload: (name: string, text: string) => ((uploaded.text = text), h.send(h.updates.document(name, { mimeType: "text/csv" }))) };
}

describe("CSV sent to the bot by an admin", () => {
  it("previews exactly what would change and who would be told, writes nothing until Import is pressed", async () => {
    await fresh();
    await follow(51, { kind: "body", code: "18.04" });
    await follow(52, { kind: "province", code: "18" }, "en");
    await follow(53, { kind: "body", code: "15.09" }); // Tebo: not in the file
    const before = await resultCount();
    const h = admin();
    const calls = await h.upload("lampung-2024.csv", fixture("lampung-2024.csv"));
    expect(calls.map((c) => c.method)).toEqual(["getFile", "sendMessage"]);
    const preview = calls[1]!;
    expect(preview.payload.text).toContain("Uji impor lampung-2024.csv");
    expect(preview.payload.text).toContain("Baris baru: 4");
    expect(preview.payload.text).toContain("Pengumuman yang akan dikirim: 2, ke 2 obrolan pengikut");
    expect(await resultCount()).toBe(before);
    expect(await outboxRows(core.db)).toEqual([]);

    const [confirm] = buttonsOf(preview);
    expect(confirm!.text).toBe("✅ Impor");
    const done = await h.press(confirm!.data, h.sentMessages().at(-1)!);
    expect(texts(done)[0]).toBe("✅ Diimpor: 4 baris baru. Pengumuman masuk antrean: 2.");
    expect(await resultCount()).toBe(before + 4);
    const queued = await outboxRows(core.db);
    expect(queued.map((r) => Number(r.chat_id)).sort()).toEqual([51, 52]);
    expect(queued.find((r) => Number(r.chat_id) === 52)!.text).toContain("New results in Provinsi Lampung");
    // The new rows answer questions at once.
    expect(texts(await h.say("nilai lampung barat 2024"))[0]).toContain("91,3");

    // A second press (or a stale one) does nothing twice.
    const again = await h.press(confirm!.data, h.sentMessages().at(-2)!);
    expect(texts(again)[0]).toBe("lampung-2024.csv sudah diimpor; berkas tidak diimpor dua kali.");
    expect(await resultCount()).toBe(before + 4);
  });

  it("Cancel writes nothing; a rejected file lists its row problems; a file already imported has nothing new", async () => {
    await fresh();
    const before = await resultCount();
    const h = admin();
    const first = await h.upload("lampung.csv", fixture("lampung-2024.csv"));
    const cancel = buttonsOf(first.at(-1))[1]!;
    expect(texts(await h.press(cancel.data, h.sentMessages().at(-1)!))[0]).toBe("Impor dibatalkan.");
    expect(await resultCount()).toBe(before);

    const rejected = texts(await h.upload("bad.csv", fixture("lampung-2024-rejected.csv")))[0]!;
    expect(rejected).toMatch(/^❌ bad\.csv ditolak, tidak ada yang ditulis \(\d+ masalah\):/);
    expect(rejected).toContain("row 3");
    expect(texts(await h.upload("junk.csv", "this is not,a results file\n1,2\n"))[0]).toContain("ditolak");
    expect(await resultCount()).toBe(before);

    // Imported once, the same file again has nothing new.
    const preview = await h.upload("lampung.csv", fixture("lampung-2024.csv"));
    await h.press(buttonsOf(preview.at(-1))[0]!.data, h.sentMessages().at(-1)!);
    expect(texts(await h.upload("lampung.csv", fixture("lampung-2024.csv")))[0]).toBe("Tidak ada baris baru di lampung.csv; tidak ada yang perlu diimpor.");
    expect(await resultCount()).toBe(before + 4);
  });

  it("non-admins are refused politely; files that are not CSV are left alone", async () => {
    await fresh();
    const h = harness(core, { userId: STRANGER, adminIds: [ADMIN], downloadFile: async () => fixture("lampung-2024.csv") });
    const calls = await h.send(h.updates.document("lampung-2024.csv"));
    expect(calls.map((c) => c.method)).toEqual(["sendMessage"]);
    expect(calls[0]!.payload.text).toBe("Maaf, perintah ini hanya untuk admin bot.");
    expect(texts(await h.say("/status"))[0]).toBe("Maaf, perintah ini hanya untuk admin bot.");
    expect(texts(await h.say("/umumkan"))[0]).toBe("Maaf, perintah ini hanya untuk admin bot.");
    // A forged Import press from a non-admin.
    const pressed = await h.press("imp|ok|1", h.sentMessages().at(-1)!);
    expect(pressed[0]!.payload.text).toBe("Maaf, perintah ini hanya untuk admin bot.");
    const pdf = await h.send(h.updates.document("laporan.pdf"));
    expect(pdf.some((c) => c.method === "getFile")).toBe(false);
  });
});

describe("/status", () => {
  it("shows the queue's counts from the outbox", async () => {
    await fresh();
    await follow(61, { kind: "province", code: "18" });
    await follow(62, { kind: "body", code: "18.04" });
    const h = admin();
    await h.say("/umumkan semua");
    await h.say("Uji coba pengumuman.");
    const preview = h.sentMessages().at(-1)!;
    await h.press(buttonsOf(h.calls.filter((c) => c.method === "sendMessage").at(-1))[0]!.data, preview);
    const s = await status(core.db);
    expect(s.queued).toBe(2);
    const [reply] = texts(await h.say("/status"));
    expect(reply).toContain("Antre: 2");
    expect(reply).toContain("Terkirim: 0");
    expect(reply).toContain("Diblokir: 0");
  });
});

describe("/umumkan: a hand-written announcement", () => {
  it("asks whom and what, previews with the count of chats, and queues one message per chat in its language", async () => {
    await fresh();
    await follow(71, { kind: "body", code: "18.04" });
    await follow(72, { kind: "province", code: "18" }, "en");
    await follow(72, { kind: "body", code: "18.04" }, "en"); // follows both: told once
    await follow(73, { kind: "body", code: "15.09" });
    const h = admin();
    expect(texts(await h.say("/umumkan"))[0]).toContain("Pengumuman ini untuk siapa?");
    expect(texts(await h.say("lampung barat"))[0]).toContain("pengikut <b>Kabupaten Lampung Barat</b>");
    const [shown, question] = texts(await h.say("Hasil 2025 diumumkan <besok> & lusa."));
    expect(shown).toBe("📢 <b>Pengumuman Rapor</b>\n\nHasil 2025 diumumkan &lt;besok&gt; &amp; lusa.");
    expect(question).toBe("☝️ Pratinjau. Kirim ke 2 obrolan (pengikut <b>Kabupaten Lampung Barat</b>)?");
    expect(await outboxRows(core.db)).toEqual([]);

    const send = buttonsOf(h.calls.filter((c) => c.method === "sendMessage").at(-1))[0]!;
    const done = await h.press(send.data, h.sentMessages().at(-1)!);
    expect(done.find((c) => c.method === "editMessageText")!.payload.text).toBe(
      "✅ Pengumuman masuk antrean: 2 pesan. Bot mengirimnya bertahap; lihat /status.",
    );
    const rows = await outboxRows(core.db);
    expect(rows.map((r) => Number(r.chat_id)).sort()).toEqual([71, 72]);
    expect(rows.find((r) => Number(r.chat_id) === 72)!.text).toBe("📢 <b>Rapor announcement</b>\n\nHasil 2025 diumumkan &lt;besok&gt; &amp; lusa.");
  });

  it("aims at everyone; Cancel queues nothing; a too-long text is refused; nobody following is said", async () => {
    await fresh();
    const h = admin();
    await h.say("/umumkan kota bogor");
    await h.say("Halo");
    expect(texts(h.calls.slice(-1))[0]).toBe("Belum ada penerima (pengikut <b>Kota Bogor</b>); tidak ada yang dikirim.");

    await follow(81, { kind: "category", code: "kota" });
    await follow(82, { kind: "body", code: "15.09" }, "en");
    await h.say("/umumkan");
    await h.say("bogor");
    expect(texts(h.calls.slice(-1))[0]).toBe("Nama itu cocok dengan beberapa: Kabupaten Bogor, Kota Bogor. Ketik nama lengkapnya.");
    expect(texts(await h.say("semua"))[0]).toContain("<b>semua pengikut</b>");
    expect(texts(await h.say("x".repeat(3501)))[0]).toContain("paling banyak 3500 karakter (yang ini 3501)");
    const [, question] = texts(await h.say("Server dirawat malam ini."));
    expect(question).toBe("☝️ Pratinjau. Kirim ke 2 obrolan (<b>semua pengikut</b>)?");
    const cancel = buttonsOf(h.calls.filter((c) => c.method === "sendMessage").at(-1))[1]!;
    await h.press(cancel.data, h.sentMessages().at(-1)!);
    expect(h.calls.at(-1)!.payload.text).toBe("Pengumuman dibatalkan; tidak ada yang dikirim.");
    expect(await outboxRows(core.db)).toEqual([]);
  });
});

describe("import drafts: the button imports exactly the file it previewed, once", () => {
  const ADMIN_B = 880_003;
  const rowsFrom = async (url: string) =>
    (await core.db.selectFrom("results").select("entity_code").where("source_url", "=", url).execute()).map((r) => r.entity_code).sort();
  const LAMPUNG = "https://example.test/rapor/2024-lampung";
  const LEMBAGA = "https://example.test/rapor/2024-lembaga";

  /** Admins A and B in one group, each with the bot's buttons to press. */
  function twoAdmins() {
    const uploaded: { text?: string } = {};
    const a = harness(core, {
      userId: ADMIN,
      chat: "group",
      adminIds: [ADMIN, ADMIN_B],
      downloadFile: async () => uploaded.text!,
    });
    const b = new UpdateFactory({ id: ADMIN_B, is_bot: false, first_name: "Budi" }, a.chat);
    const previewOf = (calls: Awaited<ReturnType<typeof a.send>>) => {
      const call = calls.find((c) => c.method === "sendMessage")!;
      return { buttons: buttonsOf(call), message: asMessage(call, a.chat) };
    };
    return {
      a,
      uploadAsA: async (name: string, text: string) => ((uploaded.text = text), previewOf(await a.send(a.updates.document(name, { mimeType: "text/csv" })))),
      uploadAsB: async (name: string, text: string) => ((uploaded.text = text), previewOf(await a.send(b.document(name, { mimeType: "text/csv" })))),
      pressAsB: (data: string, on: Message) => a.send(b.callback(data, on)),
    };
  }

  it("A previews one file, B sends another in the same chat, A's Import applies A's file (the issue's scenario)", async () => {
    await fresh();
    const { a, uploadAsA, uploadAsB, pressAsB } = twoAdmins();
    const one = await uploadAsA("one.csv", fixture("lampung-2024.csv"));
    expect(one.message.text).toContain("Uji impor one.csv");
    const two = await uploadAsB("two.csv", fixture("lembaga-2024-partial.csv"));
    expect(two.message.text).toContain("Uji impor two.csv");
    expect(one.buttons[0]!.data).not.toBe(two.buttons[0]!.data);

    expect(texts(await a.press(one.buttons[0]!.data, one.message))[0]).toBe("✅ Diimpor: 4 baris baru. Pengumuman masuk antrean: 0.");
    expect(await rowsFrom(LAMPUNG)).toHaveLength(4);
    expect(await rowsFrom(LEMBAGA)).toEqual([]);
    // B's preview is B's: A cannot press it, and it still imports B's file.
    const refused = await a.press(two.buttons[0]!.data, two.message);
    expect(refused.find((c) => c.method === "answerCallbackQuery")!.payload.text).toBe("Pratinjau ini milik admin lain.");
    expect(texts(await pressAsB(two.buttons[0]!.data, two.message))[0]).toMatch(/^✅ Diimpor: \d+ baris baru/);
    expect((await rowsFrom(LEMBAGA)).length).toBeGreaterThan(0);
    expect(await rowsFrom(LAMPUNG)).toHaveLength(4);
  });

  it("a newer file of the same admin supersedes the older preview; cancelled and imported drafts say so", async () => {
    await fresh();
    const before = await resultCount();
    const { a, uploadAsA } = twoAdmins();
    const first = await uploadAsA("first.csv", fixture("lampung-2024.csv"));
    const second = await uploadAsA("second.csv", fixture("lembaga-2024-partial.csv"));
    expect(texts(await a.press(first.buttons[0]!.data, first.message))[0]).toBe(
      "Pratinjau first.csv sudah diganti oleh berkas yang Anda kirim sesudahnya; tidak ada yang diimpor. Tekan Impor pada pratinjau terbaru.",
    );
    expect(await resultCount()).toBe(before);
    expect(texts(await a.press(second.buttons[1]!.data, second.message))[0]).toBe("Impor dibatalkan.");
    expect(texts(await a.press(second.buttons[0]!.data, second.message))[0]).toBe("Impor second.csv sudah dibatalkan. Kirim berkasnya lagi untuk mengimpor.");
    expect(await resultCount()).toBe(before);
    expect(texts(await a.press("imp|ok|999999", second.message))[0]).toBe("Tidak ada impor yang menunggu. Kirim berkas CSV-nya lagi.");
    const statuses = await core.db.selectFrom("import_drafts").select(["file_name", "status"]).orderBy("id").execute();
    expect(statuses).toEqual([
      { file_name: "first.csv", status: "superseded" },
      { file_name: "second.csv", status: "cancelled" },
    ]);
  });

  it("a draft survives a restart of the bot, and two bots pressing at once import it once", async () => {
    await fresh();
    const before = await resultCount();
    const { uploadAsA } = twoAdmins();
    const preview = await uploadAsA("lampung.csv", fixture("lampung-2024.csv"));
    // A new bot over the same database: nothing of the first one's memory is left.
    const restarted = harness(core, { userId: ADMIN, chat: "group", adminIds: [ADMIN] });
    // Two bots pressing at once (two instances, or a double tap that reached two of them).
    const other = harness(core, { userId: ADMIN, chat: "group", adminIds: [ADMIN] });
    await Promise.all([restarted.press(preview.buttons[0]!.data, preview.message), other.press(preview.buttons[0]!.data, preview.message)]);
    const replies = [...texts(restarted.calls), ...texts(other.calls)];
    expect(replies.filter((t) => t.startsWith("✅ Diimpor: 4 baris baru"))).toHaveLength(1);
    expect(replies.filter((t) => t === "lampung.csv sudah diimpor; berkas tidak diimpor dua kali.")).toHaveLength(1);
    expect(await resultCount()).toBe(before + 4);
    expect(await core.db.selectFrom("imports").select("origin").where("origin", "=", "lampung.csv").execute()).toHaveLength(1);
  });

  it("in production the preview and the import run in a child process on its own connection", async () => {
    await fresh();
    const before = await resultCount();
    await follow(91, { kind: "body", code: "18.04" });
    const h = harness(core, {
      userId: ADMIN,
      adminIds: [ADMIN],
      downloadFile: async () => fixture("lampung-2024.csv"),
      draftImports: childProcessDraftImports(store.target),
    });
    const preview = (await h.send(h.updates.document("lampung-2024.csv", { mimeType: "text/csv" }))).find((c) => c.method === "sendMessage")!;
    expect(String(preview.payload.text)).toContain("Baris baru: 4");
    expect(String(preview.payload.text)).toContain("Pengumuman yang akan dikirim: 1, ke 1 obrolan pengikut");
    expect(await resultCount()).toBe(before);
    const done = await h.press(buttonsOf(preview)[0]!.data, asMessage(preview, h.chat));
    expect(texts(done)[0]).toBe("✅ Diimpor: 4 baris baru. Pengumuman masuk antrean: 1.");
    expect(await resultCount()).toBe(before + 4);
    expect((await outboxRows(core.db)).map((r) => Number(r.chat_id))).toEqual([91]);
  }, 60_000);
});
