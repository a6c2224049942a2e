import { afterAll, afterEach, describe, expect, it } from "vitest";
import { UNDECIDED_CODES } from "../../src/extract/index.js";
import { childProcessDraftImports } from "../../src/ingest/draft-import-process.js";
import { REFUSAL_CODES } from "../../src/ingest/result-rows.js";
import { Translator } from "../../src/present/i18n.js";
import { harness, storeCopies, texts } from "../helpers/bot-harness.js";
import { telegramHtmlProblem } from "../helpers/telegram-html.js";
import { ADMIN, ADMIN_B, draftOf, forwardedPost, report, reviewer, STRANGER, toast } from "./extract-helpers.js";

const db = storeCopies();
afterEach(() => db.cleanupEach());
afterAll(() => db.cleanupAll());

const URL = (name: string) => `https://example.org/rapor-test/news/${name}`;
const rowsFrom = async (core: { db: import("../../src/store/connection.js").Db }, url: string) =>
  (await core.db.selectFrom("results").select(["entity_code", "year"]).where("source_url", "=", url).orderBy("year").execute()).map((r) => `${r.entity_code} ${r.year}`);
const decisions = async (core: { db: import("../../src/store/connection.js").Db }) =>
  (await core.db.withTables<{ extract_decisions: { draft_id: number; position: number; decision: string } }>().selectFrom("extract_decisions").select(["draft_id", "position", "decision"]).orderBy("draft_id").orderBy("position").execute()).map((d) => `${d.draft_id}:${d.position}:${d.decision}`);

describe("two admins, one store", () => {
  it("a second admin's review does not interfere: each imports its own kept rows; a press on another's review is refused", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    const b = reviewer(core, { userId: ADMIN_B, languageCode: "en" });
    await a.paste(report("000_33c5874eb97a713e").text, URL("a-lampura"));
    await b.paste(report("004_ed5ba1dd03eeceb8").text, URL("b-metro"));
    const aDraft = draftOf(a.screen());
    const bDraft = draftOf(b.screen());
    expect(aDraft).not.toBe(bDraft);
    await a.press("xr|keep|");
    // B presses A's Keep (its data, in B's own chat): refused, nothing changes.
    expect(toast(await b.pressData(`xr|drop|${aDraft}|0`))).toBe("This review belongs to another admin.");
    await b.press("xr|keep|");
    await a.press("xr|pre|");
    expect(a.text()).toContain("Baris hasil baru: 1");
    await a.press("xi|ok|");
    expect(await rowsFrom(core, URL("a-lampura"))).toEqual(["18.03 2021"]);
    expect(await rowsFrom(core, URL("b-metro"))).toEqual([]);
    // B's review waits, untouched, and imports B's row.
    await b.press("xr|pre|");
    expect(b.text()).toContain("New results rows: 1");
    expect(texts(await b.press("xi|ok|"))[0]).toContain("Imported from «METRO (Lampungpro.co)");
    expect(await rowsFrom(core, URL("b-metro"))).toEqual(["18.72 2023"]);
    expect(await decisions(core)).toEqual([`${aDraft}:0:keep`, `${bDraft}:0:keep`]);
  });

  it("a newer report supersedes the admin's review; an imported or cancelled review says so", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    await a.paste(report("000_33c5874eb97a713e").text, URL("first"));
    const first = a.screen();
    await a.paste(report("002_2c215acfbdef9334").text, URL("second"));
    const second = a.screen();
    expect(texts(await a.pressOn(first, "xr|keep|"))[0]).toContain("sudah diganti oleh laporan atau berkas yang Anda kirim sesudahnya");
    await a.pressOn(second, "xr|keep|");
    await a.press("xr|pre|");
    const preview = a.screen();
    expect(texts(await a.press("xi|no|"))[0]).toBe("Tinjauan dibatalkan; tidak ada yang diimpor.");
    expect(texts(await a.pressOn(preview, "xi|ok|"))[0]).toContain("sudah dibatalkan. Kirim laporannya lagi untuk meninjau.");
    expect(await rowsFrom(core, URL("first"))).toEqual([]);
    expect(await rowsFrom(core, URL("second"))).toEqual([]);
  });
});

