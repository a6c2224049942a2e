import type { Category } from "../store/schema.js";

const LOWER_WORDS = new Set(["dan"]);
const UPPER_WORDS = new Set(["dki", "di"]);

/** "KABUPATEN PANGKAJENE DAN KEPULAUAN" -> "Kabupaten Pangkajene dan Kepulauan". */
export function titleCaseOfficial(upper: string): string {
  return upper
    .toLowerCase()
    .split(/\s+/)
    .map((word, i) => {
      if (i > 0 && LOWER_WORDS.has(word)) return word;
      if (UPPER_WORDS.has(word)) return word.toUpperCase();
      return word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(" ");
}

const PREFIXES: { prefix: string; category: Category }[] = [
  { prefix: "Kabupaten Administrasi ", category: "kabupaten" },
  { prefix: "Kota Administrasi ", category: "kota" },
  { prefix: "Kabupaten ", category: "kabupaten" },
  { prefix: "Kota ", category: "kota" },
  { prefix: "Provinsi ", category: "provinsi" },
];

/** Category and bare name of a regency, city or province name ("Kota Metro" -> kota, "Metro"). */
export function splitRegionName(name: string): { category: Category | null; bare: string } {
  for (const { prefix, category } of PREFIXES) {
    if (name.startsWith(prefix)) return { category, bare: name.slice(prefix.length) };
  }
  return { category: null, bare: name };
}

/** The ways people write a region's name with its prefix (Kab./Pemkab/Pemkot/Pemko/Prov. ...). */
export function derivedRegionForms(category: Category, bare: string): string[] {
  switch (category) {
    case "kabupaten":
      return [bare, `Kab. ${bare}`, `Kab ${bare}`, `Pemkab ${bare}`];
    case "kota":
      return [bare, `Pemkot ${bare}`, `Pemko ${bare}`, `Kotamadya ${bare}`];
    case "provinsi":
      return [bare, `Prov. ${bare}`, `Prov ${bare}`, `Propinsi ${bare}`, `Pemprov ${bare}`];
    default:
      return [];
  }
}
