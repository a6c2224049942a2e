import { afterAll, afterEach, describe, expect, it } from "vitest";
import { subscribe } from "../../src/broadcast/index.js";
import { outboxRows } from "../broadcast/helpers.js";
import { storeCopies, texts } from "../helpers/bot-harness.js";
import { telegramHtmlProblem } from "../helpers/telegram-html.js";
import { ADMIN, report, reviewer, SEEDS, toast } from "./extract-helpers.js";

const db = storeCopies();
afterEach(() => db.cleanupEach());
afterAll(() => db.cleanupAll());

const URL = (name: string) => `https://example.org/rapor-test/news/${name}`;
/** Seed 001 states no assessment year and has no date: the bot asks for it (the report is dated 24 Jan 2018). */
const DATE: Record<string, string> = { "001_0aaf21968f13655a": "24 Januari 2018" };
const decimal = (locale: string, value: string) => (locale === "id" ? value.replace(".", ",") : value);

const storedFrom = async (core: { db: import("../../src/store/connection.js").Db }, url: string) =>
  core.db
    .selectFrom("results")
    .select(["year", "entity_code", "score", "zone", "opinion", "rank_national", "rank_province", "statement"])
    .where("source_url", "=", url)
    .orderBy("year")
    .execute();

describe.each(["id", "en"])("the five seeds pasted by an admin (%s)", (locale) => {
  it.each(SEEDS)("%s: the review shows each candidate with its values and sentence, and what was left undecided", async (name) => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN, languageCode: locale });
    const { text, expected } = report(name);
    await r.paste(text, ...(DATE[name] ? [DATE[name]!] : []), URL(name));
    const screens = await r.candidates();
    const wanted = [...expected.rows, ...expected.units];
    expect(screens).toHaveLength(wanted.length);
    for (const row of wanted) {
      // Each expected row has its own screen: its body's code, its year, every value it states.
      const screen = screens.find((s) => s.includes(`(${row.entity_code})`) && s.includes(` · ${row.year} · `) && (!row.unit_name || s.includes(`<b>${row.unit_name}</b>`)));
      expect(screen, `${name} ${row.entity_code} ${row.year} ${row.unit_name ?? ""}`).toBeDefined();
      for (const field of ["score", "zone", "opinion", "rank_province", "rank_national"]) {
        if (row[field]) expect(screen).toContain(`<b>${decimal(locale, field === "score" ? row[field]! : row[field]!)}</b>`);
      }
      // The sentence it was read from, quoted.
      expect(screen).toMatch(/<blockquote>[^<]{20,}<\/blockquote>/);
      expect(screen).toContain(URL(name));
    }
    for (const s of screens) {
      expect(s.length).toBeLessThanOrEqual(4096);
      expect(telegramHtmlProblem(s)).toBeNull();
    }
    if (expected.undecided.length) {
      await r.press("xr|und|");
      for (const words of expected.undecided) expect(r.text()).toContain(words);
      expect(telegramHtmlProblem(r.text())).toBeNull();
      expect(r.text()).toContain(locale === "id" ? "Yang tidak dapat saya putuskan" : "What I could not decide");
    } else {
      expect(r.screen().payload.reply_markup.inline_keyboard.flat().some((b: { callback_data: string }) => b.callback_data.startsWith("xr|und|"))).toBe(false);
    }
  });
});

