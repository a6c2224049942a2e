import type { Generated, Insertable, Selectable } from "kysely";
import type { Category, Statement, Zone } from "../domain/vocabulary.js";

/**
 * The tables as kysely sees them, on SQLite and PostgreSQL alike. The domain's words live in
 * src/domain/vocabulary.ts (re-exported here for the modules that still import them from here).
 */
export { CATEGORIES, STATEMENTS, ZONES, type Category, type Statement, type Zone } from "../domain/vocabulary.js";

export interface BodiesTable {
  code: string;
  name: string;
  category: Category;
  /** Today's province (Kemendagri); null for ministries and agencies. */
  province_code: string | null;
}

export interface AliasesTable {
  alias: string;
  code: string;
  /** official | short | derived | variant | alias */
  kind: string;
  verified: number;
  source_url: string | null;
}

export interface ProgrammesTable {
  id: string;
  name_id: string;
  name_en: string;
  scale_min: number;
  scale_max: number;
}

export interface ProgrammeYearsTable {
  programme_id: string;
  year: number;
  /** 0 for a year without an assessment round (Ombudsman 2020). */
  assessed: number;
  /** Results of years with a different method id are not comparable. */
  method: string;
  /** Only a sample of bodies was assessed (Ombudsman 2025). */
  sampled: number;
  scale_name_id: string;
  scale_name_en: string;
  classification_rule: string | null;
  confidence: string | null;
}

export interface ScaleBandsTable {
  programme_id: string;
  year: number;
  position: number;
  grade: string | null;
  zone: Zone | null;
  min: number;
  max: number;
  label_id: string;
  label_en: string;
  confidence: string | null;
}

export interface ImportsTable {
  id: Generated<number>;
  /** "shipped:<hash>" for the data shipped in db/data, else the file name given. */
  origin: string;
  imported_at: string;
  added: number;
  unchanged: number;
  conflicts: number;
}

export interface ResultsTable {
  id: Generated<number>;
  programme_id: string;
  year: number;
  category: Category;
  entity_code: string;
  entity_name: string;
  /** Province at the time of the assessment. */
  province_code: string | null;
  score: number | null;
  /** Decimals the score was printed with (97.60: 2); null when unknown (stored before 2026-12-01). */
  score_decimals: number | null;
  zone: Zone | null;
  opinion: string | null;
  opinion_text: string | null;
  rank_national: number | null;
  rank_province: number | null;
  statement: Statement;
  /** Empty string when the report is named only in `note`. */
  source_url: string;
  note: string;
  /** Hash of the fact and its source: a re-import of the same row adds nothing. */
  fingerprint: string;
  import_id: number;
}

export interface UnitResultsTable {
  id: Generated<number>;
  programme_id: string;
  year: number;
  entity_code: string;
  unit_kind: string;
  unit_name: string;
  score: number | null;
  /** Decimals the score was printed with; null when unknown. */
  score_decimals: number | null;
  zone: Zone | null;
  opinion: string | null;
  source_url: string;
  note: string;
  fingerprint: string;
  import_id: number;
}

export interface AggregatesTable {
  id: Generated<number>;
  programme_id: string;
  year: number;
  /** A category, "total", or null for a provincial subtotal (see province_code). */
  category: string | null;
  province_code: string | null;
  label: string;
  assessed_count: number | null;
  green: number | null;
  yellow: number | null;
  red: number | null;
  source_url: string;
  note: string;
  fingerprint: string;
  import_id: number;
}

export interface Database {
  bodies: BodiesTable;
  aliases: AliasesTable;
  programmes: ProgrammesTable;
  programme_years: ProgrammeYearsTable;
  scale_bands: ScaleBandsTable;
  imports: ImportsTable;
  results: ResultsTable;
  unit_results: UnitResultsTable;
  aggregates: AggregatesTable;
}

export type Body = Selectable<BodiesTable>;
export type ResultRow = Selectable<ResultsTable>;
export type NewResultRow = Insertable<ResultsTable>;
export type UnitResultRow = Selectable<UnitResultsTable>;
export type AggregateRow = Selectable<AggregatesTable>;
export type ScaleBand = Selectable<ScaleBandsTable>;
export type ProgrammeYear = Selectable<ProgrammeYearsTable>;

