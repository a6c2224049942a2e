/**
 * A news report -> candidate results rows and unit rows, each with the sentence it was read from.
 *
 * Decisions:
 * - A figure belongs to the nearest body named before it in its clause, else in its sentence, else after it in
 *   the sentence, else to the dateline's region or the one body the report is about; a name that fits several
 *   bodies (Bogor) is decided by its category word or the report's region, else left undecided.
 * - A figure after one named unit is the unit's; after a list of units (the sampled units) it is the body's.
 * - A figure's year is the one said right after it ("84,23 di tahun 2022"), else the nearest before it in its
 *   sentence, else the report's assessment year (see report.ts); "tahun sebelumnya" counts from that year.
 * - A rank without its scope takes the scope last stated for the same body, else it is undecided.
 * - Two different values for one field of one body-year: the surer one is kept, the other is undecided.
 */
import { provinceAt } from "../domain/provinces.js";
import { KEMENPANRB_IPP, OMBUDSMAN } from "../domain/programmes.js";
import { predicateOf } from "../domain/scales.js";
import { RESULT_COLUMNS, resultRowSchema, rowRefusals, type RowRefusal } from "../ingest/result-rows.js";
import { unitRowRefusals as checkUnit } from "../ingest/unit-rows.js";
import type { GazetteerBody } from "../understand/index.js";
import { normalizeName } from "../understand/normalize.js";
import { gradesIn, isFutureClause, predicatesIn, ranksIn, scoresIn, yearsIn, zonesIn, type Figure, type YearMention } from "./facts.js";
import { findBodyMentions, findUnitMentions, mentionRole, type BodyMention, type UnitMention } from "./mentions.js";
import { englishWhy, type UndecidedReason } from "./reasons.js";
import { datelineSpan, focusBody, mentionsIpp, reportDate, reportTitle, reportYear } from "./report.js";
import { articleParagraphs, articleText, maskNonResults, sentencesOf, type Sentence, type Span } from "./text.js";
import {
  ExtractInputError, UNIT_COLUMNS, type Evidence, type ExtractContext, type ExtractInput, type Extraction, type ResultCandidate,
  type ResultColumn, type UnitCandidate, type UnitColumn, type Undecided,
} from "./types.js";

/** A long article is some 20,000 characters; a page of HTML converts to far less than this. */
export const MAX_TEXT_CHARS = 200_000;

interface SentenceView {
  sentence: Sentence;
  mentions: BodyMention[];
  units: UnitMention[];
  years: YearMention[];
  figures: Figure[];
}

/** One value read for one body (or unit) and year. */
interface Fact {
  programme: string;
  year: number;
  code: string;
  unit: UnitMention | null;
  statement: "entity" | "group";
  field: "score" | "zone" | "opinion" | "opinion_text" | "rank_national" | "rank_province";
  value: string;
  text: string;
  sentence: Span;
  confidence: number;
  notes: string[];
}

const BASE_CONFIDENCE = 0.95;
const GROUP = /(?<!\bdari\s+)\b(\d{1,3}|(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:\s+(?:belas|puluh))?|sepuluh|sebelas|seluruh|semua|sebanyak\s+\d{1,3})\s+((?:pemerintah\s+)?(?:kabupaten\s*\/\s*kota|kab\s*\/\s*kota|kabupaten\s+dan\s+kota|kota\s+dan\s+kabupaten|pemda|pemerintah\s+daerah|daerah|kabupaten|kota|pemkab|pemkot|instansi|kementerian|lembaga|provinsi))\b/i;
const LIST_INTRO = /\b(?:yakni|yaitu|antara\s+lain|di\s*antaranya|meliputi|adalah)\b|:\s*$/i;

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** What a step could not decide, and why. */
interface Unsure {
  undecided: UndecidedReason;
}
const isUnsure = (x: object): x is Unsure => "undecided" in x;

export function extractResults(input: ExtractInput, ctx: ExtractContext): Extraction {
  if (input.text.length > MAX_TEXT_CHARS * 10) throw new ExtractInputError(`the text is too long (at most ${MAX_TEXT_CHARS.toLocaleString("en")} characters)`);
  const text = articleText(input.text);
  if (text.trim() === "") throw new ExtractInputError("the text is empty");
  if (text.length > MAX_TEXT_CHARS) throw new ExtractInputError(`the text is too long (${text.length.toLocaleString("en")} characters; at most ${MAX_TEXT_CHARS.toLocaleString("en")})`);
  return new Reading(text, input, ctx).run();
}

