import { answerQuery, type Reply } from "../answer/answer-query.js";
import type { Catalog } from "../answer/catalog.js";
import { compareBodies } from "../answer/compare.js";
import { listBodies } from "../answer/top.js";
import { scoreOf } from "../answer/score.js";
import { trendOf } from "../answer/trend.js";
import { programmeResults } from "../answer/programme.js";
import { unitsAcross, unitsOf } from "../answer/units.js";
import type { Action } from "../present/actions.js";
import type { Rendered } from "../present/common.js";
import { replyLocale, Translator, type ChatLanguage, type Locale } from "../present/i18n.js";
import { renderReply } from "../present/render.js";
import type { Db } from "../store/connection.js";
import { readDataVersion } from "../store/data-version.js";
import type { Query } from "../understand/query.js";
import { loadCatalog } from "./load.js";

export type Understand = (text: string) => Query;

export interface Asked {
  query: Query;
  reply: Reply;
  rendered: Rendered;
  locale: Locale;
}

/** The last reload of the read model: when it started and ended (performance.now() times) and the version it brought. */
export interface Reload {
  version: number;
  startedAt: number;
  endedAt: number;
}

/**
 * The core behind every front end (Telegram, the terminal chat, inline mode, `npm run ask`):
 * text -> query -> answer -> rendered message. Knows nothing of grammY.
 */
export class Rapor {
  private current: Catalog;
  /** The check (and reload) in flight, and the one queued behind it for the callers that came meanwhile. */
  private checking: Promise<boolean> | null = null;
  private queued: Promise<boolean> | null = null;
  private reloaded: Reload | null = null;

  constructor(
    private readonly db: Db,
    catalog: Catalog,
    private readonly understand: Understand,
    readonly translator: Translator = new Translator(),
  ) {
    this.current = catalog;
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** The data version the answers come from. */
  get dataVersion(): number {
    return this.current.version;
  }

  /** The last reload, for logs and the import-stall bench; null before the first. */
  get lastReload(): Reload | null {
    return this.reloaded;
  }

  /**
   * Reloads the read model when an import (from this process, another process or another
   * instance) changed the store; true when it did. One primary-key read of the data version when
   * nothing changed. Called after an import of this process commits, by the sender before it
   * delivers an import's announcements, and by `keepFresh` (a timer; PostgreSQL notifications),
   * never per update. The new catalog is built aside (in slices: the old one keeps answering)
   * and swapped in at once. A caller that comes while a check is in flight waits for it and then
   * for one more check, shared by every such caller: the one in flight may have read the version
   * before the caller's import committed. So when this resolves, the catalog is at least as new
   * as the store was when it was called.
   */
  refreshIfStale(): Promise<boolean> {
    if (!this.checking) {
      this.checking = this.reloadIfChanged().finally(() => (this.checking = null));
      return this.checking;
    }
    this.queued ??= this.checking
      .catch(() => false)
      .then(() => {
        this.queued = null;
        return this.refreshIfStale();
      });
    return this.queued;
  }

  /** Resolves once the catalog includes these imports: at once when it does, else after a reload. */
  async includeImports(importIds: readonly number[]): Promise<boolean> {
    if (importIds.every((id) => this.current.imports.has(id))) return false;
    return this.refreshIfStale();
  }

  private async reloadIfChanged(): Promise<boolean> {
    const version = await readDataVersion(this.db);
    if (version === this.current.version) return false;
    const startedAt = performance.now();
    const catalog = await loadCatalog(this.db);
    this.current = catalog;
    this.reloaded = { version: catalog.version, startedAt, endedAt: performance.now() };
    return true;
  }

  parse(text: string): Query {
    return this.understand(text);
  }

  /**
   * Answers a question: in `language` when it is a locale; for a chat's language, in the one `replyLocale`
   * picks (its choice, else the question's words, else its fallback); without one, in the question's language.
   */
  ask(text: string, language?: Locale | ChatLanguage): Asked {
    const query = this.understand(text);
    const reply = answerQuery(this.current, query);
    const chosen = language === undefined ? query.language : typeof language === "string" ? language : replyLocale(query, language);
    return { query, reply, rendered: this.render(reply, chosen), locale: chosen };
  }

  render(reply: Reply, locale: Locale, page = 0): Rendered {
    return renderReply({ locale, t: this.translator.forLocale(locale), catalog: this.current }, reply, page);
  }

  /** The answer a button stands for; null for actions that are not answers (compare, follow). */
  replyFor(action: Action): Reply | null {
    const c = this.current;
    switch (action.a) {
      case "card":
        return scoreOf(c, action.code, action.year ?? null);
      case "trend":
      case "ftrend":
        return trendOf(c, action.code);
      case "units":
        return unitsOf(c, action.code, action.year ?? null);
      case "ukind":
        return unitsAcross(c, action.kind, action.dir, { year: action.year, provinceCode: null, programme: null });
      case "prog":
        if (!c.programmes.has(action.programme) || !c.bodies.has(action.code)) return null;
        return programmeResults(c, { programme: action.programme, code: action.code, unitKind: null, unitName: null, year: null });
      case "top":
        return listBodies(c, action.dir, { year: action.year, provinceCode: action.province ?? null, category: action.category ?? null, zone: null, grade: null }, null);
      case "ftop": {
        const filters = { year: action.year, provinceCode: action.province ?? null, category: action.category ?? null, zone: action.zone ?? null, grade: action.grade ?? null };
        return listBodies(c, action.dir, filters, action.n ?? null);
      }
      case "fcmp":
        return compareBodies(c, action.codes, action.year ?? null);
      default:
        return null;
    }
  }

  /** The reply a button asks for; null for actions the chat layer handles itself (compare, follow, files). */
  act(action: Action, locale: Locale): Rendered | null {
    if (!["card", "trend", "units", "ukind", "prog", "top"].includes(action.a)) return null;
    const reply = this.replyFor(action);
    return reply ? this.render(reply, locale, action.a === "top" ? action.page : 0) : null;
  }
}