describe("keep, drop, correct; the exact preview; Import stores exactly the kept rows", () => {
  it("seed 003 (OKU Timur): drop 2021, keep 2022, keep 2023 with a corrected zone", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN });
    const url = URL("oku-timur");
    await r.paste(report("003_a49aeba31b9c1d87").text, url);
    const years = (await r.candidates()).map((s) => /· (\d{4}) ·/.exec(s)![1]);
    expect(years).toEqual(["2021", "2022", "2023"]);
    // Back to the first: 2021.
    await r.pressData(`xr|show|${r.button("xr|keep|").data.split("|")[2]}|0`);
    expect(r.text()).toContain("Kandidat 1 dari 3");
    await r.press("xr|drop|");
    // Deciding moves on to the next candidate.
    expect(r.text()).toContain("Kandidat 2 dari 3");
    await r.press("xr|keep|");
    expect(r.text()).toContain("Kandidat 3 dari 3");

    // Correct 2023's zone: the bot asks which column, then the value.
    await r.press("xr|fix|");
    expect(r.text()).toContain("Apa yang ingin dikoreksi pada kandidat 3?");
    await r.pressData(r.button("xf|").data.replace(/\|[a-z_]+$/, "|zone"));
    expect(r.text()).toContain("Ketik <b>zona</b> yang baru (sekarang: —)");
    // A value the import refuses in 2023 (no "biru" zone) is refused and asked again.
    const refused = texts(await r.say("biru"));
    expect(refused[0]).toContain("Impor akan menolak nilai itu:");
    expect(refused[0]).toContain("harus salah satu dari hijau, kuning, merah");
    await r.say("zona hijau");
    expect(r.text()).toContain("• Zona: <b>hijau</b> ✏️ dikoreksi");
    expect(r.text()).toContain("Keputusan: ⏳ belum diputuskan (sudah dikoreksi; tidak diimpor)");
    await r.press("xr|keep|");
    // The last candidate stays on screen with its decision.
    expect(r.text()).toContain("Kandidat 3 dari 3");
    expect(r.text()).toContain("Keputusan: ✅ disimpan");
    expect(r.text()).toContain("Disimpan 2, dibuang 1, belum diputuskan 0 dari 3.");

    await r.press("xr|pre|");
    const preview = r.text();
    // Both rows are new sources (a new URL); the shipped rows of these years agree with them (results.csv rows 5, 7, 147, 160).
    expect(preview).toContain("Baris hasil baru: 2");
    expect(preview).toContain("Sudah ada dari sumber yang sama: 0");
    expect(preview).toContain("Bertentangan dengan sumber tersimpan: 0");
    expect(preview).toContain("Tidak diimpor: 1 dibuang, 0 belum diputuskan.");
    expect(await storedFrom(core, url)).toEqual([]);

    expect(texts(await r.press("xi|ok|"))[0]).toContain("2 baris hasil baru dan 0 unit layanan baru");
    expect(await storedFrom(core, url)).toEqual([
      { year: 2022, entity_code: "16.08", score: null, zone: null, opinion: null, rank_national: null, rank_province: 3, statement: "entity" },
      { year: 2023, entity_code: "16.08", score: 94.39, zone: "hijau", opinion: "A", rank_national: null, rank_province: 2, statement: "entity" },
    ]);
  });

  it("a correction names a body by name, checks its province for the year; Keep is refused while the import would refuse the row", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN, languageCode: "en" });
    // A synthetic report: its figure is read for Lampung Utara, and states a grade in 2021 (no grades before 2022).
    const text = `${"Pemkab Lampung Utara menerima penghargaan. ".repeat(8)}\nKabupaten Lampung Utara meraih nilai 88,10 dengan kategori A pada penilaian kepatuhan Ombudsman tahun 2021.`;
    await r.paste(text, "https://example.org/rapor-test/news/lampura-2021");
    expect(r.text()).toContain("⚠️ The import would refuse this candidate:");
    expect(r.text()).toContain("• <b>grade</b>: 2021 has no grades: leave it empty");
    const refused = await r.press("xr|keep|");
    expect(toast(refused)).toBe("The import would refuse this candidate: correct it first (✏️ Correct).");
    await r.press("xr|fix|");
    await r.pressData(r.button("xf|").data.replace(/\|[a-z_]+$/, "|opinion"));
    await r.say("-");
    expect(r.text()).not.toContain("would refuse");
    expect(r.text()).toContain("• Grade: <b>—</b> ✏️ corrected");
    // The body: a name shared by two bodies is asked again; a full name is taken with its province.
    await r.press("xr|fix|");
    await r.pressData(r.button("xf|").data.replace(/\|[a-z_]+$/, "|entity_code"));
    expect(texts(await r.say("Bogor"))[0]).toContain("«Bogor» could be Kabupaten Bogor / Kota Bogor");
    expect(texts(await r.say("Atlantis"))[0]).toContain("I do not know «Atlantis»");
    await r.say("Kabupaten Lampung Barat");
    expect(r.text()).toContain("<b>Kabupaten Lampung Barat</b> (18.04) · 2021");
    expect(r.text()).toContain("• Body ✏️ corrected");
    await r.press("xr|keep|");
    await r.press("xr|pre|");
    expect(r.text()).toContain("New results rows: 1");
    await r.press("xi|ok|");
    expect(await storedFrom(core, "https://example.org/rapor-test/news/lampura-2021")).toEqual([
      { year: 2021, entity_code: "18.04", score: 88.1, zone: null, opinion: null, rank_national: null, rank_province: null, statement: "entity" },
    ]);
    const [row] = await core.db.selectFrom("results").select(["province_code", "category", "entity_name", "score_decimals"]).where("source_url", "=", "https://example.org/rapor-test/news/lampura-2021").execute();
    expect(row).toEqual({ province_code: "18", category: "kabupaten", entity_name: "Kabupaten Lampung Barat", score_decimals: 2 });
  });

  it("a score typed the Indonesian way is stored with its decimals; a wrong form or a score off the scale is asked again", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN });
    await r.paste(report("004_ed5ba1dd03eeceb8").text, URL("metro"));
    await r.press("xr|fix|");
    await r.pressData(r.button("xf|").data.replace(/\|[a-z_]+$/, "|score"));
    expect(r.text()).toContain("(sekarang: 80,85)");
    expect(texts(await r.say("delapan puluh"))[0]).toContain("Itu bukan nilai. Angka dengan paling banyak dua desimal");
    expect(texts(await r.say("180"))[0]).toContain("• <b>nilai</b>: harus antara 0 dan 100");
    await r.say("80,58");
    expect(r.text()).toContain("• Nilai: <b>80,58</b> ✏️ dikoreksi");
    await r.press("xr|keep|");
    await r.press("xr|pre|");
    // 80.58 agrees with results.csv row 1041 and disagrees with rows 8 and 81 (80.85).
    expect(r.text()).toContain("Bertentangan dengan sumber tersimpan: 1");
    await r.press("xi|ok|");
    const rows = await storedFrom(core, URL("metro"));
    expect(rows.map((x) => [x.year, x.entity_code, x.score, x.zone])).toEqual([[2023, "18.72", 80.58, "hijau"]]);
  });

  it("nothing kept: the preview button says so; everything kept already stored: nothing new, the review stays open", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN });
    await r.paste(report("000_33c5874eb97a713e").text, URL("lampura"));
    const nothing = await r.press("xr|pre|");
    expect(toast(nothing)).toBe("Belum ada yang disimpan: tekan ✅ Simpan pada kandidat yang benar.");
    await r.press("xr|keep|");
    await r.press("xr|pre|");
    expect(r.text()).toContain("Baris hasil baru: 1");
    await r.press("xi|ok|");
    // The same report again, from the same URL: the same fact and source is stored already.
    await r.paste(report("000_33c5874eb97a713e").text, URL("lampura"));
    await r.press("xr|keep|");
    expect(texts(await r.press("xr|pre|"))[0]).toBe("Semua yang disimpan sudah tercatat dari sumber yang sama; tidak ada yang perlu diimpor.");
    const drafts = await core.db.selectFrom("import_drafts").select(["kind", "status"]).orderBy("id").execute();
    expect(drafts).toEqual([{ kind: "extract", status: "imported" }, { kind: "extract", status: "pending" }]);
    expect(await storedFrom(core, URL("lampura"))).toHaveLength(1);
  });
});

