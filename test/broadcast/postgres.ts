import { randomBytes } from "node:crypto";
import { Kysely, OperationNodeTransformer, PostgresDialect, type ColumnDefinitionNode, type KyselyPlugin } from "kysely";
import pg from "pg";
import { migrateToLatest, type Db } from "../../src/store/connection.js";
import type { Database } from "../../src/store/schema.js";

/**
 * Until the store's portable migrations land, the shipped ones use `.autoIncrement()`, which
 * kysely's PostgreSQL compiler writes as MySQL's `auto_increment`: read it as an identity column.
 * A no-op for migrations that no longer use it.
 */
class IdentityForAutoIncrement extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    return column.autoIncrement ? { ...column, autoIncrement: false, generated: { kind: "GeneratedNode", byDefault: true, identity: true } } : column;
  }
}

const portableMigrations: KyselyPlugin = {
  transformQuery: ({ node }) => new IdentityForAutoIncrement().transformNode(node),
  transformResult: async ({ result }) => result,
};

export interface PostgresStore {
  db: Db;
  /** Another pool on the same schema: a second process, as far as the database can tell. */
  connect(): Db;
  cleanup(): Promise<void>;
}

/**
 * A migrated, empty PostgreSQL database of its own on the server at DATABASE_URL (the outbox needs
 * no shipped data; a database rather than a schema, since kysely's migrator finds its tables in
 * any schema), dropped by cleanup().
 */
export async function postgresStore(url = process.env.DATABASE_URL): Promise<PostgresStore> {
  if (!url) throw new Error("DATABASE_URL is not set");
  const name = `sender_test_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const pools: Db[] = [];
  const connect = () => {
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: own.href, max: 5 }) }) });
    pools.push(db);
    return db;
  };
  const db = connect();
  await migrateToLatest(db.withPlugin(portableMigrations));
  return {
    db,
    connect,
    async cleanup() {
      for (const pool of pools) await pool.destroy();
      await admin(`drop database ${name} with (force)`);
    },
  };
}
