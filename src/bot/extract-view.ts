/**
 * The messages of a news report's review, in the admin's language: one candidate at a time (each press edits the
 * message: Telegram's 4,096 characters hold one candidate with its sentences, never a whole list), the columns to
 * correct, what the extractor left undecided (pages of five), and the import's preview.
 */
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { UndecidedReason } from "../extract/index.js";
import { CORRECTABLE, type ReviewItem } from "../extract/review.js";
import type { DraftOutcome } from "../ingest/draft-import.js";
import type { RowRefusal } from "../ingest/result-rows.js";
import { encodeAction } from "../present/actions.js";
import { escapeHtml } from "../present/format.js";
import type { Locale, TranslateArgs } from "../present/i18n.js";
import type { ReviewState } from "./extract-review.js";

export type T = (key: string, args?: TranslateArgs) => string;

export interface View {
  html: string;
  markup: InlineKeyboardMarkup;
}

/** A quoted sentence is cut to this many characters, around the value it gave. */
const QUOTE_MAX = 320;
/** Evidence sentences quoted per candidate. */
const QUOTES_SHOWN = 3;
export const UNDECIDED_PAGE = 5;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A sentence cut to `max` characters at word boundaries, keeping the first of `anchors` it contains in view. */
export function cutSentence(sentence: string, anchors: readonly string[], max = QUOTE_MAX): string {
  const s = sentence.replace(/\s+/g, " ").trim();
  if (s.length <= max) return s;
  let at = -1;
  for (const a of anchors) {
    if (!a) continue;
    const m = new RegExp(`(?<![\\p{L}\\d])${escapeRe(a)}(?![\\p{L}\\d])`, "iu").exec(s);
    if (m) {
      at = m.index;
      break;
    }
  }
  let start = at < 0 ? 0 : Math.max(0, at - Math.floor(max * 0.4));
  let end = Math.min(s.length, start + max);
  start = Math.max(0, end - max);
  if (start > 0) {
    const space = s.indexOf(" ", start);
    if (space >= 0 && space < start + 30) start = space + 1;
  }
  if (end < s.length) {
    const space = s.lastIndexOf(" ", end);
    if (space > end - 30) end = space;
  }
  return `${start > 0 ? "… " : ""}${s.slice(start, end)}${end < s.length ? " …" : ""}`;
}

const quote = (text: string) => `<blockquote>${escapeHtml(text)}</blockquote>`;
/** A value as the admin's language writes it: a score 94,39 in Indonesian. */
export const shownValue = (locale: Locale, field: string, value: string) => (locale === "id" && field === "score" ? value.replace(".", ",") : value);
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const button = (text: string, data: Parameters<typeof encodeAction>[0]): InlineKeyboardButton => ({ text, callback_data: encodeAction(data) });

export const fieldLabel = (t: T, field: string) => t(`extract-field-${field.replace(/_/g, "-")}`);

export function whyText(t: T, locale: Locale, reason: UndecidedReason): string {
  const { code, ...values } = reason;
  const args: TranslateArgs = {};
  for (const [k, v] of Object.entries(values)) args[k] = Array.isArray(v) ? v.join(" / ") : (v ?? "");
  if (reason.code === "conflict") {
    args.field = fieldLabel(t, reason.field);
    args.value = shownValue(locale, reason.field, reason.value);
  }
  return t(`extract-why-${code}`, args);
}

export function refusalLines(t: T, refusals: readonly RowRefusal[]): string[] {
  return refusals.map((r) => `• <b>${escapeHtml(fieldLabel(t, r.field))}</b>: ${escapeHtml(t(`extract-refusal-${r.code}`, r.args))}`);
}

function header(t: T, state: ReviewState): string {
  const lines = [t("extract-header", { draft: String(state.draft.id), title: escapeHtml(state.extraction.title) })];
  const { review } = state;
  if (review.sourceState === "url" && review.sourceUrl) lines.push(t("extract-source-url", { url: escapeHtml(review.sourceUrl) }));
  else if (review.sourceState === "none") lines.push(t("extract-source-none", { note: escapeHtml(review.sourceNote ?? state.extraction.title) }));
  else lines.push(t("extract-source-ask"));
  return lines.join("\n");
}

