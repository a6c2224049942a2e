import type { Db } from "./connection.js";

/** The cheapest round trip to the database (`SELECT 1`): for health checks. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.selectNoFrom((eb) => eb.lit(1).as("ok")).executeTakeFirstOrThrow();
}
