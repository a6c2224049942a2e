import { beforeAll, describe, expect, it } from "vitest";
import { CHAT_WORDS, parseChatWords } from "../../src/understand/chat-words.js";
import { correctionCounts, fuzzyEditsAllowed, isChatWord, mayBeMisspeltName, MIN_NEAR_MISS_LETTERS } from "../../src/understand/name-words.js";
import { tokenize } from "../../src/understand/normalize.js";
import { parseQuestion } from "../../src/understand/parse.js";
import { findNames, type Gazetteer } from "../../src/understand/resolve.js";
import { NOW, seededGazetteer } from "./fixture.js";

let gazetteer: Gazetteer;
beforeAll(async () => {
  ({ gazetteer } = await seededGazetteer());
});

const parse = (text: string) => parseQuestion(text, gazetteer, { now: NOW });
const chatEntries = [...CHAT_WORDS.values()].flat();

describe("the chat-word lexicon (src/understand/chat-words.txt)", () => {
  it("holds the words of each kind the issue names", () => {
    const kinds: Record<string, string[]> = {
      greetings: ["pagi", "siang", "sore", "malam", "selamat", "halo", "hai", "assalamualaikum"],
      honorifics: ["pak", "bu", "bapak", "ibu", "min", "mimin", "kak", "bang", "mas", "mbak", "gan", "om", "bro", "sis"],
      fillers: ["dong", "sih", "deh", "kok", "ya", "yaa", "nih", "tuh", "lho", "kan", "kah", "loh", "wkwk", "hehe"],
      "question-words": ["apa", "kenapa", "mengapa", "kapan", "siapa", "mana", "berapa"],
      verbs: ["kabar", "cara", "ngitung", "hitung", "kata", "mohon", "tolong", "minta", "cek", "lihat", "kasih", "tau", "keluar"],
      nouns: ["sumber", "resmi", "data", "info", "hasil", "sekda"],
    };
    for (const [section, words] of Object.entries(kinds)) {
      const entries = new Set(CHAT_WORDS.get(section as never) ?? []);
      for (const w of words) expect(entries.has(w), `${section}: ${w}`).toBe(true);
    }
    // Chat spellings are written as typed and read through the tokenizer: "gmn", "gimana" -> "bagaimana".
    for (const typed of ["gmn", "gimana", "aja", "dapet", "brp"]) {
      expect(tokenize(typed).every((t) => isChatWord(t.norm)), typed).toBe(true);
    }
    expect(chatEntries.length).toBeGreaterThan(500);
  });

  it("rejects a file with an unknown section or an entry outside any section", () => {
    expect(() => parseChatWords("[greetings]\npagi\n[slang]\nwkwk\n")).toThrow(/unknown section \[slang\]/);
    expect(() => parseChatWords("pagi\n[greetings]\n")).toThrow(/line 1/);
    expect(parseChatWords("# a comment\n[fillers]\ndong  # trailing\n\nsih\n").get("fillers")).toEqual(["dong", "sih"]);
  });

  it("keeps place names out: no chat word is a name on its own, except nicknames that need capitals", () => {
    const names: string[] = [];
    for (const entry of chatEntries) {
      for (const w of entry.split(" ")) {
        const key = gazetteer.keys.get(w);
        if (key?.sources.some((s) => s.guard === "none")) names.push(w);
      }
    }
    expect(names).toEqual([]);
  });

  it("never lets a chat word become a body, alone or next to a real question", () => {
    const wrong: string[] = [];
    for (const entry of chatEntries) {
      const alone = parse(entry);
      if (alone.entities.length + alone.ambiguous.length + alone.unmatched.length > 0) wrong.push(`"${entry}" alone`);
      const q = parse(`${entry}, nilai tebo 2022`);
      if (JSON.stringify(q.entities.map((e) => e.code)) !== '["15.09"]' || q.ambiguous.length > 0) wrong.push(`"${entry}, nilai tebo 2022"`);
    }
    expect(wrong).toEqual([]);
  });

  it("never lets a chat word be an unknown name in a question asking a score of a year, in any case", () => {
    const wrong: string[] = [];
    for (const entry of chatEntries) {
      for (const q of [`nilai ${entry} 2023`, `${entry} 2023 nilainya`, `${entry.toUpperCase()} 2023`, `Nilai ${entry.toUpperCase()} tahun 2023`]) {
        if (parse(q).unmatched.length > 0) wrong.push(q);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("which words may be read as a misspelt name", () => {
  it("never a chat word, with or without a particle, nor a word of the question lexicon", () => {
    for (const w of ["pagi", "malam", "kabar", "sumber", "sumbernya", "resminya", "sekda", "ngitung", "kata", "min"]) {
      expect(mayBeMisspeltName(w), w).toBe(false);
    }
    for (const w of ["nilai", "peringkat", "kota", "terbaik", "kemenpan"]) expect(mayBeMisspeltName(w), w).toBe(false);
  });

  it("a word that is none of those: unknown words, typos of names", () => {
    for (const w of ["lebonk", "iringmulyo", "atlantis", "pekanbru"]) expect(mayBeMisspeltName(w), w).toBe(true);
    for (const w of ["ab", "2023", "тебо"]) expect(mayBeMisspeltName(w), w).toBe(false);
  });

  it("a one-word near-miss needs enough letters and never reaches a nickname", () => {
    const oneWord = { span: 1, cost: 1, keyWords: 1, nickname: false };
    expect(correctionCounts({ ...oneWord, shortestCorrected: MIN_NEAR_MISS_LETTERS - 1 })).toBe(false); // "pagi" -> Pati
    expect(correctionCounts({ ...oneWord, shortestCorrected: MIN_NEAR_MISS_LETTERS })).toBe(true); // "teboo" -> Tebo
    expect(correctionCounts({ ...oneWord, shortestCorrected: 6, nickname: true })).toBe(false); // "sumber" -> Sumbar
    // Inside a longer name a short typo is clear: "kta bogor".
    expect(correctionCounts({ span: 2, cost: 1, keyWords: 2, nickname: false, shortestCorrected: 3 })).toBe(true);
    expect(correctionCounts({ span: 1, cost: 0, keyWords: 1, nickname: true, shortestCorrected: Infinity })).toBe(true);
  });

  it("a typo in every word of a long official name still names it; two short words or a nickname do not", () => {
    const both = { span: 2, cost: 2, keyWords: 2, nickname: false };
    expect(correctionCounts({ ...both, shortestCorrected: 4, typedLetters: 10 })).toBe(true); // "lampng utra"
    expect(correctionCounts({ ...both, shortestCorrected: 4, typedLetters: 9 })).toBe(false);
    expect(correctionCounts({ ...both, shortestCorrected: 3, typedLetters: 12 })).toBe(false);
    expect(correctionCounts({ ...both, shortestCorrected: 4, typedLetters: 12, nickname: true })).toBe(false);
  });

  it("the fuzzy fallback allows one edit in a short word, two from eight letters, none into a one-word nickname", () => {
    expect(fuzzyEditsAllowed("sekda", "sekadau", false)).toBe(1); // two edits away: not Sekadau
    expect(fuzzyEditsAllowed("ngitungx", "bitung", false)).toBe(2);
    expect(fuzzyEditsAllowed("kabar", "kalbar", true)).toBe(-1);
    expect(fuzzyEditsAllowed("pati", "pati", false)).toBe(-1);
    expect(fuzzyEditsAllowed("lampng utaar", "lampung utara", false)).toBe(3);
  });
});

describe("the issue's everyday words in questions", () => {
  const codes = (text: string) => findNames(gazetteer, tokenize(text)).map((m) => m.codes);

  it("reads the names around them and nothing else", () => {
    expect(codes("pagi min, nilai lebong 2023")).toEqual([["17.07"]]);
    expect(codes("malam kak, nilai tebo 2022")).toEqual([["15.09"]]);
    expect(codes("apa kabar? nilai kota jambi 2024 dong")).toEqual([["15.71"]]);
    expect(codes("mohon sumber resminya")).toEqual([]);
    expect(codes("kata sekda")).toEqual([]);
    expect(codes("gmn cara ombudsman ngitung nilainya?")).toEqual([]);
  });

  it("no one-letter substitution of a short nickname reads as that nickname's body", () => {
    const wrong: string[] = [];
    for (const nickname of ["kalbar", "sumbar", "jabar", "balam", "pali", "mabar", "kubar"]) {
      const code = gazetteer.keys.get(nickname)!.sources[0]!.code;
      for (let i = 0; i < nickname.length; i++) {
        for (const letter of "aeioukmnrst") {
          const variant = nickname.slice(0, i) + letter + nickname.slice(i + 1);
          if (variant === nickname || gazetteer.keys.has(variant)) continue;
          if (parse(`nilai ${variant} 2023`).entities.some((e) => e.code === code)) wrong.push(variant);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
