import type { Category, ScaleBand, Zone } from "../store/schema.js";
import type { Announcement, MethodPeriod } from "../domain/rounds.js";
import type { SourceNoteKind } from "./source-notes.js";
import type { IslandGroup } from "../understand/island-groups.js";

/** Where a figure comes from: a report's link (null when only named in the note) and the row's note. */
export interface SourceRef {
  url: string | null;
  note: string;
  statement: "entity" | "group";
}

/** One value as the sources give it: the value most sources give, and every value that disagrees. */
export interface Fact<T> {
  value: T;
  /** For a score: the most decimals its sources printed it with (97.60: 2); absent when unknown. */
  decimals?: number;
  sources: SourceRef[];
  /** Derived from the score with the year's scale, not stated by a source. */
  derived: boolean;
  conflicts: { value: T; decimals?: number; sources: SourceRef[] }[];
}

export type Caveat =
  | { kind: "conflict"; field: "score" | "zone" | "grade" | "rank_national" | "rank_province" | "opinion_text" }
  | { kind: "zone-derived" }
  | { kind: "grade-derived" }
  /** 2025: the grade letter read from the opinion's wording a source gives, not from a score. */
  | { kind: "grade-from-opinion" }
  /** A zone read from the grade a source gives (or reads from its opinion), not from a score. */
  | { kind: "zone-from-grade" }
  /** The year has grades, and no source gives this body's, nor a score or opinion to read it from. */
  | { kind: "grade-not-stated" }
  | { kind: "zone-contradicts-score"; stated: Zone; expected: Zone }
  | { kind: "grade-contradicts-score"; stated: string; expected: string }
  | { kind: "group-statement-only" }
  | { kind: "scale-uncertain"; year: number; confidence: string }
  | { kind: "sampled-year"; year: number }
  | { kind: "no-assessment"; year: number }
  | { kind: "method-change"; between: [number, number] }
  | { kind: "partial-data"; withData: number; assessed: number | null }
  | { kind: "note-only"; note: string }
  /** "top 1000": the list is cut at the longest Rapor shows. */
  | { kind: "list-capped"; asked: number; max: number; direction: "top" | "bottom" }
  /** "top 1000 kota 2022": the list is cut at the number assessed that year (98 kota). */
  | { kind: "list-assessed"; asked: number; assessed: number; year: number; direction: "top" | "bottom" }
  /** A row's note warns of something (an average of unit scores, a source at odds with itself...). */
  | { kind: "source-note"; note: SourceNoteKind; /** The note itself, where the card quotes it (the figure it names). */ quote?: string };

export interface BodyInfo {
  code: string;
  name: string;
  category: Category;
  /** Today's province. */
  provinceCode: string | null;
}

/** One source's list of a province's kab/kota that also numbers the Pemprov: its places as the source gives them. */
export interface PemprovListing {
  source: SourceRef;
  /** Where the list puts the Pemprov. */
  pemprovAt: number;
  /** Where it puts this body (for the Pemprov, `pemprovAt`). */
  listedAt: number;
}

export interface Predicate {
  id: string;
  en: string;
}

/** Everything known of one body in one year, all sources merged. */
export interface BodyYearView {
  body: BodyInfo;
  programme: string;
  year: number;
  /** Province at the time of the assessment. */
  provinceCode: string | null;
  score: Fact<number> | null;
  zone: Fact<Zone> | null;
  grade: Fact<string> | null;
  opinionText: Fact<string> | null;
  predicate: Predicate | null;
  rankNational: Fact<number> | null;
  rankProvince: Fact<number> | null;
  /**
   * Sources whose list of the province's kab/kota also numbers the Pemprov (see province-lists.ts),
   * as they number it: `rankProvince` reads them without the Pemprov, and a Pemprov has no provincial rank.
   */
  pemprovLists: PemprovListing[];
  /** Notes of rows that state no figure ("not assessed in 2022"). */
  notes: string[];
  sources: SourceRef[];
  caveats: Caveat[];
}

/**
 * A place the bot worked out: from its scores, zones and grades and from the places sources
 * state for other bodies. `from === to` when only one place is possible; `to` is null when the
 * number of places is unknown.
 */
