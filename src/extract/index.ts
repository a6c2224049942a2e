/** The extractor: a news report -> candidate results and unit rows, each with its sentence (pure; no writes). */
export { extractResults, MAX_TEXT_CHARS, resultRowProblems, resultRowRefusals, unitRowProblems, unitRowRefusals } from "./extract.js";
export { loadExtractContext } from "./context.js";
export { importableCsv } from "./csv.js";
export { englishWhy, UNDECIDED_CODES, type UndecidedCode, type UndecidedReason } from "./reasons.js";
export {
  ExtractInputError, UNIT_COLUMNS, type Evidence, type ExtractContext, type ExtractInput, type Extraction, type ResultCandidate,
  type ResultColumn, type UnitCandidate, type UnitColumn, type Undecided,
} from "./types.js";
