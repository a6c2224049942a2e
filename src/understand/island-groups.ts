/**
 * Island groups ("Sumatera", "Jawa", "Kalimantan"): places people rank within ("kabupaten terbaik se-Sumatera")
 * that are no province, so no scope of a ranking. Read so the answer can say so instead of dropping the word
 * and answering for the whole country. Maluku and Papua are not here: those words name provinces.
 */
import { normalizeName, type Token } from "./normalize.js";

export type IslandGroup = "sumatera" | "jawa" | "bali-nusa-tenggara" | "kalimantan" | "sulawesi";

/**
 * The words of each group, and how its provinces' Kemendagri codes begin (1x: Sumatera, with Kepulauan Riau 21;
 * 3x: Jawa; 5x: Bali and Nusa Tenggara; 6x: Kalimantan; 7x: Sulawesi). "Bali" alone is the province.
 */
export const ISLAND_GROUPS: Record<IslandGroup, { words: string[]; codePrefixes: string[] }> = {
  sumatera: { words: ["sumatera", "sumatra", "sumatera island", "sumatra island"], codePrefixes: ["1", "21"] },
  jawa: { words: ["jawa", "java", "jawa island", "java island"], codePrefixes: ["3"] },
  "bali-nusa-tenggara": { words: ["nusa tenggara", "nusra"], codePrefixes: ["5"] },
  kalimantan: { words: ["kalimantan", "borneo", "kalimantan island"], codePrefixes: ["6"] },
  sulawesi: { words: ["sulawesi", "celebes", "sulawesi island"], codePrefixes: ["7"] },
};

const PHRASES = new Map<string, IslandGroup>();
for (const [group, { words }] of Object.entries(ISLAND_GROUPS) as [IslandGroup, { words: string[] }][]) {
  for (const w of words) {
    PHRASES.set(normalizeName(w), group);
    PHRASES.set(normalizeName(`pulau ${w}`), group);
  }
}
const MAX_WORDS = Math.max(...[...PHRASES.keys()].map((k) => k.split(" ").length));

export interface IslandGroupAt {
  group: IslandGroup;
  start: number;
  end: number;
}

/** The island group named at token i (over tokens `free[j]`), longest phrase first. */
export function islandGroupAt(tokens: readonly Token[], free: (j: number) => boolean, i: number): IslandGroupAt | null {
  for (let len = Math.min(MAX_WORDS, tokens.length - i); len >= 1; len--) {
    let ok = true;
    for (let j = i; j < i + len; j++) if (!free(j)) ok = false;
    if (!ok) continue;
    const group = PHRASES.get(tokens.slice(i, i + len).map((t) => t.norm).join(" "));
    if (group) return { group, start: i, end: i + len };
  }
  return null;
}
