import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, commandMenu, publishCommands } from "../../src/bot/commands.js";
import { buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";
import { decodeAction } from "../../src/present/actions.js";
import { Api } from "grammy";
import { createLogger } from "../../src/config/logger.js";
import { Writable } from "node:stream";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

describe("commands", () => {
  it("/start greets by name and shows examples and the commands", async () => {
    const h = harness(core);
    const calls = await h.say("/start");
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.method).toBe("sendMessage");
    expect(call!.payload.parse_mode).toBe("HTML");
    expect(call!.payload.link_preview_options).toEqual({ is_disabled: true });
    expect(call!.payload.text).toContain("Halo Ani!");
    expect(call!.payload.text).toContain("nilai Lampung Utara 2021");
    expect(call!.payload.text).toContain("/bandingkan");
  });

  it("/bantuan and /help list every public command in the chat's language, charts and CSV export included", async () => {
    const id = harness(core, { languageCode: "id" });
    const en = harness(core, { languageCode: "en" });
    const [bantuan, help] = [texts(await id.say("/bantuan"))[0]!, texts(await en.say("/help"))[0]!];
    for (const [key, names] of Object.entries(COMMANDS)) {
      if (key === "start" || key === "help") continue;
      expect(bantuan, names.id).toMatch(new RegExp(`^/${names.id}\\b`, "m"));
      expect(help, names.en).toMatch(new RegExp(`^/${names.en}\\b`, "m"));
    }
    expect(bantuan).toContain("/grafik pertanyaan: jawabannya sebagai grafik");
    expect(help).toContain("/export question: the answer as a CSV file");
  });

  it("/start with a deep link opens that body's card", async () => {
    const h = harness(core);
    for (const payload of ["18.03", "18_03", "18-03"]) {
      const [call] = await h.say(`/start ${payload}`);
      expect(call!.payload.text).toContain("<b>Kabupaten Lampung Utara</b>");
      expect(buttonsOf(call).map((b) => decodeAction(b.data)?.a)).toContain("trend");
    }
    // An unknown or malformed payload falls back to the greeting.
    expect(texts(await h.say("/start 99.99"))[0]).toContain("Halo");
    expect(texts(await h.say("/start <script>"))[0]).toContain("Halo");
  });

  // Expected figures pinned from db/data/results.csv and units.csv.
  it("/nilai, /tren, /peringkat, /unit and /top ask the core with the command's intent", async () => {
    const h = harness(core);
    const score = String((await h.say("/nilai lampung utara 2021"))[0]!.payload.text);
    expect(score).toContain("Kabupaten Lampung Utara</b> · 2021");
    expect(score).toContain("<b>91</b>");

    // 2021 86.34, 2022 89.45, 2023 91.41, 2024 97.60: one line per year, in order.
    const trend = String((await h.say("/tren kota payakumbuh"))[0]!.payload.text);
    expect(trend).toMatch(/<b>Kota Payakumbuh<\/b>/);
    expect(trend).toMatch(/2021\D[^\n]*86,34[\s\S]*\n2022\D[^\n]*89,45[\s\S]*\n2023\D[^\n]*91,41[\s\S]*\n2024\D[^\n]*97,60?\b/);

    // Stated: 32nd nationally among kabupaten, 4th in Lampung.
    const rank = String((await h.say("/peringkat lampung utara 2021"))[0]!.payload.text);
    expect(rank).toContain("Kabupaten Lampung Utara");
    expect(rank).toMatch(/\b32\b[^\n]*nasional/);
    expect(rank).toMatch(/\b4\b[^\n]*Lampung/);

    // Palembang's three units of 2025, each with its score.
    const units = String((await h.say("/unit kota palembang 2025"))[0]!.payload.text);
    expect(units).toContain("Kota Palembang");
    for (const [unit, unitScore] of [["SMP Negeri 9 Palembang", "91,99"], ["RSUD Bari", "86,77"], ["Dinas Sosial", "85,94"]]) {
      expect(units).toMatch(new RegExp(`${unit}[^\n]*${unitScore}`));
    }

    // Jambi 2022, stated provincial ranks 1-5.
    const top = String((await h.say("/top 5 jambi 2022"))[0]!.payload.text);
    expect(top).toContain("Jambi");
    expect(top).toMatch(/1\. Kabupaten Tebo\b[^\n]*\n2\. Kabupaten Batanghari\b[^\n]*\n3\. Kota Jambi\b[^\n]*\n4\. Kabupaten Tanjung Jabung Timur\b[^\n]*\n5\. Kabupaten Kerinci\b/);
    expect(top).not.toMatch(/\n6\. /);
  });

  it("intent commands without a name explain their use", async () => {
    const h = harness(core);
    expect(texts(await h.say("/nilai"))[0]).toContain("/nilai Lampung Utara 2021");
    expect(texts(await h.say("/tren"))[0]).toContain("/tren Kota Payakumbuh");
  });

  it("/bantuan, /help, /tentang and /zona", async () => {
    const h = harness(core);
    expect(texts(await h.say("/bantuan"))[0]).toContain("/nilai");
    expect(texts(await h.say("/help"))[0]).toContain("/peringkat");
    const about = texts(await h.say("/tentang"))[0]!;
    expect(about).toContain("belum lengkap");
    expect(about).toContain("2020");
    const scale = texts(await h.say("/zona"))[0]!;
    expect(scale).toContain("Skala penilaian Ombudsman RI");
    expect(scale).toContain("Zona Kuning");
    expect(scale).not.toContain("<b></b>");
    expect(texts(await h.say("/zona 2023"))[0]).toContain("2023");
  });

  it("an unknown command in a private chat gets the 'not understood' reply", async () => {
    const h = harness(core);
    expect(texts(await h.say("/foo"))[0]).toContain("Maaf, saya belum memahami");
  });

  it("publishes the command menu in Indonesian and English; a failure is only a warning", async () => {
    const menuId = commandMenu(core.rapor.translator, "id");
    const menuEn = commandMenu(core.rapor.translator, "en");
    expect(menuId.map((c) => c.command)).toEqual(expect.arrayContaining(["nilai", "bandingkan", "batal", "bahasa", "tentang", "zona"]));
    expect(menuEn.map((c) => c.command)).toEqual(expect.arrayContaining(["score", "compare", "cancel", "language", "about", "scale"]));
    for (const c of [...menuId, ...menuEn]) {
      expect(c.command).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(c.description.length).toBeGreaterThan(2);
      expect(c.description.length).toBeLessThanOrEqual(256);
    }

    const lines: string[] = [];
    const logger = createLogger({ level: "warn", destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }) });
    const sent: { method: string; body: unknown }[] = [];
    const ok = new Api("1:x", { fetch: (async (url: string, init: { body: string }) => {
      sent.push({ method: url.split("/").pop()!, body: JSON.parse(init.body) });
      return { json: async () => ({ ok: true, result: true }) };
    }) as never });
    expect(await publishCommands(ok, core.rapor.translator, "id", logger, [4242])).toBe(true);
    expect(sent.map((s) => (s.body as { language_code?: string }).language_code)).toEqual(["id", "en", undefined, undefined]);
    // Admin commands only in the admins' own chats.
    const menus = sent.map((s) => (s.body as { commands: { command: string }[] }).commands.map((c) => c.command));
    expect(menus[0]).not.toContain("umumkan");
    expect((sent[3]!.body as { scope: unknown }).scope).toEqual({ type: "chat", chat_id: 4242 });
    expect(menus[3]).toEqual(expect.arrayContaining(["langganan", "status", "umumkan"]));

    const failing = new Api("1:x", { fetch: (async () => ({ json: async () => ({ message: "API method 'setMyCommands' is not supported." }) })) as never });
    expect(await publishCommands(failing, core.rapor.translator, "id", logger)).toBe(false);
    expect(lines.join("")).toMatch(/"level":40.*setMyCommands/);
  });
});