class Reading {
  private readonly masked: string;
  private readonly facts: Fact[] = [];
  private readonly undecided: Undecided[] = [];
  private readonly rankScopes = new Map<string, "national" | "province">();
  /** The scope of the last rank stated with one: a province's list says it once. */
  private lastScope: "national" | "province" | null = null;
  private readonly phrases: { phrase: string; needsCue: boolean }[];
  private views: SentenceView[] = [];
  private focus: string | null = null;
  private datelineBody: { paragraph: number; code: string } | null = null;
  private year: { year: number; stated: boolean } | null = null;
  private ipp = false;

  constructor(private readonly text: string, private readonly input: ExtractInput, private readonly ctx: ExtractContext) {
    this.masked = maskNonResults(text);
    const seen = new Map<string, boolean>();
    for (const scale of ctx.scales.values()) {
      for (const band of scale.bands) {
        const phrase = predicatePhrase(predicateOf(band).id);
        // Everyday words ("baik", "sangat baik") are a predicate only after "kategori / predikat / sebagai".
        if (phrase) seen.set(phrase, (seen.get(phrase) ?? false) || scale.programme === KEMENPANRB_IPP || !phrase.includes(" "));
      }
    }
    this.phrases = [...seen].map(([phrase, needsCue]) => ({ phrase, needsCue })).sort((a, b) => b.phrase.length - a.phrase.length);
  }

  run(): Extraction {
    const paragraphs = articleParagraphs(this.text);
    const sentences = paragraphs.flatMap((p, i) => sentencesOf(this.text, p, i));
    this.ipp = mentionsIpp(this.text.slice(paragraphs[0]?.start ?? 0, paragraphs.at(-1)?.end ?? 0)) &&
      !/ombudsman/i.test(this.text.slice(paragraphs[0]?.start ?? 0, paragraphs.at(-1)?.end ?? 0));
    // The dateline opens one of the first paragraphs.
    for (const [i, p] of paragraphs.slice(0, 4).entries()) {
      const span = datelineSpan(this.text, p);
      if (!span) continue;
      const named = this.mentionsOf(span).find((m) => m.codes.length === 1 && this.isRegion(m.codes[0]!));
      if (named) {
        this.datelineBody = { paragraph: i, code: this.datelineCity(named) };
        break;
      }
    }
    this.views = sentences.map((s) => this.view(s));
    this.focus = focusBody(this.datelineBody?.code ?? null, this.views);
    const date = reportDate(this.input.published, this.text, paragraphs);
    this.year = reportYear(date, this.views.flatMap((v) => v.years.map((mention) => ({
      mention, aboutResults: /nilai|skor|zona|predikat|opini|peringkat|penilaian|kepatuhan|penghargaan|role model|hasil/i.test(this.sentenceText(v.sentence)),
    }))));
    for (const v of this.views) this.read(v);
    return this.assemble();
  }

  private sentenceText(s: Span): string {
    return this.text.slice(s.start, s.end);
  }

  private body(code: string): GazetteerBody | undefined {
    return this.ctx.gazetteer.bodies.get(code);
  }

  private isRegion(code: string): boolean {
    const c = this.body(code)?.category;
    return c === "kabupaten" || c === "kota" || c === "provinsi";
  }

  /** A dateline names a city: "JAMBI -" is Kota Jambi, although a bare "Jambi" elsewhere is the province. */
  private datelineCity(m: BodyMention): string {
    const code = m.codes[0]!;
    if (this.body(code)?.category !== "provinsi") return code;
    const city = this.ctx.gazetteer.keys.get(`kota ${normalizeName(m.text)}`)?.sources;
    return city?.length === 1 ? city[0]!.code : code;
  }

  private mentionsOf(span: Span): BodyMention[] {
    const found = findBodyMentions(this.ctx.gazetteer, this.text, span);
    found.forEach((m, i) => {
      const isProvince = m.codes.every((c) => this.body(c)?.category === "provinsi");
      m.role = mentionRole(this.text, m, found[i - 1], isProvince);
    });
    return found;
  }

