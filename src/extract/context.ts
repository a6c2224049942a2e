import { loadCatalog, loadGazetteer } from "../app/load.js";
import { loadValidationContext } from "../ingest/validation-context.js";
import type { Db } from "../store/connection.js";
import type { ExtractContext } from "./types.js";

/** What the extractor reads against, from the store (reads only): the import checks candidates against the same. */
export async function loadExtractContext(db: Db): Promise<ExtractContext> {
  const [gazetteer, validation, catalog] = await Promise.all([loadGazetteer(db), loadValidationContext(db), loadCatalog(db)]);
  return { gazetteer, validation, scales: catalog.scales };
}
