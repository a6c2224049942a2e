import type { Category } from "../store/schema.js";
import type { AverageAnswer, ListLine, OpinionLevel, Place, RankedEntry, RankedGroup, SourceRef, TopAnswer } from "../answer/types.js";
import type { Button, RenderContext } from "./common.js";
import { caveatLines, categoryPlural, chunk, placeRange, gradeSuffix, join, name, num, provinceName, resultLabel, scoreText, sourceLinks, sourcesLine, zoneEmoji, zoneName } from "./common.js";
import { escapeHtml } from "./format.js";

/** Lines per message page: keeps every page far below Telegram's 4,096 characters. */
export const LIST_PAGE_SIZE = 15;

/** "4", "18–23", "≥18": a place as a list numbers it; null when there is none to give. */
export function placeText(place: Place): string | null {
  switch (place.kind) {
    case "official":
    case "computed":
      return String(place.position);
    case "range":
      return placeRange(place.from, place.to);
    case "none":
      return null;
  }
}

/** "kota nasional", "kabupaten/kota se-Provinsi Jambi, Zona Kuning": what a list or an average covers (charts title their lists with it too). */
export function scopeText(ctx: RenderContext, f: TopAnswer["filters"], groupCategory: Category | null | undefined, withFilters = true): string {
  let scope: string;
  if (f.provinceCode) {
    const category = f.category ?? groupCategory ?? null;
    scope = category
      ? ctx.t("list-scope-province-category", { category: categoryPlural(ctx, category), province: provinceName(ctx, f.provinceCode) })
      : ctx.t("list-scope-province", { province: provinceName(ctx, f.provinceCode) });
  } else {
    // `undefined`: several national groups, one per category.
    scope = ctx.t("list-scope-national", { category: groupCategory === undefined ? ctx.t("category-total") : categoryPlural(ctx, groupCategory) });
  }
  if (withFilters && f.zone) scope += ctx.t("list-filter-zone", { zone: zoneName(ctx, f.zone) });
  if (withFilters && f.grade) scope += ctx.t("list-filter-grade", { grade: f.grade });
  return scope;
}

function levelText(ctx: RenderContext, level: OpinionLevel | undefined): string {
  if (!level) return ctx.t("lists-level-unknown");
  const predicate = escapeHtml(ctx.locale === "id" ? level.predicate.id : level.predicate.en);
  return ctx.t("lists-level", { level: level.withoutMaladministration ? ctx.t("lists-level-tm", { predicate }) : predicate });
}

const levelKey = (level: OpinionLevel | undefined) => (level ? `${level.grade}|${level.withoutMaladministration}` : "");

function entryLine(ctx: RenderContext, group: RankedGroup, entry: RankedEntry, mixed: boolean): string {
  const { view, place } = entry;
  const tags: string[] = [];
  if (group.order === "opinion") {
    if (place.kind === "official") tags.push(ctx.t("lists-tag-stated", { position: String(place.position) }));
    if (group.levels[view.body.code]?.disputed) tags.push(ctx.t("lists-level-disputed"));
  } else {
    // Among the lowest scores of an unknown bottom, a stated place is said in words (no line is numbered).
    if (place.kind === "official" && group.bottomUnknown) tags.push(ctx.t("lists-tag-stated", { position: String(place.position) }));
    else if (place.kind === "official" && mixed) tags.push(ctx.t("lists-tag-official"));
    if (place.kind === "official" && place.disputed) tags.push(ctx.t("lists-tag-disputed"));
    if ((place.kind === "computed" || place.kind === "range") && place.tied) tags.push(ctx.t("lists-tag-tie"));
  }
  tags.push(...withinCategoryTags(ctx, group, view));
  // A body known only by its zone gets its places when they say something (some body is surely above it).
  const shownPlace = group.order === "opinion" || group.zonesOnly || group.bottomUnknown || (!view.score && place.kind === "range" && place.from <= 1) ? null : placeText(place);
  // The lowest scores of a bottom nobody can tell: the places each may hold, said as such, never as its number.
  if (group.bottomUnknown && (place.kind === "range" || place.kind === "computed")) tags.push(ctx.t("lists2-tag-possible", { place: placeText(place)! }));
  const args = {
    place: shownPlace ?? "",
    name: name(view.body.name),
    tags: tags.length ? ctx.t("lists-tags", { tags: tags.join("; ") }) : "",
  };
  const opinion = group.order === "opinion";
  if (view.score) {
    // In a year ranked by opinion the level heads the entries: no zone or grade after each score.
    const scored = { ...args, score: scoreText(ctx, view.score), mark: opinion ? "" : ` ${zoneEmoji(view.zone?.value)}${gradeSuffix(view)}` };
    return ctx.t(shownPlace ? "lists-entry" : "lists-bullet", scored);
  }
  const label = opinion ? "–" : resultLabel(ctx, view);
  const unscored = { ...args, label: label === "–" ? ctx.t("lists-no-score") : `${view.zone ? `${zoneEmoji(view.zone.value)} ` : ""}${label}` };
  return ctx.t(shownPlace ? "lists-entry-unscored" : "lists-bullet-unscored", unscored);
}