export interface ComputedRank {
  from: number;
  to: number | null;
  /** Another body has exactly the same score: they may share the place. */
  tied: boolean;
  /** Bodies with a score in the same ranking. */
  outOf: number;
  /** Places in the ranking (bodies assessed), when known. */
  assessed: number | null;
  /** True when the store holds a score for every assessed body. */
  complete: boolean;
}

export interface RankInfo {
  official: Fact<number> | null;
  /** Never set where a source states the body's place. */
  computed: ComputedRank | null;
  /** Other bodies a source states at the same official place (a tie, or sources that disagree). */
  sharedWith: BodyInfo[];
  /** Provincial ranks: the category ranked when the province's ranking is kept per category, else null (kab/kota together). */
  among: Category | null;
  /**
   * No source states the body's place and its score fits no place the stated ones leave (Bolaang
   * Mongondow 2023 scores above the stated #1): the sources conflict. `example`: a body with a
   * stated place and a lower score, when there is one.
   */
  contradicts?: { example: { body: BodyInfo; position: number; score: Fact<number> } | null };
}

export interface Change {
  fromYear: number;
  fromScore: number;
  /** Decimals the earlier score was printed with, when known. */
  fromDecimals?: number;
  delta: number;
  /** The two years used different methods: the scores are not comparable. */
  methodChanged: boolean;
}

export interface ScoreAnswer {
  kind: "score";
  view: BodyYearView;
  national: RankInfo;
  province: RankInfo;
  change: Change | null;
  /** Other years with data, to offer. */
  otherYears: number[];
}

export interface NoDataAnswer {
  kind: "no-data";
  body: BodyInfo | null;
  year: number | null;
  /** Years with data for that body (or, for a list or a count, for its filters). */
  availableYears: number[];
  /** The body's years with unit results, per programme: there is unit data even where it has no result of its own. */
  unitYears: { programme: string; years: number[] }[];
  caveats: Caveat[];
}

export interface RankAnswer {
  kind: "rank";
  view: BodyYearView;
  national: RankInfo;
  province: RankInfo;
  /** Province (at the time) used for the provincial rank. */
  provinceCode: string | null;
  scope: "national" | "province" | "both";
}

/** Where a body stands in a ranking (see ranking.ts). */
export type Place =
  | { kind: "official"; position: number; /** Stated for another body too, or the body's sources differ. */ disputed: boolean }
  | { kind: "computed"; position: number; tied: boolean }
  | { kind: "range"; from: number; to: number | null; tied: boolean }
  | { kind: "none" };

export interface RankedEntry {
  view: BodyYearView;
  place: Place;
}

/**
 * A line of a list: a body, places no body on record holds ("3. —"), or the start of the part set
 * apart: bodies without an official place whose possible places include one a source states for a
 * body listed ("2–25. Kementerian Agama" after the stated 1st and 3rd, not between them).
 */
export type ListLine =
  | { kind: "entry"; entry: RankedEntry }
  /** `open`: how many bodies without a place may hold these places (their zone allows it, or nothing is known of them). */
  | { kind: "gap"; from: number; to: number; open?: number }
  | { kind: "apart" }
  /** The start of a top's or bottom's part naming the bodies without a place that may hold its open places. */
  | { kind: "unplaced" };

/** 2025's level: the opinion's quality (its grade) and whether it carries "Tanpa Maladministrasi". */
export interface OpinionLevel {
  grade: string;
  predicate: Predicate;
  withoutMaladministration: boolean;
  /** Sources differ on the opinion: the lower reading is used. */
  disputed: boolean;
}

