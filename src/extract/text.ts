import { convert } from "html-to-text";

/** A span of the article text: [start, end) offsets into it. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of its paragraph (line): a dateline speaks for the paragraph it opens. */
  paragraph: number;
  /** The paragraph's first sentence. */
  first: boolean;
}

const looksLikeHtml = (text: string) => /<(?:html|body|p|div|br|article|span|h[1-6]|a|meta|title)\b[^>]*>/i.test(text);

/** Plain text of an article: HTML loses its markup, navigation blocks and scripts; plain text is kept as it is. */
export function articleText(input: string): string {
  if (!looksLikeHtml(input)) return input;
  const skip = ["nav", "aside", "footer", "script", "style", "noscript", "form", "iframe", "svg", "button", "select"];
  return convert(input, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      ...skip.map((selector) => ({ selector, format: "skip" })),
      // Headings as plain lines: the converter upper-cases them by default, which would read as datelines.
      ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
    ],
  });
}

/** A line that ends the article: what follows is the site's links, tags and comments. */
const FOOTER = new RegExp(
  "^(?:rekomendasi(?: untuk (?:kamu|anda))?|berita terkait|artikel terkait|berita lainnya|baca berita lainnya|" +
    "berita terkini|berita terpopuler|berita pilihan|terpopuler|terpopuler hari ini|populer|tag|tags|share|bagikan|" +
    "berikan komentar|tinggalkan balasan|komentar|tulis komentar|cek berita dan artikel yang lain.*|ikuti (?:kami|berita).*|" +
    "sumber|editor|reporter|penulis|copyright.*|©.*|dilihat.*|read more|related)\\s*[:.]?\\s*(?:\\S.{0,60})?$",
  "i",
);
/** A line that is a link to another article ("BACA JUGA: ...", "Lihat juga ..."). */
const LINK_LINE = /^\s*(?:baca juga|baca pula|lihat juga|simak juga|simak|baca|artikel lainnya|klik)\s*[:|-]/i;

/** Paragraphs (lines) of the article body, navigation lines left out and the footer cut off. */
export function articleParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    // Editor and reporter lines are short; "Sumber: ..." is short too. A real sentence beginning with the word is not a footer.
    if (FOOTER.test(trimmed) && trimmed.length <= 80) break;
    if (LINK_LINE.test(trimmed)) continue;
    const lead = line.length - line.trimStart().length;
    out.push({ start: start + lead, end: start + lead + trimmed.length });
  }
  return out;
}

/** Words after which a full stop is not the end of a sentence (titles, abbreviations). */
const ABBREVIATIONS = new Set([
  "kab", "kec", "kel", "prov", "no", "nomor", "drs", "dr", "h", "hj", "ir", "prof", "st", "sh", "mh", "mm", "msi", "si",
  "se", "sos", "ssos", "spd", "mpd", "kh", "jl", "jln", "tbk", "rp", "dll", "dsb", "dkk", "a", "m", "s", "p", "bpk", "ibu",
  "sdr", "yth", "ket", "hlm", "tgl", "vol", "ltd", "co", "pt", "cv", "an", "kol", "brigjen", "irjen", "kombes", "akbp",
  "letkol", "mayjen", "ny", "tn", "dra", "ak", "ma", "phd", "mt", "km",
]);

/** Sentences of a paragraph: split after . ! ? followed by a space and a capital, a digit or a quote. */
export function sentencesOf(text: string, paragraph: Span, index: number): Sentence[] {
  const out: Sentence[] = [];
  let start = paragraph.start;
  const part = text.slice(paragraph.start, paragraph.end);
  const re = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const m of part.matchAll(re)) {
    const at = paragraph.start + m.index;
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(start, at - 20), at))?.[1] ?? "";
    // "Drs. H. Lekok", "Kab. Bogor", "No. 25": not an end.
    const grade = /(?:opini|kategori|predikat|grade|nilai|zona)\s+\p{Lu}[+-]?$/iu.test(text.slice(Math.max(start, at - 20), at));
    if (m[0] === "." && !grade && (ABBREVIATIONS.has(before.toLowerCase()) || /^\p{Lu}$/u.test(before))) continue;
    const end = at + m[0].length;
    pushTrimmed(text, out, start, end, index);
    start = end;
  }
  pushTrimmed(text, out, start, paragraph.end, index);
  out.forEach((s, i) => (s.first = i === 0));
  return out;
}

function pushTrimmed(text: string, out: Sentence[], start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end > start) out.push({ start, end, paragraph, first: false });
}

const MONTHS =
  "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|november|nopember|desember|" +
  "jan|feb|mar|apr|jun|jul|agu|agt|agus|sep|sept|okt|nov|des";
export const MONTH_NUMBER: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, agus: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nopember: 11, nov: 11, desember: 12, des: 12,
};

/** A date written in the text ("Selasa (09/02/2022)", "5 Februari 2024", "(24/1)"). */
export interface WrittenDate extends Span {
  day: number | null;
  month: number;
  year: number | null;
}

