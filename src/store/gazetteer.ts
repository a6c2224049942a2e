import type { Kysely } from "kysely";
import type { Category, Database } from "./schema.js";

export interface GazetteerData {
  bodies: { code: string; name: string; category: Category; province_code: string | null }[];
  aliases: { alias: string; code: string; kind: string }[];
}

/**
 * The bodies and aliases the name resolver is built from (src/understand/resolve.ts), in one
 * order on both databases (PostgreSQL returns unordered rows in no fixed order).
 */
export async function readGazetteerData(db: Kysely<Database>): Promise<GazetteerData> {
  const bodies = await db.selectFrom("bodies").select(["code", "name", "category", "province_code"]).orderBy("code").execute();
  const aliases = await db.selectFrom("aliases").select(["alias", "code", "kind"]).orderBy("alias").orderBy("code").execute();
  return { bodies, aliases };
}
