import type { Reply } from "../answer/answer-query.js";
import type { AboutAnswer, IslandGroupAnswer, MethodAnswer, RankYearsAnswer, ScheduleAnswer } from "../answer/types.js";
import { METHOD_PERIODS, NO_ROUND_YEARS, type Announcement } from "../domain/rounds.js";
import type { Button, RenderContext } from "./common.js";
import { categoryPlural, join, name, programmeName, provinceName, sourcesLine } from "./common.js";
import { escapeHtml, formatNumber, formatYears } from "./format.js";

/** Longest piece of a user's text repeated in a reply. */
const MAX_ECHO = 60;

export function renderAbout(ctx: RenderContext, answer: AboutAnswer) {
  const html = join([
    ctx.t("about-title"),
    "",
    ctx.t("about-counts", {
      results: String(answer.resultRows),
      units: String(answer.unitRows),
      aggregates: String(answer.aggregateRows),
      reports: String(answer.reports),
      bodies: String(answer.bodies),
      years: formatYears(answer.years),
    }),
    ctx.t("about-points"),
    ctx.t("about-point-no-round", { years: formatYears(Object.keys(NO_ROUND_YEARS).map(Number)) }),
    ctx.t("about-point-methods", { years: METHOD_PERIODS.slice(1).map((p) => String(p.from)).join(ctx.t("list-and")) }),
    ctx.t("about-programmes", { programmes: answer.programmes.map((p) => programmeName(ctx, p)).join("; ") }),
  ]);
  return { html, buttons: [] as Button[][] };
}

export function renderMethod(ctx: RenderContext, answer: MethodAnswer) {
  const blocks: string[] = [ctx.t(answer.year === null ? "method-title" : "method-title-year", { year: String(answer.year) })];
  if (answer.noRound) blocks.push(ctx.t("caveat-no-assessment", { year: String(answer.year) }));
  for (const p of answer.periods) {
    const years = p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
    // 2025: the four dimensions are weighed together; only public trust has a weight of its own.
    const dimensions = p.dimensions
      .filter((d) => p.dimensionsTotal === null || d.weight !== null)
      .map((d) => ctx.t("method-dimension", { dimension: d.id, weight: d.weight === null ? "none" : formatNumber(d.weight, ctx.locale) }))
      .join("; ");
    blocks.push(
      "",
      ctx.t("method-period", {
        years,
        basis: p.basis,
        dimensions,
        total: p.dimensionsTotal === null ? "none" : formatNumber(p.dimensionsTotal, ctx.locale),
      }),
      ctx.t("method-result", { result: p.result }),
    );
  }
  blocks.push("", ctx.t("method-footer"));
  return { html: join(blocks), buttons: [] as Button[][] };
}

