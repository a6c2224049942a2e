import type { Asked, Rapor } from "../app/rapor.js";
import { encodeAction, type Action } from "../present/actions.js";
import type { Rendered } from "../present/common.js";
import type { Locale } from "../present/i18n.js";
import type { Core } from "./context.js";
import { BoundedMap } from "./state.js";

/** The year in Indonesia's western time (UTC+7), as the parser reads "tahun lalu" / "last year". */
const wibYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/**
 * Remembers answers: the data changes only on an import, and the same questions come back
 * (people ask about their own region; a card's buttons are pressed by many). Keyed by the exact
 * text and language; emptied when the core loads a new catalog or the year turns. Entries are
 * shared: callers must not mutate them.
 */
export class AnswerCache implements Core {
  private readonly asked: BoundedMap<string, Asked>;
  private readonly acted: BoundedMap<string, Rendered | null>;
  private seen: unknown;
  private year = wibYear();

  constructor(
    private readonly rapor: Rapor,
    max = 5_000,
  ) {
    this.asked = new BoundedMap(max);
    this.acted = new BoundedMap(max);
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

  ask(text: string, locale: Locale): Asked {
    this.fresh();
    const key = `${locale}\n${text}`;
    let hit = this.asked.get(key);
    if (!hit) {
      hit = this.rapor.ask(text, locale);
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
