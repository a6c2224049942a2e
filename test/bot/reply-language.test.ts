import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf, harness, openCore, texts, type Core } from "../helpers/bot-harness.js";

// Kota Metro 2023: 80.85 (lampungpro.co, daswati.id); Kota Kendari 2022: 58.99 (sultra.tribunnews.com); db/data/results.csv.
let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

const ENGLISH_CARD = "Score: <b>80.85</b>";
const INDONESIAN_CARD = "Nilai: <b>80,85</b>";

describe("the language of a reply: the chat's choice, else the question's words, else Telegram's, else the default", () => {
  it("Telegram in Indonesian: an English question gets an English card; an Indonesian or wordless one an Indonesian card", async () => {
    const h = harness(core, { languageCode: "id" });
    const [english] = await h.say("score of Kota Metro 2023");
    expect(english!.payload.text).toContain(ENGLISH_CARD);
    expect(buttonsOf(english).map((b) => b.text)).toContain("📈 Trend");
    expect(texts(await h.say("nilai kota metro 2023"))[0]).toContain(INDONESIAN_CARD);
    // No word shows a language ("kota" is part of the name): Telegram's language decides.
    expect(texts(await h.say("kota metro 2023"))[0]).toContain(INDONESIAN_CARD);
    // The chat's own messages outside answers stay in its language.
    expect(texts(await h.say("/batal"))[0]).toBe("Tidak ada yang sedang berjalan. Silakan kirim pertanyaan.");
  });

  it("Telegram in English: an Indonesian question gets an Indonesian card, a wordless one an English card", async () => {
    const h = harness(core, { languageCode: "en" });
    expect(texts(await h.say("berapa nilai kota metro tahun 2023?"))[0]).toContain(INDONESIAN_CARD);
    expect(texts(await h.say("kota metro 2023"))[0]).toContain(ENGLISH_CARD);
  });

  it("a chat that chose /bahasa id keeps Indonesian, whatever language it asks in; /language en the other way", async () => {
    const h = harness(core, { languageCode: "en" });
    await h.say("/bahasa id");
    expect(texts(await h.say("score of Kota Metro 2023"))[0]).toContain(INDONESIAN_CARD);
    expect(texts(await h.say("rank of Kota Kendari 2022"))[0]).toContain("Peringkat 91 nasional");
    await h.say("/language en");
    expect(texts(await h.say("nilai kota metro 2023"))[0]).toContain(ENGLISH_CARD);
  });

  it("one bot's answer cache keeps apart the replies whose language the chat decides", async () => {
    const h = harness(core, { languageCode: "id" });
    const englishUser = { id: h.user.id + 500_000, is_bot: false, first_name: "Ben", language_code: "en" };
    const englishChat = { id: englishUser.id, type: "private" as const, first_name: "Ben" };
    const fromEnglishUser = (text: string) => h.send(h.updates.text(text, { from: englishUser, chat: englishChat }));
    // The same wordless text: each chat's own language, though the first reply is cached.
    expect(texts(await h.say("kota kendari 2022"))[0]).toContain("Nilai: <b>58,99</b>");
    expect(texts(await fromEnglishUser("kota kendari 2022"))[0]).toContain("Score: <b>58.99</b>");
    // The same English text: English for both.
    expect(texts(await h.say("what was the score of Kota Kendari in 2022"))[0]).toContain("Score: <b>58.99</b>");
    expect(texts(await fromEnglishUser("what was the score of Kota Kendari in 2022"))[0]).toContain("Score: <b>58.99</b>");
    // A chat's choice decides alone: after /bahasa id the English user gets Indonesian for the cached English text.
    await fromEnglishUser("/bahasa id");
    expect(texts(await fromEnglishUser("what was the score of Kota Kendari in 2022"))[0]).toContain("Nilai: <b>58,99</b>");
  });

  it("a same-name question in English asks which one in English and answers in English", async () => {
    const h = harness(core, { languageCode: "id" });
    const [prompt] = await h.say("score of bogor 2022");
    expect(prompt!.payload.text).toMatch(/Which|which/);
    const kota = buttonsOf(prompt).find((b) => b.text === "Kota Bogor")!;
    const answered = await h.press(kota.data, h.sentMessages().at(-1)!);
    expect(texts(answered, "editMessageText")[0]).toContain("Score:");
  });

  it("inline mode: an English query from an Indonesian user gets English results", async () => {
    const h = harness(core, { languageCode: "id" });
    const [call] = await h.send(h.updates.inline("score of Kota Metro 2023"));
    const results = call!.payload.results as { input_message_content: { message_text: string } }[];
    expect(results[0]!.input_message_content.message_text).toContain(ENGLISH_CARD);
    const [indonesian] = await h.send(h.updates.inline("nilai kota metro 2023"));
    expect((indonesian!.payload.results as typeof results)[0]!.input_message_content.message_text).toContain(INDONESIAN_CARD);
  });

  it("a command's argument: /score and /trend add no Indonesian word; /compare in English compares in English", async () => {
    const h = harness(core, { languageCode: "en" });
    expect(texts(await h.say("/score kota metro 2023"))[0]).toContain(ENGLISH_CARD);
    const id = harness(core, { languageCode: "id" });
    expect(texts(await id.say("/score kota metro 2023"))[0]).toContain(INDONESIAN_CARD);
    expect(texts(await id.say("/compare tebo and batanghari 2022"))[0]).toContain("Comparison");
  });
});
