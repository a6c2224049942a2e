import type { ColumnDefinitionBuilder, Kysely } from "kysely";
import { dialectOf } from "../../src/store/dialect.js";

/**
 * Column shapes that differ between SQLite and PostgreSQL, for migrations that run on both.
 * (Not a migration: index.ts lists those.)
 */

/**
 * An integer key the database numbers: an identity column on PostgreSQL (kysely's
 * `autoIncrement()` compiles to nothing there), INTEGER PRIMARY KEY AUTOINCREMENT on SQLite.
 */
export const serialKey = (db: Kysely<any>) => (column: ColumnDefinitionBuilder) =>
  dialectOf(db) === "postgres" ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement();

/**
 * A point in time: timestamptz on PostgreSQL (compared as times); on SQLite, ISO-8601 UTC text
 * of one fixed width (`Date#toISOString`), which sorts and compares in time order.
 */
export const timeType = (db: Kysely<any>) => (dialectOf(db) === "postgres" ? "timestamptz" : "text");
