import fs from "node:fs";
import { z } from "zod";
import { normalizeName } from "./normalize.js";

/**
 * The chat-word lexicon (chat-words.txt, data): words of greetings, honorifics, fillers, question words and
 * everyday verbs and nouns that are never part of a name. Read once, at first import.
 */
const SECTIONS = [
  "greetings", "honorifics", "fillers", "question-words", "pronouns", "function-words", "verbs", "nouns", "adjectives",
  "time", "english",
] as const;
export type ChatSection = (typeof SECTIONS)[number];

const sectionName = z.enum(SECTIONS);

/** Entries of each section, normalized like questions ("gmn" -> "bagaimana"); phrases keep their spaces. */
export function parseChatWords(text: string): Map<ChatSection, string[]> {
  const sections = new Map<ChatSection, string[]>();
  let current: string[] | null = null;
  text.split("\n").forEach((line, i) => {
    const entry = line.replace(/#.*/, "").trim();
    if (!entry) return;
    const header = /^\[(.+)\]$/.exec(entry);
    if (header) {
      const name = sectionName.safeParse(header[1]);
      if (!name.success) throw new Error(`chat-words.txt line ${i + 1}: unknown section [${header[1]}]`);
      sections.set(name.data, (current = sections.get(name.data) ?? []));
      return;
    }
    if (!current) throw new Error(`chat-words.txt line ${i + 1}: an entry before any [section]`);
    const key = normalizeName(entry);
    if (key) current.push(key);
  });
  return sections;
}

export const CHAT_WORDS: ReadonlyMap<ChatSection, readonly string[]> = parseChatWords(
  fs.readFileSync(new URL("./chat-words.txt", import.meta.url), "utf8"),
);
