import type { BodyYearView, ComputedRank, NoDataAnswer, RankAnswer, RankInfo, ScoreAnswer } from "../answer/types.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, categoryPlural, join, placeRange, name, otherProgrammeLines, programmeName, yearButtons, provinceName, scoreText, sourceLinks, sourcesLine, zoneEmoji, zoneName } from "./common.js";
import { otherProgrammes } from "../answer/units.js";
import { OMBUDSMAN } from "../domain/programmes.js";
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

/** A range a card states: at most a handful of places, or a small share of the ranking. */
const CARD_RANGE_MAX_PLACES = 5;
const CARD_RANGE_MAX_SHARE = 0.05;

/**
 * A worked-out place worth stating on a card: one place, or a closed range of at most five places
 * covering at most half of the ranking, or of at most 5% of its places ("8–25 of 415"). A wider or
 * open range ("41–316 of 415", "≥46") says nothing a reader can use.
 */
export function isNarrowPlace(c: Pick<ComputedRank, "from" | "to" | "assessed">): boolean {
  if (c.to === null) return false;
  const width = c.to - c.from + 1;
  if (width <= CARD_RANGE_MAX_PLACES && (c.assessed === null || width * 2 <= c.assessed)) return true;
  return c.assessed !== null && width <= c.assessed * CARD_RANGE_MAX_SHARE;
}

/**
 * A computed place: exact or a narrow range, of how many, and whether the data behind it is
 * complete; a wide one gives way to "no source states a rank" and how many scores Rapor holds.
 */
function computedLine(ctx: RenderContext, scope: "national" | "province", c: ComputedRank, category: string, province: string, among: string | null): string {
  const assessed = c.assessed === null ? null : String(c.assessed);
  if (!isNarrowPlace(c)) {
    const args = { withData: String(c.outOf), assessed: assessed ?? "none", province };
    return scope === "national"
      ? ctx.t("card-place-unstated-national", { ...args, category })
      : ctx.t("card-place-unstated-province", { ...args, category: among ?? categoryPlural(ctx, null) });
  }
  const place = placeRange(c.from, c.to);
  const key =
    scope === "national"
      ? assessed === null ? "lists-card-computed-national-open" : "lists-card-computed-national"
      : assessed === null ? "lists-card-computed-province-open" : among ? "lists-card-computed-province-among" : "lists-card-computed-province";
  const head = ctx.t(key, { place, assessed: assessed ?? "", category: among ?? category, province });
  const tied = c.tied ? "yes" : "no";
  return head + (c.complete ? ctx.t("lists-card-computed-complete", { tied }) : ctx.t("lists-card-computed-partial", { withData: String(c.outOf), tied }));
}

/** No source states the place and the score fits none the stated ones leave: said, with an example, instead of a place. */
function contradictsLine(ctx: RenderContext, scope: "national" | "province", view: BodyYearView, c: NonNullable<RankInfo["contradicts"]>, category: string, province: string): string {
  const e = c.example;
  const args = e
    ? { example: "yes", score: scoreText(ctx, view.score!), other: name(e.body.name), otherScore: scoreText(ctx, e.score), position: String(e.position) }
    : { example: "no", score: "", other: "", otherScore: "", position: "" };
  return ctx.t(`lists-card-contradicts-${scope}`, { ...args, category, province });
}

