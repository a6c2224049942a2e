/** Subscriptions are a store module now (src/store/subscriptions.ts); this name stays so that imports of it keep working. */
export * from "../store/subscriptions.js";