describe("announcements and units", () => {
  it("a new result is announced to the body's follower, queued in the import's transaction", async () => {
    const core = await db.fresh();
    await subscribe(core.db, { chatId: 4401, chatType: "private", target: { kind: "body", code: "18.05" }, locale: "en" });
    await subscribe(core.db, { chatId: 4402, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
    const r = reviewer(core, { userId: ADMIN });
    // Synthetic: Tulang Bawang's 2024 result (76,45, kuning); results.csv has no 2024 row for 18.05.
    await r.paste(report("10-hopes-and-navigation").text, URL("tuba-2024"));
    await r.press("xr|keep|");
    await r.press("xr|pre|");
    expect(r.text()).toContain("Pengumuman yang akan dikirim: 1, ke 1 obrolan pengikut");
    expect(await outboxRows(core.db)).toEqual([]);
    expect(texts(await r.press("xi|ok|"))[0]).toContain("Pengumuman masuk antrean: 1.");
    const queued = await outboxRows(core.db);
    expect(queued.map((q) => Number(q.chat_id))).toEqual([4401]);
    expect(queued[0]!.text).toContain("Tulang Bawang");
    expect(queued[0]!.text).toContain("76.45");
  });

  it("seed 001's units (KemenPAN-RB 2017, Kota Metro) are stored and answered", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN });
    const url = URL("metro-role-model");
    await r.paste(report("001_0aaf21968f13655a").text, "24 Januari 2018", url);
    await r.press("xr|keep|");
    // The report shortens DPMPTSP's name: corrected to the unit's full name, it is the same unit as the shipped one.
    expect(r.text()).toContain("<b>Dinas Pelayanan Terpadu Satu Pintu</b> milik <b>Kota Metro</b> (18.72) · 2017 · KemenPAN-RB");
    await r.press("xr|fix|");
    await r.pressData(r.button("xf|").data.replace(/\|[a-z_]+$/, "|unit_name"));
    await r.say("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu");
    expect(r.text()).toContain("• Nama unit ✏️ dikoreksi");
    await r.press("xr|keep|");
    await r.press("xr|keep|");
    await r.press("xr|pre|");
    expect(r.text()).toContain("Baris hasil baru: 0");
    expect(r.text()).toContain("Unit layanan baru: 3 (sudah ada: 0, bertentangan: 0)");
    expect(await core.db.selectFrom("unit_results").select("id").where("source_url", "=", url).execute()).toEqual([]);
    expect(texts(await r.press("xi|ok|"))[0]).toContain("0 baris hasil baru dan 3 unit layanan baru");
    const units = await core.db.selectFrom("unit_results").select(["programme_id", "year", "entity_code", "unit_kind", "unit_name", "opinion"]).where("source_url", "=", url).orderBy("unit_kind").execute();
    expect(units).toEqual([
      { programme_id: "kemenpanrb-ipp", year: 2017, entity_code: "18.72", unit_kind: "dpmptsp", unit_name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", opinion: "B-" },
      { programme_id: "kemenpanrb-ipp", year: 2017, entity_code: "18.72", unit_kind: "dukcapil", unit_name: "Dinas Kependudukan dan Pencatatan Sipil", opinion: "A-" },
      { programme_id: "kemenpanrb-ipp", year: 2017, entity_code: "18.72", unit_kind: "rsud", unit_name: "RSUD Ahmad Yani", opinion: "B" },
    ]);
    // Answered at once, citing the new source; each unit once (units.csv rows 243-245 are the same three).
    const answer = texts(await r.say("role model kota metro 2017"))[0]!;
    expect(answer).toContain(`<a href="${url}">example.org</a>`);
    expect(answer.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(3);
  });

  it("unit scores (synthetic Pontianak 2024) are answered by `unit layanan`", async () => {
    const core = await db.fresh();
    const r = reviewer(core, { userId: ADMIN });
    expect(texts(await r.say("unit layanan kota pontianak 2024"))[0]).not.toContain("98,50");
    await r.paste(report("06-units-scores").text, URL("pontianak-2024"));
    for (let i = 0; i < 5; i++) await r.press("xr|keep|");
    await r.press("xr|pre|");
    expect(r.text()).toContain("Baris hasil baru: 1");
    expect(r.text()).toContain("Unit layanan baru: 4");
    await r.press("xi|ok|");
    const answer = texts(await r.say("unit layanan kota pontianak 2024"))[0]!;
    expect(answer).toContain("98,50");
    expect(answer).toContain("Puskesmas Kampung Dalam");
    // Imported once: the same units again are unchanged.
    await r.paste(report("06-units-scores").text, URL("pontianak-2024"));
    for (let i = 0; i < 5; i++) await r.press("xr|keep|");
    expect(texts(await r.press("xr|pre|"))[0]).toBe("Semua yang disimpan sudah tercatat dari sumber yang sama; tidak ada yang perlu diimpor.");
    expect(await core.db.selectFrom("unit_results").select("id").where("source_url", "=", URL("pontianak-2024")).execute()).toHaveLength(4);
  });
});
