import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import { LOCALES, type Locale } from "../present/i18n.js";
import { readChatLocale, writeChatLocale } from "../store/chat-settings.js";
import { deleteConversationState, readConversationState, writeConversationState } from "../store/conversations.js";
import type { Db } from "../store/connection.js";

/**
 * The bot's per-chat state lives in the database; these caches keep it in memory with
 * write-through so an ordinary update costs no database read (one long-poller per token, so
 * this process is the only writer). With several webhook instances, pass `cache: false`.
 */

export interface Bounds<V> {
  /** Entries kept at most. */
  maxEntries: number;
  /** Estimated bytes kept at most (entries are dropped, least recently used first, to stay under). */
  maxBytes?: number;
  /** The estimated size of one entry's value, in bytes (default: a small fixed size). */
  sizeOf?: (value: V) => number;
}

/** What a Map entry costs besides its value: the key, the entry, the hash table's share. */
const ENTRY_BYTES = 80;

/** A JS string's size in memory: two bytes a character at most. */
export const stringBytes = (text: string) => 2 * text.length;

/**
 * A Map bounded in entries and in (estimated) bytes, least recently used out first, so the chats
 * and questions in use stay while one-off visitors go. A read moves an entry to the back only
 * once it is in the older half (what will be dropped next): reading a recent entry is then one
 * lookup, which keeps the hot path as cheap as a plain Map.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, { value: V; bytes: number; seq: number }>();
  /** Counts writes and moves: an entry's distance from the back is about `seq - entry.seq`. */
  private seq = 0;
  private totalBytes = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly sizeOf: (value: V) => number;

  constructor(bounds: number | Bounds<V>) {
    const b = typeof bounds === "number" ? { maxEntries: bounds } : bounds;
    this.maxEntries = b.maxEntries;
    this.maxBytes = b.maxBytes ?? Number.POSITIVE_INFINITY;
    this.sizeOf = b.sizeOf ?? (() => 0);
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    if (this.seq - entry.seq >= this.map.size / 2) {
      this.map.delete(key);
      entry.seq = ++this.seq;
      this.map.set(key, entry);
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    this.delete(key);
    const bytes = ENTRY_BYTES + this.sizeOf(value);
    // One value larger than the whole budget is not kept at all.
    if (bytes > this.maxBytes) return;
    this.map.set(key, { value, bytes, seq: ++this.seq });
    this.totalBytes += bytes;
    while (this.map.size > this.maxEntries || this.totalBytes > this.maxBytes) this.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    const entry = this.map.get(key);
    if (entry === undefined) return;
    this.map.delete(key);
    this.totalBytes -= entry.bytes;
  }

  clear(): void {
    this.map.clear();
    this.totalBytes = 0;
  }

  get size(): number {
    return this.map.size;
  }

  /** The estimated bytes held. */
  get bytes(): number {
    return this.totalBytes;
  }
}

/** Default bounds of the per-chat caches: about 4 MB for languages, 16 MB for conversation states. */
export const CHAT_CACHE_ENTRIES = 50_000;
export const CONVERSATION_CACHE_BYTES = 16 * 1024 * 1024;

const isLocale = (value: string | null): value is Locale => value !== null && (LOCALES as readonly string[]).includes(value);

/** Each chat's explicit language choice. `null` in the cache means "looked up: none". */
export class ChatLocales {
  private readonly cache: BoundedMap<number, Locale | "none"> | null;

  constructor(
    private readonly db: Db,
    options: { cache?: boolean; max?: number } = {},
  ) {
    // A number and a short string per chat: the entry count bounds the bytes.
    this.cache = options.cache === false ? null : new BoundedMap(options.max ?? CHAT_CACHE_ENTRIES);
  }

  /** The cached choice without touching the database; undefined when not cached. */
  peek(chatId: number): Locale | null | undefined {
    const hit = this.cache?.get(chatId);
    return hit === undefined ? undefined : hit === "none" ? null : hit;
  }

  async get(chatId: number): Promise<Locale | null> {
    const hit = this.peek(chatId);
    if (hit !== undefined) return hit;
    const stored = await readChatLocale(this.db, chatId);
    const locale = isLocale(stored) ? stored : null;
    this.cache?.set(chatId, locale ?? "none");
    return locale;
  }

  async set(chatId: number, locale: Locale): Promise<void> {
    await writeChatLocale(this.db, chatId, locale);
    this.cache?.set(chatId, locale);
  }
}

type State = VersionedState<ConversationData>;

/**
 * A storage adapter for @grammyjs/conversations on the database. Caches the JSON text (not the
 * parsed object: the plugin mutates what it reads) and the absence of state, which is the usual case.
 */
export class ConversationStore {
  private readonly cache: BoundedMap<string, string | "none"> | null;

  constructor(
    private readonly db: Db,
    options: { cache?: boolean; max?: number; maxBytes?: number } = {},
  ) {
    // States are JSON of any size (a long conversation's history): bounded in bytes too.
    this.cache =
      options.cache === false
        ? null
        : new BoundedMap({
            maxEntries: options.max ?? CHAT_CACHE_ENTRIES,
            maxBytes: options.maxBytes ?? CONVERSATION_CACHE_BYTES,
            sizeOf: (state) => stringBytes(state),
          });
  }

  /** The estimated bytes of cached states. */
  get cachedBytes(): number {
    return this.cache?.bytes ?? 0;
  }

  /** Known (from the cache) to hold no conversation; a chat-less update (inline) cannot hold one. */
  isIdle(chatId: number | undefined): boolean {
    return chatId === undefined || this.cache?.get(String(chatId)) === "none";
  }

  read(key: string): State | undefined | Promise<State | undefined> {
    const hit = this.cache?.get(key);
    if (hit === "none") return undefined;
    if (hit !== undefined) return JSON.parse(hit) as State;
    return this.load(key);
  }

  private async load(key: string): Promise<State | undefined> {
    const stored = await readConversationState(this.db, key);
    this.cache?.set(key, stored ?? "none");
    return stored === null ? undefined : (JSON.parse(stored) as State);
  }

  async write(key: string, state: State): Promise<void> {
    const json = JSON.stringify(state);
    await writeConversationState(this.db, key, json);
    this.cache?.set(key, json);
  }

  async delete(key: string): Promise<void> {
    await deleteConversationState(this.db, key);
    this.cache?.set(key, "none");
  }
}
