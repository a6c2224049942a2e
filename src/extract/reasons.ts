/**
 * Why the extractor left a figure undecided: a code with its values, so that each front end says it in its own
 * language (the bot: locales/<id>/extract-bot.ftl, `extract-why-<code>`); `englishWhy` is the CLI's text.
 */
export type UndecidedReason =
  | { code: "future" }
  | { code: "year-unknown"; words: string }
  | { code: "year-relative" }
  | { code: "no-year" }
  | { code: "ipp-scale" }
  | { code: "earlier-zone" }
  | { code: "rank-scope" }
  | { code: "rank-other-province"; province: string; body: string }
  | { code: "unit-rank" }
  | { code: "ambiguous-name"; name: string; options: string[] }
  | { code: "group-figure" }
  | { code: "no-body" }
  | { code: "group-unnamed"; group: string; scope: string | null; figure: string }
  /** `field`: a column name (score, rank_province...). */
  | { code: "conflict"; field: string; value: string; text: string };

export type UndecidedCode = UndecidedReason["code"];

/** Every code, for the front ends' message catalogues (a test checks each has its message). */
export const UNDECIDED_CODES = [
  "future", "year-unknown", "year-relative", "no-year", "ipp-scale", "earlier-zone", "rank-scope", "rank-other-province", "unit-rank",
  "ambiguous-name", "group-figure", "no-body", "group-unnamed", "conflict",
] as const satisfies readonly UndecidedCode[];

export function englishWhy(r: UndecidedReason): string {
  switch (r.code) {
    case "future":
      return "a hope or a target, not a result";
    case "year-unknown":
      return `the year is not stated ("${r.words}")`;
    case "year-relative":
      return "a year relative to one the report does not give";
    case "no-year":
      return "the assessment year is not stated and the report has no date (give --published)";
    case "ipp-scale":
      return "not on the 1-5 scale of KemenPAN-RB's index";
    case "earlier-zone":
      return "the zone of an earlier year, which the report does not name";
    case "rank-scope":
      return "the rank's scope (within the province or national) is not stated";
    case "rank-other-province":
      return `a rank within ${r.province}, which is not the province of ${r.body}`;
    case "unit-rank":
      return "a unit's rank (units.csv holds no ranks)";
    case "ambiguous-name":
      return `"${r.name}" could be ${r.options.join(" or ")}`;
    case "group-figure":
      return "a figure of a group the report does not name";
    case "no-body":
      return "no body is named for this figure";
    case "group-unnamed":
      return `a group statement (${r.group}${r.scope ? ` in ${r.scope}` : ""}: ${r.figure}); the report does not name the bodies`;
    case "conflict":
      return `conflicts with ${r.field.replace("_", " ")} ${r.value} read for the same body and year ("${r.text}")`;
  }
}
