import { Kysely, Migrator, type MigrationProvider } from "kysely";
import { migrations } from "../../db/migrations/index.js";
import type { Database } from "./schema.js";
import { SqliteStoreDialect } from "./sqlite-dialect.js";

export type Db = Kysely<Database>;

/** Where the store lives: an SQLite file (the default). */
export type DatabaseTarget = { dialect: "sqlite"; file: string };

/** The database the configuration names. */
export function databaseTarget(config: { DATABASE_PATH: string }): DatabaseTarget {
  return { dialect: "sqlite", file: config.DATABASE_PATH };
}

/** The one place that picks the database; a bare string is an SQLite file. */
export function openDatabase(target: DatabaseTarget | string): Db {
  const chosen = typeof target === "string" ? { dialect: "sqlite" as const, file: target } : target;
  return new Kysely<Database>({ dialect: new SqliteStoreDialect(chosen.file) });
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ""}: ${String(error)}`);
  }
}