  private view(sentence: Sentence): SentenceView {
    const units = findUnitMentions(this.text, sentence);
    const mentions = this.mentionsOf(sentence).map((m) => {
      // A place inside a unit's name ("Puskesmas Batu Ampar") is not a body.
      if (units.some((u) => m.start >= u.start && m.end <= u.end)) m.role = "place";
      // "Disdukcapil Kota Metro", "(DPMPTSP) Sleman": the unit's body, not a subject of its own.
      else if (units.some((u) => m.start >= u.end && /^[\s()]{0,3}$/.test(this.text.slice(u.end, m.start)))) m.role = "owner";
      return m;
    });
    const subjectEnds = mentions.filter((m) => m.role === "subject").map((m) => m.end).concat(units.map((u) => u.end));
    const provinceScopes = mentions.filter((m) => m.role === "scope" && m.codes.every((c) => this.body(c)?.category === "provinsi"));
    const figures: Figure[] = [
      ...scoresIn(this.text, this.masked, sentence, subjectEnds),
      ...zonesIn(this.masked, sentence),
      ...gradesIn(this.masked, sentence),
      ...predicatesIn(this.masked, sentence, this.phrases),
      ...ranksIn(this.masked, sentence, provinceScopes),
    ].sort((a, b) => a.start - b.start);
    return { sentence, mentions, units, years: yearsIn(this.masked, sentence), figures };
  }

  private skip(sentence: Span, text: string, reason: UndecidedReason): void {
    this.undecided.push({ sentence: this.sentenceText(sentence), text: clean(text), why: englishWhy(reason), reason });
  }

  /** The start of the clause holding `at`: after the last ", " or "; " before it ("Dinas Kesehatan: 90,12" is one). */
  private clauseStart(sentence: Span, at: number): number {
    const part = this.text.slice(sentence.start, at);
    const cut = Math.max(part.lastIndexOf(", "), part.lastIndexOf("; "));
    return cut < 0 ? sentence.start : sentence.start + cut + 2;
  }

  private read(v: SentenceView): void {
    if (v.figures.length === 0) return;
    const sentenceText = this.sentenceText(v.sentence);
    const group = this.groupOf(v);
    for (const figure of v.figures) {
      const clause = this.text.slice(this.clauseStart(v.sentence, figure.start), Math.min(v.sentence.end, figure.end + 20));
      if (isFutureClause(clause)) {
        this.skip(v.sentence, figure.text, { code: "future" });
        continue;
      }
      if (group && figure.start > group.at && (figure.kind === "zone" || figure.kind === "grade" || figure.kind === "predicate")) {
        this.groupFigure(v, group, figure);
        continue;
      }
      const year = this.yearOf(v, figure);
      if (isUnsure(year)) {
        this.skip(v.sentence, figure.text, year.undecided);
        if (figure.kind === "rank") this.rememberScope(v, figure);
        continue;
      }
      const programme = mentionsIpp(sentenceText) || this.ipp ? KEMENPANRB_IPP : OMBUDSMAN;
      const owner = this.ownerOf(v, figure, group !== null);
      if (isUnsure(owner)) {
        this.skip(v.sentence, figure.text, owner.undecided);
        continue;
      }
      if (figure.kind === "rank") this.rememberScope(v, figure, owner.code);
      this.addFigure(v, figure, { programme, year: year.year, code: owner.code, unit: owner.unit, confidence: BASE_CONFIDENCE * year.confidence * owner.confidence, notes: [...year.notes, ...owner.notes] });
    }
  }

  private rememberScope(v: SentenceView, figure: Figure, code?: string): void {
    if (figure.kind !== "rank" || !figure.scope) return;
    this.lastScope = figure.scope;
    const owner = code ?? this.ownerOf(v, figure, false);
    if (typeof owner === "object" && !isUnsure(owner)) this.rankScopes.set(owner.code, figure.scope);
    else if (code) this.rankScopes.set(code, figure.scope);
  }

