import type { Kysely } from "kysely";
import { serialKey, timeType } from "./portable.js";

// Portable DDL only: this schema must also run on PostgreSQL. (Deployed SQLite files ran it
// before the PostgreSQL branches existed: on SQLite every column is as it was.)
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("bodies")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("province_code", "text")
    .execute();

  await db.schema
    .createTable("aliases")
    .addColumn("alias", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull().references("bodies.code"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("verified", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("source_url", "text")
    .addPrimaryKeyConstraint("aliases_pk", ["alias", "code"])
    .execute();

  await db.schema
    .createTable("programmes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name_id", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("scale_min", "double precision", (c) => c.notNull())
    .addColumn("scale_max", "double precision", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("programme_years")
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("assessed", "integer", (c) => c.notNull())
    .addColumn("method", "text", (c) => c.notNull())
    .addColumn("sampled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("scale_name_id", "text", (c) => c.notNull())
    .addColumn("scale_name_en", "text", (c) => c.notNull())
    .addColumn("classification_rule", "text")
    .addColumn("confidence", "text")
    .addPrimaryKeyConstraint("programme_years_pk", ["programme_id", "year"])
    .execute();

  await db.schema
    .createTable("scale_bands")
    .addColumn("programme_id", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("grade", "text")
    .addColumn("zone", "text")
    .addColumn("min", "double precision", (c) => c.notNull())
    .addColumn("max", "double precision", (c) => c.notNull())
    .addColumn("label_id", "text", (c) => c.notNull())
    .addColumn("label_en", "text", (c) => c.notNull())
    .addColumn("confidence", "text")
    .addPrimaryKeyConstraint("scale_bands_pk", ["programme_id", "year", "position"])
    .addForeignKeyConstraint("scale_bands_year_fk", ["programme_id", "year"], "programme_years", [
      "programme_id",
      "year",
    ])
    .execute();

  await db.schema
    .createTable("imports")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("origin", "text", (c) => c.notNull())
    .addColumn("imported_at", timeType(db), (c) => c.notNull())
    .addColumn("added", "integer", (c) => c.notNull())
    .addColumn("unchanged", "integer", (c) => c.notNull())
    .addColumn("conflicts", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("results")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("entity_code", "text", (c) => c.notNull().references("bodies.code"))
    .addColumn("entity_name", "text", (c) => c.notNull())
    .addColumn("province_code", "text")
    .addColumn("score", "double precision")
    .addColumn("zone", "text")
    .addColumn("opinion", "text")
    .addColumn("opinion_text", "text")
    .addColumn("rank_national", "integer")
    .addColumn("rank_province", "integer")
    .addColumn("statement", "text", (c) => c.notNull())
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull().unique())
    .addColumn("import_id", "integer", (c) => c.notNull().references("imports.id"))
    .execute();
  await db.schema.createIndex("results_body_year").on("results").columns(["entity_code", "year"]).execute();
  await db.schema
    .createIndex("results_year_category")
    .on("results")
    .columns(["programme_id", "year", "category", "province_code"])
    .execute();

  await db.schema
    .createTable("unit_results")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("entity_code", "text", (c) => c.notNull().references("bodies.code"))
    .addColumn("unit_kind", "text", (c) => c.notNull())
    .addColumn("unit_name", "text", (c) => c.notNull())
    .addColumn("score", "double precision")
    .addColumn("zone", "text")
    .addColumn("opinion", "text")
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull().unique())
    .addColumn("import_id", "integer", (c) => c.notNull().references("imports.id"))
    .execute();
  await db.schema.createIndex("unit_results_body_year").on("unit_results").columns(["entity_code", "year"]).execute();

  await db.schema
    .createTable("aggregates")
    .addColumn("id", "integer", serialKey(db))
    .addColumn("programme_id", "text", (c) => c.notNull().references("programmes.id"))
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("category", "text")
    .addColumn("province_code", "text")
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("assessed_count", "integer")
    .addColumn("green", "integer")
    .addColumn("yellow", "integer")
    .addColumn("red", "integer")
    .addColumn("source_url", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("fingerprint", "text", (c) => c.notNull().unique())
    .addColumn("import_id", "integer", (c) => c.notNull().references("imports.id"))
    .execute();
  await db.schema.createIndex("aggregates_year").on("aggregates").columns(["programme_id", "year"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["aggregates", "unit_results", "results", "imports", "scale_bands", "programme_years", "programmes", "aliases", "bodies"]) {
    await db.schema.dropTable(table).execute();
  }
}
