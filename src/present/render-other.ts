import type { CompareAnswer, ExplainAnswer, RankInfo, StatsAnswer, TrendAnswer } from "../answer/types.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, categoryPlural, gradeSuffix, join, name, num, programmeName, provinceName, resultLabel, scoreText, sourceLinks, sourcesLine, yearButtons, zoneEmoji, zoneName } from "./common.js";
import { escapeHtml, formatDelta, formatNumber, formatYears } from "./format.js";

export function renderCompare(ctx: RenderContext, answer: CompareAnswer) {
  const lines = answer.items.map(({ body, view, availableYears }) => {
    if (!view) {
      return ctx.t("compare-item-missing", { name: name(body.name), years: availableYears.length ? formatYears(availableYears) : "none" });
    }
    return view.score
      ? ctx.t("compare-item", { name: name(body.name), year: String(view.year), score: scoreText(ctx, view.score), emoji: zoneEmoji(view.zone?.value), grade: gradeSuffix(view) })
      : ctx.t("compare-item-unscored", { name: name(body.name), year: String(view.year), emoji: zoneEmoji(view.zone?.value), label: resultLabel(ctx, view) });
  });
  const scored = answer.items.filter((i) => i.view?.score).sort((a, b) => b.view!.score!.value - a.view!.score!.value);
  // A gap only between scores of one year: never across years, so never across methods.
  const oneYear = new Set(scored.map((i) => i.view!.year)).size === 1;
  let gap: string | null = null;
  if (scored.length === 2 && oneYear) {
    const [high, low] = scored as [(typeof scored)[0], (typeof scored)[0]];
    const delta = Math.round((high.view!.score!.value - low.view!.score!.value) * 100) / 100;
    gap = delta === 0 ? ctx.t("compare-equal") : ctx.t("compare-gap", { delta: num(ctx, delta), leader: name(high.body.name) });
  }
  const views = answer.items.flatMap((i) => (i.view ? [i.view] : []));
  const html = join([
    ctx.t("compare-title", { year: answer.year === null ? "none" : String(answer.year) }),
    ...lines,
    gap,
    answer.yearBasis === "common" ? ctx.t("lists-compare-common", { year: String(answer.year) }) : null,
    answer.yearBasis === "latest-each" && scored.length > 1 ? ctx.t("lists-compare-no-common") : null,
    ...caveatLines(ctx, answer.caveats, null),
    ...views.flatMap((v) => caveatLines(ctx, v.caveats.filter((c) => c.kind === "conflict" || c.kind === "zone-contradicts-score"), v)),
    sourcesLine(ctx, views.flatMap((v) => v.sources)),
  ]);
  const buttons: Button[][] = [views.map((v) => ({ label: v.body.name, action: { a: "card" as const, code: v.body.code, year: v.year } }))];
  return { html, buttons: buttons.filter((r) => r.length) };
}

export function renderTrend(ctx: RenderContext, answer: TrendAnswer) {
  const rows: { year: number; line: string }[] = answer.points.map(({ view, change, national, province }) => {
    const ranks = trendRanks(ctx, view, national, province);
    const result = view.score
      ? ctx.t("trend-point", {
          year: String(view.year),
          score: scoreText(ctx, view.score),
          emoji: zoneEmoji(view.zone?.value),
          grade: gradeSuffix(view),
          delta: change ? ` (${formatDelta(change.delta, ctx.locale)}${change.methodChanged ? " ⚠️" : ""})` : "",
        })
      : view.zone || view.grade || view.opinionText
        ? ctx.t("trend-point-unscored", { year: String(view.year), emoji: zoneEmoji(view.zone?.value), label: resultLabel(ctx, view) })
        : null;
    // A year known only by the rank its source states (OKU Timur 2021: 2nd in Sumatera Selatan).
    const line = result
      ? result + (ranks ? ctx.t("lists-trend-ranks", { ranks }) : "")
      : ctx.t("lists-trend-ranks-only", { year: String(view.year), ranks: ranks || "–" });
    return { year: view.year, line };
  });
  for (const year of answer.gaps) rows.push({ year, line: ctx.t("trend-gap", { year: String(year) }) });
  rows.sort((a, b) => a.year - b.year);
  const views = answer.points.map((p) => p.view);
  const html = join([
    ctx.t("trend-title", { name: name(answer.body.name) }),
    ctx.t("card-programme", { programme: programmeName(ctx, views[0]!.programme) }),
    "",
    ...rows.map((r) => r.line),
    ...caveatLines(ctx, answer.caveats, null),
    ...views.flatMap((v) => caveatLines(ctx, v.caveats.filter((c) => c.kind === "conflict"), v)),
    sourcesLine(ctx, views.flatMap((v) => v.sources)),
  ]);
  return { html, buttons: yearButtons(views.map((v) => v.year), (year) => ({ a: "card", code: answer.body.code, year })) };
}