/** Official ranks first (and who shares them); else the places the body can still hold, worked out by Rapor. */
export function rankLines(ctx: RenderContext, view: BodyYearView, national: RankInfo, province: RankInfo): string[] {
  const lines: string[] = [];
  const category = categoryPlural(ctx, view.body.category);
  const provinceLabel = provinceName(ctx, view.provinceCode ?? (view.body.category === "provinsi" ? view.body.code : null));
  const shared = (info: RankInfo) =>
    info.sharedWith.length ? [ctx.t("lists-card-shared", { names: info.sharedWith.map((b) => name(b.name)).join(", ") })] : [];
  if (national.official) {
    lines.push(`${ctx.t("card-rank-national-official", { position: String(national.official.value), category })} ${ctx.t("card-rank-source")}`, ...shared(national));
  } else if (national.computed && national.computed.outOf > 1) {
    lines.push(computedLine(ctx, "national", national.computed, category, provinceLabel, null));
  } else if (national.contradicts) {
    lines.push(contradictsLine(ctx, "national", view, national.contradicts, category, provinceLabel));
  }
  const among = province.among ? categoryPlural(ctx, province.among) : null;
  if (province.official) {
    const position = String(province.official.value);
    const head = among
      ? ctx.t("lists-card-official-among", { position, category: among, province: provinceLabel })
      : ctx.t("card-rank-province-official", { position, province: provinceLabel });
    lines.push(`${head} ${ctx.t("card-rank-source")}`, ...shared(province), ...pemprovListLines(ctx, view, provinceLabel));
  } else if (province.computed && province.computed.outOf > 1) {
    lines.push(computedLine(ctx, "province", province.computed, category, provinceLabel, among));
  } else if (province.contradicts) {
    lines.push(contradictsLine(ctx, "province", view, province.contradicts, among ?? categoryPlural(ctx, null), provinceLabel));
  } else if (view.body.category === "provinsi") {
    lines.push(...pemprovListLines(ctx, view, provinceLabel));
  }
  return lines;
}

/**
 * What a report that numbered the Pemprov among the kab/kota printed: for a kab/kota after it, its
 * own number (one more than the rank shown); for the Pemprov, its place in that list, which is no rank.
 */
function pemprovListLines(ctx: RenderContext, view: BodyYearView, province: string): string[] {
  return view.pemprovLists.flatMap((l) => {
    const sources = sourceLinks(ctx, [l.source], view.sources).join(", ");
    if (view.body.category === "provinsi") return [ctx.t("lists-card-pemprov-listed", { province, sources, position: String(l.listedAt) })];
    if (l.listedAt <= l.pemprovAt) return [];
    const args = { sources, province, pemprovAt: String(l.pemprovAt), name: name(view.body.name), listedAt: String(l.listedAt), position: String(l.listedAt - 1) };
    return [ctx.t("lists-card-pemprov-shifted", args)];
  });
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
    ctx.t("card-programme", { programme: programmeName(ctx, view.programme, view.year) }),
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
  // The ranks asked for ("di Lampung sm nasional": both); the other one only when the asked one is unknown.
  const unknown = (info: RankInfo): RankInfo => ({ official: null, computed: null, sharedWith: [], among: info.among });
  const provinceKnown = Boolean(answer.province.official || answer.province.computed);
  const national = answer.scope === "province" && provinceKnown ? unknown(answer.national) : answer.national;
  const province = answer.scope === "national" ? unknown(answer.province) : answer.province;
  let ranks = rankLines(ctx, view, national, province);
  if (ranks.length === 0) ranks = rankLines(ctx, view, answer.national, answer.province);
  const regional = view.body.category === "kabupaten" || view.body.category === "kota";
  const html = join([
    ctx.t("rank-question-title", { name: name(view.body.name), year: String(view.year) }),
    ctx.t("card-programme", { programme: programmeName(ctx, view.programme, view.year) }),
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
    ...answer.unitYears.map((u) =>
      ctx.t("no-data-unit-years", { name: name(answer.body?.name ?? ""), years: formatYears(u.years), programme: programmeName(ctx, u.programme) }),
    ),
    ctx.t("no-data-partial"),
  ]);
  const code = answer.body?.code;
  if (!code) return { html, buttons: [] };
  // Its units are a button away: Ombudsman's in the units view, another programme's in that programme's answer.
  const units = answer.unitYears.map((u) =>
    u.programme === OMBUDSMAN
      ? { label: ctx.t("button-units"), action: { a: "units" as const, code } }
      : { label: ctx.t("button-programme", { programme: u.programme }), action: { a: "prog" as const, code, programme: u.programme } },
  );
  return { html, buttons: [...yearButtons(answer.availableYears, (year) => ({ a: "card", code, year })), ...(units.length ? [units] : [])] };
}
