/**
 * What a report says about itself: its date, the region of its dateline, the body it is about, its
 * assessment year and its programme.
 */
import type { BodyMention } from "./mentions.js";
import { writtenDates, type Sentence, type Span } from "./text.js";
import type { YearMention } from "./facts.js";

/** The headline a report is named by (in its rows' note): its first line, cut. */
export function reportTitle(text: string): string {
  const first = text.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  return first.length > 120 ? `${first.slice(0, 117)}...` : first;
}

export interface ReportDate {
  year: number;
  month: number;
}

/** The publication date given, else the first full date written in the article (the ceremony's, usually). */
export function reportDate(published: string | null | undefined, text: string, paragraphs: readonly Span[]): ReportDate | null {
  const given = published ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  if (given) return { year: Number(given[1]), month: Number(given[2]) };
  for (const p of paragraphs) {
    const dated = writtenDates(text.slice(p.start, p.end)).find((d) => d.year !== null && d.year >= 2010 && d.year <= 2035);
    if (dated) return { year: dated.year!, month: dated.month };
  }
  return null;
}

/** "LEBONG, BE –", "METRO (Lampungpro.co):", "Bandar Lampung (ANTARA) -", "indopers.net, Lampung Utara, –". */
const DATELINE = /^(?:[A-Z]+\s*\|\s*)?([^–—:\n]{2,45}?)\s*(?:\([^)]{1,30}\))?\s*,?\s*(?:[–—-]{1,2}|:)(?:\s|$)/u;

/** The dateline's span in a paragraph, when it opens with one. */
export function datelineSpan(text: string, paragraph: Span): Span | null {
  const m = DATELINE.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80)));
  if (!m) return null;
  // A dateline is a place and maybe the outlet: a few words, no sentence.
  if (m[0].split(/\s+/).length > 7) return null;
  return { start: paragraph.start, end: paragraph.start + m[0].length };
}

/**
 * The assessment year a report speaks of when a figure names none: the latest year it states in a sentence about
 * results, not after what could have been published by its date; else from its date (results come out in
 * November-December and are handed over early the next year, so a report before November speaks of the year before).
 */
export function reportYear(
  date: ReportDate | null,
  years: readonly { mention: YearMention; aboutResults: boolean }[],
): { year: number; stated: boolean } | null {
  const latest = date ? (date.month >= 11 ? date.year : date.year - 1) : null;
  const stated = years
    .filter((y) => y.aboutResults && !y.mention.future && y.mention.year !== null)
    .map((y) => y.mention.year!)
    .filter((y) => y >= 2015 && (latest === null || y <= latest));
  if (stated.length) return { year: Math.max(...stated), stated: true };
  if (latest !== null) return { year: latest, stated: false };
  return null;
}

const IPP = /role\s+model|kemen\s*pan|pan[\s-]*rb|menpan|pendayagunaan\s+aparatur|PEKPPP|indeks\s+pelayanan\s+publik/i;
export const mentionsIpp = (text: string) => IPP.test(text);

/** The one body a report is about: its dateline's region, else the only body its sentences name as subject. */
export function focusBody(dateline: string | null, sentences: readonly { sentence: Sentence; mentions: readonly BodyMention[] }[]): string | null {
  if (dateline) return dateline;
  const counts = new Map<string, number>();
  for (const { mentions } of sentences) {
    for (const m of mentions) if (m.role === "subject" && m.codes.length === 1) counts.set(m.codes[0]!, (counts.get(m.codes[0]!) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top) return null;
  if (!second || top[1] >= 2 * second[1]) return top[0];
  return null;
}

const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** English month names as the Indonesian ones `writtenDates` reads. */
const ENGLISH_MONTHS: Record<string, string> = {
  january: "januari", february: "februari", march: "maret", may: "mei", june: "juni", july: "juli", august: "agustus",
  october: "oktober", december: "desember",
};

/** A publication date a person typed ("2018-01-24", "24 Januari 2018", "24 January 2018", "24/01/2018") as YYYY-MM-DD; null if none. */
export function typedDate(text: string): string | null {
  const trimmed = text.trim().replace(/\p{L}+/gu, (w) => ENGLISH_MONTHS[w.toLowerCase()] ?? w);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const found = iso
    ? { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
    : writtenDates(trimmed).find((d) => d.year !== null && d.day !== null);
  if (!found || found.year === null || found.day === null || found.year < 2010 || found.year > 2100) return null;
  if (!isRealDate(found.year, found.month, found.day)) return null;
  return `${found.year}-${String(found.month).padStart(2, "0")}-${String(found.day).padStart(2, "0")}`;
}