// ─── Bot state (migration 2026-11-23-02-bot) ────────────────────────────────────────────
// Merged into `Database` by interface declaration merging, so this block stays apart.

export interface BotChatSettingsTable {
  /** Telegram chat id (a user's id for private chats and inline queries). */
  chat_id: number;
  /** "id" | "en", or null when the chat has not chosen. */
  locale: string | null;
  updated_at: string;
}

export interface BotConversationsTable {
  /** The conversations plugin's storage key (the chat id). */
  key: string;
  /** JSON of the plugin's versioned state. */
  state: string;
  updated_at: string;
  /**
   * Bumped by every write (migration 2026-12-02-61-shared-bot-state): a write or delete applies
   * only over the version it read, so two instances never overwrite each other's state.
   */
  version: Generated<number>;
}

export interface Database {
  bot_chat_settings: BotChatSettingsTable;
  bot_conversations: BotConversationsTable;
}

// ─── Broadcast: subscriptions and outbox (migration 2026-11-23-03-broadcast) ─────────────
// Merged into `Database` by interface declaration merging, so this block stays apart.

export interface SubscriptionsTable {
  id: Generated<number>;
  /** Telegram chat id (up to 52 bits: bigint in the database, a safe JS number here). */
  chat_id: number;
  /** private | group | supergroup | channel */
  chat_type: string;
  /** body | province | category */
  target_kind: string;
  /** A body code, a province code, or a category. */
  target_code: string;
  /** The language at subscription time ("id" | "en"); the chat's later choice wins when sending. */
  locale: string;
  created_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  chat_id: number;
  /** Telegram HTML. */
  text: string;
  /** JSON of the reply markup, or null. */
  reply_markup: string | null;
  import_id: number | null;
  /** One message per key, ever: enqueuing the same key twice is a no-op. */
  dedupe_key: string;
  /** queued | sent | failed | blocked */
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  /** The sender that claimed the row for sending (migration 2026-12-01-05-outbox-claims), or null. */
  claimed_by: string | null;
  /** ISO time the claim ends: past it, another sender may claim the row. */
  claimed_until: string | null;
}

export interface Database {
  subscriptions: SubscriptionsTable;
  outbox: OutboxTable;
}

// ─── Sender lease (migration 2026-12-01-05-outbox-claims) ───────────────────────────────

/** Names the one sender that paces the outbox while its lease lasts. */
export interface SenderLeaseTable {
  /** "outbox": one row. */
  name: string;
  holder: string;
  /** ISO time the lease ends unless renewed. */
  lease_until: string;
}

export interface Database {
  sender_lease: SenderLeaseTable;
}

// ─── Import drafts (migration 2026-12-01-00-import-drafts) ───────────────────────────────

export interface ImportDraftsTable {
  id: Generated<number>;
  /** "csv" (an admin's upload); later "extract" (candidates from a news report). */
  kind: string;
  /** The admin who sent it (Telegram user id). */
  admin_id: number;
  chat_id: number;
  file_name: string;
  /** What to import: the CSV's text, or a JSON document for other kinds. */
  payload: string;
  /** pending | imported | cancelled | superseded */
  status: string;
  created_at: string;
  decided_at: string | null;
  /** The import it became, once imported. */
  import_id: number | null;
}

export interface Database {
  import_drafts: ImportDraftsTable;
}

// ─── Data version (migration 2026-12-01-01-data-version) ────────────────────────────────

export interface DataVersionTable {
  /** Always 1. */
  id: number;
  version: number;
  updated_at: string;
}

export interface Database {
  data_version: DataVersionTable;
}

// ─── Flood limit (migration 2026-12-02-61-shared-bot-state) ─────────────────────────────

/** One user's updates in the current window, shared by every instance on the database. */
export interface FloodCountersTable {
  /** The rate limiter's key (a prefix and the user id). */
  key: string;
  hits: number;
  /** ISO time the window ends; a hit after it starts a new window. */
  window_ends: string;
}

export interface Database {
  flood_counters: FloodCountersTable;
}