export interface RankedGroup {
  /** What the group lists: the ranking's category, or the category asked inside a province ranked as a whole. */
  category: Category | null;
  /** The category ranked: null for a province's kab/kota together. */
  rankingCategory: Category | null;
  /** Entries and gaps in the order shown. */
  lines: ListLine[];
  /** The entries of `lines`. */
  entries: RankedEntry[];
  /** Entries from this index on are in the part set apart (`entries.length` when there is none). */
  apartFrom: number;
  /** Bodies with a score in the ranking. */
  withData: number;
  /** Bodies of the ranking with a zone or grade (with or without a score). */
  withZone: number;
  /** The ranking holds no score and no stated place (Aceh 2021: zones only): listed by zone, numbered nowhere. */
  zonesOnly: boolean;
  /**
   * A bottom whose places no source states and the partial data cannot pin (kabupaten 2023): who is last is not
   * known; `lines` are then the lowest scores on record, lowest first, which are no places.
   */
  bottomUnknown: boolean;
  /** Places in the ranking (bodies assessed), when known. */
  assessed: number | null;
  complete: boolean;
  /** "rank": by stated places and scores; "opinion": a year without ranks (2025), by the opinion's level. */
  order: "rank" | "opinion";
  /** Some place of the ranking is stated by a source. */
  official: boolean;
  /** Provincial lists: the ranking is kept per category (see README). */
  perCategory: boolean;
  /** For "opinion" order: each entry's level, by body code. */
  levels: Record<string, OpinionLevel>;
  /** Official places stated for more than one body. */
  shared: { position: number; bodies: BodyInfo[] }[];
  /** An entry listed has no place: its score fits none the stated places leave. */
  inconsistent: boolean;
  /** Official places listed whose scores run the other way (the sources conflict), as neighbouring pairs. */
  outOfOrder: { above: RankedEntry; below: RankedEntry }[];
  /** A top's bodies left out for want of a place, scoring above the stated `position` within the top. */
  contradicted: { entry: RankedEntry; position: number }[];
  /** A province's list: reports that numbered the Pemprov among its kab/kota (it is left out here). */
  pemprovLists: PemprovListing[];
  /** A kota-only or kabupaten-only list of a province ranked as a whole (places among all its kab/kota): see CategoryPlaces. */
  withinCategory?: CategoryPlaces;
}

/**
 * What a category's list within a province can say among that category alone: how many the
 * province had that year, and each one's place among them when the places on record order them
 * all (every one in the ranking, their places not overlapping), by body code.
 */
export interface CategoryPlaces {
  category: Category;
  count: number;
  positions: Record<string, number> | null;
}

export interface ListFilters {
  year: number | null;
  provinceCode: string | null;
  category: Category | null;
  zone: Zone | null;
  grade: string | null;
}

export interface TopAnswer {
  kind: "top" | "bottom" | "list";
  filters: ListFilters & { year: number };
  /** The year was not asked: the one used is the latest with data for the filters. */
  yearChosen: boolean;
  n: number | null;
  /** Empty groups only when `none` is set. */
  groups: RankedGroup[];
  /** Every assessed body's zone (or grade) is known and none matches the filter: "none", not "no data". */
  none: boolean;
  /**
   * A top or bottom of a year whose data holds no score and no stated rank in the scope, only zones
   * or grades: the bodies by zone (best first for a top, worst first for a bottom), unnumbered.
   */
  byZone?: boolean;
  caveats: Caveat[];
}

/** The mean score of the bodies with a score, worked out by Rapor. */
export interface AverageGroup {
  category: Category | null;
  value: number;
  /** Bodies whose score is averaged. */
  count: number;
  /** Bodies assessed in the scope, when known. */
  assessed: number | null;
  complete: boolean;
}

export interface AverageAnswer {
  kind: "average";
  filters: ListFilters & { year: number };
  yearChosen: boolean;
  groups: AverageGroup[];
  sources: SourceRef[];
  caveats: Caveat[];
}

export interface CompareAnswer {
  kind: "compare";
  /** The year compared: asked, or the latest every body has a result in; null when they share none. */
  year: number | null;
  /** How the year was chosen. */
  yearBasis: "asked" | "common" | "latest-each";
  items: { body: BodyInfo; view: BodyYearView | null; availableYears: number[] }[];
  caveats: Caveat[];
}

export interface TrendPoint {
  view: BodyYearView;
  /** Change from the previous point with a score. */
  change: Change | null;
  /** The places sources state that year (computed places are not part of a trend). */
  national: RankInfo;
  province: RankInfo;
}

export interface TrendAnswer {
  kind: "trend";
  body: BodyInfo;
  points: TrendPoint[];
  /** Years without an assessment round inside the span (2020). */
  gaps: number[];
  caveats: Caveat[];
}

