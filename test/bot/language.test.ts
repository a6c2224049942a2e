import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

describe("language", () => {
  it("/bahasa offers Indonesian and English; the choice switches the next answers and is stored", async () => {
    const h = harness(core);
    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("Nilai: <b>91</b>");
    const [choose] = await h.say("/bahasa");
    expect(buttonsOf(choose).map((b) => b.data)).toEqual(["lang|id", "lang|en"]);
    const pressed = await h.press("lang|en", h.sentMessages().at(-1)!);
    expect(pressed.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(pressed[1]!.payload.text).toBe("✅ Language: English. Next answers will be in English.");

    const [card] = await h.say("nilai lampung utara 2021");
    expect(card!.payload.text).toContain("Score: <b>91</b>");
    expect(buttonsOf(card).map((b) => b.text)).toContain("📈 Trend");
    expect(texts(await h.say("/batal"))[0]).toBe("Nothing is in progress. Send a question.");

    const stored = await core.db.selectFrom("bot_chat_settings").selectAll().where("chat_id", "=", h.user.id).executeTakeFirst();
    expect(stored?.locale).toBe("en");
    // A restarted bot (empty caches) reads the choice back from the database.
    const restarted = harness(core, { userId: h.user.id });
    expect(texts(await restarted.say("/tentang"))[0]).toContain("About Rapor's data");
  });

  it("/bahasa id and /language en set it directly", async () => {
    const h = harness(core);
    expect(texts(await h.say("/language en"))[0]).toContain("Language: English");
    expect(texts(await h.say("/bahasa id"))[0]).toContain("Bahasa: Indonesia");
    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("Nilai:");
  });

  it("without a choice: Telegram's language_code (id/en), else the default", async () => {
    const en = harness(core, { languageCode: "en-GB" });
    expect(texts(await en.say("/start"))[0]).toContain("Hello Ani!");
    const de = harness(core, { languageCode: "de" });
    expect(texts(await de.say("/start"))[0]).toContain("Halo Ani!");
    const enDefault = harness(core, { languageCode: "de", defaultLocale: "en" });
    expect(texts(await enDefault.say("/start"))[0]).toContain("Hello Ani!");
    // The saved choice wins over language_code.
    await en.say("/bahasa id");
    expect(texts(await en.say("/start"))[0]).toContain("Halo Ani!");
  });

  it("a language button from an earlier /bahasa still works after the conversation is gone", async () => {
    const h = harness(core);
    await h.say("/bahasa");
    const choice = h.sentMessages().at(-1)!;
    await h.say("/batal");
    const pressed = await h.press("lang|en", choice);
    expect(texts(pressed, "editMessageText")[0]).toContain("Language: English");
  });

  it("a question instead of a choice is answered, in the old language", async () => {
    const h = harness(core);
    await h.say("/bahasa");
    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("Nilai:");
  });
});
