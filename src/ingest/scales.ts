import type { Kysely } from "kysely";
import { z } from "zod";
import { METHOD_OF_SCALE, PROGRAMMES, SAMPLED_SCALES } from "../domain/programmes.js";
import type { Zone } from "../domain/vocabulary.js";
import { replaceProgramme, type ProgrammeYearRows } from "../store/scales.js";
import type { Database } from "../store/schema.js";

const band = z.object({
  zone: z.enum(["hijau", "kuning", "merah", "hitam"]).nullable(),
  grade: z.string().nullable(),
  min: z.number(),
  max: z.number(),
  label_id: z.string(),
  label_en: z.string(),
  confidence: z.string().optional(),
});

const programme = z.object({
  id: z.string(),
  program: z.string(),
  program_en: z.string().optional(),
  years: z.union([z.array(z.number().int()), z.string()]),
  scale: z.object({ min: z.number(), max: z.number() }).optional(),
  classification_rule: z.string().optional(),
  confidence: z.string().optional(),
  bands: z.array(band),
});

const scalesFile = z.object({ programs: z.array(programme) });

/** Loads programmes, their years and score bands from scales.json (replacing what was there). */
export async function writeScales(trx: Kysely<Database>, json: unknown): Promise<void> {
  const file = scalesFile.parse(json);
  for (const p of PROGRAMMES) {
    const entries = file.programs.filter((e) => e.id.startsWith(p.scalesPrefix) && Array.isArray(e.years));
    const scale = entries.find((e) => e.scale)?.scale;
    if (!scale) throw new Error(`scales.json has no scale for ${p.id}`);
    const years: ProgrammeYearRows[] = entries.flatMap((entry) =>
      (entry.years as number[]).map((year) => ({
        year: {
          programme_id: p.id,
          year,
          assessed: entry.bands.length > 0 ? 1 : 0,
          method: METHOD_OF_SCALE[entry.id] ?? entry.id,
          sampled: SAMPLED_SCALES.has(entry.id) ? 1 : 0,
          scale_name_id: entry.program,
          scale_name_en: entry.program_en ?? entry.program,
          classification_rule: entry.classification_rule ?? null,
          confidence: entry.confidence ?? null,
        },
        bands: entry.bands.map((b, position) => ({
          programme_id: p.id,
          year,
          position,
          grade: b.grade,
          zone: b.zone as Zone | null,
          min: b.min,
          max: b.max,
          label_id: b.label_id,
          label_en: b.label_en,
          confidence: b.confidence ?? null,
        })),
      })),
    );
    await replaceProgramme(trx, { id: p.id, name_id: p.name_id, name_en: p.name_en, scale_min: scale.min, scale_max: scale.max }, years);
  }
}
