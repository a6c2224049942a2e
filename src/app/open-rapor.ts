import type { Db } from "../store/connection.js";
import { createUnderstander } from "../understand/index.js";
import { loadCatalog, loadGazetteer } from "./load.js";
import { Rapor } from "./rapor.js";

/** Builds the core from the store: the read model and the understander over the gazetteer. */
export async function openRapor(db: Db): Promise<Rapor> {
  const [catalog, gazetteer] = await Promise.all([loadCatalog(db), loadGazetteer(db)]);
  return new Rapor(db, catalog, createUnderstander(gazetteer));
}