describe("restarts", () => {
  it("a restart in the middle of the review, of a correction and of the URL question continues from the database", async () => {
    const core = await db.fresh();
    const first = reviewer(core, { userId: ADMIN });
    // The bot asks for the URL; a restart; the answer reaches the new bot.
    await first.say(report("003_a49aeba31b9c1d87").text);
    expect(first.text()).toContain("Dari mana laporan ini?");
    const second = reviewer(core, { userId: ADMIN });
    await second.say(URL("oku-restart"));
    expect(second.text()).toContain("Kandidat 1 dari 3");
    await second.press("xr|keep|");
    const screen = second.screen();

    // A restart mid-review: the old message's buttons work on the new bot.
    const third = reviewer(core, { userId: ADMIN });
    await third.pressOn(screen, "xr|drop|");
    expect(third.text()).toContain("Kandidat 3 dari 3");
    expect(third.text()).toContain("Disimpan 1, dibuang 1, belum diputuskan 1 dari 3.");
    await third.press("xr|fix|");
    await third.pressData(third.button("xf|").data.replace(/\|[a-z_]+$/, "|zone"));
    expect(third.text()).toContain("Ketik <b>zona</b> yang baru");

    // A restart while the bot waits for the corrected value.
    const fourth = reviewer(core, { userId: ADMIN });
    await fourth.say("hijau");
    expect(fourth.text()).toContain("• Zona: <b>hijau</b> ✏️ dikoreksi");
    await fourth.press("xr|keep|");
    await fourth.press("xr|pre|");
    expect(fourth.text()).toContain("Baris hasil baru: 2");
    await fourth.press("xi|ok|");
    expect(await rowsFrom(core, URL("oku-restart"))).toEqual(["16.08 2021", "16.08 2023"]);
    const [zone] = await core.db.selectFrom("results").select("zone").where("source_url", "=", URL("oku-restart")).where("year", "=", 2023).execute();
    expect(zone!.zone).toBe("hijau");
  });
});

describe("in production", () => {
  it("the preview and the import of a review run in a child process on its own connection", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN, draftImports: childProcessDraftImports(core.store.target) });
    await a.paste(report("06-units-scores").text, URL("pontianak-child"));
    for (let i = 0; i < 5; i++) await a.press("xr|keep|");
    await a.press("xr|pre|");
    expect(a.text()).toContain("Baris hasil baru: 1");
    expect(a.text()).toContain("Unit layanan baru: 4");
    expect(texts(await a.press("xi|ok|"))[0]).toContain("1 baris hasil baru dan 4 unit layanan baru");
    expect(await rowsFrom(core, URL("pontianak-child"))).toEqual(["61.71 2024"]);
    expect(await core.db.selectFrom("unit_results").select("id").where("source_url", "=", URL("pontianak-child")).execute()).toHaveLength(4);
  }, 60_000);
});

describe("who gets an extraction", () => {
  it("a non-admin who pastes a long article gets the ordinary question reply, nothing is stored", async () => {
    const core = await db.fresh();
    const { text } = report("000_33c5874eb97a713e");
    const stranger = harness(core, { userId: STRANGER, adminIds: [ADMIN] });
    const reply = texts(await stranger.say(text));
    // The same bot without any admin answers the same.
    const plain = harness(core, { userId: STRANGER + 1, adminIds: [] });
    expect(reply).toEqual(texts(await plain.say(text)));
    expect(reply.join("\n")).not.toMatch(/Tinjauan|draf|admin|Kandidat|URL/);
    const forwarded = texts(await stranger.send(forwardedPost(stranger.updates.text(text), { username: "kanalberita", id: -100500 }, 77, "2022-02-09")));
    expect(forwarded).toEqual(reply);
    expect(await core.db.selectFrom("import_drafts").select("id").execute()).toEqual([]);
    // A report file from a non-admin is not even downloaded.
    const file = await stranger.send(stranger.updates.document("laporan.txt", { mimeType: "text/plain" }));
    expect(file.some((c) => c.method === "getFile")).toBe(false);
  });

  it("an admin's short question is still a question", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    expect(texts(await a.say("nilai lampung utara 2021"))[0]).toContain("Kabupaten Lampung Utara");
    expect(await core.db.selectFrom("import_drafts").select("id").execute()).toEqual([]);
  });
});

