/** The understanding layer: text -> Query. */
export { createUnderstander, emptyQuery, parseQuestion, type ParseOptions } from "./parse.js";
export { buildGazetteer, type Gazetteer, type GazetteerAlias, type GazetteerBody } from "./resolve.js";
export type { BodyRef, Intent, Language, Query } from "./query.js";
export { INTENTS } from "./query.js";