/** A kota-only or kabupaten-only list of a province: the place among that category alone, and the national rank a source states. */
function withinCategoryTags(ctx: RenderContext, group: RankedGroup, view: RankedEntry["view"]): string[] {
  const within = group.withinCategory;
  if (!within) return [];
  const category = ctx.t(`category-${within.category}`);
  const position = within.positions?.[view.body.code];
  const tags = position !== undefined && within.count > 1 ? [ctx.t("lists-tag-within", { position: String(position), count: String(within.count), category })] : [];
  if (view.rankNational) tags.push(ctx.t("lists-tag-national", { position: String(view.rankNational.value), categories: categoryPlural(ctx, within.category) }));
  return tags;
}

/** What the numbers of a kota-only or kabupaten-only list of a province are, and how many of that category it has. */
function withinCategoryNotes(ctx: RenderContext, group: RankedGroup): string[] {
  const within = group.withinCategory;
  if (!within) return [];
  const province = provinceName(ctx, group.entries[0]?.view.provinceCode ?? null);
  const category = ctx.t(`category-${within.category}`);
  const categories = categoryPlural(ctx, within.category);
  const notes = [ctx.t("lists-within-places", { assessed: group.assessed === null ? "none" : String(group.assessed), province, categories })];
  const only = within.count === 1 ? group.entries.find((e) => e.view.body.category === within.category) : undefined;
  if (only) notes.push(ctx.t("lists-within-only", { province, category, name: name(only.view.body.name) }));
  else if (within.positions) notes.push(ctx.t("lists-within-order", { count: String(within.count), category, categories }));
  else notes.push(ctx.t("lists-within-unordered", { count: String(within.count), categories }));
  return notes;
}

/** Official places and worked-out ones side by side (in one group, or across the groups that share a legend). */
export function isMixed(groups: RankedGroup[]): boolean {
  const numbered = groups.flatMap((g) => g.entries.filter((e) => e.place.kind !== "none"));
  return numbered.some((e) => e.place.kind === "official") && numbered.some((e) => e.place.kind !== "official");
}

function groupLines(ctx: RenderContext, group: RankedGroup, lines: ListLine[], mixed: boolean): string[] {
  const out: string[] = [];
  if (group.bottomUnknown) {
    out.push(ctx.t("lists2-bottom-unknown", { withData: String(group.withData), assessed: group.assessed === null ? "none" : String(group.assessed) }));
  }
  let level: string | null = null;
  for (const line of lines) {
    if (line.kind === "gap") {
      const place = line.from === line.to ? String(line.from) : `${line.from}–${line.to}`;
      out.push(line.open ? ctx.t("lists-gap-open", { place, count: String(line.open) }) : ctx.t("lists-gap", { place }));
      continue;
    }
    if (line.kind === "apart" || line.kind === "unplaced") {
      out.push(ctx.t(line.kind === "apart" ? "lists-apart" : "lists-unplaced"));
      continue;
    }
    if (group.order === "opinion") {
      const l = group.levels[line.entry.view.body.code];
      if (levelKey(l) !== level) out.push(levelText(ctx, l));
      level = levelKey(l);
    }
    out.push(entryLine(ctx, group, line.entry, mixed));
  }
  return out;
}

