import type { RankedGroup, TopAnswer } from "../answer/types.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, categoryPlural, gradeSuffix, join, name, num, provinceName, resultLabel, sourcesLine, zoneEmoji, zoneName } from "./common.js";

/** Entries per message page: keeps every page far below Telegram's 4,096 characters. */
export const LIST_PAGE_SIZE = 15;

/** The list's scope in words ("kabupaten/kota se-Provinsi Lampung"); charts title their lists with it too. */
export function scopeText(ctx: RenderContext, answer: TopAnswer, group: RankedGroup, single: boolean): string {
  const f = answer.filters;
  let scope: string;
  if (f.provinceCode) {
    scope = f.category
      ? ctx.t("list-scope-province-category", { category: categoryPlural(ctx, f.category), province: provinceName(ctx, f.provinceCode) })
      : ctx.t("list-scope-province", { province: provinceName(ctx, f.provinceCode) });
  } else {
    scope = ctx.t("list-scope-national", { category: single ? categoryPlural(ctx, group.category) : ctx.t("category-total") });
  }
  if (f.zone) scope += ctx.t("list-filter-zone", { zone: zoneName(ctx, f.zone) });
  if (f.grade) scope += ctx.t("list-filter-grade", { grade: f.grade });
  return scope;
}

function entryLines(ctx: RenderContext, group: RankedGroup, from: number, to: number, byProvince: boolean): string[] {
  return group.entries.slice(from, to).map((e) => {
    // A rank a source states, beside the computed position, when the two could differ.
    const stated = byProvince ? e.view.rankProvince : e.view.rankNational;
    const official = stated && !group.complete ? ` ${ctx.t("list-official-rank", { position: String(stated.value) })}` : "";
    return e.view.score
      ? ctx.t("list-entry", {
          position: String(e.position),
          name: name(e.view.body.name),
          score: num(ctx, e.view.score.value),
          emoji: zoneEmoji(e.view.zone?.value),
          grade: gradeSuffix(e.view),
        }) + official
      : ctx.t("list-entry-unscored", { name: name(e.view.body.name), emoji: zoneEmoji(e.view.zone?.value), label: resultLabel(ctx, e.view) });
  });
}

function coverageLine(ctx: RenderContext, group: RankedGroup): string {
  const category = categoryPlural(ctx, group.category);
  return group.complete
    ? ctx.t("list-complete", { withData: String(group.withData), assessed: String(group.assessed) })
    : ctx.t("list-partial", { withData: String(group.withData), category, assessed: group.assessed === null ? "none" : String(group.assessed) });
}

/** Top/bottom N or a full list; one group per category for national lists without one; paginated. */
export function renderList(ctx: RenderContext, answer: TopAnswer, page = 0) {
  const single = answer.groups.length === 1;
  const first = answer.groups[0]!;
  const titleKey = `list-title-${answer.kind}`;
  const title = ctx.t(titleKey, {
    n: String(answer.n ?? first.entries.length),
    scope: scopeText(ctx, answer, first, single),
    year: String(answer.filters.year),
  });
  const blocks: string[] = [title];
  const buttons: Button[][] = [];
  let shown = answer.groups.flatMap((g) => g.entries.slice(0, LIST_PAGE_SIZE));
  if (single) {
    const pages = Math.max(1, Math.ceil(first.entries.length / LIST_PAGE_SIZE));
    const current = Math.min(page, pages - 1);
    shown = first.entries.slice(current * LIST_PAGE_SIZE, (current + 1) * LIST_PAGE_SIZE);
    blocks.push(...entryLines(ctx, first, current * LIST_PAGE_SIZE, (current + 1) * LIST_PAGE_SIZE, Boolean(answer.filters.provinceCode)));
    blocks.push(coverageLine(ctx, first));
    if (pages > 1) {
      blocks.push(ctx.t("list-page", { page: String(current + 1), pages: String(pages) }));
      const base = {
        a: "top" as const,
        province: answer.filters.provinceCode ?? undefined,
        category: answer.filters.category ?? undefined,
        year: answer.filters.year,
        dir: answer.kind,
      };
      const nav: Button[] = [];
      if (current > 0) nav.push({ label: ctx.t("button-prev"), action: { ...base, page: current - 1 } });
      if (current < pages - 1) nav.push({ label: ctx.t("button-next"), action: { ...base, page: current + 1 } });
      buttons.push(nav);
    }
  } else {
    for (const group of answer.groups) {
      blocks.push("", ctx.t("list-group-title", { category: categoryPlural(ctx, group.category) }));
      blocks.push(...entryLines(ctx, group, 0, LIST_PAGE_SIZE, false));
      blocks.push(coverageLine(ctx, group));
    }
  }
  buttons.unshift(
    ...chunk(
      shown.slice(0, 6).map((e) => ({ label: e.view.body.name, action: { a: "card" as const, code: e.view.body.code, year: e.view.year } })),
      2,
    ),
  );
  const html = join([
    ...blocks,
    ...caveatLines(ctx, answer.caveats, null),
    sourcesLine(ctx, shown.flatMap((e) => e.view.sources)),
  ]);
  return { html, buttons };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