const dateText = (ctx: RenderContext, date: string) =>
  new Intl.DateTimeFormat(ctx.locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${date}T00:00:00Z`),
  );

function announced(ctx: RenderContext, a: Announcement): string {
  if ("date" in a) return ctx.t("schedule-on", { date: dateText(ctx, a.date) });
  return ctx.t("schedule-months", { from: monthName(ctx, a.months[0]), to: monthName(ctx, a.months[1]), year: String(a.year) });
}

const monthName = (ctx: RenderContext, month: number) =>
  new Intl.DateTimeFormat(ctx.locale === "id" ? "id-ID" : "en-GB", { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));

export function renderSchedule(ctx: RenderContext, answer: ScheduleAnswer) {
  const year = String(answer.year ?? answer.latest ?? "");
  const lead = (() => {
    switch (answer.status) {
      case "latest":
        return ctx.t("schedule-latest", { year, when: answer.announcement ? announced(ctx, answer.announcement) : "none" });
      case "published":
        return ctx.t("schedule-published", { year, when: answer.announcement ? announced(ctx, answer.announcement) : "none" });
      case "published-no-data":
        return ctx.t("schedule-published-no-data", { year, when: announced(ctx, answer.announcement!) });
      case "not-published":
        return ctx.t("schedule-not-published", { year, latest: String(answer.latest) });
      case "no-round":
        return ctx.t("caveat-no-assessment", { year });
      case "no-data":
        return ctx.t("schedule-no-data", { year });
    }
  })();
  // Past rounds with a day of announcement: what "when" has meant so far; the earlier ones by their months.
  const past = answer.past.filter((a) => "date" in a).map((a) => ctx.t("schedule-past", { year: String(a.year), when: announced(ctx, a) }));
  const byMonths = answer.past.filter((a): a is Extract<Announcement, { months: [number, number] }> => "months" in a);
  const monthsLine = byMonths.length
    ? ctx.t("schedule-past-months", { years: formatYears(byMonths.map((a) => a.year)), from: monthName(ctx, byMonths[0]!.months[0]), to: monthName(ctx, byMonths[0]!.months[1]) })
    : null;
  // The newest round announced the year after: why "hasil 2025" came out in 2026.
  const late = [...answer.past].reverse().find((a): a is Extract<Announcement, { date: string }> => "date" in a && Number(a.date.slice(0, 4)) !== a.year);
  const showPast = answer.status === "not-published" || answer.status === "latest";
  const html = join([
    ctx.t("schedule-title"),
    lead,
    ...(showPast ? ["", ctx.t("schedule-past-title"), ...past, monthsLine, ctx.t("schedule-past-note")] : []),
    late ? ctx.t("schedule-year-note", { year: String(late.year), date: dateText(ctx, late.date) }) : null,
  ]);
  return { html, buttons: [] as Button[][] };
}

export function renderGreeting(ctx: RenderContext) {
  return { html: ctx.t("greeting"), buttons: [] as Button[][] };
}

export function renderUnmatched(ctx: RenderContext, reply: Extract<Reply, { kind: "unmatched" }>) {
  const names = reply.names.map((n) => `"${escapeHtml(n.length > MAX_ECHO ? `${n.slice(0, MAX_ECHO)}…` : n)}"`).join(", ");
  const html = join([
    ctx.t("unmatched", { names, count: reply.names.length }),
    ctx.t("unmatched-hint"),
    ctx.t("unmatched-list", { category: reply.category ?? "none", year: reply.year === null ? "none" : String(reply.year) }),
  ]);
  return { html, buttons: [] as Button[][] };
}

/** "kabupaten terbaik se-Sumatera": no province, so nothing to rank within; the provinces to ask about instead. */
export function renderIslandGroup(ctx: RenderContext, answer: IslandGroupAnswer) {
  const first = answer.example;
  const html = join([
    ctx.t("island-group-not-province", { group: answer.group }),
    answer.provinces.length ? ctx.t("island-group-provinces", { group: answer.group, provinces: answer.provinces.map((p) => p.name).join(", ") }) : null,
    first ? ctx.t("island-group-example", { category: answer.category ?? "none", province: first.name, year: String(answer.year ?? "none") }) : null,
  ]);
  return { html, buttons: [] as Button[][] };
}

/** "ranking 4 provinsi tahun brp?": the years a source states that rank, else every rank stated. */
export function renderRankYears(ctx: RenderContext, answer: RankYearsAnswer) {
  const category = categoryPlural(ctx, answer.body.category);
  const line = (year: number, position: number, scope: "national" | "province", provinceCode: string | null) =>
    ctx.t("rank-years-line", { year: String(year), position: String(position), scope, category, province: provinceName(ctx, provinceCode) });
  const title = ctx.t("rank-years-title", { name: name(answer.body.name), position: String(answer.position), scope: answer.scope ?? "any" });
  if (answer.matches.length > 0) {
    const html = join([
      title,
      ...answer.matches.map((m) => line(m.view.year, answer.position, m.scope, m.view.provinceCode)),
      sourcesLine(ctx, answer.matches.flatMap((m) => (m.scope === "national" ? m.view.rankNational : m.view.rankProvince)?.sources ?? [])),
    ]);
    return { html, buttons: [] as Button[][] };
  }
  const stated = answer.stated.flatMap(({ view, national, province }) => [
    ...(national !== null ? [line(view.year, national, "national", view.provinceCode)] : []),
    ...(province !== null ? [line(view.year, province, "province", view.provinceCode)] : []),
  ]);
  const html = join([
    title,
    ctx.t("rank-years-none", { name: name(answer.body.name), position: String(answer.position), scope: answer.scope ?? "any" }),
    ...(stated.length ? [ctx.t("rank-years-stated"), ...stated] : []),
    sourcesLine(ctx, answer.stated.flatMap(({ view }) => [...(view.rankNational?.sources ?? []), ...(view.rankProvince?.sources ?? [])])),
  ]);
  return { html, buttons: [] as Button[][] };
}
