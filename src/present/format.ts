import type { Locale } from "./i18n.js";

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * 94.39 -> "94,39" in Indonesian, "94.39" in English. With `decimals` (as the source printed
 * it) exactly that many: 97.6 printed "97.60" stays "97,60"; without, up to two.
 */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  const key = `${locale}|${decimals ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    formatter = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-US", { ...digits, useGrouping: false });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
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

/** A news report named in a note: "news report, indopers.net, 9 Feb 2022". */
const NOTE_REPORT = /^(advertorial\s+)?news report,\s*(.+?)(?:,\s*(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}))?\s*$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * The report a note names, in the reply's language ("berita indopers.net, 9 Feb 2022"): the
 * note's part that names a news report, else its first part.
 */
// Made once: building an Intl formatter costs more than a whole answer (it was most of a card's time).
const NOTE_DATE: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

function noteLabel(note: string, locale: Locale): string {
  const parts = note.split(/[;(]/).map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const m = NOTE_REPORT.exec(part);
    if (!m) continue;
    const [, advertorial, outlet, day, month, year] = m;
    const monthIndex = month ? MONTHS.indexOf(month.toLowerCase()) : -1;
    const date = day && year && monthIndex >= 0 ? NOTE_DATE[locale].format(Date.UTC(Number(year), monthIndex, Number(day))).replace(/\./g, "") : null;
    // "advertorial news report, Metro" names a place, not an outlet.
    const kind = locale === "id" ? (advertorial ? "berita advertorial," : "berita") : advertorial ? "advertorial news report," : "news report by";
    return `${kind} ${outlet}${date ? ` (${date})` : ""}`;
  }
  return parts[0] ?? note;
}

/** A source's short name: its domain, or the report named in the note (in the reply's language). */
export function sourceLabel(url: string | null, note: string, locale: Locale = "id"): string {
  if (url) {
    try {
      return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
    } catch {
      return url;
    }
  }
  return noteLabel(note, locale);
}

/**
 * One key per report: the same page linked over http and https, with or without "www.", "/amp"
 * or tracking parameters is one source.
 */
export function sourceKey(url: string | null, note: string): string {
  if (!url) return `note:${noteLabel(note, "en")}`;
  try {
    const u = new URL(url);
    for (const p of [...u.searchParams.keys()]) if (/^(utm_|pgrelated$|amp$)/.test(p)) u.searchParams.delete(p);
    const host = u.hostname.replace(/^(www|m|amp)\./, "");
    const path = u.pathname.replace(/\/amp\/?$|^\/amp(?=\/)/, "").replace(/\/+$/, "");
    return `${host}${path}${u.search}`;
  } catch {
    return url;
  }
}

/** Words of a page's address that tell it from another page of the same site: its slug. */
function pageHint(url: string): string {
  try {
    const segments = new URL(url).pathname
      .split("/")
      .map((s) => decodeURIComponent(s).replace(/\.(html?|php|aspx?)$/i, ""))
      .filter((s) => s && !/^\d+$/.test(s) && s !== "amp");
    const slug = segments.sort((a, b) => b.length - a.length)[0] ?? "";
    const words = slug.replace(/^pwkmedia-+/i, "").split(/[-_+]+/).filter(Boolean);
    return words.length > 4 ? `${words.slice(0, 4).join(" ")}…` : words.join(" ");
  } catch {
    return "";
  }
}

/**
 * Labels for distinct sources, told apart: two pages of one site get their slug
 * ("ombudsman.go.id (layanan publik pemda diy…)"), and a number when even that is the same.
 */
export function sourceLabels(sources: { url: string | null; note: string }[], locale: Locale): string[] {
  const base = sources.map((s) => sourceLabel(s.url, s.note, locale));
  const labels = base.map((label, i) => {
    const url = sources[i]!.url;
    if (!url || base.filter((b) => b === label).length < 2) return label;
    const hint = pageHint(url);
    return hint ? `${label} (${hint})` : label;
  });
  // Still the same: the page's number in its address (news sites number their articles), else a count.
  return labels.map((label, i) => {
    if (labels.filter((l) => l === label).length < 2) return label;
    const id = sources[i]!.url?.match(/\/(\d{3,})(?=[/?#-]|$)/)?.[1];
    return id ? `${base[i]} (${id})` : `${label} ${labels.slice(0, i + 1).filter((l) => l === label).length}`;
  });
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
