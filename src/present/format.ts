import type { Locale } from "./i18n.js";

const formatters = new Map<Locale, Intl.NumberFormat>([
  ["id", new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2, useGrouping: false })],
  ["en", new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, useGrouping: false })],
]);

/** 94.39 -> "94,39" in Indonesian, "94.39" in English. */
export function formatNumber(value: number, locale: Locale): string {
  return formatters.get(locale)!.format(value);
}

export function formatDelta(value: number, locale: Locale): string {
  return `${value > 0 ? "+" : value < 0 ? "−" : "±"}${formatNumber(Math.abs(value), locale)}`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The same text without markup, for the terminal and the ask command. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** A source's short name: its domain, or the report named in the note. */
export function sourceLabel(url: string | null, note: string): string {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
    } catch {
      return url;
    }
  }
  return note.split(/[;(]/)[0]!.trim() || note;
}

/** Consecutive years as ranges: [2015,2016,2017,2019] -> "2015–2017, 2019". */
export function formatYears(years: number[]): string {
  const parts: string[] = [];
  let start = years[0];
  for (let i = 1; i <= years.length; i++) {
    const previous = years[i - 1]!;
    if (years[i] !== previous + 1) {
      parts.push(start === previous ? String(previous) : `${start}–${previous}`);
      start = years[i];
    }
  }
  return parts.join(", ");
}
