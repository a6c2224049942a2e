import type { Catalog } from "../answer/catalog.js";
import type { BodyInfo, BodyYearView, Caveat, Fact, SourceRef } from "../answer/types.js";
import { OMBUDSMAN } from "../domain/programmes.js";
import { methodPeriodOf } from "../domain/rounds.js";
import type { Zone } from "../store/schema.js";
import type { Action } from "./actions.js";
import { escapeHtml, formatNumber, formatYears, sourceKey, sourceLabels } from "./format.js";
import type { Locale, Translate } from "./i18n.js";

export interface RenderContext {
  locale: Locale;
  t: Translate;
  catalog: Catalog;
}

export interface Button {
  label: string;
  action: Action;
}

/** A reply ready to send: HTML for Telegram, the same text without markup, and buttons. */
export interface Rendered {
  html: string;
  plain: string;
  buttons: Button[][];
}

const ZONE_EMOJI: Record<Zone, string> = { hijau: "🟢", kuning: "🟡", merah: "🔴", hitam: "⚫" };

export const zoneEmoji = (zone: Zone | null | undefined) => (zone ? ZONE_EMOJI[zone] : "⚪");
export const zoneName = (ctx: RenderContext, zone: Zone) => ctx.t(`zone-${zone}`);
export const num = (ctx: RenderContext, value: number) => formatNumber(value, ctx.locale);
/** A score as its source printed it (97,60 stays 97,60). */
/** "4", "18–23", "≥46": a place or the places still possible (`to` null: open-ended). */
export const placeRange = (from: number, to: number | null): string => (from === to ? String(from) : to === null ? `≥${from}` : `${from}–${to}`);

export const scoreText = (ctx: RenderContext, score: { value: number; decimals?: number }) => formatNumber(score.value, ctx.locale, score.decimals);
export const name = (text: string) => escapeHtml(text);

export function provinceName(ctx: RenderContext, code: string | null): string {
  if (!code) return "";
  return escapeHtml(ctx.catalog.bodies.get(code)?.name ?? code);
}

export function categoryPlural(ctx: RenderContext, category: string | null): string {
  return ctx.t("category-plural", { category: category ?? "regional" });
}

/** The programme's name; with a year, Ombudsman's 2025 round by its own name (Opini Ombudsman RI, Penilaian Maladministrasi). */
export function programmeName(ctx: RenderContext, programme: string, year?: number): string {
  if (programme === OMBUDSMAN && year !== undefined && methodPeriodOf(year)?.method === "ombudsman-maladministrasi") {
    return ctx.t("programme-ombudsman-maladministrasi");
  }
  const p = ctx.catalog.programmes.get(programme);
  return escapeHtml(p ? (ctx.locale === "id" ? p.nameId : p.nameEn) : programme);
}

/** " · A" after a score when a grade is known. */
export function gradeSuffix(view: BodyYearView): string {
  return view.grade ? ` ${view.grade.value}` : "";
}

/** A short label for a view without a score: its zone, grade or opinion. */
export function resultLabel(ctx: RenderContext, view: BodyYearView): string {
  const parts: string[] = [];
  if (view.zone) parts.push(zoneName(ctx, view.zone.value));
  if (view.grade) parts.push(view.grade.value);
  if (view.opinionText) parts.push(escapeHtml(view.opinionText.value));
  return parts.join(" · ") || "–";
}

