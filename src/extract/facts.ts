/**
 * The figures of one sentence, read from its masked text (dates, money, phone numbers, counts and survey
 * indexes already blanked): scores, zones, grades, predicates, ranks, and the years said around them.
 */
import type { Span } from "./text.js";

export type RankScope = "national" | "province";

export type Figure =
  /** value: the score as written, with a dot ("94,39" -> "94.39", "91" -> "91"). */
  | (Span & { kind: "score"; value: string; text: string })
  | (Span & { kind: "zone"; value: string; text: string; previous: boolean })
  | (Span & { kind: "grade"; value: string; text: string })
  /** A predicate phrase, normalized ("kualitas tertinggi", "kepatuhan tinggi", "baik dengan catatan"): its band depends on the year. */
  | (Span & { kind: "predicate"; value: string; text: string })
  | (Span & { kind: "rank"; value: number; text: string; scope: RankScope | null; scopeSpan: Span | null });

export interface YearMention extends Span {
  /** An explicit year, or null for a relative one. */
  year: number | null;
  /** -1 for "tahun lalu / sebelumnya", 0 for "tahun ini"; null for an explicit year. */
  offset: number | null;
  /** "pertama kali": a year the text does not give. */
  unknown: boolean;
  future: boolean;
}

const ORDINALS: Record<string, number> = {
  pertama: 1, satu: 1, kedua: 2, dua: 2, ketiga: 3, tiga: 3, keempat: 4, empat: 4, kelima: 5, lima: 5, keenam: 6, enam: 6,
  ketujuh: 7, tujuh: 7, kedelapan: 8, delapan: 8, kesembilan: 9, sembilan: 9, kesepuluh: 10, sepuluh: 10,
};
const ORDINAL_WORDS = Object.keys(ORDINALS).join("|");

/** Words that make the next number a score: "nilai 91", "dengan skor 94,39", "memperoleh nilai akhir 80,85". */
const SCORE_CUE = /(?:\bnilai(?:nya)?|\bskor(?:nya)?|\bscore|\bpoin|\bangka|\bsebesar|\bmenjadi|\bmencapai|\bnilai\s+akhir|\bnilai\s+rata-rata)\s*(?:[\p{L}-]+,?\s+){0,2}?[:=]?\s*$/iu;
/** Scores of other things: survey indexes, other evaluations, contests. */
const OTHER_MEASURE = /\b(?:IKM|SKM|IPM|IPK|IKD|IRB|SAKIP|SPBE|LPPD|MCP|WTP|kepuasan|persepsi|indeks\s+(?!pelayanan\s+publik)|evaluasi\s+(?!pelayanan)|lomba|inovasi|adipura|reformasi\s+birokrasi|anggaran|realisasi|pendapatan|APBD)/i;
const RESULT_WORDS = /nilai|skor|score|zona|predikat|opini|kepatuhan|peringkat|kategori|kualitas|role model|ranking|posisi|urutan/i;

function pushScore(out: Figure[], span: Span, m: RegExpMatchArray, value: string): void {
  const start = span.start + m.index!;
  out.push({ kind: "score", value, text: m[0], start, end: start + m[0].length });
}

