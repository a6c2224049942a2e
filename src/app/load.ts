import { buildCatalog, type Catalog } from "../answer/catalog.js";
import { readCatalogData } from "../store/catalog.js";
import type { Db } from "../store/connection.js";
import { readGazetteerData } from "../store/gazetteer.js";
import { buildGazetteer, type Gazetteer } from "../understand/index.js";

/** The answer engine's read model, from the store's rows. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  return buildCatalog(await readCatalogData(db));
}

/** The name resolver's gazetteer, from the store's rows. */
export async function loadGazetteer(db: Db): Promise<Gazetteer> {
  const { bodies, aliases } = await readGazetteerData(db);
  return buildGazetteer(bodies, aliases);
}
