import path from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, projectRoot, runImportCli } from "../helpers/process.js";
import { startEmulatedBot, type EmulatedBot } from "./emulated-bot.js";

/** A token of the real shape; the emulator accepts any. */
const TOKEN = "7000004:AAEmulatorTokenForFreshAnswersTest_k2";
const BOT_USERNAME = "rapor_fresh_bot";
const USER = 6101;

/** `npm run import -- --json FILE` as its own process, while the bot runs. */
const runImport = (database: Record<string, string>, file: string) => runImportCli(["--json", file], { ...database, BOT_USERNAME });

describe("a subscriber who asks the moment an announcement arrives gets the new figures (issue 9 §7)", () => {
  let emulated: EmulatedBot;
  let server: TelegramServer;
  const client = () => server.getClient(TOKEN, { userId: USER, chatId: USER, firstName: "Ani", userName: "ani" });
  const toUser = () => server.storage.botMessages.filter((m) => m.botToken === TOKEN && Number(m.message.chat_id) === USER);
  /** Sends a message and waits for the bot's reply to it. */
  async function ask(text: string): Promise<string> {
    const before = toUser().length;
    const c = client();
    await c.sendMessage(text.startsWith("/") ? c.makeCommand(text) : c.makeMessage(text));
    return String((await eventually(() => toUser()[before], 15_000, `the reply to ${text}`)).message.text);
  }

  beforeAll(async () => {
    // The background check far away: only the sender's reload can make the answer fresh.
    emulated = await startEmulatedBot(TOKEN, { DATA_CHECK_MS: "600000" });
    server = emulated.server;
  }, 60_000);
  afterAll(async () => emulated.close());

  it("an import from the CLI while the bot runs: the digest arrives, and the question right after it is answered from the import", async () => {
    expect(await ask("/langganan lampung barat")).toContain("Sekarang mengikuti <b>Kabupaten Lampung Barat</b>");
    // Asked before: the answer cache holds the old reply.
    expect(await ask("nilai lampung barat 2024")).toContain("Belum ada data Kabupaten Lampung Barat untuk tahun 2024");

    const seen = toUser().length;
    const imported = await runImport(emulated.env, path.join(projectRoot, "test/fixtures/broadcast/lampung-2024.csv"));
    expect(imported.code).toBe(0);
    const digest = await eventually(() => toUser()[seen], 30_000, "the digest");
    expect(String(digest.message.text)).toContain("🔔 <b>Hasil baru: Kabupaten Lampung Barat</b>");
    expect(String(digest.message.text)).toContain("Nilai <b>91,3</b>");

    const card = await ask("nilai lampung barat 2024");
    expect(card).toContain("<b>Kabupaten Lampung Barat</b> · 2024");
    expect(card).toContain("91,3");
  }, 90_000);
});
