import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Rapor } from "../../src/app/rapor.js";
import type { ApiCall, UploadedFile } from "../../src/bot/local-transport.js";
import { isUpload } from "../../src/bot/local-transport.js";
import { MAX_CAPTION_LENGTH } from "../../src/chart/caption.js";
import { ChartPool, type ChartRenderer } from "../../src/chart/pool.js";
import { htmlToPlain } from "../../src/present/format.js";
import { loadGazetteer } from "../../src/app/load.js";
import { createUnderstander } from "../../src/understand/index.js";
import { asMessage, buttonsOf, harness, openCore, type Core } from "../helpers/bot-harness.js";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

const sent = (calls: ApiCall[], method: string) => calls.filter((c) => c.method === method);
const uploaded = (call: ApiCall | undefined, field: string): UploadedFile => {
  const value = call?.payload[field];
  if (!isUpload(value)) throw new Error(`${field} was not uploaded: ${JSON.stringify(value)}`);
  return value;
};

describe("charts and CSV files in the bot", () => {
  let core: Core;
  let charts: ChartPool;
  beforeAll(async () => {
    core = await openCore();
    charts = new ChartPool({ size: 1 });
  });
  afterAll(async () => {
    await charts.close();
    await core.cleanup();
  });

  /** The trend card of Kota Payakumbuh and its 📊 / 📄 buttons. */
  async function trendCard(h: ReturnType<typeof harness>) {
    const calls = await h.say("tren kota payakumbuh");
    const card = sent(calls, "sendMessage")[0]!;
    const buttons = buttonsOf(card);
    return { card, chart: buttons.find((b) => b.text === "📊 Grafik")!, csv: buttons.find((b) => b.text === "📄 CSV")!, message: asMessage(card, h.chat) };
  }

  it("📊 sends the chart as a photo with the card's key lines as caption; the second time by its cached file_id, no upload", async () => {
    const h = harness(core, { charts });
    const { chart, message } = await trendCard(h);
    expect(chart.data).toBe("ftrend|png|13.76");

    const first = await h.press(chart.data, message);
    expect(sent(first, "answerCallbackQuery")).toHaveLength(1);
    expect(sent(first, "sendChatAction")[0]?.payload.action).toBe("upload_photo");
    const photo = sent(first, "sendPhoto")[0];
    const png = uploaded(photo, "photo");
    expect(png.data.subarray(0, 4)).toEqual(PNG_SIGNATURE);
    expect(png.filename).toMatch(/^kota-payakumbuh.*\.png$/);
    const caption = String(photo!.payload.caption);
    expect(photo!.payload.parse_mode).toBe("HTML");
    expect(htmlToPlain(caption).length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
    expect(htmlToPlain(caption)).toContain("📈 Kota Payakumbuh dari tahun ke tahun");
    expect(htmlToPlain(caption)).toContain("2024: 97,6");
    expect(htmlToPlain(caption)).toMatch(/^Sumber: /m);
    expect(buttonsOf(photo).map((b) => b.data)).toEqual(["ftrend|csv|13.76"]);
    const fileId = (photo!.response as { result: { photo: { file_id: string }[] } }).result.photo.at(-1)!.file_id;
    const row = await core.db
      .withTables<{ chart_files: { bot_id: string; data_version: number; file_id: string } }>()
      .selectFrom("chart_files")
      .selectAll()
      .where("file_id", "=", fileId)
      .executeTakeFirst();
    expect(row).toMatchObject({ bot_id: String(h.bot.botInfo.id), data_version: core.rapor.catalog.version });

    // Asked again: Telegram's copy is sent by its file_id.
    const again = await h.press(chart.data, message);
    expect(sent(again, "sendPhoto")).toHaveLength(1);
    expect(sent(again, "sendPhoto")[0]!.payload.photo).toBe(fileId);
    expect(sent(again, "sendChatAction")).toHaveLength(0);
  });

  it("a cached file_id Telegram refuses is forgotten and the chart uploaded again", async () => {
    const h = harness(core, { charts });
    const { chart, message } = await trendCard(h);
    await h.press(chart.data, message);
    // A new transport (another Bot API server) knows none of the file_ids stored.
    const fresh = harness(core, { charts, userId: h.user.id });
    const calls = await fresh.press(chart.data, message);
    const photos = sent(calls, "sendPhoto");
    expect(photos.map((p) => typeof p.payload.photo)).toEqual(["string", "object"]);
    expect(photos[0]!.response?.ok).toBe(false);
    expect(uploaded(photos[1], "photo").data.subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it("📄 sends a UTF-8 CSV document of the figures, with a 📊 button", async () => {
    const h = harness(core, { charts });
    const { csv, message } = await trendCard(h);
    const calls = await h.press(csv.data, message);
    const doc = sent(calls, "sendDocument")[0];
    const file = uploaded(doc, "document");
    expect(file.filename).toBe("kota-payakumbuh-dari-tahun-ke-tahun.csv");
    const text = file.data.toString("utf8");
    expect(text.startsWith("\ufeff")).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.tahun)).toEqual(["2021", "2022", "2023", "2024"]);
    expect(htmlToPlain(String(doc!.payload.caption))).toContain("4 baris");
    expect(buttonsOf(doc).map((b) => b.data)).toEqual(["ftrend|png|13.76"]);
  });

  it("/grafik and /ekspor answer their question as a photo and as a file; alone they explain themselves", async () => {
    const h = harness(core, { charts });
    const chart = await h.say("/grafik 5 besar kabupaten di jambi 2022");
    expect(sent(chart, "sendMessage")).toHaveLength(0);
    expect(htmlToPlain(String(sent(chart, "sendPhoto").at(-1)?.payload.caption))).toContain("5 besar kabupaten se-Provinsi Jambi");
    const file = await h.say("/export top 5 kabupaten di jambi 2022");
    expect(uploaded(sent(file, "sendDocument")[0], "document").filename).toMatch(/\.csv$/);
    const usage = await h.say("/grafik");
    expect(String(sent(usage, "sendMessage")[0]?.payload.text)).toContain("/grafik tren Kota Metro");
    // A reply with no chart: the card, then a word that there is none.
    const none = await h.say("/grafik unit layanan kota palembang 2025");
    expect(sent(none, "sendPhoto")).toHaveLength(0);
    expect(String(sent(none, "sendMessage").at(-1)?.payload.text)).toContain("belum ada grafik");
  });

  it("a question the parser marks as a chart (query.output) gets the photo instead of the card", async () => {
    const gazetteer = await loadGazetteer(core.db);
    const understand = createUnderstander(gazetteer);
    // The parser's "grafik"/"chart" slot, set here for the words this test uses.
    const rapor = new Rapor(core.db, core.rapor.catalog, (text) => {
      const query = understand(text);
      return /\b(grafik|chart)\b/i.test(text) ? { ...query, output: "chart" } : query;
    });
    const h = harness(core, { charts, rapor });
    const calls = await h.say("grafik tren kota payakumbuh");
    expect(sent(calls, "sendMessage")).toHaveLength(0);
    // The last photo: the first may be an earlier test's cached file_id, unknown to this harness's transport.
    expect(uploaded(sent(calls, "sendPhoto").at(-1), "photo").data.subarray(0, 4)).toEqual(PNG_SIGNATURE);
  });

  it("a chart asked of an ambiguous name is drawn after the choice, and the picker goes", async () => {
    const h = harness(core, { charts });
    const [prompt] = await h.say("/grafik tren bogor");
    expect(buttonsOf(prompt).map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    const choice = buttonsOf(prompt).find((b) => b.text === "Kota Bogor")!;
    const calls = await h.press(choice.data, asMessage(prompt!, h.chat));
    const photo = sent(calls, "sendPhoto").at(-1);
    expect(htmlToPlain(String(photo?.payload.caption))).toContain("Kota Bogor");
    expect(sent(calls, "deleteMessage")[0]?.payload.message_id).toBe(asMessage(prompt!, h.chat).message_id);
    expect(sent(calls, "editMessageText")).toHaveLength(0);
  });

  it("a chart that cannot be drawn gets a polite message, never an error", async () => {
    const failing: ChartRenderer = { render: async () => ({ ok: false, error: "boom" }), close: async () => {} };
    const h = harness(core, { charts: failing, languageCode: "en" });
    const card = sent(await h.say("trend of kota metro"), "sendMessage")[0]!;
    const chart = buttonsOf(card).find((b) => b.data.startsWith("ftrend|png"))!;
    const calls = await h.press(chart.data, asMessage(card, h.chat));
    expect(sent(calls, "sendPhoto")).toHaveLength(0);
    expect(String(sent(calls, "sendMessage")[0]?.payload.text)).toBe("Sorry, the chart could not be drawn. Please try again in a moment.");
    expect(h.logLines.join("")).toContain("chart rendering failed");
  });

  it("lists and comparisons carry 📊 and 📄; a long list's caption stays within 1,024 characters", async () => {
    const h = harness(core, { charts });
    const list = sent(await h.say("daftar kabupaten 2022"), "sendMessage")[0]!;
    const chart = buttonsOf(list).find((b) => b.text === "📊 Grafik")!;
    expect(chart.data).toBe("ftop|png||kabupaten|2022|list||||0");
    const photo = sent(await h.press(chart.data, asMessage(list, h.chat)), "sendPhoto").at(-1);
    expect(htmlToPlain(String(photo?.payload.caption)).length).toBeLessThanOrEqual(MAX_CAPTION_LENGTH);
    const compare = sent(await h.say("bandingkan tebo dan batanghari 2022"), "sendMessage")[0]!;
    expect(buttonsOf(compare).map((b) => b.data)).toEqual(expect.arrayContaining(["fcmp|png|15.09,15.04|2022", "fcmp|csv|15.09,15.04|2022"]));
    // Score cards have neither.
    const card = sent(await h.say("nilai kota metro 2023"), "sendMessage")[0]!;
    expect(buttonsOf(card).some((b) => /^f(trend|top|cmp)\|/.test(b.data))).toBe(false);
  });

  it("inline mode offers a chart already on Telegram as a cached photo", async () => {
    const h = harness(core, { charts });
    const before = await h.send(h.updates.inline("tren kota payakumbuh"));
    const results = (sent(before, "answerInlineQuery")[0]!.payload.results as { type: string; photo_file_id?: string }[]) ?? [];
    const { chart, message } = await trendCard(h);
    const photo = sent(await h.press(chart.data, message), "sendPhoto").at(-1)!;
    const fileId = (photo.response as { result: { photo: { file_id: string }[] } }).result.photo.at(-1)!.file_id;
    const after = await h.send(h.updates.inline("tren kota payakumbuh"));
    const offered = sent(after, "answerInlineQuery")[0]!.payload.results as { type: string; photo_file_id?: string; caption?: string }[];
    // Before, the chart was not on Telegram yet (or an earlier test's copy): after, this bot's copy is offered.
    expect(results.filter((r) => r.type === "photo" && r.photo_file_id === fileId)).toHaveLength(0);
    expect(offered.find((r) => r.type === "photo")).toMatchObject({ photo_file_id: fileId });
    expect(offered[0]!.type).toBe("article");
  });
});
