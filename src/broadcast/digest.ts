import type { Catalog } from "../answer/catalog.js";
import { escapeHtml, formatNumber } from "../present/format.js";
import type { Translate } from "../present/i18n.js";
import type { Change, Place, ResultFact } from "./announcements.js";
import { deepLink, type BroadcastLocale, type Target } from "./targets.js";

export interface DigestContext {
  locale: BroadcastLocale;
  t: Translate;
  catalog: Catalog;
  /** Without it (BOT_USERNAME unset) bodies are named as plain text, with no deep links. */
  botUsername?: string | undefined;
}

export interface Digest {
  html: string;
  replyMarkup?: { inline_keyboard: { text: string; url: string }[][] };
}

/** Telegram allows 4096 characters; HTML tags count here too, so this keeps a margin. */
const MAX_HTML = 3800;

/** Places first (best first), then newest year, best score, name: what a reader scans for. */
function byInterest(a: ResultFact, b: ResultFact): number {
  const bestPlace = (f: ResultFact) => Math.min(99, ...f.places.map((p) => p.position));
  return (
    bestPlace(a) - bestPlace(b) ||
    b.year - a.year ||
    (b.score ?? -1) - (a.score ?? -1) ||
    a.body.name.localeCompare(b.body.name)
  );
}

function title(target: Target, ctx: DigestContext): string {
  switch (target.kind) {
    case "body":
      return ctx.t("announce-title-body", { name: escapeHtml(ctx.catalog.bodies.get(target.code)?.name ?? target.code) });
    case "province":
      return ctx.t("announce-title-province", { name: escapeHtml(ctx.catalog.bodies.get(target.code)?.name ?? target.code) });
    case "category":
      return ctx.t("announce-title-category", { category: target.code });
  }
}

function resultLine(fact: ResultFact, ctx: DigestContext): string | null {
  const parts: string[] = [];
  if (fact.score !== null) parts.push(ctx.t("announce-score", { score: formatNumber(fact.score, ctx.locale, fact.scoreDecimals) }));
  if (fact.zone) parts.push(ctx.t("announce-zone", { zone: fact.zone }));
  if (fact.grade) parts.push(ctx.t("announce-grade", { grade: escapeHtml(fact.grade) }));
  // The source's own wording (2025 "… Tanpa Maladministrasi") in Indonesian; the scale's predicate in English.
  const wording = ctx.locale === "id" ? (fact.opinionText ?? fact.predicate?.id) : (fact.predicate?.en ?? fact.opinionText);
  if (wording) parts.push(escapeHtml(wording));
  return parts.length ? parts.join(" · ") : null;
}

function changeLine(change: Change, ctx: DigestContext): string {
  const from = [
    change.fromZone ? ctx.t("announce-zone-name", { zone: change.fromZone }) : null,
    change.fromGrade ? ctx.t("announce-grade-name", { grade: escapeHtml(change.fromGrade) }) : null,
  ].filter(Boolean).join(", ");
  const line = ctx.t("announce-change", { direction: change.direction, from, year: String(change.fromYear) });
  return change.methodChanged ? line + ctx.t("announce-method-changed") : line;
}

function placeLine(place: Place, fact: ResultFact, ctx: DigestContext): string {
  const line =
    place.scope === "national"
      ? ctx.t("announce-place-national", { position: String(place.position), category: fact.body.category })
      : ctx.t("announce-place-province", {
          position: String(place.position),
          province: escapeHtml(ctx.catalog.bodies.get(fact.provinceCode ?? "")?.name ?? fact.provinceCode ?? ""),
        });
  return place.official ? line : line + ctx.t("announce-place-computed");
}

function item(fact: ResultFact, ctx: DigestContext): string {
  const lines = [
    ctx.botUsername
      ? ctx.t("announce-item", { link: escapeHtml(deepLink(ctx.botUsername, fact.body.code)), name: escapeHtml(fact.body.name), year: String(fact.year) })
      : ctx.t("announce-item-plain", { name: escapeHtml(fact.body.name), year: String(fact.year) }),
    fact.isNewResult ? resultLine(fact, ctx) : null,
    fact.change ? changeLine(fact.change, ctx) : null,
    ...fact.places.map((p) => placeLine(p, fact, ctx)),
  ];
  return lines.filter((l): l is string => Boolean(l)).join("\n");
}

/** One message for one followed target: every fact of the import about it, as many as fit. */
export function renderDigest(target: Target, facts: readonly ResultFact[], ctx: DigestContext): Digest {
  const head = title(target, ctx);
  const footer = ctx.t("announce-footer");
  const items = [...facts].sort(byInterest).map((f) => item(f, ctx));
  const shown: string[] = [];
  let length = head.length + footer.length + 200; // room for the "…and N more" line
  for (const text of items) {
    if (length + text.length + 2 > MAX_HTML) break;
    shown.push(text);
    length += text.length + 2;
  }
  const more = items.length - shown.length;
  const html = [head, ...shown, ...(more > 0 ? [ctx.t("announce-more", { count: String(more) })] : []), footer].join("\n\n");
  if (target.kind !== "body" || !ctx.botUsername) return { html };
  return { html, replyMarkup: { inline_keyboard: [[{ text: ctx.t("announce-button-card"), url: deepLink(ctx.botUsername, target.code) }]] } };
}
