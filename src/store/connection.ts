import { Kysely, Migrator, type MigrationProvider } from "kysely";
import { migrations } from "../../db/migrations/index.js";
import type { Database } from "./schema.js";
import { SqliteStoreDialect } from "./sqlite-dialect.js";

export type Db = Kysely<Database>;

/** The one place that picks the database: an SQLite file (the default). */
export function openDatabase(file: string): Db {
  return new Kysely<Database>({ dialect: new SqliteStoreDialect(file) });
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
