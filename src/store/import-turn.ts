import { sql, type Transaction } from "kysely";
import { retryWhileBusy } from "./busy.js";
import { dialectOf } from "./dialect.js";
import type { Database } from "./schema.js";

/** The advisory lock key of imports (any fixed number; this one spells "rapor" and 1 in hex). */
export const IMPORT_LOCK = 0x7261706f7201;

/**
 * Takes the import's turn inside its transaction: imports run one at a time, and the second
 * sees the first's rows. On SQLite the transaction's BEGIN IMMEDIATE already holds the one write
 * lock, waited for asynchronously by the driver (see sqlite-dialect.ts). On PostgreSQL it is an
 * advisory lock held to the end of the transaction, tried again from a timer under the current
 * wait policy (so the waiting import can say so, and gives up when the policy says).
 */
export async function takeImportTurn(trx: Transaction<Database>): Promise<void> {
  if (dialectOf(trx) !== "postgres") return;
  await retryWhileBusy(async () => {
    const { rows } = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(${IMPORT_LOCK}) as locked`.execute(trx);
    return rows[0]?.locked ? true : undefined;
  });
}
