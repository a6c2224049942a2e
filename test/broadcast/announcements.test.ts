import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueueAnnouncements } from "../../src/broadcast/announcements.js";
import { ImportRejectedError, importResultsCsv } from "../../src/ingest/import-results.js";
import { writeChatLocale } from "../../src/store/chat-settings.js";
import { BOT_USERNAME, fixture, follow, importWithAnnouncements, messagesFor, outboxRows, storeTemplate, type Store } from "./helpers.js";

let template: Awaited<ReturnType<typeof storeTemplate>>;
let store: Store;

beforeAll(async () => {
  template = await storeTemplate();
});
afterAll(async () => {
  await template.cleanup();
});
afterEach(async () => {
  await store?.cleanup();
});

const link = (code: string) => `https://t.me/${BOT_USERNAME}?start=${code.replace(".", "_")}`;

describe("announcements of an import", () => {
  it("sends one digest per followed thing, to matching subscribers only, in each chat's language", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 1001, { kind: "body", code: "18.04" }, "id");
    await follow(db, 1002, { kind: "province", code: "18" }, "en");
    await follow(db, 1003, { kind: "category", code: "kabupaten" }, "id");
    await follow(db, 1004, { kind: "body", code: "18.04" }, "id");
    await follow(db, 1004, { kind: "province", code: "18" }, "id");
    await follow(db, -100200, { kind: "province", code: "18" }, "id");
    // Not touched by the file: another body, another province, another category.
    await follow(db, 1005, { kind: "body", code: "18.72" }, "id");
    await follow(db, 1005, { kind: "province", code: "17" }, "id");
    await follow(db, 1005, { kind: "category", code: "kota" }, "id");
    // Subscribed in Indonesian, later chose English in the bot: English wins.
    await follow(db, 1006, { kind: "body", code: "18.06" }, "id");
    await writeChatLocale(db, 1006, "en");

    const report = await importWithAnnouncements(db, "lampung-2024.csv");
    expect(report.added).toBe(4);

    const rows = await outboxRows(db);
    const perChat = new Map<number, number>();
    for (const r of rows) perChat.set(Number(r.chat_id), (perChat.get(Number(r.chat_id)) ?? 0) + 1);
    expect(Object.fromEntries(perChat)).toEqual({ 1001: 1, 1002: 1, 1003: 1, 1004: 2, [-100200]: 1, 1006: 1 });
    expect(rows.every((r) => r.status === "queued" && r.import_id === report.importId)).toBe(true);

    // The body's digest: new result, grade and zone up from 2023, official provincial place.
    const [body] = await messagesFor(db, 1001);
    expect(body!.text).toContain("🔔 <b>Hasil baru: Kabupaten Lampung Barat</b>");
    expect(body!.text).toContain(`<a href="${link("18.04")}">Kabupaten Lampung Barat</a> · 2024`);
    expect(body!.text).toContain("Nilai <b>91,3</b> · 🟢 Zona Hijau · Kategori <b>A</b> · Opini Kualitas Tertinggi");
    expect(body!.text).toContain("⬆️ Naik dari Zona Kuning, kategori C (2023)");
    expect(body!.text).toContain("🏆 Peringkat 2 se-Provinsi Lampung");
    expect(body!.text).not.toContain("Tanggamus");
    expect(JSON.parse(body!.reply_markup!)).toEqual({ inline_keyboard: [[{ text: "📊 Kartu lengkap", url: link("18.04") }]] });

    // The province's digest, in English: the three regencies with news, numbers with a dot.
    const [province] = await messagesFor(db, 1002);
    expect(province!.text).toContain("🔔 <b>New results in Provinsi Lampung</b>");
    expect(province!.text).toContain("Score <b>91.3</b> · 🟢 Green zone · Grade <b>A</b> · Highest quality");
    expect(province!.text).toContain("Score <b>50.12</b> · 🔴 Red zone · Grade <b>D</b>");
    expect(province!.text).toContain("⬇️ Down from the yellow zone, grade C (2023)");
    expect(province!.text).toContain("Kabupaten Tulang Bawang</a> · 2024\nScore <b>77.5</b> · 🟡 Yellow zone · Grade <b>C</b> · Medium quality\n\n");
    // 2024 for Lampung Selatan is older than its 2025 result: history, not news.
    expect(province!.text).not.toContain("Lampung Selatan");
    expect(province!.reply_markup).toBeNull();
    // The place comes first.
    expect(province!.text.indexOf("Lampung Barat")).toBeLessThan(province!.text.indexOf("Tanggamus"));

    const [category] = await messagesFor(db, 1003);
    expect(category!.text).toContain("🔔 <b>Hasil baru: pemerintah kabupaten</b>");
    expect(category!.text).toContain("Nilai <b>50,12</b> · 🔴 Zona Merah");

    const [english] = await messagesFor(db, 1006);
    expect(english!.text).toContain("🔔 <b>New result: Kabupaten Tanggamus</b>");
    expect(await messagesFor(db, 1005)).toEqual([]);

    // Every figure of the digests is a figure of the file or of the stored 2023 rows.
    for (const r of rows) {
      const numbers = r.text.replace(/<[^>]+>/g, "").match(/\d+[.,]\d+/g) ?? [];
      for (const n of numbers) expect(["91,3", "91.3", "50,12", "50.12", "77,5", "77.5"]).toContain(n);
    }
  });

  it("enqueues nothing again when the same file is imported a second time", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 1002, { kind: "province", code: "18" });
    await importWithAnnouncements(db, "lampung-2024.csv");
    expect(await outboxRows(db)).toHaveLength(1);
    const again = await importWithAnnouncements(db, "lampung-2024.csv");
    expect(again.added).toBe(0);
    expect(await outboxRows(db)).toHaveLength(1);
  });

  it("enqueues nothing for a rejected file", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 1002, { kind: "province", code: "18" });
    await expect(importWithAnnouncements(db, "lampung-2024-rejected.csv")).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await outboxRows(db)).toEqual([]);
  });

  it("rolls the digests back with the import when the transaction fails after the hook", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 1002, { kind: "province", code: "18" });
    let enqueued = 0;
    await expect(
      importResultsCsv(db, fixture("lampung-2024.csv"), {
        origin: "lampung-2024.csv",
        withinTransaction: async (trx, report) => {
          enqueued = (await enqueueAnnouncements(trx, report, { botUsername: BOT_USERNAME })).messages;
          throw new Error("disk full");
        },
      }),
    ).rejects.toThrow("disk full");
    expect(enqueued).toBe(1);
    expect(await outboxRows(db)).toEqual([]);
    expect(await db.selectFrom("results").select("id").where("year", "=", 2024).where("entity_code", "=", "18.04").execute()).toEqual([]);
    // The same file later goes through: its facts and the digest commit together.
    await importWithAnnouncements(db, "lampung-2024.csv");
    expect(await outboxRows(db)).toHaveLength(1);
  });

  it("announces a top-3 place that a new source states for a known result", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 2001, { kind: "body", code: "KL.KEMENAG" }, "id");
    await follow(db, 2002, { kind: "category", code: "kementerian" }, "en");
    await importWithAnnouncements(db, "kemenag-2024-rank.csv");
    const [id] = await messagesFor(db, 2001);
    expect(id!.text).toContain(`<a href="https://t.me/${BOT_USERNAME}?start=KL_KEMENAG">Kementerian Agama</a> · 2024\n🏆 Peringkat 2 nasional di antara kementerian`);
    // Known before: the result is not repeated, only the new place.
    expect(id!.text).not.toContain("Nilai");
    const [en] = await messagesFor(db, 2002);
    expect(en!.text).toContain("🏆 No. 2 nationally among ministries");
  });

  it("announces computed places only once the store holds every assessed body of the category", async () => {
    store = await template.copy();
    const { db } = store;
    await follow(db, 3001, { kind: "category", code: "lembaga" }, "id");
    await follow(db, 3002, { kind: "body", code: "KL.BNN" }, "en");

    // 8 of the 14 agencies assessed in 2024: new results, no place.
    await importWithAnnouncements(db, "lembaga-2024-partial.csv");
    const [partial] = await messagesFor(db, 3001);
    expect(partial!.text).toContain("Badan Standardisasi Nasional</a> · 2024\nNilai <b>86,3</b>");
    expect(partial!.text).not.toContain("🏆");
    expect(await messagesFor(db, 3002)).toEqual([]);

    // The other 4: every rank is now known, and the top three places are news, even for
    // agencies this file does not name (BPS and BNN). BPOM's place 2 was stated by a source before: no news.
    await importWithAnnouncements(db, "lembaga-2024-rest.csv");
    const [, complete] = await messagesFor(db, 3001);
    expect(complete!.text).toContain("Badan Pusat Statistik</a> · 2024\n🏆 Peringkat 1 nasional di antara lembaga (dihitung dari data lengkap)");
    expect(complete!.text).toContain("Badan Narkotika Nasional</a> · 2024\n🏆 Peringkat 3 nasional di antara lembaga (dihitung dari data lengkap)");
    expect(complete!.text).toContain("Badan Pengawas Tenaga Nuklir</a> · 2024\nNilai <b>88,1</b> · 🟢 Zona Hijau · Kategori <b>A</b> · Opini Kualitas Tertinggi\n⬆️ Naik dari kategori B (2022)");
    expect(complete!.text).not.toContain("Badan Pengawas Obat dan Makanan");
    // Perpustakaan Nasional's official rank is 4: no place.
    expect(complete!.text).not.toContain("Perpustakaan");
    const [bnn] = await messagesFor(db, 3002);
    expect(bnn!.text).toContain("🏆 No. 3 nationally among agencies (computed from complete data)");
  });
});
