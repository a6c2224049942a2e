/**
 * Which words may be part of a name, and how near a misspelling must be to count as one.
 *
 * Exact names are read first and always win. What this module guards is the guessing that follows: typo
 * correction and the fuzzy fallback. A greeting, an honorific or an everyday word ("pagi", "kak", "kabar",
 * "sumber", "sekda") is never guessed into a place, and a single short word that is only near a name
 * ("pagi" ~ Pati, "sumber" ~ Sumbar) cannot pass: people misspell names, but a one-word near-miss of a
 * short name is far more often another word.
 */
import { CHAT_WORDS } from "./chat-words.js";
import { COMMON_WORDS, lexiconWord } from "./lexicon.js";

const CHAT: ReadonlySet<string> = new Set([...CHAT_WORDS.values()].flat().flatMap((entry) => entry.split(" ")));

/** Suffixes chat glues to words: "resminya", "datanya", "gimanakah", "cobalah". */
const SUFFIXES = ["nya", "kah", "lah", "ny"];

/** A word of the chat lexicon, also with a particle glued on. */
export function isChatWord(word: string): boolean {
  if (CHAT.has(word)) return true;
  return SUFFIXES.some((s) => word.length > s.length + 2 && word.endsWith(s) && CHAT.has(word.slice(0, -s.length)));
}

/** Letters a word needs before it may be corrected into a name on its own ("tebbo" -> Tebo, not "pagi" -> Pati). */
export const MIN_NEAR_MISS_LETTERS = 5;
/** From this length a one-word near-miss may be two edits away ("palangkaraja"). */
const TWO_EDITS_FROM = 8;

/**
 * A word that may be read as a misspelt name, i.e. be corrected or fuzzy-searched: Latin letters only, three or
 * more, and neither a chat word nor a word of the question lexicon ("nilai", "peringkat", "kota").
 */
export function mayBeMisspeltName(word: string): boolean {
  return word.length >= 3 && /^\p{Script=Latin}+$/u.test(word) && !isChatWord(word) && !COMMON_WORDS.has(word) &&
    lexiconWord(word) === null;
}

export interface Correction {
  /** Tokens the name spans. */
  span: number;
  /** Tokens changed by correction. */
  cost: number;
  /** Length of the shortest corrected token. */
  shortestCorrected: number;
  /** Words of the key matched. */
  keyWords: number;
  /** The key is only a nickname or abbreviation ("Sumbar", "Kalbar"), no official name. */
  nickname: boolean;
  /** Letters of the words typed over the span (absent: not known, the short-word rule alone decides). */
  typedLetters?: number;
}

/** Shortest word that may be corrected when every word of a name of two or more is ("lampng utra"). */
const MIN_MULTI_WORD_LETTERS = 4;
/** Letters a name with every word corrected needs in all: two short everyday-looking words are no name. */
const MIN_ALL_CORRECTED_LETTERS = 10;

/**
 * Whether a name read through typo correction counts. Every word corrected needs words long enough to be clear;
 * a one-word nickname is never reached by correction ("kabar" is not Kalbar, Jabar or Mabar: abbreviations sit
 * one letter from each other and from everyday words).
 */
export function correctionCounts(c: Correction): boolean {
  if (c.cost === 0) return true;
  // "lampng utra": a typo in each word of a long official name still names it.
  const longName = c.span >= 2 && !c.nickname && c.shortestCorrected >= MIN_MULTI_WORD_LETTERS && (c.typedLetters ?? 0) >= MIN_ALL_CORRECTED_LETTERS;
  if (c.cost >= c.span && c.shortestCorrected < MIN_NEAR_MISS_LETTERS && !longName) return false;
  if (c.nickname && c.keyWords === 1) return false;
  return true;
}

/**
 * A one-word near-miss ("lebonk", "pekanbru") is a guess, made only where the message names no body exactly
 * (or the word is long enough to be clear): next to "Kota Kendari", "paper" is not Kabupaten Paser.
 */
export function oneWordGuessAllowed(word: string, exactNameFound: boolean): boolean {
  return !exactNameFound || word.length >= TWO_EDITS_FROM;
}

/**
 * Edits the fuzzy fallback may accept between the words typed and a key, or -1 when the key may not be reached
 * at all. Several words: a quarter of the key's letters. One word: one edit, two from TWO_EDITS_FROM letters, and
 * never a one-word nickname.
 */
export function fuzzyEditsAllowed(typed: string, key: string, nickname: boolean): number {
  if (typed.includes(" ")) return Math.max(1, Math.round(key.length * 0.25));
  if (typed.length < MIN_NEAR_MISS_LETTERS || (nickname && !key.includes(" "))) return -1;
  return typed.length >= TWO_EDITS_FROM ? 2 : 1;
}
