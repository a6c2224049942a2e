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

/**
 * A Map bounded at `max` entries that forgets the oldest written first. Reads do not reorder
 * (a read is then one Map lookup): a busy entry may be dropped and simply read again.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as K);
  }

  delete(key: K): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  get size(): number {
    return this.map.size;
  }
}

const isLocale = (value: string | null): value is Locale => value !== null && (LOCALES as readonly string[]).includes(value);

/** Each chat's explicit language choice. `null` in the cache means "looked up: none". */
export class ChatLocales {
  private readonly cache: BoundedMap<number, Locale | "none"> | null;

  constructor(
    private readonly db: Db,
    options: { cache?: boolean; max?: number } = {},
  ) {
    this.cache = options.cache === false ? null : new BoundedMap(options.max ?? 50_000);
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
    options: { cache?: boolean; max?: number } = {},
  ) {
    this.cache = options.cache === false ? null : new BoundedMap(options.max ?? 50_000);
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