/** Reports that numbered the Pemprov inside this list of kab/kota: where, so a reader can check the numbers against them. */
function pemprovListNotes(ctx: RenderContext, group: RankedGroup): string[] {
  const byPlace = new Map<number, SourceRef[]>();
  for (const l of group.pemprovLists) byPlace.set(l.pemprovAt, [...(byPlace.get(l.pemprovAt) ?? []), l.source]);
  const province = provinceName(ctx, group.entries[0]?.view.provinceCode ?? null);
  // Whether a body listed here was after the Pemprov in the source's list (its number here is one less).
  const shifted = group.entries.some((e) => e.view.pemprovLists.some((l) => l.listedAt > l.pemprovAt));
  return [...byPlace].map(([position, sources]) =>
    ctx.t("lists-pemprov-listed", { sources: sourceLinks(ctx, sources).join(", "), province, position: String(position), shifted: shifted ? "yes" : "no" }),
  );
}

/** What the numbers of a group mean (official, worked out, a mix), how much data is behind them, and what to beware of. */
export function basisOf(ctx: RenderContext, group: RankedGroup, year: number): { meaning: string; coverage: string | null; notes: string[] } {
  const coverage = ctx.t("lists-coverage", {
    withData: String(group.withData),
    category: categoryPlural(ctx, group.rankingCategory),
    assessed: group.assessed === null ? "none" : String(group.assessed),
  });
  if (group.order === "opinion") return { meaning: ctx.t("lists-opinion-basis", { year: String(year) }), coverage, notes: [] };
  const numbered = group.entries.filter((e) => e.place.kind !== "none");
  const notes: string[] = [];
  if (group.lines.some((l) => l.kind === "gap" && !l.open)) notes.push(ctx.t("lists-gap-note"));
  for (const s of group.shared) {
    if (group.entries.some((e) => e.place.kind === "official" && e.place.position === s.position)) {
      notes.push(ctx.t("lists-shared", { position: String(s.position), names: s.bodies.map((b) => name(b.name)).join(", ") }));
    }
  }
  const zonePlaced = group.entries.filter((e) => !e.view.score && e.place.kind === "computed");
  if (zonePlaced.length) notes.push(ctx.t("lists-zone-placed", { names: zonePlaced.map((e) => `${name(e.view.body.name)} (${placeText(e.place)})`).join(", ") }));
  if (group.inconsistent) notes.push(ctx.t("lists-inconsistent"));
  if (group.outOfOrder.length) {
    const pairs = group.outOfOrder.map(({ above, below }) =>
      ctx.t("lists-out-of-order-pair", {
        above: name(above.view.body.name),
        abovePosition: placeText(above.place)!,
        aboveScore: scoreText(ctx, above.view.score!),
        below: name(below.view.body.name),
        belowPosition: placeText(below.place)!,
        belowScore: scoreText(ctx, below.view.score!),
      }),
    );
    notes.push(ctx.t("lists-out-of-order", { pairs: pairs.join("; ") }));
  }
  if (group.contradicted.length) {
    const entries = group.contradicted.map(({ entry, position }) =>
      ctx.t("lists-contradicted-entry", { name: name(entry.view.body.name), score: scoreText(ctx, entry.view.score!), position: String(position) }),
    );
    notes.push(ctx.t("lists-contradicted", { entries: entries.join("; ") }));
  }
  if (group.perCategory) notes.push(ctx.t("lists-per-category"));
  notes.push(...withinCategoryNotes(ctx, group));
  notes.push(...pemprovListNotes(ctx, group));
  if (group.bottomUnknown) return { meaning: ctx.t("lists2-bottom-unknown-basis"), coverage, notes };
  if (group.zonesOnly) {
    const zones = ctx.t("lists2-coverage-zones", {
      withZone: String(group.withZone),
      category: categoryPlural(ctx, group.rankingCategory),
      assessed: group.assessed === null ? "none" : String(group.assessed),
    });
    return { meaning: ctx.t("lists2-basis-zones"), coverage: zones, notes };
  }
  if (numbered.length > 0 && numbered.every((e) => e.place.kind === "official")) return { meaning: ctx.t("lists-basis-official"), coverage, notes };
  if (group.official) return { meaning: ctx.t(group.complete ? "lists-basis-mixed-complete" : "lists-basis-mixed"), coverage, notes };
  if (group.complete) {
    return { meaning: ctx.t("lists-basis-complete", { withData: String(group.withData), assessed: String(group.assessed) }), coverage: null, notes };
  }
  return { meaning: ctx.t("lists-basis-partial"), coverage, notes };
}

