import type { ConversationData, VersionedState } from "@grammyjs/conversations";
import type { Logger } from "pino";
import { LOCALES, type Locale } from "../present/i18n.js";
import { readChatLocale, writeChatLocale } from "../store/chat-settings.js";
import { deleteConversationState, readConversationState, writeConversationState } from "../store/conversations.js";
import type { Db } from "../store/connection.js";

/**
 * The bot's per-chat state lives in the database. With one process per database (SQLite) these
 * caches keep it in memory with write-through, so an ordinary update costs no database read;
 * with several instances (PostgreSQL) they are off (`cache: false`) and every read goes to the
 * database, since another instance may have written since.
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

/** What the storage needs of an update's context: its chat (the key) and a logger. */
export interface StateContext {
  readonly chatId: number | undefined;
  readonly log: Pick<Logger, "info">;
}

/** A chat's stored state as last read: its JSON (not the parsed object: the plugin mutates what it reads) and its version. */
type Stored = { json: string; version: number } | "none";

/**
 * A storage adapter for @grammyjs/conversations on the database, keyed by the chat.
 *
 * Writes are checked against the version read for the same update: the plugin reads a chat's
 * state when an update arrives and writes it back when the update is done, and with several
 * instances two updates of one chat (a double tap, Telegram's parallel webhook deliveries) can
 * run at once on two of them. The first write wins; the other is dropped, not retried nor merged:
 * the state is the plugin's replay log of the conversation, which cannot be merged, and
 * re-running the update over the new state would send its replies again. So the conversation
 * goes on as if the losing update had never reached it (its replies were sent; nothing is mixed).
 *
 * With `cache` (one process per database: SQLite), the state and the absence of state, the usual
 * case, are kept in memory with write-through, so an ordinary update reads nothing. Without it
 * (several instances: PostgreSQL) every update reads its chat's row, so no instance acts on a
 * state another one has since changed.
 */
export class ConversationStore {
  private readonly cache: BoundedMap<string, Stored> | null;
  /** The version each update read (null: no row), which its write must find. */
  private readonly versions = new WeakMap<StateContext, number | null>();

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
            sizeOf: (stored) => (stored === "none" ? 0 : stringBytes(stored.json)),
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

  read(ctx: StateContext): State | undefined | Promise<State | undefined> {
    if (ctx.chatId === undefined) return undefined;
    const key = String(ctx.chatId);
    const hit = this.cache?.get(key);
    if (hit !== undefined) return this.seen(ctx, hit);
    return this.load(ctx, key);
  }

  private async load(ctx: StateContext, key: string): Promise<State | undefined> {
    const row = await readConversationState(this.db, key);
    const stored: Stored = row ? { json: row.state, version: row.version } : "none";
    this.cache?.set(key, stored);
    return this.seen(ctx, stored);
  }

  private seen(ctx: StateContext, stored: Stored): State | undefined {
    this.versions.set(ctx, stored === "none" ? null : stored.version);
    return stored === "none" ? undefined : (JSON.parse(stored.json) as State);
  }

  async write(ctx: StateContext, state: State): Promise<void> {
    if (ctx.chatId === undefined) return;
    const key = String(ctx.chatId);
    const json = JSON.stringify(state);
    const version = await writeConversationState(this.db, key, json, this.versions.get(ctx) ?? null);
    if (version === null) return this.lost(ctx, key);
    this.versions.set(ctx, version);
    this.cache?.set(key, { json, version });
  }

  async delete(ctx: StateContext): Promise<void> {
    const expected = this.versions.get(ctx);
    if (ctx.chatId === undefined || expected === undefined || expected === null) return;
    const key = String(ctx.chatId);
    if (!(await deleteConversationState(this.db, key, expected))) return this.lost(ctx, key);
    this.versions.set(ctx, null);
    this.cache?.set(key, "none");
  }

  /** Another update of the chat wrote first (on another instance): its state stands, ours is dropped. */
  private lost(ctx: StateContext, key: string): void {
    this.cache?.delete(key);
    ctx.log.info({ chatId: ctx.chatId }, "conversation state changed meanwhile by another update: this update's change is dropped");
  }
}
