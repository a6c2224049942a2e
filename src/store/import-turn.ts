import type { Transaction } from "kysely";
import type { Database } from "./schema.js";

/**
 * Takes the import's turn inside its transaction: imports run one at a time, and the second
 * sees the first's rows. On SQLite the transaction's BEGIN IMMEDIATE already holds the one write
 * lock, waited for asynchronously by the driver (see sqlite-dialect.ts).
 */
export async function takeImportTurn(_trx: Transaction<Database>): Promise<void> {}