describe("forged and stale buttons", () => {
  it("forged review data gets the 'no longer valid' toast and changes nothing", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN, languageCode: "en" });
    await a.paste(report("003_a49aeba31b9c1d87").text, URL("forged"));
    const id = draftOf(a.screen());
    const stale = "This button is no longer valid. Send the report again to review it.";
    for (const data of [`xr|keep|99999|0`, `xr|keep|${id}|57`, `xf|${id}|0|province_code`, `xf|${id}|0|unit_name`, `xr|und|${id}|3`, `xi|ok|424242|0`]) {
      expect(toast(await a.pressData(data)), data).toBe(stale);
    }
    // Not a review button at all, or a CSV preview's button naming the review: the bot's general toast.
    expect(toast(await a.pressData(`xr|burn|${id}|0`))).toBe("This button has expired. Please send your question again.");
    expect(toast(await a.pressData(`imp|ok|${id}`))).toBe("This button has expired. Please send your question again.");
    // Anyone else: the same toast, no hint of admin features.
    const stranger = reviewer(core, { userId: STRANGER, adminIds: [ADMIN] });
    await stranger.say("halo");
    expect(toast(await stranger.pressData(`xr|keep|${id}|0`))).toBe("Tombol ini sudah tidak berlaku. Kirim laporannya lagi untuk meninjau.");
    expect(await decisions(core)).toEqual([]);
  });

  it("an Import press from a preview older than the review's last change imports nothing; a second press imports once", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    await a.paste(report("002_2c215acfbdef9334").text, URL("lebong"));
    await a.press("xr|keep|");
    await a.press("xr|keep|");
    await a.press("xr|pre|");
    const old = a.screen();
    expect(a.text()).toContain("Baris hasil baru: 2");
    await a.pressData(`xr|drop|${draftOf(old)}|1`);
    const review = a.screen();
    expect(texts(await a.pressOn(old, "xi|ok|"))[0]).toBe("Tinjauan berubah sesudah pratinjau ini; tidak ada yang diimpor. Buka pratinjau lagi.");
    expect(await rowsFrom(core, URL("lebong"))).toEqual([]);
    await a.pressOn(review, "xr|pre|");
    expect(a.text()).toContain("Baris hasil baru: 1");
    const fresh = a.screen();
    expect(texts(await a.pressOn(fresh, "xi|ok|"))[0]).toContain("1 baris hasil baru");
    expect(texts(await a.pressOn(fresh, "xi|ok|"))[0]).toContain("sudah diimpor; laporan tidak diimpor dua kali");
    expect(await rowsFrom(core, URL("lebong"))).toEqual(["17.07 2023"]);
  });
});