/** One service unit in one year, all its sources merged. */
export interface UnitView {
  kind: string;
  name: string;
  programme: string;
  year: number;
  score: number | null;
  /** Decimals the score was printed with, when known. */
  scoreDecimals?: number;
  zone: Zone | null;
  grade: string | null;
  predicate: Predicate | null;
  /** A source calls it a "Role Model Pelayanan Publik" (KemenPAN-RB). */
  roleModel: boolean;
  sources: SourceRef[];
  /** Scores other sources give. */
  conflicts: { value: number; decimals?: number; sources: SourceRef[] }[];
  caveats: Caveat[];
}

export interface UnitsAnswer {
  kind: "units";
  body: BodyInfo;
  year: number;
  unitKind: string | null;
  programme: string;
  units: UnitView[];
  otherYears: number[];
  /** Other programmes with units of this body (KemenPAN-RB beside Ombudsman): never mixed into `units`. */
  otherProgrammes: { programme: string; years: number[] }[];
  caveats: Caveat[];
  /**
   * The question asked for the body's own result, which it lacks that year (ATR/BPN 2022): its units are the
   * answer, and the reply says first that the body itself has none; `years` are those with a result of its own.
   */
  ownResult: { years: number[] } | null;
}

/** A body with no unit rows for the year (or kind) asked: its own result, and where units are. */
export interface NoUnitsAnswer {
  kind: "no-units";
  body: BodyInfo;
  /** The year asked, or null. */
  year: number | null;
  unitKind: string | null;
  programme: string;
  /** The body's own result that year (or its latest), when it has one. */
  view: BodyYearView | null;
  /** Years with units of this programme (and kind). */
  unitYears: number[];
  /** Every kind of unit the body has in this programme, with its years: what there is when the kind asked is not. */
  kinds: { kind: string; years: number[] }[];
  /** Units a source of the body's result names without scoring them ("six units sampled: Disdukcapil, ..."). */
  namedUnits: { year: number; names: string[]; source: SourceRef }[];
  otherProgrammes: { programme: string; years: number[] }[];
}

export interface UnitEntry {
  /** Rapor's place by score within the kind, programme and year (equal scores share it); null: no score. */
  position: number | null;
  body: BodyInfo;
  unit: UnitView;
}

/** Units of one kind across bodies, ranked by score within one programme and year. */
export interface UnitRankingAnswer {
  kind: "unit-ranking";
  unitKind: string;
  programme: string;
  direction: "top" | "bottom" | "list";
  n: number | null;
  provinceCode: string | null;
  /** The year asked, or null. */
  asked: number | null;
  /** One group per year shown, newest first. */
  groups: { year: number; entries: UnitEntry[]; withScore: number }[];
  /** Every year with units of this kind (for top/bottom: with scores), newest first. */
  years: number[];
}

/** A report that names a unit without giving it a score (a body's note listing the units sampled). */
export interface UnitMention {
  view: BodyYearView;
  sources: SourceRef[];
}

/** A unit asked by its own name. */
export interface UnitCardAnswer {
  kind: "unit-card";
  unitKind: string | null;
  unitName: string;
  body: BodyInfo | null;
  matches: { body: BodyInfo; unit: UnitView }[];
  mentions: UnitMention[];
}

export interface ZoneCounts {
  assessed: number | null;
  hijau: number | null;
  kuning: number | null;
  merah: number | null;
}

export interface StatsAnswer {
  kind: "stats";
  year: number;
  scope: { category: Category | "total"; provinceCode: string | null };
  /** "aggregate": official counts; "rows": counted from the results held. */
  basis: "aggregate" | "rows";
  counts: ZoneCounts;
  grades: Record<string, number> | null;
  sources: SourceRef[];
  /** Counts that another source gives differently. */
  conflicts: { field: keyof ZoneCounts; value: number; sources: SourceRef[] }[];
  /** For counts from rows: bodies with data and bodies expected. */
  withData: number | null;
  expected: number | null;
  caveats: Caveat[];
  /** A share was asked ("berapa persen"): each zone's count is also shown as a percentage of its base. */
  percent?: boolean;
  /** For counts from rows: bodies whose opinion at least one source gives "Tanpa Maladministrasi" (2025 on); null when none. */
  withoutMaladministration: number | null;
  /**
   * Official counts: the zones no source counts; `held`, for the zone asked among them, how many
   * bodies of the scope Rapor's rows put in it, of how many whose zone they hold (no count: partial),
   * and whether the rows' counts of the zones the sources do count are the same.
   */
  unstated: { zones: Zone[]; held: { zone: Zone; count: number; withZone: number; agrees: boolean } | null } | null;
}