  private addFigure(v: SentenceView, figure: Figure, base: Omit<Fact, "field" | "value" | "text" | "sentence" | "statement">): void {
    const fact = (field: Fact["field"], value: string, extra: Partial<Fact> = {}): void => {
      this.facts.push({ ...base, statement: "entity", field, value, text: figure.text, sentence: v.sentence, ...extra, notes: [...base.notes, ...(extra.notes ?? [])] });
    };
    switch (figure.kind) {
      case "score":
        if (base.programme === KEMENPANRB_IPP && Number(figure.value) > 5) return this.skip(v.sentence, figure.text, { code: "ipp-scale" });
        return fact("score", figure.value);
      case "zone":
        if (figure.previous) return this.skip(v.sentence, figure.text, { code: "earlier-zone" });
        return fact("zone", figure.value);
      case "grade":
        return fact("opinion", figure.value);
      case "predicate": {
        const band = this.ctx.scales.get(`${base.programme}|${base.year}`)?.bands.find((b) => predicatePhrase(predicateOf(b).id) === figure.value);
        // Media wording that is no predicate of that year's scale ("kepatuhan tinggi" in 2023) states nothing.
        if (!band) return;
        if (band.grade) {
          fact("opinion", band.grade);
          if (base.year >= 2025 && /tanpa\s+maladministrasi/i.test(this.masked.slice(figure.end, figure.end + 30))) {
            fact("opinion_text", `${clean(predicateOf(band).id.replace(/^Opini\s+/i, ""))} Tanpa Maladministrasi`);
          }
        } else if (band.zone) fact("zone", band.zone);
        return;
      }
      case "rank": {
        let scope = figure.scope;
        const notes: string[] = [];
        let confidence = 1;
        const category = this.body(base.code)?.category;
        // Provinces, ministries and agencies are ranked among their peers nationally only.
        if (!scope && category !== "kabupaten" && category !== "kota") scope = "national";
        if (!scope) {
          scope = this.rankScopes.get(base.code) ?? this.lastScope;
          if (!scope) return this.skip(v.sentence, figure.text, { code: "rank-scope" });
          notes.push(`rank ${scope === "national" ? "nationally" : "within the province"}, as stated earlier in the report`);
          confidence = 0.85;
        }
        if (scope === "province" && figure.scopeSpan) {
          const named = v.mentions.find((m) => m.start === figure.scopeSpan!.start);
          const body = this.body(base.code);
          const expected = body?.category === "provinsi" ? null : body?.province_code ? provinceAt(body.province_code, base.year) : null;
          if (named && expected && !named.codes.includes(expected)) {
            return this.skip(v.sentence, figure.text, { code: "rank-other-province", province: named.text, body: body?.name ?? base.code });
          }
        }
        if (base.unit) return this.skip(v.sentence, figure.text, { code: "unit-rank" });
        return fact(scope === "national" ? "rank_national" : "rank_province", String(figure.value), { confidence: base.confidence * confidence, notes });
      }
    }
  }