/** "peringkat 2 se-Sumatera Selatan": the places sources state for the year ("" when none). */
function trendRanks(ctx: RenderContext, view: TrendAnswer["points"][number]["view"], national: RankInfo, province: RankInfo): string {
  const ranks: string[] = [];
  if (national.official) ranks.push(ctx.t("lists-trend-rank-national", { position: String(national.official.value) }));
  if (province.official) {
    const args = { position: String(province.official.value), province: provinceName(ctx, view.provinceCode ?? view.body.code) };
    ranks.push(
      province.among
        ? ctx.t("lists-trend-rank-province-among", { ...args, category: categoryPlural(ctx, province.among) })
        : ctx.t("lists-trend-rank-province", args),
    );
  }
  return ranks.join(", ");
}

export function renderStats(ctx: RenderContext, answer: StatsAnswer) {
  // A province's count of one category ("ntt 2021 berapa kabupaten zona merah") names that category.
  const scope = answer.scope.provinceCode
    ? answer.scope.category === "total"
      ? ctx.t("stats-scope-province", { province: provinceName(ctx, answer.scope.provinceCode) })
      : ctx.t("stats-scope-province-category", { category: categoryPlural(ctx, answer.scope.category), province: provinceName(ctx, answer.scope.provinceCode) })
    : answer.scope.category === "total"
      ? ctx.t("stats-scope-total")
      : categoryPlural(ctx, answer.scope.category);
  const c = answer.counts;
  // A share: of the official number assessed, or (counted from rows) of the bodies whose zone the data holds.
  const zoned = (["hijau", "kuning", "merah"] as const).reduce((n, z) => n + (c[z] ?? 0), 0);
  const base = answer.percent ? (answer.basis === "aggregate" ? c.assessed : zoned) : null;
  const zones = (["hijau", "kuning", "merah"] as const)
    .filter((z) => c[z] !== null)
    .map((z) => {
      const line = ctx.t("stats-zone", { emoji: zoneEmoji(z), zone: zoneName(ctx, z), count: String(c[z]) });
      return base ? `${line} ${ctx.t("stats-percent", { value: formatNumber((100 * c[z]!) / base, ctx.locale, 1) })}` : line;
    });
  const complete = answer.basis === "rows" && answer.expected !== null && zoned === answer.expected;
  const percentNote = base
    ? ctx.t(answer.basis === "aggregate" ? "stats-percent-of-assessed" : complete ? "stats-percent-of-complete" : "stats-percent-of-data", { base: String(base) })
    : null;
  const grades = answer.grades
    ? Object.entries(answer.grades)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([grade, count]) => ctx.t("stats-grade", { grade, count: String(count) }))
    : [];
  const html = join([
    ctx.t("stats-title", { scope, year: String(answer.year) }),
    c.assessed !== null ? ctx.t("stats-assessed", { count: String(c.assessed) }) : null,
    ...zones,
    ...grades,
    answer.withoutMaladministration ? ctx.t("lists2-stats-tanpa-maladministrasi", { count: String(answer.withoutMaladministration) }) : null,
    percentNote,
    answer.basis === "rows"
      ? ctx.t("stats-basis-rows", {
          withData: String(answer.withData ?? 0),
          // All bodies counted together are "instansi", not the kab/kota of a province's count.
          category: answer.scope.category === "total" && !answer.scope.provinceCode ? ctx.t("lists2-stats-bodies") : categoryPlural(ctx, answer.scope.category === "total" ? null : answer.scope.category),
          expected: answer.expected === null ? "none" : String(answer.expected),
        })
      : null,
    ...unstatedLines(ctx, answer, scope),
    ...answer.conflicts.map((k) =>
      ctx.t("stats-conflict", { field: ctx.t("stats-field", { field: k.field }), value: String(k.value), sources: sourceLinks(ctx, k.sources).join(", ") }),
    ),
    ...caveatLines(ctx, answer.caveats.filter((k) => k.kind !== "partial-data"), null),
    sourcesLine(ctx, answer.sources),
  ]);
  return { html, buttons: [] as Button[][] };
}

/** Zones the official counts leave out, and for the one asked what Rapor's rows hold: unknown is never 0. */
function unstatedLines(ctx: RenderContext, answer: StatsAnswer, scope: string): string[] {
  const u = answer.unstated;
  if (!u) return [];
  if (!u.held) return [ctx.t("stats-zones-unstated", { zones: u.zones.map((z) => zoneName(ctx, z)).join(ctx.t("stats-zones-unstated-join")) })];
  const { zone, count, withZone, agrees } = u.held;
  const assessed = answer.counts.assessed;
  const held = assessed !== null && withZone >= assessed ? (agrees ? "complete" : "disagrees") : count === 0 ? "none" : "some";
  return [
    ctx.t("stats-zone-unstated-asked", {
      scope: answer.scope.category === "total" && !answer.scope.provinceCode ? ctx.t("stats-unstated-scope-total") : scope,
      zone: zoneName(ctx, zone),
      year: String(answer.year),
    }),
    ctx.t("stats-zone-held", { held, zone: zoneName(ctx, zone), count: String(count), withZone: String(withZone), assessed: assessed === null ? "none" : String(assessed) }),
  ];
}

