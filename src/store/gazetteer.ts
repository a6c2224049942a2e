import type { Insertable, Kysely } from "kysely";
import type { Category } from "../domain/vocabulary.js";
import type { AliasesTable, BodiesTable, Database } from "./schema.js";

type Q = Kysely<Database>;

export interface GazetteerData {
  bodies: { code: string; name: string; category: Category; province_code: string | null }[];
  aliases: { alias: string; code: string; kind: string }[];
}

/**
 * The bodies and aliases the name resolver is built from (src/understand/resolve.ts), in one
 * order on both databases (PostgreSQL returns unordered rows in no fixed order).
 */
export async function readGazetteerData(db: Q): Promise<GazetteerData> {
  const bodies = await db.selectFrom("bodies").select(["code", "name", "category", "province_code"]).orderBy("code").execute();
  const aliases = await db.selectFrom("aliases").select(["alias", "code", "kind"]).orderBy("alias").orderBy("code").execute();
  return { bodies, aliases };
}

/** One body by code; undefined when the gazetteer has none. */
export async function readBody(db: Q, code: string): Promise<{ code: string; category: Category; province_code: string | null } | undefined> {
  return db.selectFrom("bodies").select(["code", "category", "province_code"]).where("code", "=", code).executeTakeFirst();
}

export async function readProvinces(db: Q): Promise<{ code: string; name: string }[]> {
  return db.selectFrom("bodies").select(["code", "name"]).where("category", "=", "provinsi").orderBy("code").execute();
}

/** Upserts the bodies (names follow the newer list) and adds aliases; the first spelling of an alias wins. */
export async function writeGazetteer(trx: Q, bodies: Insertable<BodiesTable>[], aliases: Insertable<AliasesTable>[]): Promise<void> {
  for (let i = 0; i < bodies.length; i += 200) {
    await trx
      .insertInto("bodies")
      .values(bodies.slice(i, i + 200))
      .onConflict((oc) =>
        oc.column("code").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          category: eb.ref("excluded.category"),
          province_code: eb.ref("excluded.province_code"),
        })),
      )
      .execute();
  }
  // The first spelling wins: official and derived forms come before reported variants and nicknames.
  const unique = new Map<string, Insertable<AliasesTable>>();
  for (const a of aliases) if (!unique.has(`${a.alias}\u0000${a.code}`)) unique.set(`${a.alias}\u0000${a.code}`, a);
  const rows = [...unique.values()];
  for (let i = 0; i < rows.length; i += 200) {
    await trx.insertInto("aliases").values(rows.slice(i, i + 200)).onConflict((oc) => oc.columns(["alias", "code"]).doNothing()).execute();
  }
}
