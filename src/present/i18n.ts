import fs from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { projectRoot } from "../config/config.js";
import type { Query } from "../understand/query.js";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const localesDir = path.join(projectRoot, "locales");

/** What a chat says about its language: its own choice (/bahasa), if any, and the language it gets otherwise. */
export interface ChatLanguage {
  /** The chat's explicit choice, saved in the database; null when it made none. */
  chosen: Locale | null;
  /** Without a choice: Telegram's language_code (id/en), else DEFAULT_LOCALE. */
  fallback: Locale;
}

/**
 * The language a reply to a question is written in: the chat's explicit choice; else the question's
 * own when its words show it ("score of Kota Metro 2023" is English); else the chat's fallback.
 */
export function replyLocale(query: Pick<Query, "language" | "languageFromWords">, chat: ChatLanguage): Locale {
  return chat.chosen ?? (query.languageFromWords ? query.language : chat.fallback);
}

export type TranslateArgs = Record<string, FluentVariable>;
export type Translate = (key: string, args?: TranslateArgs) => string;

/** The Fluent text of a locale: locales/<id>.ftl, then locales/<id>/*.ftl in name order. */
function readLocale(dir: string, locale: Locale): string {
  const files = [path.join(dir, `${locale}.ftl`)];
  const sub = path.join(dir, locale);
  if (fs.existsSync(sub)) for (const f of fs.readdirSync(sub).sort()) if (f.endsWith(".ftl")) files.push(path.join(sub, f));
  return files
    .filter((f) => fs.existsSync(f))
    .map((f) => fs.readFileSync(f, "utf8"))
    .join("\n");
}

/**
 * The one loader of locales/: Fluent bundles for the sentences users see outside grammY (the CLI,
 * the renderer, announcements), and the same text for the bot's i18n plugin (`sources`), so the
 * directory is read and checked once per process.
 */
export class Translator {
  private readonly bundles = new Map<Locale, FluentBundle>();
  /** Each locale's Fluent text, as loaded. */
  readonly sources: ReadonlyMap<Locale, string>;

  constructor(dir = localesDir) {
    const sources = new Map<Locale, string>();
    for (const locale of LOCALES) {
      const source = readLocale(dir, locale);
      const bundle = new FluentBundle(locale, { useIsolating: false });
      const errors = bundle.addResource(new FluentResource(source));
      if (errors.length) throw new Error(`locales/${locale}: ${errors[0]?.message}`);
      this.bundles.set(locale, bundle);
      sources.set(locale, source);
    }
    this.sources = sources;
  }

  has(locale: Locale, key: string): boolean {
    return this.bundles.get(locale)?.hasMessage(key) ?? false;
  }

  t(locale: Locale, key: string, args?: TranslateArgs): string {
    const bundle = this.bundles.get(locale)!;
    const message = bundle.getMessage(key);
    if (!message?.value) throw new Error(`missing translation ${locale}:${key}`);
    return bundle.formatPattern(message.value, args);
  }

  forLocale(locale: Locale): Translate {
    return (key, args) => this.t(locale, key, args);
  }
}
