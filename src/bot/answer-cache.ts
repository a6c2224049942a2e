import type { Asked, Rapor } from "../app/rapor.js";
import { encodeAction, type Action } from "../present/actions.js";
import type { Rendered } from "../present/common.js";
import type { ChatLanguage, Locale } from "../present/i18n.js";
import type { Core } from "./context.js";
import { BoundedMap, stringBytes } from "./state.js";

/**
 * Estimated memory of a rendered reply: its texts (built from many pieces, they take about three
 * times their characters' bytes until flattened), its buttons and the answer objects behind it.
 * Measured: a 500-body list held about 14 KB against 4.5 KB of text.
 */
const renderedBytes = (rendered: Rendered | null) =>
  rendered ? 3 * stringBytes(rendered.html) + 3 * stringBytes(rendered.plain) + 150 * rendered.buttons.reduce((n, row) => n + row.length, 0) : 0;
const askedBytes = (asked: Asked) => 2_048 + renderedBytes(asked.rendered);

/** Default budgets: 5,000 questions and 5,000 button replies, at most 24 MB and 8 MB of them. */
export const ANSWER_CACHE_ENTRIES = 5_000;
const ASKED_BYTES = 24 * 1024 * 1024;
const ACTED_BYTES = 8 * 1024 * 1024;

/** The year in Indonesia's western time (UTC+7), as the parser reads "tahun lalu" / "last year". */
const wibYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/**
 * Remembers answers: the data changes only on an import, and the same questions come back
 * (people ask about their own region; a card's buttons are pressed by many). Keyed by the exact
 * text and what decides its language; emptied when the core loads a new catalog or the year turns;
 * bounded in entries and estimated bytes, least recently used out first. Entries are shared:
 * callers must not mutate them.
 */
export class AnswerCache implements Core {
  private readonly asked: BoundedMap<string, Asked>;
  private readonly acted: BoundedMap<string, Rendered | null>;
  private seen: unknown;
  private year = wibYear();

  constructor(
    private readonly rapor: Rapor,
    max = ANSWER_CACHE_ENTRIES,
    maxBytes: { asked: number; acted: number } = { asked: ASKED_BYTES, acted: ACTED_BYTES },
  ) {
    this.asked = new BoundedMap({ maxEntries: max, maxBytes: maxBytes.asked, sizeOf: askedBytes });
    this.acted = new BoundedMap({ maxEntries: max, maxBytes: maxBytes.acted, sizeOf: renderedBytes });
    this.seen = rapor.catalog;
  }

  private fresh(): void {
    const year = wibYear();
    if (this.seen === this.rapor.catalog && this.year === year) return;
    this.seen = this.rapor.catalog;
    this.year = year;
    this.asked.clear();
    this.acted.clear();
  }

  /** Entries and estimated bytes held, for the bench. */
  get held(): { entries: number; bytes: number } {
    return { entries: this.asked.size + this.acted.size, bytes: this.asked.bytes + this.acted.bytes };
  }

  get catalog() {
    return this.rapor.catalog;
  }

  get translator() {
    return this.rapor.translator;
  }

  parse(text: string) {
    return this.rapor.parse(text);
  }

  render(...args: Parameters<Rapor["render"]>): Rendered {
    return this.rapor.render(...args);
  }

  /**
   * Keyed by what decides the reply's language: a locale given, or the chat's choice (which then decides
   * alone), else its fallback (which decides only when the question's words show no language).
   */
  ask(text: string, language: Locale | ChatLanguage): Asked {
    this.fresh();
    const key = `${typeof language === "string" ? language : (language.chosen ?? `*${language.fallback}`)}\n${text}`;
    let hit = this.asked.get(key);
    if (!hit) {
      hit = this.rapor.ask(text, language);
      this.asked.set(key, hit);
    }
    return hit;
  }

  act(action: Action, locale: Locale): Rendered | null {
    this.fresh();
    const key = `${locale}\n${encodeAction(action)}`;
    let hit = this.acted.get(key);
    if (hit === undefined) {
      hit = this.rapor.act(action, locale);
      this.acted.set(key, hit);
    }
    return hit;
  }
}