  /** The year of a figure, or why it has none. */
  private yearOf(v: SentenceView, figure: Figure): { year: number; confidence: number; notes: string[] } | Unsure {
    const after = v.years.find((y) => y.start >= figure.end && y.start - figure.end <= 20 &&
      /^[\s(]*(?:(?:di|pada|untuk|periode|tahun|thn)\s+)*$/i.test(this.masked.slice(figure.end, y.start)));
    const before = [...v.years].reverse().find((y) => y.end <= figure.start);
    const mention = after ?? before;
    if (mention?.unknown) return { undecided: { code: "year-unknown", words: clean(this.text.slice(mention.start, mention.end)) } };
    if (mention?.year != null) return { year: mention.year, confidence: 1, notes: [] };
    if (mention && mention.offset !== null) {
      const anchor = [...v.years].reverse().find((y) => y.end <= mention.start && y.year !== null)?.year ?? this.year?.year;
      if (anchor === undefined) return { undecided: { code: "year-relative" } };
      return { year: anchor + mention.offset, confidence: 0.9, notes: [] };
    }
    if (!this.year) return { undecided: { code: "no-year" } };
    return { year: this.year.year, confidence: this.year.stated ? 0.95 : 0.8, notes: this.year.stated ? [] : ["year from the report's date"] };
  }

  /** One code for a mention, or why not. */
  private decide(m: BodyMention): Unsure | { code: string } {
    if (m.codes.length === 1) return { code: m.codes[0]! };
    const before = this.text.slice(Math.max(0, m.start - 12), m.start).toLowerCase();
    const category = /(?:kabupaten|kab\.?|pemkab|bupati)\s*$/.test(before) ? "kabupaten" : /(?:kota|pemkot|pemko|wali\s*kota|walikota)\s*$/.test(before) ? "kota" : null;
    let codes = category ? m.codes.filter((c) => this.body(c)?.category === category) : m.codes;
    if (codes.length > 1 && this.focus && codes.includes(this.focus)) codes = [this.focus];
    if (codes.length === 1) return { code: codes[0]! };
    return { undecided: { code: "ambiguous-name", name: m.text, options: m.codes.map((c) => this.body(c)?.name ?? c) } };
  }

  /** Whose figure this is: a unit's (with its body) or a body's. */
  private ownerOf(v: SentenceView, figure: Figure, inGroup: boolean): { code: string; unit: UnitMention | null; confidence: number; notes: string[] } | Unsure {
    const clauseStart = this.clauseStart(v.sentence, figure.start);
    const subjects = v.mentions.filter((m) => m.role === "subject");
    const nearestBefore = (from: number) => [...subjects].reverse().find((m) => m.end <= figure.start && m.start >= from);
    const unit = [...v.units].reverse().find((u) => u.end <= figure.start && u.start >= clauseStart);
    const bodyInClause = nearestBefore(clauseStart);
    if (unit && (!bodyInClause || bodyInClause.end <= unit.start)) {
      const list = this.unitList(v, unit);
      const owner = this.unitOwner(v, unit);
      if (isUnsure(owner)) return owner;
      if (list.length < 2) return { code: owner.code, unit, confidence: owner.confidence, notes: owner.notes };
      // One figure after the list of sampled units is the body's result.
      return { code: owner.code, unit: null, confidence: owner.confidence * 0.8, notes: [...owner.notes, `stated after the list of ${list.length} units assessed`] };
    }
    const named = bodyInClause ?? nearestBefore(v.sentence.start) ?? subjects.find((m) => m.start >= figure.end);
    if (named) {
      const decided = this.decide(named);
      return isUnsure(decided) ? decided : { code: decided.code, unit: null, confidence: 1, notes: [] };
    }
    if (inGroup) return { undecided: { code: "group-figure" } };
    return this.contextBody(v);
  }

  private contextBody(v: SentenceView): { code: string; unit: null; confidence: number; notes: string[] } | Unsure {
    if (this.datelineBody && this.datelineBody.paragraph === v.sentence.paragraph) {
      return { code: this.datelineBody.code, unit: null, confidence: 0.9, notes: ["body from the dateline"] };
    }
    if (this.focus) return { code: this.focus, unit: null, confidence: 0.85, notes: ["body named elsewhere in the report"] };
    return { undecided: { code: "no-body" } };
  }

  /** The units listed together with `unit` ("Disdukcapil, Dinas Sosial, dan Puskesmas X"), itself included. */
  private unitList(v: SentenceView, unit: UnitMention): UnitMention[] {
    const i = v.units.indexOf(unit);
    const list = [unit];
    for (let k = i - 1; k >= 0; k--) {
      const between = this.text.slice(v.units[k]!.end, list[0]!.start);
      if (!/^\s*(?:,|dan|serta|&)[\s,]*(?:dan\s+)?$/i.test(between)) break;
      list.unshift(v.units[k]!);
    }
    return list;
  }

  private unitOwner(v: SentenceView, unit: UnitMention): { code: string; confidence: number; notes: string[] } | Unsure {
    // The body right after the unit's name, else the nearest body named before it (a unit's own body counts).
    const attached = v.mentions.find((m) => m.role === "owner" && m.start >= unit.end && m.start - unit.end <= 3);
    const named = attached ?? [...v.mentions].reverse().find((m) => (m.role === "subject" || m.role === "owner") && m.end <= unit.start);
    if (named) {
      const decided = this.decide(named);
      return isUnsure(decided) ? decided : { code: decided.code, confidence: 1, notes: [] };
    }
    const context = this.contextBody(v);
    return isUnsure(context) ? context : { code: context.code, confidence: context.confidence, notes: context.notes };
  }

  /** A group statement in the sentence: "16 kabupaten/kota di Sulsel zona hijau", "seluruh pemda ... zona kuning". */
  private groupOf(v: SentenceView): { at: number; text: string } | null {
    const m = GROUP.exec(this.masked.slice(v.sentence.start, v.sentence.end));
    if (!m) return null;
    const at = v.sentence.start + m.index;
    const later = v.figures.some((f) => f.start > at && (f.kind === "zone" || f.kind === "grade" || f.kind === "predicate"));
    return later ? { at, text: m[0] } : null;
  }

  private groupFigure(v: SentenceView, group: { at: number; text: string }, figure: Figure): void {
    const named = this.groupMembers(v, group);
    const scope = v.mentions.find((m) => m.role === "scope")?.text;
    if (named.length === 0) {
      this.skip(v.sentence, `${group.text} ${figure.text}`, { code: "group-unnamed", group: clean(group.text), scope: scope ?? null, figure: clean(figure.text) });
      return;
    }
    const year = this.yearOf(v, figure);
    if (isUnsure(year)) return this.skip(v.sentence, figure.text, year.undecided);
    for (const m of named) {
      const decided = this.decide(m);
      if (isUnsure(decided)) {
        this.skip(v.sentence, m.text, decided.undecided);
        continue;
      }
      const before = this.facts.length;
      this.addFigure(v, figure, { programme: OMBUDSMAN, year: year.year, code: decided.code, unit: null, confidence: BASE_CONFIDENCE * year.confidence * 0.9, notes: [...year.notes, `group statement: ${clean(group.text)} ${clean(figure.text)}`] });
      for (const f of this.facts.slice(before)) f.statement = "group";
    }
  }

  /**
   * The bodies a group statement names: after it in its sentence, else in a bare list of names that follows an
   * introduction ("..., yakni:", "Kelima daerah itu adalah:") within the next two sentences.
   */
  private groupMembers(v: SentenceView, group: { at: number }): BodyMention[] {
    const subjects = (view: SentenceView) => view.mentions.filter((m) => m.role === "subject");
    const here = subjects(v).filter((m) => m.start > group.at);
    if (here.length) return here;
    let introduced = LIST_INTRO.test(this.sentenceText(v.sentence));
    const i = this.views.indexOf(v);
    for (const next of this.views.slice(i + 1, i + 3)) {
      if (introduced && next.figures.length === 0 && subjects(next).length) return subjects(next);
      if (next.figures.length > 0) break;
      introduced ||= LIST_INTRO.test(this.sentenceText(next.sentence));
    }
    return [];
  }

  private assemble(): Extraction {
    const rows = new Map<string, Fact[]>();
    for (const f of this.facts) {
      const key = [f.programme, f.year, f.code, f.statement, f.unit ? `${f.unit.kind}|${f.unit.name.toLowerCase()}` : ""].join("|");
      rows.set(key, [...(rows.get(key) ?? []), f]);
    }
    const results: ResultCandidate[] = [];
    const units: UnitCandidate[] = [];
    for (const facts of rows.values()) {
      const first = facts[0]!;
      const chosen = this.choose(facts);
      if (first.unit) units.push(this.unitCandidate(first, chosen));
      else results.push(this.resultCandidate(first, chosen));
    }
    return { rows: results, units, undecided: this.undecided, text: this.text };
  }

  /** One value per field: the surest (then the first) reading; a different value is undecided. */
  private choose(facts: Fact[]): Map<Fact["field"], Fact> {
    const chosen = new Map<Fact["field"], Fact>();
    const byField = new Map<Fact["field"], Fact[]>();
    for (const f of facts) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
    for (const [field, list] of byField) {
      const best = [...list].sort((a, b) => b.confidence - a.confidence)[0]!;
      chosen.set(field, best);
      for (const other of list) {
        if (other.value !== best.value) {
          this.skip(other.sentence, other.text, { code: "conflict", field, value: best.value, text: clean(best.text) });
        }
      }
    }
    return chosen;
  }

  private note(facts: Iterable<Fact>): string {
    const parts = [`news report "${reportTitle(this.text)}"${this.input.published ? `, ${this.input.published}` : ""}`, "read by the extractor"];
    for (const f of facts) for (const n of f.notes) if (!parts.includes(n)) parts.push(n);
    return parts.join("; ");
  }

  private info(chosen: Map<Fact["field"], Fact>) {
    const facts = [...chosen.values()];
    const main = chosen.get("score") ?? facts[0]!;
    const evidence: Evidence[] = facts.map((f) => ({ field: f.field, value: f.value, sentence: this.sentenceText(f.sentence) }));
    return {
      sentence: this.sentenceText(main.sentence),
      confidence: Math.round(Math.min(...facts.map((f) => f.confidence)) * 100) / 100,
      evidence,
    };
  }

  private consistency(first: Fact, chosen: Map<Fact["field"], Fact>): string[] {
    const score = chosen.get("score");
    const scale = this.ctx.scales.get(`${first.programme}|${first.year}`);
    if (!score || !scale) return [];
    const value = Number(score.value);
    const band = [...scale.bands].sort((a, b) => b.min - a.min).find((b) => value >= b.min);
    const notes: string[] = [];
    const zone = chosen.get("zone")?.value;
    const grade = chosen.get("opinion")?.value;
    if (band && zone && band.zone && band.zone !== zone) notes.push(`score ${score.value} is in the ${band.zone} band, the report says ${zone}`);
    if (band && grade && band.grade && band.grade !== grade) notes.push(`score ${score.value} is in band ${band.grade}, the report says ${grade}`);
    return notes;
  }

  private resultCandidate(first: Fact, chosen: Map<Fact["field"], Fact>): ResultCandidate {
    const body = this.body(first.code);
    const category = body?.category ?? "";
    const province = category === "provinsi" ? first.code : (category === "kabupaten" || category === "kota") && body?.province_code ? provinceAt(body.province_code, first.year) : "";
    const warnings = this.consistency(first, chosen);
    const record: Record<(typeof RESULT_COLUMNS)[number], string> = {
      programme: first.programme,
      year: String(first.year),
      category,
      entity_code: first.code,
      entity_name: body?.name ?? "",
      province_code: province,
      score: chosen.get("score")?.value ?? "",
      zone: chosen.get("zone")?.value ?? "",
      opinion: chosen.get("opinion")?.value ?? "",
      opinion_text: chosen.get("opinion_text")?.value ?? "",
      rank_national: chosen.get("rank_national")?.value ?? "",
      rank_province: chosen.get("rank_province")?.value ?? "",
      statement: first.statement,
      source_url: this.input.url ?? "",
      note: [this.note(chosen.values()), ...warnings].join("; "),
    };
    const info = this.info(chosen);
    const refusals = resultRowRefusals(record, this.ctx);
    const confidence = warnings.length ? Math.round(info.confidence * 60) / 100 : info.confidence;
    return { ...record, ...info, confidence, problems: refusals.map((r) => r.text), refusals };
  }

  private unitCandidate(first: Fact, chosen: Map<Fact["field"], Fact>): UnitCandidate {
    const body = this.body(first.code);
    const record: Record<(typeof UNIT_COLUMNS)[number], string> = {
      programme: first.programme,
      year: String(first.year),
      entity_code: first.code,
      entity_name: body?.name ?? "",
      unit_kind: first.unit!.kind,
      unit_name: first.unit!.name,
      score: chosen.get("score")?.value ?? "",
      zone: chosen.get("zone")?.value ?? "",
      opinion: chosen.get("opinion")?.value ?? "",
      source_url: this.input.url ?? "",
      note: this.note(chosen.values()),
    };
    const refusals = unitRowRefusals(record, this.ctx);
    return { ...record, ...this.info(chosen), problems: refusals.map((r) => r.text), refusals };
  }
}

/** Why the import would refuse a results row, each with its column and reason code; empty when it would accept it. */
export function resultRowRefusals(record: Readonly<Record<ResultColumn, string>>, ctx: ExtractContext): RowRefusal[] {
  const parsed = resultRowSchema(ctx.validation).safeParse(record);
  return parsed.success ? [] : rowRefusals(parsed.error);
}

/** The same in English ("opinion must be empty in 2021"). */
export const resultRowProblems = (record: Readonly<Record<ResultColumn, string>>, ctx: ExtractContext): string[] =>
  resultRowRefusals(record, ctx).map((r) => r.text);

/** The same for a units row: the import's units rules (src/ingest/unit-rows.ts). */
export const unitRowRefusals = (record: Readonly<Record<UnitColumn, string>>, ctx: ExtractContext): RowRefusal[] => checkUnit(record, ctx.validation);

export const unitRowProblems = (record: Readonly<Record<UnitColumn, string>>, ctx: ExtractContext): string[] =>
  unitRowRefusals(record, ctx).map((r) => r.text);

/** "Opini Kualitas Tertinggi" -> "kualitas tertinggi"; "Baik (Dengan Catatan)" -> "baik dengan catatan". */
function predicatePhrase(label: string): string {
  return label.toLowerCase().replace(/^opini\s+/, "").replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
}
