import { loadCatalog, loadGazetteer } from "../app/load.js";
import { loadValidationContext } from "../ingest/validation-context.js";
import type { Db } from "../store/connection.js";
import type { ExtractContext } from "./types.js";

/**
 * What the extractor reads against, from the store (reads only): the import checks candidates against the same.
 * A caller that holds the answer engine's catalog passes its scales, and the catalog is not read again.
 */
export async function loadExtractContext(db: Db, scales?: ExtractContext["scales"]): Promise<ExtractContext> {
  const [gazetteer, validation, known] = await Promise.all([loadGazetteer(db), loadValidationContext(db), scales ?? loadCatalog(db).then((c) => c.scales)]);
  return { gazetteer, validation, scales: known };
}