/** A top or bottom of bodies known only by zone or grade (TopAnswer.byZone): why there are no numbers, and how many zones are on record. */
function zoneBasis(ctx: RenderContext, answer: TopAnswer, group: RankedGroup): { meaning: string; coverage: string; notes: string[] } {
  const meaning = ctx.t("lists-zones-basis", {
    kind: answer.kind,
    n: String(answer.n ?? group.entries.length),
    scope: scopeText(ctx, answer.filters, group.category, false),
    year: String(answer.filters.year),
    grades: group.entries.some((e) => e.view.grade) ? "yes" : "no",
  });
  const coverage = ctx.t("lists-zones-coverage", {
    known: String(group.entries.length),
    category: categoryPlural(ctx, group.category),
    assessed: group.assessed === null ? "none" : String(group.assessed),
  });
  return { meaning, coverage, notes: [] };
}

/** Top/bottom N or a full list, in the official order where sources state it; one group per ranking; paginated. */
export function renderList(ctx: RenderContext, answer: TopAnswer, page = 0) {
  const single = answer.groups.length === 1;
  const first = answer.groups[0]!;
  const year = answer.filters.year;
  const titleArgs = { n: String(answer.n ?? first.entries.length), scope: scopeText(ctx, answer.filters, single ? first.category : undefined), year: String(year) };
  const title = answer.byZone ? ctx.t("lists-zones-title", { ...titleArgs, kind: answer.kind }) : ctx.t(`list-title-${answer.kind}`, titleArgs);
  const basisOfGroup = (group: RankedGroup) => (answer.byZone ? zoneBasis(ctx, answer, group) : basisOf(ctx, group, year));
  const chosen = answer.yearChosen ? ctx.t("lists-year-chosen", { year: String(year) }) : null;
  if (answer.none) {
    const f = answer.filters;
    const filter = f.zone ? ctx.t("lists-filter-zone", { zone: zoneName(ctx, f.zone) }) : ctx.t("lists-filter-grade", { grade: f.grade ?? "" });
    return {
      html: join([title, ctx.t("lists-none", { filter, scope: scopeText(ctx, f, single ? first.category : undefined, false), year: String(year) }), chosen]),
      buttons: [] as Button[][],
    };
  }
  const blocks: string[] = [title];
  const notes: string[] = [];
  const buttons: Button[][] = [];
  let shown: RankedEntry[] = [];
  const more: Button[] = [];
  if (single) {
    const pages = Math.max(1, Math.ceil(first.lines.length / LIST_PAGE_SIZE));
    const current = Math.min(page, pages - 1);
    const lines = first.lines.slice(current * LIST_PAGE_SIZE, (current + 1) * LIST_PAGE_SIZE);
    shown = lines.flatMap((l) => (l.kind === "entry" ? [l.entry] : []));
    // A page that opens inside the part set apart says so again.
    const apartAt = first.lines.findIndex((l) => l.kind === "apart");
    if (apartAt >= 0 && apartAt < current * LIST_PAGE_SIZE) blocks.push(ctx.t("lists-apart"));
    blocks.push(...groupLines(ctx, first, lines, isMixed([first])));
    const basis = basisOfGroup(first);
    notes.push(basis.meaning, ...(basis.coverage ? [basis.coverage] : []), ...basis.notes);
    if (pages > 1) {
      blocks.push(ctx.t("list-page", { page: String(current + 1), pages: String(pages) }));
      const base = {
        a: "top" as const,
        province: answer.filters.provinceCode ?? undefined,
        category: answer.filters.category ?? undefined,
        year,
        dir: answer.kind,
      };
      const nav: Button[] = [];
      if (current > 0) nav.push({ label: ctx.t("button-prev"), action: { ...base, page: current - 1 } });
      if (current < pages - 1) nav.push({ label: ctx.t("button-next"), action: { ...base, page: current + 1 } });
      buttons.push(nav);
    }
  } else {
    const mixed = isMixed(answer.groups.filter((g) => g.order === "rank"));
    for (const group of answer.groups) {
      const lines = group.lines.slice(0, LIST_PAGE_SIZE);
      // A group cut short opens in full, paginated, from its own button.
      if (group.lines.length > lines.length && group.category) {
        more.push({
          label: ctx.t("lists-button-more", { category: categoryPlural(ctx, group.category) }),
          action: { a: "top", province: answer.filters.provinceCode ?? undefined, category: group.category, year, dir: answer.kind, page: 0 },
        });
      }
      shown.push(...lines.flatMap((l) => (l.kind === "entry" ? [l.entry] : [])));
      blocks.push("", ctx.t("list-group-title", { category: categoryPlural(ctx, group.category) }));
      blocks.push(...groupLines(ctx, group, lines, mixed));
      // The coverage differs per group; what the numbers mean is said once below.
      const basis = basisOfGroup(group);
      blocks.push(basis.coverage ?? ctx.t("lists-coverage", { withData: String(group.withData), category: categoryPlural(ctx, group.rankingCategory), assessed: String(group.assessed) }));
      notes.push(mixed && group.order === "rank" && !answer.byZone ? ctx.t("lists-basis-mixed") : basis.meaning, ...basis.notes);
    }
  }
  if (more.length) buttons.push(more);
  buttons.unshift(
    ...chunk(
      shown.slice(0, 6).map((e) => ({ label: e.view.body.name, action: { a: "card" as const, code: e.view.body.code, year: e.view.year } })),
      2,
    ),
  );
  const html = join([
    ...blocks,
    ...new Set(notes),
    chosen,
    ...caveatLines(ctx, answer.caveats, null),
    // The bodies named as left out are checked against their own sources too.
    sourcesLine(ctx, [...shown, ...answer.groups.flatMap((g) => g.contradicted.map((c) => c.entry))].flatMap((e) => e.view.sources)),
  ]);
  return { html, buttons };
}

/** The average score over a list, worked out by Rapor, with how many bodies it covers. */
export function renderAverage(ctx: RenderContext, answer: AverageAnswer) {
  const single = answer.groups.length === 1;
  const scope = scopeText(ctx, answer.filters, single ? answer.groups[0]!.category : undefined);
  const lines = answer.groups.flatMap((g) => {
    const category = categoryPlural(ctx, g.category);
    const value = num(ctx, g.value);
    return [
      single ? ctx.t("lists-average-value", { value, count: String(g.count), category }) : ctx.t("lists-average-group", { category, value, count: String(g.count) }),
      g.complete
        ? ctx.t("lists-average-complete", { assessed: String(g.assessed) })
        : ctx.t("lists-average-partial", { count: String(g.count), assessed: g.assessed === null ? "none" : String(g.assessed) }),
    ];
  });
  const html = join([
    ctx.t("lists-average-title", { scope, year: String(answer.filters.year) }),
    ...lines,
    answer.yearChosen ? ctx.t("lists-year-chosen", { year: String(answer.filters.year) }) : null,
    ...caveatLines(ctx, answer.caveats, null),
    sourcesLine(ctx, answer.sources),
  ]);
  return { html, buttons: [] as Button[][] };
}