export interface ScaleEntry {
  years: number[];
  programme: string;
  band: ScaleBand;
  predicate: Predicate;
}

export interface ExplainAnswer {
  kind: "explain";
  topic: string;
  entries: ScaleEntry[];
  /** Confidence notes of the scales involved. */
  caveats: Caveat[];
  /** A score looked up: `entries` are the bands it falls in; the zone or grade the question asks it is. */
  score?: { value: number; zone: Zone | null; grade: string | null };
  /** The zone asked is no official one: the entries are where a zoneless year's scale file names it. */
  unofficialZone?: boolean;
  /** "Tanpa Maladministrasi" asked: the years and number of body-years a source gives such an opinion. */
  modifier?: { years: number[]; bodies: number };
}

/** A programme other than Ombudsman's (KemenPAN-RB's IPP): its results only, named as such. */
export interface ProgrammeAnswer {
  kind: "programme";
  programme: string;
  /** The body asked about, if any. */
  body: BodyInfo | null;
  year: number | null;
  unitKind: string | null;
  /** Bodies' own results in the programme. */
  views: BodyYearView[];
  /** Units' results in the programme, newest year first. */
  units: { body: BodyInfo; unit: UnitView }[];
  /** The body's years with Ombudsman results, to offer them apart. */
  ombudsmanYears: number[];
}

/** Where the data comes from, with what the store holds. */
export interface AboutAnswer {
  kind: "about";
  resultRows: number;
  unitRows: number;
  aggregateRows: number;
  /** Distinct reports (links, or reports named in a note). */
  reports: number;
  /** Bodies with at least one Ombudsman result. */
  bodies: number;
  /** Years with Ombudsman results. */
  years: number[];
  programmes: string[];
}

/** How the score is made, per period (domain/rounds.ts). */
export interface MethodAnswer {
  kind: "method";
  year: number | null;
  periods: MethodPeriod[];
  /** The year asked had no round (2020). */
  noRound: boolean;
}

/** When results come out. */
export interface ScheduleAnswer {
  kind: "schedule";
  year: number | null;
  /**
   * latest: no year asked, the newest round in the data; published: in the data; published-no-data: announced
   * but not in the data; not-published: after the newest round; no-round: 2020; no-data: before the data.
   */
  status: "latest" | "published" | "published-no-data" | "not-published" | "no-round" | "no-data";
  announcement: Announcement | null;
  /** The newest year with results in the data. */
  latest: number | null;
  /** Every announcement known, oldest first. */
  past: Announcement[];
}

export type Answer =
  | ScoreAnswer
  | NoDataAnswer
  | RankAnswer
  | TopAnswer
  | CompareAnswer
  | TrendAnswer
  | UnitsAnswer
  | NoUnitsAnswer
  | UnitRankingAnswer
  | UnitCardAnswer
  | ProgrammeAnswer
  | AboutAnswer
  | MethodAnswer
  | ScheduleAnswer
  | StatsAnswer
  | AverageAnswer
  | ExplainAnswer;

/** An island group asked as a scope: it is no province; its provinces are listed to ask about instead. */
export interface IslandGroupAnswer {
  kind: "island-group";
  group: IslandGroup;
  /** Names without "Provinsi" ("Jambi"). */
  provinces: { code: string; name: string }[];
  /** The province the reply's example question names. */
  example: { code: string; name: string } | null;
  category: Category | null;
  year: number | null;
}

/** The years whose sources state a rank asked about ("ranking 4 provinsi tahun brp?"). */
export interface RankYearsAnswer {
  kind: "rank-years";
  body: BodyInfo;
  position: number;
  /** The scope asked; null: either. */
  scope: "national" | "province" | null;
  /** Views whose stated rank (in that scope) is the one asked, oldest first. */
  matches: { view: BodyYearView; scope: "national" | "province" }[];
  /** Every year with a stated rank, oldest first. */
  stated: { view: BodyYearView; national: number | null; province: number | null }[];
}