/** Scores: a number after a score word, or a decimal right after a name in a sentence about results. */
export function scoresIn(text: string, masked: string, span: Span, nameEnds: readonly number[]): Figure[] {
  const part = masked.slice(span.start, span.end);
  const original = text.slice(span.start, span.end);
  const out: Figure[] = [];
  // Outside a sentence about results only a list line counts: "Dinas Kesehatan: 90,12".
  const aboutResults = RESULT_WORDS.test(part);
  for (const m of part.matchAll(/(?<![\d.,\p{L}-])(\d{1,3})(?:[,.](\d{1,2}))?(?![\d\p{L}]|[.,]\d)/gu)) {
    const value = m[2] === undefined ? m[1]! : `${m[1]}.${m[2]}`;
    if (Number(value) > 100) continue;
    const before = part.slice(Math.max(0, m.index! - 40), m.index);
    const after = part.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
    // "ke-4", "nomor 3", "peringkat 32", "posisi 2": ranks; "dari 416 kabupaten": counts.
    if (/(?:\bke[\s-]*|\bnomor\s*|\bno\.?\s*|peringkat\s*|ranking\s*|rangking\s*|posisi\s*|urutan\s*|juara\s*|\bdari\s+|\bse-?|\bsebanyak\s+|\bada\s+|-)$/i.test(before)) continue;
    if (/^\s*(?:besar|terbaik|teratas|terbawah|kabupaten|kota|pemda|daerah|provinsi|kab|kementerian|lembaga|instansi|pemerintah)/i.test(after)) continue;
    const decimal = m[2] !== undefined;
    // Two decimals in a sentence about a score ("... tahun sebelumnya yang hanya 73,20") are a score's way of writing.
    const cued = SCORE_CUE.test(before) || /^\s*poin\b/i.test(after) || (m[2]?.length === 2 && /\b(?:nilai|skor|score)/i.test(part));
    // "Kabupaten X 88,45" / "Kabupaten X (88,45)" in a list.
    const afterName = decimal && nameEnds.some((e) => e <= span.start + m.index! && /^[\s:(=-]*$/.test(masked.slice(e, span.start + m.index!)));
    if (!afterName && (!cued || !aboutResults)) continue;
    // Another index or assessment named in the clause before the number, or right after it ("78 dalam evaluasi SAKIP").
    const clauseBefore = original.slice(0, m.index).split(/,\s|;\s/).at(-1) ?? "";
    const clauseAfter = original.slice(m.index! + m[0].length, m.index! + m[0].length + 40).split(/[,;]|\.\s/)[0] ?? "";
    if (OTHER_MEASURE.test(clauseBefore) || OTHER_MEASURE.test(clauseAfter)) continue;
    pushScore(out, span, m, value);
  }
  return out;
}

export function zonesIn(masked: string, span: Span): Figure[] {
  const part = masked.slice(span.start, span.end);
  const out: Figure[] = [];
  for (const m of part.matchAll(/\b(?:ber)?zona(?:\s+warna)?\s+(hijau|kuning|merah|hitam)\b/giu)) {
    const before = part.slice(Math.max(0, m.index! - 30), m.index);
    if (/\b(?:belum|tidak|bukan|tak|keluar|lepas|menghindari|hindari)\b[^,.;]{0,20}$/i.test(before)) continue;
    const after = part.slice(m.index! + m[0].length, m.index! + m[0].length + 25);
    // "dari zona kuning ke zona hijau": the first zone is the year before.
    const previous = /\bdari\s*$/i.test(before) && /^\s*(?:ke|menjadi|menuju)\s+(?:zona\s+)?(?:hijau|kuning|merah|hitam)/i.test(after);
    const start = span.start + m.index!;
    out.push({ kind: "zone", value: m[1]!.toLowerCase(), text: m[0], start, end: start + m[0].length, previous });
  }
  return out;
}

/** "kategori A", "opini B", "predikat A-", "grade C": the letter as written (capital). */
export function gradesIn(masked: string, span: Span): Figure[] {
  const part = masked.slice(span.start, span.end);
  const out: Figure[] = [];
  for (const m of part.matchAll(/\b(?:[Kk]ategori|KATEGORI|[Oo]pini|OPINI|[Pp]redikat|PREDIKAT|[Gg]rade|[Nn]ilai)\s+["“']?([A-F][+-]?)(?![\p{L}\d])["”']?/gu)) {
    const start = span.start + m.index!;
    out.push({ kind: "grade", value: m[1]!, text: m[0], start, end: start + m[0].length });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Predicate phrases of the scales ("kualitas tertinggi", "kepatuhan tinggi", "sangat baik"), longest first.
 * Phrases made of everyday words ("baik", "sangat baik") need "kategori / predikat / sebagai" before them.
 */
export function predicatesIn(masked: string, span: Span, phrases: readonly { phrase: string; needsCue: boolean }[]): Figure[] {
  const part = masked.slice(span.start, span.end);
  const out: Figure[] = [];
  const taken: Span[] = [];
  for (const { phrase, needsCue } of phrases) {
    const body = phrase.split(" ").map(escape).join("[\\s()]+");
    const cue = needsCue ? "(?:kategori|predikat|opini|sebagai)\\s*[\"“']?\\s*" : "";
    const re = new RegExp(`(?<![\\p{L}])${cue}(${body})(?![\\p{L}])`, "giu");
    for (const m of part.matchAll(re)) {
      const start = span.start + m.index! + m[0].indexOf(m[1]!);
      const end = start + m[1]!.length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const before = part.slice(Math.max(0, start - span.start - 30), start - span.start);
      if (/\b(?:belum|tidak|bukan|tak)\b[^,.;]{0,20}$/i.test(before)) continue;
      taken.push({ start, end });
      out.push({ kind: "predicate", value: phrase, text: m[1]!, start, end });
    }
  }
  return out;
}

/** Ranks: "peringkat ke-4", "nomor 3 terbaik", "posisi 2", "menempati ke 2", "peringkat pertama", with their scope. */
export function ranksIn(masked: string, span: Span, provinceScopes: readonly Span[]): Figure[] {
  const part = masked.slice(span.start, span.end);
  const out: Figure[] = [];
  const re = new RegExp(
    `\\b(?:(?:peringkat|ranking|rangking|urutan|posisi|nomor|juara)\\s*(?:ke)?[\\s-]*|(?:menempati|menduduki|meraih|berada\\s+di)\\s+(?:urutan\\s+)?ke[\\s-]*|terbaik\\s+ke[\\s-]*)(\\d{1,3}|${ORDINAL_WORDS})(?![\\d\\p{L}.,]\\d|\\p{L})`,
    "giu",
  );
  const matches = [...part.matchAll(re)];
  matches.forEach((m, i) => {
    const word = m[1]!.toLowerCase();
    const value = /^\d/.test(word) ? Number(word) : (ORDINALS[word] ?? 0);
    if (value < 1) return;
    const start = span.start + m.index!;
    const end = start + m[0].length;
    const afterEnd = i + 1 < matches.length ? span.start + matches[i + 1]!.index! : span.end;
    const after = masked.slice(end, Math.min(afterEnd, end + 90));
    // "10 besar" is a group, not a rank.
    if (/^\s*besar\b/i.test(after)) return;
    const before = part.slice(Math.max(0, m.index! - 30), m.index);
    if (/\b(?:diharapkan|target|menargetkan)\b[^,.;]{0,25}$/i.test(before)) return;
    const clause = after.split(/[;]|,\s*(?:sedangkan|sementara|namun|tetapi)\b|\.\s/)[0] ?? after;
    let scope: RankScope | null = null;
    let scopeSpan: Span | null = null;
    const national = /\b(?:nasional|se-?\s*indonesia|seluruh\s+indonesia|tingkat\s+nasional|secara\s+nasional|dari\s+\d{3}\s+(?:kabupaten|kota|pemda|daerah|pemerintah|provinsi|kementerian|lembaga|kab))/i.exec(clause);
    const province = /\b(?:se-?\s*provinsi|tingkat\s+provinsi|di\s+provinsi|dari\s+\d{1,2}\s+(?:kabupaten|kota|kab|pemda|daerah))/i.exec(clause);
    const provinceName = provinceScopes.find((p) => p.start >= end && p.start < end + clause.length);
    const nationalAt = national ? national.index : Infinity;
    const provinceAt = Math.min(province ? province.index : Infinity, provinceName ? provinceName.start - end : Infinity);
    if (nationalAt < provinceAt) scope = "national";
    else if (provinceAt < Infinity) {
      scope = "province";
      scopeSpan = provinceName ?? null;
    }
    out.push({ kind: "rank", value, text: m[0], start, end, scope, scopeSpan });
  });
  return out;
}

const FUTURE = /\b(?:diharapkan|berharap|harapan(?:nya)?|semoga|menargetkan|ditargetkan|targetkan|target(?:nya)?|mendatang|tahun\s+depan|akan\s+(?:dinilai|dilaksanakan|dilakukan|datang))\b/i;

/** Years said in a sentence: "tahun 2021", "2023", "tahun sebelumnya", "tahun lalu", "tahun ini", "pertama kali". */
export function yearsIn(masked: string, span: Span): YearMention[] {
  const part = masked.slice(span.start, span.end);
  const out: YearMention[] = [];
  // A bare "sebelumnya" counts only right before a figure: "dari sebelumnya peringkat 7".
  const re = /(?<![\d.,/-])(20[12]\d)(?![\d.,]\d|\/)|\btahun[\s-]+(?:sebelumnya|lalu|kemarin)\b|\bsetahun\s+(?:sebelumnya|lalu)\b|\bsebelumnya(?=\s+(?:peringkat|posisi|urutan|nilai|skor|zona|\d))|\btahun\s+ini\b|\bpertama\s+kali\b/giu;
  for (const m of part.matchAll(re)) {
    const start = span.start + m.index!;
    const clauseStart = Math.max(part.lastIndexOf(",", m.index!), part.lastIndexOf(";", m.index!), 0);
    const clauseEnd = [",", ";"].map((c) => part.indexOf(c, m.index!)).filter((i) => i >= 0);
    const clause = part.slice(clauseStart, clauseEnd.length ? Math.min(...clauseEnd) : part.length);
    const future = FUTURE.test(clause);
    const word = m[0].toLowerCase();
    const base = { start, end: start + m[0].length, future };
    if (m[1]) out.push({ ...base, year: Number(m[1]), offset: null, unknown: false });
    else if (word.startsWith("pertama")) out.push({ ...base, year: null, offset: null, unknown: true });
    else if (word.endsWith("ini")) out.push({ ...base, year: null, offset: 0, unknown: false });
    else out.push({ ...base, year: null, offset: -1, unknown: false });
  }
  return out;
}

/** A hope or a target, not a result: "diharapkan ... nilai yang lebih tinggi". */
export const isFutureClause = (text: string) => FUTURE.test(text);
