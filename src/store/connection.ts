import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from "kysely";
import pg from "pg";
import { migrations } from "../../db/migrations/index.js";
import type { Database } from "./schema.js";
import { SqliteStoreDialect } from "./sqlite-dialect.js";

export type Db = Kysely<Database>;

/** Where the store lives: an SQLite file (the default), or a PostgreSQL database that several instances share. */
export type DatabaseTarget = { dialect: "sqlite"; file: string } | { dialect: "postgres"; url: string };

/** The database the configuration names: DATABASE_URL when set, else the SQLite file at DATABASE_PATH. */
export function databaseTarget(config: { DATABASE_PATH: string; DATABASE_URL?: string | undefined }): DatabaseTarget {
  return config.DATABASE_URL ? { dialect: "postgres", url: config.DATABASE_URL } : { dialect: "sqlite", file: config.DATABASE_PATH };
}

const { builtins } = pg.types;
const parseTimestamptz = pg.types.getTypeParser(builtins.TIMESTAMPTZ, "text") as (value: string) => Date;

/**
 * How pg reads values back, so that one `Database` type fits both dialects: bigint (Telegram
 * ids, counts) as numbers (pg gives strings, since int8 can exceed 2^53; ids and counts here
 * never do, and a value that would is an error, not a silent rounding), and timestamptz as the
 * same ISO-8601 text SQLite stores.
 */
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === builtins.INT8) {
      return (value: string) => {
        const n = Number(value);
        if (!Number.isSafeInteger(n)) throw new Error(`bigint ${value} does not fit a JavaScript number`);
        return n;
      };
    }
    if (oid === builtins.TIMESTAMPTZ) return (value: string) => parseTimestamptz(value).toISOString();
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

/** A pg pool with our type parsers, for kysely and for the LISTEN connection alike. */
export function postgresPool(url: string, options: { max?: number } = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, types, max: options.max ?? 10 });
  // An idle client losing its connection (a server restart): the next query opens another.
  pool.on("error", () => {});
  return pool;
}

/** The one place that picks the database; a bare string is an SQLite file. */
export function openDatabase(target: DatabaseTarget | string): Db {
  const chosen: DatabaseTarget = typeof target === "string" ? { dialect: "sqlite", file: target } : target;
  if (chosen.dialect === "postgres") return new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(chosen.url) }) });
  return new Kysely<Database>({ dialect: new SqliteStoreDialect(chosen.file) });
}

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    throw new Error(`Database migration failed${failed ? ` at ${failed.migrationName}` : ""}: ${String(error)}`);
  }
}