function tally(t: T, items: readonly ReviewItem[]): string {
  const kept = items.filter((i) => i.decision === "keep").length;
  const dropped = items.filter((i) => i.decision === "drop").length;
  return t("extract-tally", { kept: String(kept), dropped: String(dropped), open: String(items.length - kept - dropped), total: String(items.length) });
}

const RESULT_VALUES = ["score", "zone", "opinion", "opinion_text", "rank_province", "rank_national"] as const;
const UNIT_VALUES = ["score", "zone", "opinion"] as const;

/** One candidate: who, which year, its values, the sentences they were read from, what the import would refuse. */
export function candidateView(t: T, locale: Locale, state: ReviewState, position: number, refusals: readonly RowRefusal[]): View {
  const item = state.items[position]!;
  const record = item.record as Record<string, string>;
  const total = state.items.length;
  const programme = t("extract-programme", { programme: record.programme ?? "" });
  const lines = [header(t, state), "", t("extract-position", { n: String(position + 1), total: String(total), kind: t(`extract-kind-${item.kind}`) })];
  const body = `<b>${escapeHtml(record.entity_name || record.entity_code || "")}</b> (${escapeHtml(record.entity_code ?? "")})`;
  if (item.kind === "row") {
    lines.push(t("extract-identity-row", { body, year: record.year ?? "", programme }) + (record.statement === "group" ? ` ${t("extract-group-statement")}` : ""));
  } else {
    lines.push(t("extract-identity-unit", { unit: escapeHtml(record.unit_name ?? ""), body, year: record.year ?? "", programme }));
  }
  const fields = item.kind === "row" ? RESULT_VALUES : UNIT_VALUES;
  for (const f of fields) {
    const value = record[f] ?? "";
    const corrected = item.corrected.includes(f);
    if (value === "" && !corrected) continue;
    const text = value === "" ? "—" : escapeHtml(shownValue(locale, f, value));
    lines.push(`• ${escapeHtml(capitalized(fieldLabel(t, f)))}: <b>${text}</b>${corrected ? ` ${t("extract-corrected")}` : ""}`);
  }
  for (const f of ["entity_code", "year", "unit_name"]) {
    if (item.corrected.includes(f)) lines.push(`• ${escapeHtml(capitalized(fieldLabel(t, f)))} ${t("extract-corrected")}`);
  }
  lines.push(t("extract-confidence", { percent: String(Math.round(item.candidate.confidence * 100)) }));
  // The main sentence first, then the other sentences values were read from.
  const sentences = [item.candidate.sentence, ...item.candidate.evidence.map((e) => e.sentence)].filter((s, i, all) => all.indexOf(s) === i);
  lines.push(t("extract-read-from"));
  for (const s of sentences.slice(0, QUOTES_SHOWN)) {
    const anchors = item.candidate.evidence.filter((e) => e.sentence === s).flatMap((e) => [e.value.replace(".", ","), e.value]);
    lines.push(quote(cutSentence(s, [...anchors, item.kind === "unit" ? item.candidate.unit_name : ""])));
  }
  if (refusals.length) lines.push(t("extract-refused"), ...refusalLines(t, refusals));
  lines.push(t(`extract-decision-${item.decision ?? "none"}`), tally(t, state.items));
  const { id } = state.draft;
  const nav: InlineKeyboardButton[] = [];
  if (position > 0) nav.push(button(t("extract-btn-prev"), { a: "xr", op: "show", draft: id, pos: position - 1 }));
  if (position < total - 1) nav.push(button(t("extract-btn-next"), { a: "xr", op: "show", draft: id, pos: position + 1 }));
  const rows: InlineKeyboardButton[][] = [
    [
      button(t("extract-btn-keep"), { a: "xr", op: "keep", draft: id, pos: position }),
      button(t("extract-btn-drop"), { a: "xr", op: "drop", draft: id, pos: position }),
      button(t("extract-btn-fix"), { a: "xr", op: "fix", draft: id, pos: position }),
    ],
  ];
  if (nav.length) rows.push(nav);
  rows.push(closingRow(t, state));
  return { html: lines.join("\n"), markup: { inline_keyboard: rows } };
}

