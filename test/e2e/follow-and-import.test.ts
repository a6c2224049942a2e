import path from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSubscriptions, status } from "../../src/broadcast/index.js";
import { openStore } from "../../src/store/open-store.js";
import { eventually, projectRoot, type Spawned, runImportCli } from "../helpers/process.js";
import { startEmulatedBot, type EmulatedBot } from "./emulated-bot.js";

/** A token of the real shape; the emulator accepts any. */
const TOKEN = "7000003:AAEmulatorTokenForFollowImportTest_q7";
const BOT_USERNAME = "rapor_e2e_bot";

// Who follows what, through the bot's own commands.
const ANI = 6001; // /langganan lampung barat (Indonesian)
const BEN = 6002; // /bahasa en, then /follow lampung (the province)
const CITRA = 6003; // /langganan kota: this import has no city
const DEDI = 6004; // follows Lampung Barat, then /berhenti lampung barat
const EKA = 6005; // /langganan tebo (Jambi): not in this import
const FAJAR = 6006; // follows Lampung Barat and the province: two digests

/** `npm run import -- --json FILE` as its own process, while the bot runs. */
const runImport = (database: Record<string, string>, file: string) => runImportCli(["--json", file], { ...database, BOT_USERNAME });

describe("following through the bot, then an import from the command line while it runs", () => {
  let emulated: EmulatedBot;
  let server: TelegramServer;
  let bot: Spawned;
  let database: EmulatedBot["database"];
  let databaseEnv: Record<string, string>;
  const client = (id: number) => server.getClient(TOKEN, { userId: id, chatId: id, firstName: `User${id}`, userName: `user${id}` });
  const toChat = (id: number) => server.storage.botMessages.filter((m) => m.botToken === TOKEN && Number(m.message.chat_id) === id);
  const texts = (id: number) => toChat(id).map((m) => String(m.message.text));
  /** Sends a command and waits for the bot's reply to it. */
  async function command(id: number, text: string): Promise<string> {
    const before = toChat(id).length;
    const c = client(id);
    await c.sendCommand(c.makeCommand(text));
    const reply = await eventually(() => toChat(id)[before], 15_000, `the reply to ${text}`);
    return String(reply.message.text);
  }

  beforeAll(async () => {
    emulated = await startEmulatedBot(TOKEN);
    ({ server, bot, database, env: databaseEnv } = emulated);
  }, 60_000);

  afterAll(async () => emulated.close());

  it("subscribes users by command, in their language", async () => {
    expect(await command(ANI, "/langganan lampung barat")).toContain("Sekarang mengikuti <b>Kabupaten Lampung Barat</b>");
    expect(await command(BEN, "/bahasa en")).toContain("English");
    expect(await command(BEN, "/follow lampung")).toContain("Now following <b>Provinsi Lampung (all its regions)</b>");
    expect(await command(CITRA, "/langganan kota")).toContain("Sekarang mengikuti <b>semua pemerintah kota</b>");
    expect(await command(DEDI, "/langganan lampung barat")).toContain("Sekarang mengikuti");
    expect(await command(DEDI, "/berhenti lampung barat")).toContain("Berhenti mengikuti <b>Kabupaten Lampung Barat</b>");
    expect(await command(EKA, "/langganan tebo")).toContain("Sekarang mengikuti <b>Kabupaten Tebo</b>");
    expect(await command(FAJAR, "/langganan lampung barat")).toContain("Sekarang mengikuti");
    expect(await command(FAJAR, "/langganan provinsi lampung")).toContain("Sekarang mengikuti <b>Provinsi Lampung (semua daerahnya)</b>");
  }, 60_000);

  it("an import from the CLI reaches the right subscribers, and only them, once", async () => {
    const before = new Map([ANI, BEN, CITRA, DEDI, EKA, FAJAR].map((id) => [id, toChat(id).length]));
    const imported = await runImport(databaseEnv, path.join(projectRoot, "test/fixtures/broadcast/lampung-2024.csv"));
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: 4, unchanged: 0, conflicts: 0 });

    // The running bot's sender delivers what the CLI queued.
    await eventually(() => (toChat(ANI).length > before.get(ANI)! && toChat(BEN).length > before.get(BEN)! ? true : undefined), 30_000, "the digests");
    const ani = texts(ANI).slice(before.get(ANI)!);
    expect(ani).toHaveLength(1);
    expect(ani[0]).toContain("🔔 <b>Hasil baru: Kabupaten Lampung Barat</b>");
    expect(ani[0]).toContain("Nilai <b>91,3</b>");
    expect(ani[0]).toContain(`https://t.me/${BOT_USERNAME}?start=18_04`);
    const aniMessage = toChat(ANI).at(-1)!.message;
    expect(aniMessage.parse_mode).toBe("HTML");
    expect(aniMessage.reply_markup).toEqual({ inline_keyboard: [[{ text: "📊 Kartu lengkap", url: `https://t.me/${BOT_USERNAME}?start=18_04` }]] });

    const ben = texts(BEN).slice(before.get(BEN)!);
    expect(ben).toHaveLength(1);
    expect(ben[0]).toContain("🔔 <b>New results in Provinsi Lampung</b>");
    expect(ben[0]).toContain("Score <b>91.3</b>");
    expect(ben[0]).toContain("Kabupaten Tanggamus");

    // One digest per thing followed: the body's and the province's, both in Indonesian.
    await eventually(() => (toChat(FAJAR).length - before.get(FAJAR)! >= 2 ? true : undefined), 30_000, "FAJAR's two digests");
    const fajar = texts(FAJAR).slice(before.get(FAJAR)!);
    expect(fajar.filter((t) => t.includes("🔔 <b>Hasil baru: Kabupaten Lampung Barat</b>"))).toHaveLength(1);
    expect(fajar.filter((t) => t.includes("🔔 <b>Hasil baru se-Provinsi Lampung</b>") && t.includes("Nilai <b>50,12</b>"))).toHaveLength(1);

    // Nothing more arrives, and nothing for the others: give the sender time to misbehave.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(toChat(ANI).length - before.get(ANI)!).toBe(1);
    expect(toChat(BEN).length - before.get(BEN)!).toBe(1);
    expect(toChat(FAJAR).length - before.get(FAJAR)!).toBe(2);
    for (const id of [CITRA, DEDI, EKA]) expect(toChat(id).length).toBe(before.get(id));
  }, 60_000);

  it("importing the same file again tells nobody twice; the new results answer questions", async () => {
    const count = server.storage.botMessages.length;
    const again = await runImport(databaseEnv, path.join(projectRoot, "test/fixtures/broadcast/lampung-2024.csv"));
    expect(JSON.parse(again.stdout)).toEqual({ added: 0, unchanged: 4, conflicts: 0 });
    // Nobody is told of this import: the bot notices it at its background check (every second).
    let card = "";
    for (const start = Date.now(); !card.includes("91,3") && Date.now() - start < 20_000; ) {
      const seen = toChat(ANI).length;
      const c = client(ANI);
      await c.sendMessage(c.makeMessage("nilai lampung barat 2024"));
      card = String((await eventually(() => toChat(ANI)[seen], 15_000, "the card")).message.text);
      if (!card.includes("91,3")) await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(card).toContain("<b>Kabupaten Lampung Barat</b> · 2024");
    expect(card).toContain("91,3");
    await new Promise((r) => setTimeout(r, 1_500));
    const digests = server.storage.botMessages.slice(count).filter((m) => String(m.message.text).includes("🔔"));
    expect(digests).toEqual([]);
  }, 60_000);

  it("kept the token out of its output, stops cleanly, and left the outbox delivered", async () => {
    bot.signal("SIGTERM");
    await bot.done;
    expect(bot.stdout()).toMatch(/"msg":"bot stopped"/);
    expect(bot.stdout() + bot.stderr()).not.toContain(TOKEN.split(":")[1]);
    expect(bot.stdout()).not.toMatch(/"level":(50|60)/);

    const db = await openStore(database);
    try {
      expect(await status(db)).toMatchObject({ queued: 0, sent: 4, failed: 0, blocked: 0 });
      const rows = await db.selectFrom("outbox").select("chat_id").execute();
      expect(rows.map((r) => Number(r.chat_id)).sort()).toEqual([ANI, BEN, FAJAR, FAJAR].sort());
      expect(await listSubscriptions(db, DEDI)).toEqual([]);
      expect((await listSubscriptions(db, BEN)).map((s) => s.target)).toEqual([{ kind: "province", code: "18" }]);
    } finally {
      await db.destroy();
    }
  }, 30_000);
});