export function renderExplain(ctx: RenderContext, answer: ExplainAnswer) {
  if (answer.score) return renderScoreOnScale(ctx, answer, answer.score);
  if (answer.modifier) {
    const html = join([
      ctx.t("explain-tanpa-maladministrasi-title"),
      ctx.t("explain-tanpa-maladministrasi"),
      answer.modifier.bodies > 0
        ? ctx.t("explain-tanpa-maladministrasi-count", { count: answer.modifier.bodies, years: formatYears(answer.modifier.years) })
        : null,
    ]);
    return { html, buttons: [] as Button[][] };
  }
  if (answer.entries.length === 0) return { html: ctx.t("explain-none"), buttons: [] as Button[][] };
  const title = answer.topic === ""
    ? ctx.t("explain-title-all")
    : /^\d{4}$/.test(answer.topic)
    ? ctx.t("explain-title-year", { year: answer.topic })
    : ctx.t("explain-title", { topic: escapeHtml(topicLabel(ctx, answer.topic)) });
  const programmes = [...new Set(answer.entries.map((e) => e.programme))];
  const blocks: string[] = [title];
  if (answer.unofficialZone) blocks.push(ctx.t("explain-unofficial-zone", { zone: escapeHtml(topicLabel(ctx, answer.topic)) }));
  for (const programme of programmes) {
    if (programmes.length > 1) blocks.push("", ctx.t("explain-programme", { programme: programmeName(ctx, programme) }));
    for (const e of answer.entries.filter((x) => x.programme === programme)) blocks.push(entryLine(ctx, e));
  }
  const html = join([...blocks, ...caveatLines(ctx, answer.caveats, null), ctx.t("explain-footer")]);
  return { html, buttons: [] as Button[][] };
}

const entryLine = (ctx: RenderContext, e: ExplainAnswer["entries"][number]) =>
  ctx.t("explain-entry", {
    years: formatYears(e.years),
    min: num(ctx, e.band.min),
    max: num(ctx, e.band.max),
    grade: e.band.grade ? ctx.t("explain-entry-grade", { grade: e.band.grade }) : "",
    zone: e.band.zone ? ctx.t("explain-entry-zone", { zone: `${zoneEmoji(e.band.zone)} ${zoneName(ctx, e.band.zone)}` }) : "",
    predicate: escapeHtml(ctx.locale === "id" ? e.predicate.id : e.predicate.en),
  });

/** "nilai 88 tahun 2023 masuk kategori apa", "is 80 a green zone score in 2021?": the band, and yes or no when asked. */
function renderScoreOnScale(ctx: RenderContext, answer: ExplainAnswer, score: NonNullable<ExplainAnswer["score"]>) {
  const value = num(ctx, score.value);
  const title = ctx.t("scale-score-title", { score: value });
  if (answer.entries.length === 0) return { html: join([title, ctx.t("scale-score-none")]), buttons: [] as Button[][] };
  const zoneLabel = (z: NonNullable<typeof score.zone>) => `${zoneEmoji(z)} ${zoneName(ctx, z)}`;
  const lines: string[] = [];
  for (const e of answer.entries) {
    const years = formatYears(e.years);
    if (score.zone) {
      if (!e.band.zone) lines.push(ctx.t("scale-score-no-zones", { years, score: value }));
      else if (e.band.zone === score.zone) lines.push(ctx.t("scale-score-yes", { years, score: value, asked: zoneLabel(score.zone) }));
      else lines.push(ctx.t("scale-score-no", { years, score: value, asked: zoneLabel(score.zone), actual: zoneLabel(e.band.zone) }));
    } else if (score.grade) {
      const asked = ctx.t("scale-score-grade", { grade: score.grade });
      if (!e.band.grade) lines.push(ctx.t("scale-score-no-grades", { years }));
      else if (e.band.grade === score.grade) lines.push(ctx.t("scale-score-yes", { years, score: value, asked }));
      else lines.push(ctx.t("scale-score-no", { years, score: value, asked, actual: ctx.t("scale-score-grade", { grade: e.band.grade }) }));
    }
    lines.push(entryLine(ctx, e));
  }
  const html = join([title, ...lines, ...caveatLines(ctx, answer.caveats, null), ctx.t("explain-footer")]);
  return { html, buttons: [] as Button[][] };
}

function topicLabel(ctx: RenderContext, topic: string): string {
  if (["hijau", "kuning", "merah", "hitam"].includes(topic)) return zoneName(ctx, topic as "hijau");
  return topic.length === 1 ? ctx.t("card-grade", { grade: topic }).replace(/<[^>]+>/g, "") : topic;
}
