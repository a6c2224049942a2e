import type { ScaleBand } from "../store/schema.js";

/**
 * The band a score falls in: the band with the highest lower bound not above the score.
 * Half-open comparison, so a score between published bounds (80.995) never falls in a gap.
 */
export function bandForScore(bands: readonly ScaleBand[], score: number): ScaleBand | null {
  let best: ScaleBand | null = null;
  for (const band of bands) {
    if (score >= band.min && (best === null || band.min > best.min)) best = band;
  }
  return best;
}

export function bandForGrade(bands: readonly ScaleBand[], grade: string): ScaleBand | null {
  return bands.find((b) => b.grade === grade) ?? null;
}

/** A zone-only scale (2015-2021) has one band per zone. */
export function bandForZone(bands: readonly ScaleBand[], zone: string): ScaleBand | null {
  const matching = bands.filter((b) => b.zone === zone);
  return matching.length === 1 ? (matching[0] ?? null) : null;
}

/**
 * The predicate of a band, from the scale file's labels:
 * "Zona Hijau - Predikat Kepatuhan Tinggi" -> "Kepatuhan Tinggi",
 * "Opini Kualitas Tertinggi (Kategori A, Zona Hijau)" -> "Opini Kualitas Tertinggi".
 * Only a trailing note of the band's category or zone is dropped: "Baik (Dengan Catatan)", the
 * IPP's B-, is a predicate of its own and must not become "Baik" (B).
 */
export function predicateOf(band: ScaleBand): { id: string; en: string } {
  const clean = (label: string) =>
    label
      .replace(/\s*\((?:kategori|category|zona|zone)\b[^)]*\)\s*$/i, "")
      .replace(/^.*?\s-\s/, "")
      .replace(/^Predikat\s+/i, "")
      .trim();
  const en = clean(band.label_en);
  return { id: clean(band.label_id), en: en.charAt(0).toUpperCase() + en.slice(1) };
}
