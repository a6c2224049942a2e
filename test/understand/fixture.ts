import { tempStore } from "../helpers/temp-store.js";
import { loadGazetteer } from "../../src/app/load.js";
import type { Gazetteer, GazetteerAlias, GazetteerBody } from "../../src/understand/resolve.js";

/** The gazetteer of a real migrated and seeded store, with its rows; the store is closed at once. */
export async function seededGazetteer(): Promise<{ gazetteer: Gazetteer; bodies: GazetteerBody[]; aliases: GazetteerAlias[] }> {
  const store = await tempStore();
  try {
    const gazetteer = await loadGazetteer(store.db);
    const bodies = await store.db.selectFrom("bodies").select(["code", "name", "category", "province_code"]).orderBy("code").execute();
    const aliases = await store.db.selectFrom("aliases").select(["alias", "code", "kind"]).execute();
    return { gazetteer, bodies, aliases };
  } finally {
    await store.cleanup();
  }
}

/** A fixed clock: "tahun lalu" is 2025. */
export const NOW = new Date("2026-03-01T12:00:00+07:00");

/** mulberry32: a small seeded PRNG, so generated tests are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
