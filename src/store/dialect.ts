import { PostgresAdapter, type Kysely } from "kysely";

/** The two databases the store runs on. */
export type Dialect = "sqlite" | "postgres";

/** Which database a Kysely instance (or a transaction of it) talks to. */
export const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite");