const NUMERIC_DATE = /(?<![\d.,/])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(?![\d/])/g;
const NAMED_DATE = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+)?(${MONTHS})\\.?\\s+(\\d{4})(?!\\d)|(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTHS})\\b`, "giu");

export function writtenDates(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const m of text.matchAll(NUMERIC_DATE)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const y = m[3] ? Number(m[3].length === 2 ? `20${m[3]}` : m[3]) : null;
    out.push({ start: m.index, end: m.index + m[0].length, day, month, year: y });
  }
  for (const m of text.matchAll(NAMED_DATE)) {
    const month = MONTH_NUMBER[(m[2] ?? m[5] ?? "").toLowerCase()];
    if (month === undefined) continue;
    const day = m[1] ?? m[4];
    out.push({ start: m.index, end: m.index + m[0].length, day: day ? Number(day) : null, month, year: m[3] ? Number(m[3]) : null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Figures that are never results, blanked (same length, so offsets hold): dates, times, phone numbers, money,
 * percentages, laws ("UU No. 25 Tahun 2009"), counts of things ("53 produk layanan"), survey indexes (IKM/SKM).
 */
const NOT_RESULTS: RegExp[] = [
  /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/gi,
  // Laws and regulations, with their year ("UU No. 25 Tahun 2009", "Peraturan Ombudsman 61/2025").
  /\b(?:Undang[- ]Undang|Peraturan(?:\s+\p{L}+){0,3}|Surat Edaran|Keputusan(?:\s+\p{L}+){0,3})\s*(?:RI\s*)?(?:No\.?|Nomor)?\s*\d+(?:\s*\/\s*\d+)?(?:\s*(?:Tahun|Thn\.?|th\.?)\s*\d{4})?/giu,
  /\b(?:UU|PP|SK|SE|Perda|Perbup|Perwali|Pergub|Perpres|Permen\w*|Inpres|Keppres)\s*(?:RI\s*)?(?:No\.?|Nomor|nomor)?\s*\d+(?:\s*\/\s*\d+)?(?:\s*(?:Tahun|tahun|Thn\.?|th\.?)\s*\d{4})?/gu,
  // Telephone numbers: +62..., (0721) 123456, 0812-3456-7890, and long digit runs.
  /(?:\+62|\(0\d{2,4}\)|\b0\d{2,4})[\s.-]?\d{3,4}[\s.-]?\d{2,5}\b|\b\d{8,}\b/g,
  // Times.
  /\b\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b|\bpukul\s+\d{1,2}(?:[.:]\d{2})?/gi,
  // Money.
  /\bRp\.?\s*\d[\d.,]*(?:\s*(?:miliar|milyar|juta|ribu|triliun|M|jt|rb))?|\b\d[\d.,]*\s*(?:miliar|milyar|juta|ribu|triliun)\b/gi,
  // Percentages.
  /\b\d+(?:[.,]\d+)?\s*(?:%|persen\b|prosen\b)/gi,
  // Counts of things and durations.
  /\b\d+(?:[.,]\d+)?\s+(?:produk|layanan|jenis|unit|OPD|orang|peserta|pegawai|ASN|warga|hari|jam|menit|detik|bulan|minggu|pekan|kali|desa|kelurahan|kecamatan|indikator|pengaduan|laporan|aduan|sampel|responden|tahun(?!\s+(?:\d{4}|depan|ini|lalu|sebelumnya|mendatang|kemarin))|lokus|item|dokumen|berkas|inovasi|titik|km|kilometer|meter|hektare|ha|kg|ton|lembar|buah|kasus|siswa|variabel|kriteria|aspek|dimensi|komponen)\b/giu,
  // Survey and other indexes with their value: "IKM 85,12", "Indeks Kepuasan Masyarakat (IKM) sebesar 88,5".
  /\b(?:IKM|SKM|IPM|IPK|IPKD|IKD|IRB|SAKIP|SPBE|MCP|LPPD|WTP|IDM|indeks\s+kepuasan(?:\s+masyarakat)?|survei\s+kepuasan(?:\s+masyarakat)?|indeks\s+persepsi(?:\s+\p{L}+)?|indeks\s+reformasi\s+birokrasi|indeks\s+pembangunan(?:\s+\p{L}+)?|indeks\s+integritas|indeks\s+RB|indeks\s+SPBE|indeks\s+inovasi(?:\s+daerah)?)\b(?:\s*\([^)]{1,12}\))?[^\d.;]{0,25}?\d+(?:[.,]\d+)?/giu,
];

/** The text with every figure that is not a result blanked out; same length as the input. */
export function maskNonResults(text: string): string {
  let masked = text;
  const blank = (s: string) => s.replace(/[^\n]/g, " ");
  for (const re of NOT_RESULTS) masked = masked.replace(re, blank);
  for (const d of writtenDates(masked)) masked = masked.slice(0, d.start) + blank(masked.slice(d.start, d.end)) + masked.slice(d.end);
  return masked;
}
