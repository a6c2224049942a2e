import type { Catalog } from "../answer/catalog.js";
import type { BodyYearView, Caveat, Fact, SourceRef } from "../answer/types.js";
import type { Zone } from "../store/schema.js";
import type { Action } from "./actions.js";
import { escapeHtml, formatNumber, sourceLabel } from "./format.js";
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
export const name = (text: string) => escapeHtml(text);

export function provinceName(ctx: RenderContext, code: string | null): string {
  if (!code) return "";
  return escapeHtml(ctx.catalog.bodies.get(code)?.name ?? code);
}

export function categoryPlural(ctx: RenderContext, category: string | null): string {
  return ctx.t("category-plural", { category: category ?? "regional" });
}

export function programmeName(ctx: RenderContext, programme: string): string {
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

function link(source: SourceRef): string {
  const label = escapeHtml(sourceLabel(source.url, source.note));
  return source.url ? `<a href="${escapeHtml(source.url)}">${label}</a>` : label;
}

/** "Sumber: a.id, b.com dan 2 lainnya": distinct sources, the first three linked. */
export function sourcesLine(ctx: RenderContext, sources: SourceRef[], max = 3): string | null {
  const distinct = [...new Map(sources.map((s) => [s.url ?? sourceLabel(null, s.note), s])).values()];
  if (distinct.length === 0) return null;
  const shown = distinct.slice(0, max).map(link).join(", ");
  const more = distinct.length > max ? ` ${ctx.t("sources-more", { count: String(distinct.length - max) })}` : "";
  return ctx.t("sources", { list: shown + more });
}

function conflictLine<T>(ctx: RenderContext, field: string, fact: Fact<T> | null, show: (v: T) => string): string[] {
  if (!fact) return [];
  return fact.conflicts.map((c) =>
    ctx.t("caveat-conflict", {
      field: ctx.t("caveat-field", { field }),
      value: show(c.value),
      sources: c.sources.map(link).join(", "),
    }),
  );
}

/** Every caveat of a view or an answer, as sentences. */
export function caveatLines(ctx: RenderContext, caveats: Caveat[], view: BodyYearView | null): string[] {
  const lines: string[] = [];
  const year = String(view?.year ?? "");
  for (const caveat of caveats) {
    switch (caveat.kind) {
      case "conflict":
        if (!view) break;
        if (caveat.field === "score") lines.push(...conflictLine(ctx, "score", view.score, (v) => num(ctx, v)));
        if (caveat.field === "zone") lines.push(...conflictLine(ctx, "zone", view.zone, (v) => zoneName(ctx, v)));
        if (caveat.field === "grade") lines.push(...conflictLine(ctx, "grade", view.grade, (v) => v));
        if (caveat.field === "rank_national") lines.push(...conflictLine(ctx, "rank_national", view.rankNational, String));
        if (caveat.field === "rank_province") lines.push(...conflictLine(ctx, "rank_province", view.rankProvince, String));
        if (caveat.field === "opinion_text") lines.push(...conflictLine(ctx, "opinion_text", view.opinionText, escapeHtml));
        break;
      case "zone-derived":
      case "grade-derived":
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
        lines.push(ctx.t("caveat-scale-uncertain", { year: String(caveat.year), confidence: escapeHtml(caveat.confidence) }));
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
      case "other-programme":
        lines.push(ctx.t("caveat-other-programme", { programme: programmeName(ctx, caveat.programme) }));
        break;
      case "note-only":
        lines.push(ctx.t("caveat-note-only", { note: escapeHtml(caveat.note) }));
        break;
    }
  }
  return [...new Set(lines)];
}

export function join(blocks: (string | null | undefined | false)[]): string {
  return blocks.filter((b): b is string => typeof b === "string" && b !== "").join("\n");
}
