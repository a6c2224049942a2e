import { ensureShippedData } from "../ingest/shipped-data.js";
import { migrateToLatest, openDatabase, type Db } from "./connection.js";

/** Opens the database file, creating, migrating and loading the shipped data as needed. */
export async function openStore(file: string): Promise<Db> {
  const db = openDatabase(file);
  try {
    await migrateToLatest(db);
    await ensureShippedData(db);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
