import type { Insertable, Kysely } from "kysely";
import type { Database, ProgrammesTable, ProgrammeYearsTable, ScaleBandsTable } from "./schema.js";

/** One year of a programme with its score bands. */
export interface ProgrammeYearRows {
  year: Insertable<ProgrammeYearsTable>;
  bands: Insertable<ScaleBandsTable>[];
}

/** Writes a programme and replaces its years and bands (inside the shipped data's transaction). */
export async function replaceProgramme(trx: Kysely<Database>, programme: Insertable<ProgrammesTable>, years: readonly ProgrammeYearRows[]): Promise<void> {
  const { id, ...fields } = programme;
  await trx.insertInto("programmes").values(programme).onConflict((oc) => oc.column("id").doUpdateSet(fields)).execute();
  await trx.deleteFrom("scale_bands").where("programme_id", "=", id).execute();
  await trx.deleteFrom("programme_years").where("programme_id", "=", id).execute();
  for (const { year, bands } of years) {
    await trx.insertInto("programme_years").values(year).execute();
    if (bands.length > 0) await trx.insertInto("scale_bands").values(bands).execute();
  }
}
