import type { StoredBotUpdate, TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, type Spawned } from "../helpers/process.js";
import { startEmulatedBot, type EmulatedBot } from "./emulated-bot.js";

/** A token of the real shape; the emulator accepts any. */
const TOKEN = "7000001:AAEmulatorTokenForEndToEndTests_xyz12";
const CHAT = 5551234;

type InlineKeyboard = { inline_keyboard: { text: string; callback_data: string }[][] };

describe("the bot as its own process, long-polling the Bot API emulator", () => {
  let emulated: EmulatedBot;
  let server: TelegramServer;
  let bot: Spawned;
  const client = () => server.getClient(TOKEN, { userId: CHAT, chatId: CHAT, firstName: "Ani", userName: "ani" });
  const botMessages = () => server.storage.botMessages.filter((m) => m.botToken === TOKEN && String(m.message.chat_id) === String(CHAT));
  const nextBotMessage = (count: number, what: string) =>
    eventually(() => (botMessages().length > count ? botMessages()[count] : undefined), 15_000, what);
  const keyboard = (m: StoredBotUpdate) => (m.message.reply_markup as InlineKeyboard | undefined)?.inline_keyboard.flat() ?? [];
  const press = async (m: StoredBotUpdate, label: string) => {
    const button = keyboard(m).find((b) => b.text === label);
    if (!button) throw new Error(`no button ${label}: ${JSON.stringify(keyboard(m))}`);
    const c = client();
    await c.sendCallback(
      c.makeCallbackQuery(button.callback_data, {
        message: { message_id: m.messageId, text: String(m.message.text), reply_markup: m.message.reply_markup as never },
      }) as never,
    );
  };

  beforeAll(async () => {
    emulated = await startEmulatedBot(TOKEN);
    ({ server, bot } = emulated);
  }, 60_000);

  afterAll(async () => emulated.close());

  it("answers a question with an HTML card and buttons", async () => {
    const c = client();
    await c.sendMessage(c.makeMessage("nilai lampung utara 2021"));
    const card = await nextBotMessage(0, "the card");
    expect(card.message.text).toContain("<b>Kabupaten Lampung Utara</b> · 2021");
    expect(card.message.parse_mode).toBe("HTML");
    expect(card.message.link_preview_options).toEqual({ is_disabled: true });
    expect(keyboard(card).map((b) => b.text)).toContain("📈 Tren");
  });

  it("asks which Bogor, and the button answers the original question in place", async () => {
    const c = client();
    const before = botMessages().length;
    await c.sendMessage(c.makeMessage("nilai bogor 2022"));
    const prompt = await nextBotMessage(before, "the question");
    expect(keyboard(prompt).map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    await press(prompt, "Kota Bogor");
    await eventually(() => (String(prompt.message.text).includes("<b>Kota Bogor</b> · 2022") ? true : undefined), 15_000, "the edit");
  });

  it("switches language with /bahasa and answers in English after", async () => {
    const c = client();
    const before = botMessages().length;
    await c.sendCommand(c.makeCommand("/bahasa"));
    const choose = await nextBotMessage(before, "the language buttons");
    await press(choose, "🇬🇧 English");
    await eventually(() => (String(choose.message.text).includes("Language: English") ? true : undefined), 15_000, "the confirmation");
    await c.sendMessage(c.makeMessage("nilai lampung utara 2021"));
    const card = await nextBotMessage(before + 1, "the English card");
    expect(card.message.text).toContain("Score: <b>91</b>");
  });

  it("warned that setMyCommands is unsupported, kept the token out of its logs, and stops cleanly on SIGTERM", async () => {
    expect(bot.stdout()).toMatch(/"level":40.*setMyCommands/);
    bot.signal("SIGTERM");
    await bot.done;
    expect(bot.stdout()).toMatch(/"msg":"stopping".*\n.*"msg":"bot stopped"/);
    const output = bot.stdout() + bot.stderr();
    expect(output).not.toContain(TOKEN.split(":")[1]);
    expect(bot.stderr().replace(/^npm warn.*\n/gm, "")).toBe("");
  });
});