function link(source: SourceRef, label: string): string {
  return source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

const distinctSources = (sources: SourceRef[]) => [...new Map(sources.map((s) => [sourceKey(s.url, s.note), s])).values()];

/** More distinct reports give a fact's value than give each other value: "the value most sources give". */
export const isMajority = (fact: Fact<unknown>): boolean =>
  fact.conflicts.every((c) => distinctSources(c.sources).length < distinctSources(fact.sources).length);

/**
 * Sources as links, each report once, two pages of one site told apart: among `among` too, so a
 * caveat naming some of a card's sources labels them as its source line does.
 */
export function sourceLinks(ctx: RenderContext, sources: SourceRef[], among: SourceRef[] = []): string[] {
  const all = distinctSources([...sources, ...among]);
  const allLabels = sourceLabels(all, ctx.locale);
  const labels = new Map(all.map((s, i) => [sourceKey(s.url, s.note), allLabels[i]!]));
  return distinctSources(sources).map((s) => link(s, labels.get(sourceKey(s.url, s.note))!));
}

/** "Sumber: a.id, b.com dan 2 lainnya": distinct sources, the first three linked. */
export function sourcesLine(ctx: RenderContext, sources: SourceRef[], max = 3): string | null {
  const links = sourceLinks(ctx, sources);
  if (links.length === 0) return null;
  const shown = links.slice(0, max).join(", ");
  const more = links.length > max ? ` ${ctx.t("sources-more", { count: String(links.length - max) })}` : "";
  return ctx.t("sources", { list: shown + more });
}

type Conflict<T> = Fact<T>["conflicts"][number];

/**
 * One line per other value. "The value most sources give" only when more distinct reports give the
 * shown value than the other (a report linked twice counts once); else the sources disagree (a 1–1
 * tie, or a rank the ranking reads from the fewer sources) and both sides are named.
 */
function conflictLine<T>(ctx: RenderContext, field: string, fact: Fact<T> | null, show: (value: T, printed: { decimals?: number }) => string, among: SourceRef[]): string[] {
  if (!fact) return [];
  return fact.conflicts.map((c: Conflict<T>) => {
    // A zone names itself ("Zona Hijau"): "zona Zona Hijau" would say it twice.
    const value = show(c.value, c);
    const args = {
      what: field === "zone" ? value : `${ctx.t("caveat-field", { field })} ${value}`,
      sources: sourceLinks(ctx, c.sources, among).join(", "),
    };
    if (isMajority({ ...fact, conflicts: [c] })) return ctx.t("caveat-conflict", args);
    return ctx.t("caveat-conflict-tie", { ...args, shown: show(fact.value, fact), shownSources: sourceLinks(ctx, fact.sources, among).join(", ") });
  });
}

/** Every caveat of a view or an answer, as sentences. */
export function caveatLines(ctx: RenderContext, caveats: Caveat[], view: BodyYearView | null): string[] {
  const lines: string[] = [];
  const year = String(view?.year ?? "");
  for (const caveat of caveats) {
    switch (caveat.kind) {
      case "conflict": {
        if (!view) break;
        const among = view.sources;
        if (caveat.field === "score") lines.push(...conflictLine(ctx, "score", view.score, (v, printed) => scoreText(ctx, { value: v, ...printed }), among));
        if (caveat.field === "zone") lines.push(...conflictLine(ctx, "zone", view.zone, (v) => zoneName(ctx, v), among));
        if (caveat.field === "grade") lines.push(...conflictLine(ctx, "grade", view.grade, (v) => v, among));
        if (caveat.field === "rank_national") lines.push(...conflictLine(ctx, "rank_national", view.rankNational, String, among));
        if (caveat.field === "rank_province") lines.push(...conflictLine(ctx, "rank_province", view.rankProvince, String, among));
        if (caveat.field === "opinion_text") lines.push(...conflictLine(ctx, "opinion_text", view.opinionText, escapeHtml, among));
        break;
      }
      case "grade-not-stated":
        lines.push(ctx.t("caveat-grade-not-stated", { year }));
        break;
      case "zone-derived":
      case "grade-derived":
      case "grade-from-opinion":
      case "zone-from-grade":
        lines.push(ctx.t(`caveat-${caveat.kind}`, { year }));
        break;
      case "zone-contradicts-score":
        lines.push(ctx.t("caveat-zone-contradicts-score", { stated: zoneName(ctx, caveat.stated), expected: zoneName(ctx, caveat.expected), year }));
        break;
      case "grade-contradicts-score":
        lines.push(ctx.t("caveat-grade-contradicts-score", { stated: caveat.stated, expected: caveat.expected, year }));
        break;
      case "group-statement-only":
        lines.push(ctx.t("caveat-group-statement-only", { name: name(view?.body.name ?? "") }));
        break;
      case "scale-uncertain":
        lines.push(ctx.t("caveat-scale-uncertain", { year: String(caveat.year), confidence: confidenceText(ctx, caveat.confidence) }));
        break;
      case "sampled-year":
      case "no-assessment":
        lines.push(ctx.t(`caveat-${caveat.kind}`, { year: String(caveat.year) }));
        break;
      case "method-change":
        lines.push(ctx.t("caveat-method-change", { from: String(caveat.between[0]), to: String(caveat.between[1]) }));
        break;
      case "partial-data":
        lines.push(ctx.t("caveat-partial-data", { withData: String(caveat.withData), assessed: caveat.assessed === null ? "none" : String(caveat.assessed) }));
        break;
      case "list-capped":
        lines.push(ctx.t("caveat-list-capped", { asked: String(caveat.asked), max: String(caveat.max), direction: caveat.direction }));
        break;
      case "list-assessed":
        lines.push(ctx.t("lists2-capped-assessed", { asked: String(caveat.asked), assessed: String(caveat.assessed), year: String(caveat.year), direction: caveat.direction }));
        break;
      case "source-note":
        lines.push(
          caveat.note === "other-figure"
            ? ctx.t("caveat-note-other-figure")
            : // A doubt on a card with no score is on what it shows (Kota Jayapura 2017: a zone), not on "this figure".
              caveat.note === "caution" && view && !view.score
              ? ctx.t("caveat-caution-no-score")
              : ctx.t("caveat-source-note", { note: caveat.note }),
        );
        if (caveat.quote) lines.push(ctx.t("caveat-note-only", { note: escapeHtml(caveat.quote) }));
        break;
      case "note-only": {
        // The notes are the compiler's English: the one common kind is said in the reply's language, others quoted as notes.
        const notAssessed = /^not assessed in (\d{4})\b/i.exec(caveat.note);
        lines.push(
          notAssessed
            ? ctx.t("caveat-not-assessed", { name: view ? name(view.body.name) : "none", year: notAssessed[1]! })
            : ctx.t("caveat-note-only", { note: escapeHtml(caveat.note) }),
        );
        break;
      }
    }
  }
  return [...new Set(lines)];
}

const CONFIDENCE_LEVELS = new Set(["high", "medium-high", "medium", "low"]);
/** The scale file's wording of what a confidence is about, as message keys. */
const CONFIDENCE_ASPECTS: [RegExp, string][] = [
  [/^integer bounds$/, "integer-bounds"],
  [/^decimal handling$/, "decimal-handling"],
  [/^upper$/, "upper"],
  [/^lower bound (\d+)$/, "lower"],
  [/^labels & examples$/, "labels"],
];

/**
 * A scale's confidence note ("high (integer bounds); medium (decimal handling)") in the reply's
 * language; parts the locales cannot say are left out rather than shown in English.
 */
export function confidenceText(ctx: RenderContext, raw: string): string {
  const parts: string[] = [];
  for (const segment of raw.split(/[;,]/).map((s) => s.trim())) {
    const m = /^([a-z-]+)(?:\s*\(([^)]*)\))?$/i.exec(segment);
    if (!m || !CONFIDENCE_LEVELS.has(m[1]!.toLowerCase())) continue;
    const level = ctx.t("confidence-level", { level: m[1]!.toLowerCase() });
    if (!m[2]) {
      parts.push(level);
      continue;
    }
    const aspect = CONFIDENCE_ASPECTS.map(([re, key]) => [re.exec(m[2]!.trim()), key] as const).find(([found]) => found);
    if (aspect) parts.push(ctx.t("confidence-part", { level, aspect: aspect[1], bound: aspect[0]?.[1] ?? "" }));
  }
  return parts.join("; ") || ctx.t("confidence-level", { level: "unknown" });
}

/** "Ada juga hasil KemenPAN-RB untuk Kota Metro: 2017", with a button to it. */
export function otherProgrammeLines(ctx: RenderContext, body: BodyInfo, others: { programme: string; years: number[] }[]) {
  return {
    lines: others.map((o) => ctx.t("units-other-programme", { programme: programmeName(ctx, o.programme), name: name(body.name), years: formatYears(o.years) })),
    buttons: others.map((o) => ({ label: ctx.t("button-programme", { programme: o.programme }), action: { a: "prog" as const, code: body.code, programme: o.programme } })),
  };
}

export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** One button per year, oldest first, five to a row: every year with data stays reachable. */
export function yearButtons(years: number[], action: (year: number) => Action): Button[][] {
  return chunk(
    [...years].sort((a, b) => a - b).map((year) => ({ label: String(year), action: action(year) })),
    5,
  );
}

export function join(blocks: (string | null | undefined | false)[]): string {
  return blocks.filter((b): b is string => typeof b === "string" && b !== "").join("\n");
}
