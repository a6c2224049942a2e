export { buildCatalog, type Catalog } from "./catalog.js";
export { scoreOf, rankOf, rankNationally, rankWithinProvince } from "./score.js";
export { listBodies, DEFAULT_TOP_N } from "./top.js";
export { compareBodies } from "./compare.js";
export { trendOf } from "./trend.js";
export { unitsOf } from "./units.js";
export { statsFor } from "./stats.js";
export { explainScale, type ExplainTopic } from "./explain.js";
export type * from "./types.js";
