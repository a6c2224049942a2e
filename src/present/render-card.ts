import type { BodyYearView, NoDataAnswer, RankAnswer, RankInfo, ScoreAnswer } from "../answer/types.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, categoryPlural, join, name, otherProgrammeLines, programmeName, yearButtons, provinceName, scoreText, sourcesLine, zoneEmoji, zoneName } from "./common.js";
import { otherProgrammes } from "../answer/units.js";
import { escapeHtml, formatDelta, formatYears } from "./format.js";

/** Score, zone, grade, predicate and opinion of a view. */
export function resultLines(ctx: RenderContext, view: BodyYearView): string[] {
  const lines: string[] = [];
  const head = [view.score ? ctx.t("card-score", { score: scoreText(ctx, view.score) }) : null];
  if (view.zone) head.push(`${zoneEmoji(view.zone.value)} ${zoneName(ctx, view.zone.value)}`);
  if (view.grade) head.push(ctx.t("card-grade", { grade: view.grade.value }));
  lines.push(head.filter(Boolean).join(" · ") || ctx.t("card-score-missing"));
  if (view.opinionText) lines.push(ctx.t("card-opinion", { opinion: escapeHtml(view.opinionText.value) }));
  else if (view.predicate) lines.push(ctx.t("card-predicate", { predicate: escapeHtml(ctx.locale === "id" ? view.predicate.id : view.predicate.en) }));
  return lines;
}

/** Official ranks first; a computed one when complete, or as "X of N with data" when partial. */
export function rankLines(ctx: RenderContext, view: BodyYearView, national: RankInfo, province: RankInfo): string[] {
  const lines: string[] = [];
  const category = categoryPlural(ctx, view.body.category);
  const provinceLabel = provinceName(ctx, view.provinceCode);
  if (national.official) {
    lines.push(`${ctx.t("card-rank-national-official", { position: String(national.official.value), category })} ${ctx.t("card-rank-source")}`);
  } else if (national.computed && national.computed.outOf > 1) {
    const c = national.computed;
    lines.push(
      ctx.t(c.complete ? "card-rank-computed-complete" : "card-rank-computed-partial", {
        scope: "national",
        position: String(c.position),
        outOf: String(c.outOf),
        category,
        assessed: c.assessed === null ? "none" : String(c.assessed),
      }),
    );
  }
  if (province.official) {
    lines.push(`${ctx.t("card-rank-province-official", { position: String(province.official.value), province: provinceLabel })} ${ctx.t("card-rank-source")}`);
  } else if (province.computed && province.computed.outOf > 1) {
    const c = province.computed;
    lines.push(
      ctx.t(c.complete ? "card-rank-computed-complete" : "card-rank-computed-partial", {
        scope: "province",
        position: String(c.position),
        outOf: String(c.outOf),
        province: provinceLabel,
        assessed: c.assessed === null ? "none" : String(c.assessed),
      }),
    );
  }
  return lines;
}

export function cardButtons(ctx: RenderContext, view: BodyYearView, otherYears: number[]): Button[][] {
  const code = view.body.code;
  // Every year "Tahun lain" names is a button: none is hidden.
  const years = yearButtons(otherYears, (year) => ({ a: "card", code, year }));
  const next: Button[] = [{ label: ctx.t("button-trend"), action: { a: "trend", code } }];
  if ((ctx.catalog.unitsByBody.get(code) ?? []).some((u) => u.programme_id === view.programme)) next.push({ label: ctx.t("button-units"), action: { a: "units", code } });
  if (view.provinceCode && (view.body.category === "kabupaten" || view.body.category === "kota")) {
    next.push({
      label: ctx.t("button-top-province", { province: provinceName(ctx, view.provinceCode).replace(/^Provinsi /, "") }),
      action: { a: "top", province: view.provinceCode, year: view.year, dir: "list", page: 0 },
    });
  }
  const last: Button[] = [
    { label: ctx.t("button-compare"), action: { a: "cmp", code, year: view.year } },
    { label: ctx.t("button-follow"), action: { a: "follow", target: "body", code } },
  ];
  return [...years, next, last].filter((row) => row.length > 0);
}

function header(ctx: RenderContext, view: BodyYearView): string[] {
  return [
    ctx.t("card-title", { emoji: zoneEmoji(view.zone?.value), name: name(view.body.name), year: String(view.year) }),
    ctx.t("card-programme", { programme: programmeName(ctx, view.programme) }),
  ];
}

export function renderScore(ctx: RenderContext, answer: ScoreAnswer) {
  const { view, change } = answer;
  // A KemenPAN-RB result of the same body: named and a button away, never mixed into this card.
  const others = otherProgrammeLines(ctx, view.body, otherProgrammes(ctx.catalog, view.body.code, view.programme));
  const changeLine =
    change && view.score
      ? ctx.t(change.methodChanged ? "card-change-method" : "card-change", {
          fromYear: String(change.fromYear),
          fromScore: scoreText(ctx, { value: change.fromScore, decimals: change.fromDecimals }),
          score: scoreText(ctx, view.score),
          delta: formatDelta(change.delta, ctx.locale),
        })
      : null;
  const html = join([
    ...header(ctx, view),
    "",
    ...resultLines(ctx, view),
    ...rankLines(ctx, view, answer.national, answer.province),
    changeLine,
    ...caveatLines(ctx, view.caveats, view),
    answer.otherYears.length ? ctx.t("card-other-years", { years: formatYears(answer.otherYears) }) : null,
    ...others.lines,
    sourcesLine(ctx, view.sources),
  ]);
  const buttons = cardButtons(ctx, view, answer.otherYears);
  if (others.buttons.length) buttons.splice(-1, 0, others.buttons);
  return { html, buttons };
}

export function renderRank(ctx: RenderContext, answer: RankAnswer) {
  const { view } = answer;
  const national = answer.scope === "province" && answer.province.official ? { official: null, computed: null } : answer.national;
  let ranks = rankLines(ctx, view, national, answer.province);
  if (ranks.length === 0) ranks = rankLines(ctx, view, answer.national, answer.province);
  const regional = view.body.category === "kabupaten" || view.body.category === "kota";
  const html = join([
    ctx.t("rank-question-title", { name: name(view.body.name), year: String(view.year) }),
    ctx.t("card-programme", { programme: programmeName(ctx, view.programme) }),
    "",
    ...(ranks.length ? ranks : [ctx.t("rank-none")]),
    answer.scope === "province" && !regional ? ctx.t("rank-none-province") : null,
    ...resultLines(ctx, view),
    ...caveatLines(ctx, view.caveats, view),
    sourcesLine(ctx, view.sources),
  ]);
  return { html, buttons: cardButtons(ctx, view, []) };
}

export function renderNoData(ctx: RenderContext, answer: NoDataAnswer) {
  const lead = answer.body
    ? answer.year !== null
      ? ctx.t("no-data-body-year", { name: name(answer.body.name), year: String(answer.year) })
      : ctx.t("no-data-body", { name: name(answer.body.name) })
    : answer.year !== null
      ? ctx.t("no-data-year", { year: String(answer.year) })
      : ctx.t("no-data");
  const html = join([
    lead,
    ...caveatLines(ctx, answer.caveats, null),
    answer.availableYears.length ? ctx.t("no-data-available", { years: formatYears(answer.availableYears) }) : null,
    ctx.t("no-data-partial"),
  ]);
  const code = answer.body?.code;
  return { html, buttons: code ? yearButtons(answer.availableYears, (year) => ({ a: "card", code, year })) : [] };
}
