import type { YearScale } from "../answer/merge.js";
import type { RowRefusal, ValidationContext } from "../ingest/result-rows.js";
import { RESULT_COLUMNS } from "../ingest/result-rows.js";
import type { UnitColumn } from "../ingest/unit-rows.js";
import type { Gazetteer } from "../understand/index.js";
import type { UndecidedReason } from "./reasons.js";

export { UNIT_COLUMNS, type UnitColumn } from "../ingest/unit-rows.js";
export type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** What the extractor reads. */
export interface ExtractInput {
  /** The article: plain text, or HTML (its markup is stripped first). */
  text: string;
  /** The article's address, when known: the rows' source_url. */
  url?: string | null;
  /** The publication date, YYYY-MM-DD, when stated: dates the report when the text gives no assessment year. */
  published?: string | null;
}

/** What the extractor reads against: the gazetteer for names, the import's rules, the scales for predicates. */
export interface ExtractContext {
  gazetteer: Gazetteer;
  validation: ValidationContext;
  /** By `${programme}|${year}`, as in the answer engine's catalog. */
  scales: ReadonlyMap<string, YearScale>;
}

/** Where one value of a candidate was read. */
export interface Evidence {
  /** A column name (score, zone, opinion, rank_province...). */
  field: string;
  value: string;
  /** The sentence, exactly as it stands in the text. */
  sentence: string;
}

interface CandidateInfo {
  /** The sentence of the candidate's main value (its score when it has one), exactly as in the text. */
  sentence: string;
  /** 0-1: how sure the reading is (lower when the body, the year or a rank's scope came from context). */
  confidence: number;
  /** Every value with the sentence it was read from. */
  evidence: Evidence[];
  /** Why the import would refuse it; empty when it would accept it. */
  problems: string[];
  /** The same, each with its column and a reason code (for messages in other languages than the CLI's English). */
  refusals: RowRefusal[];
}

/** A results row in the import's CSV shape (every cell a string, empty when not stated). */
export type ResultCandidate = Record<ResultColumn, string> & CandidateInfo;
/** A units row in the shape of db/data/units.csv. */
export type UnitCandidate = Record<UnitColumn, string> & CandidateInfo;

/** A figure or statement the extractor saw but could not turn into a row. */
export interface Undecided {
  sentence: string;
  /** The words in question, as written ("nilai 82", "Bogor", "16 kabupaten/kota"). */
  text: string;
  /** In English (the CLI's text). */
  why: string;
  /** The same as a code and its values. */
  reason: UndecidedReason;
}

export interface Extraction {
  rows: ResultCandidate[];
  units: UnitCandidate[];
  undecided: Undecided[];
  /** The text read (the input, or the HTML's text): every sentence above is a substring of it. */
  text: string;
}

/** Input the extractor refuses as a whole (empty, too long): the message is one line for the user. */
export class ExtractInputError extends Error {}