/** What the extractor left undecided and the preview: under every page of the review. */
function closingRow(t: T, state: ReviewState, except?: "und"): InlineKeyboardButton[] {
  const { id } = state.draft;
  const row: InlineKeyboardButton[] = [];
  const count = state.extraction.undecided.length;
  if (count && except !== "und") row.push(button(t("extract-btn-undecided", { count: String(count) }), { a: "xr", op: "und", draft: id, pos: 0 }));
  row.push(button(t("extract-btn-preview"), { a: "xr", op: "pre", draft: id, pos: 0 }));
  return row;
}

/** The columns of one candidate that can be corrected. */
export function fieldChoiceView(t: T, state: ReviewState, position: number): View {
  const item = state.items[position]!;
  const { id } = state.draft;
  const buttons = CORRECTABLE[item.kind].map((field) => button(fieldLabel(t, field), { a: "xf", draft: id, pos: position, field }));
  const rows: InlineKeyboardButton[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([button(t("extract-btn-back"), { a: "xr", op: "show", draft: id, pos: position })]);
  return { html: [header(t, state), "", t("extract-fix-choose", { n: String(position + 1) })].join("\n"), markup: { inline_keyboard: rows } };
}

/** One page of what the extractor could not decide, each with its reason and sentence. */
export function undecidedView(t: T, locale: Locale, state: ReviewState, page: number): View {
  const all = state.extraction.undecided;
  const pages = Math.max(1, Math.ceil(all.length / UNDECIDED_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shownItems = all.slice(p * UNDECIDED_PAGE, (p + 1) * UNDECIDED_PAGE);
  const lines = [header(t, state), ""];
  if (state.items.length === 0) lines.push(t("extract-no-candidates"));
  lines.push(t("extract-undecided-title", { from: String(p * UNDECIDED_PAGE + 1), to: String(p * UNDECIDED_PAGE + shownItems.length), total: String(all.length) }));
  for (const u of shownItems) {
    lines.push(t("extract-undecided-item", { text: escapeHtml(u.text), why: escapeHtml(whyText(t, locale, u.reason)) }));
    lines.push(quote(cutSentence(u.sentence, [u.text], 200)));
  }
  const { id } = state.draft;
  const nav: InlineKeyboardButton[] = [];
  if (p > 0) nav.push(button(t("extract-btn-prev"), { a: "xr", op: "und", draft: id, pos: p - 1 }));
  if (p < pages - 1) nav.push(button(t("extract-btn-next"), { a: "xr", op: "und", draft: id, pos: p + 1 }));
  const rows: InlineKeyboardButton[][] = [];
  if (nav.length) rows.push(nav);
  const closing = closingRow(t, state, "und");
  if (state.items.length) closing.unshift(button(t("extract-btn-back"), { a: "xr", op: "show", draft: id, pos: 0 }));
  rows.push(closing);
  return { html: lines.join("\n"), markup: { inline_keyboard: rows } };
}

/** The import's preview: exact counts (the real import rolled back) and Import / Cancel for this revision. */
export function previewView(t: T, state: ReviewState, outcome: Extract<DraftOutcome, { kind: "previewed" | "imported" }>): View {
  const dropped = state.items.filter((i) => i.decision === "drop").length;
  const open = state.items.filter((i) => i.decision !== "keep" && i.decision !== "drop").length;
  const units = outcome.units ?? { added: 0, unchanged: 0, conflicts: 0 };
  const html = t("extract-preview", {
    title: escapeHtml(state.extraction.title),
    added: String(outcome.added),
    unchanged: String(outcome.unchanged),
    conflicts: String(outcome.conflicts),
    units: String(units.added),
    unitsUnchanged: String(units.unchanged),
    unitsConflicts: String(units.conflicts),
    messages: String(outcome.messages),
    chats: String(outcome.chats),
    dropped: String(dropped),
    open: String(open),
  });
  const { id } = state.draft;
  const rev = outcome.revision ?? state.review.revision;
  return {
    html,
    markup: {
      inline_keyboard: [
        [button(t("extract-btn-import"), { a: "xi", choice: "ok", draft: id, rev }), button(t("extract-btn-cancel"), { a: "xi", choice: "no", draft: id, rev })],
        [button(t("extract-btn-back"), { a: "xr", op: "show", draft: id, pos: 0 })],
      ],
    },
  };
}
