import type { Kysely } from "kysely";
import type { Category, Database } from "./schema.js";

export interface GazetteerData {
  bodies: { code: string; name: string; category: Category; province_code: string | null }[];
  aliases: { alias: string; code: string; kind: string }[];
}

/** The bodies and aliases the name resolver is built from (src/understand/resolve.ts). */
export async function readGazetteerData(db: Kysely<Database>): Promise<GazetteerData> {
  const bodies = await db.selectFrom("bodies").select(["code", "name", "category", "province_code"]).execute();
  const aliases = await db.selectFrom("aliases").select(["alias", "code", "kind"]).execute();
  return { bodies, aliases };
}