describe("how a report arrives", () => {
  it("a forwarded channel post: its link is the URL, its date dates the report (no question asked)", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    const { text } = report("001_0aaf21968f13655a");
    const link = { type: "text_link", offset: 0, length: 11, url: URL("metro-fwd") };
    await a.send(forwardedPost(a.updates.text(text), { username: "metrokota", id: -100600 }, 12, "2018-01-24", [link]));
    expect(a.text()).toContain("Kandidat 1 dari 3 · unit layanan");
    expect(a.text()).toContain("· 2017 · KemenPAN-RB");
    expect(a.text()).toContain(`Sumber: ${URL("metro-fwd")}`);
    // A forwarded post with no link of its own: the post's address on Telegram.
    await a.send(forwardedPost(a.updates.text(report("000_33c5874eb97a713e").text), { username: "indopers", id: -100700 }, 345, "2022-02-09"));
    expect(a.text()).toContain("Sumber: https://t.me/indopers/345");
  });

  it("a URL written in the pasted text counts", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    await a.say(`${report("004_ed5ba1dd03eeceb8").text}\n\nSumber: ${URL("metro-inline")}.`);
    expect(a.text()).toContain(`Sumber: ${URL("metro-inline")}`);
    expect(a.text()).toContain("Kandidat 1 dari 1");
  });

  it("a saved web page sent as a file, its URL in the caption", async () => {
    const core = await db.fresh();
    const { text, expected } = report("02-lampung-list");
    const a = reviewer(core, { userId: ADMIN, downloadFile: async (p) => (p.startsWith("documents/") ? text : Promise.reject(new Error("no such file"))) });
    const update = a.updates.document("lampung.html", { mimeType: "text/html" });
    Object.assign(update.message!, { caption: URL("lampung-html") });
    const calls = await a.send(update);
    expect(calls.map((c) => c.method)).toEqual(["getFile", "sendMessage"]);
    expect(a.text()).toContain(`Kandidat 1 dari ${expected.rows.length + expected.units.length}`);
    expect(a.text()).toContain(`Sumber: ${URL("lampung-html")}`);
    // A file that is not text.
    const bad = reviewer(core, { userId: ADMIN_B, downloadFile: async () => "\u0000\u0001binary" });
    expect(texts(await bad.send(bad.updates.document("x.txt", { mimeType: "text/plain" })))[0]).toBe(
      "Berkas ini tidak dapat dibaca. Kirim berkas .txt atau .html (UTF-8), paling besar 4 MB.",
    );
  });

  it("no URL: «tanpa» lets the note name the report; the admin's words name it too; a bad URL is asked again", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    await a.say(report("000_33c5874eb97a713e").text);
    expect(texts(await a.say("ftp://example.org/x"))[0]).toContain("Itu bukan alamat http(s).");
    await a.say("tanpa, indopers.net, 9 Feb 2022");
    expect(a.text()).toContain("Sumber: tanpa URL; catatan tiap baris menyebut laporannya (indopers.net, 9 Feb 2022)");
    await a.press("xr|keep|");
    await a.press("xr|pre|");
    await a.press("xi|ok|");
    const rows = await core.db.selectFrom("results").select(["source_url", "note"]).where("note", "like", "%read by the extractor%").execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source_url).toBe("");
    expect(rows[0]!.note).toContain('news report "Lampung Utara Meraih Peringkat Ke-04');
    expect(rows[0]!.note).toContain("source: indopers.net, 9 Feb 2022");
  });

  it("a URL question given up on is asked again at the preview, which then follows; /batal leaves a correction", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN, languageCode: "en" });
    await a.say(report("004_ed5ba1dd03eeceb8").text);
    await a.say("later");
    await a.say("tomorrow");
    const gaveUp = texts(await a.say("maybe"));
    expect(gaveUp[0]).toBe("The source is still missing; I will ask again before the preview.");
    expect(a.text()).toContain("Source: not given yet (asked before the preview)");
    await a.press("xr|fix|");
    await a.pressData(a.button("xf|").data.replace(/\|[a-z_]+$/, "|score"));
    expect(texts(await a.say("/cancel"))[0]).toBe("OK, cancelled.");
    await a.pressData(`xr|keep|${draftOf(a.calls.filter((c) => c.method === "editMessageText").at(-1)!)}|0`);
    await a.press("xr|pre|");
    expect(a.text()).toContain("Where is this report from?");
    await a.say(URL("metro-late"));
    expect(a.text()).toContain("New results rows: 1");
    await a.press("xi|ok|");
    expect(await rowsFrom(core, URL("metro-late"))).toEqual(["18.72 2023"]);
  });

  it("a report without a headline to name it needs the admin's words after «none»", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN, languageCode: "en" });
    const text = `Lampura\n${"Pemkab Lampung Utara menerima penghargaan dari Ombudsman. ".repeat(6)}Kabupaten Lampung Utara meraih nilai 91 pada penilaian kepatuhan tahun 2021.`;
    await a.say(text);
    expect(texts(await a.say("none"))[0]).toContain("This report has no headline to name it by.");
    await a.say("none: Radar Lampung, 9 Feb 2022");
    expect(a.text()).toContain("Source: no URL; each row's note names the report (Radar Lampung, 9 Feb 2022)");
  });

  it("a sentence with markup characters is quoted escaped", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN });
    const text = `Pemkab <Lampura> & Ombudsman\n${"Pemkab Lampung Utara menerima penghargaan <b>resmi</b> & piagam. ".repeat(6)}\nKabupaten Lampung Utara <i>meraih</i> nilai 91 & zona hijau pada penilaian kepatuhan tahun 2021.`;
    await a.paste(text, URL("markup"));
    expect(a.text()).toContain("<blockquote>Kabupaten Lampung Utara &lt;i&gt;meraih&lt;/i&gt; nilai 91 &amp; zona hijau");
    expect(a.text()).toContain("«Pemkab &lt;Lampura&gt; &amp; Ombudsman»");
    expect(telegramHtmlProblem(a.text())).toBeNull();
  });

  it("what the extractor left undecided is paged, five at a time", async () => {
    const core = await db.fresh();
    const a = reviewer(core, { userId: ADMIN, languageCode: "en" });
    const bodies = ["Lampung Barat", "Lampung Timur", "Lampung Tengah", "Tulang Bawang", "Way Kanan", "Pesawaran", "Mesuji"];
    const text = ["Target Pelayanan Publik 2025", ...bodies.map((b) => `Pemerintah Kabupaten ${b} menargetkan nilai 95 pada penilaian kepatuhan tahun depan.`)].join("\n");
    await a.paste(text, URL("targets"));
    expect(a.text()).toContain("I read no row from this report; here is what I could not decide.");
    expect(a.text()).toContain("(1–5 of 7; not imported)");
    expect(a.text()).toContain("a hope or a target, not a result");
    await a.press("xr|und|");
    expect(a.text()).toContain("(6–7 of 7; not imported)");
    expect(a.text()).toContain("Mesuji");
  });
});

describe("messages for every reason", () => {
  it("each undecided reason and each import refusal has its message in both languages", () => {
    const translator = new Translator();
    for (const locale of ["id", "en"] as const) {
      for (const code of UNDECIDED_CODES) expect(translator.has(locale, `extract-why-${code}`), `${locale} ${code}`).toBe(true);
      for (const code of REFUSAL_CODES) expect(translator.has(locale, `extract-refusal-${code}`), `${locale} ${code}`).toBe(true);
    }
  });
});
