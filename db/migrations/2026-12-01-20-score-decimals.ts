import type { Kysely } from "kysely";

/**
 * The number of decimals a score was printed with (97.60 has 2, 97.6 has 1), so that
 * answers print it as its source did. Null for rows stored before this column existed
 * (printed then with up to two decimals). Portable DDL: runs on SQLite and PostgreSQL.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("results").addColumn("score_decimals", "integer").execute();
  await db.schema.alterTable("unit_results").addColumn("score_decimals", "integer").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("unit_results").dropColumn("score_decimals").execute();
  await db.schema.alterTable("results").dropColumn("score_decimals").execute();
}
