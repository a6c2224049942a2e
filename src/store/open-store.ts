import { Migrator } from "kysely";
import { ensureShippedData, readShippedData, shippedDataLoaded } from "../ingest/shipped-data.js";
import { migrateToLatest, migrationProvider, openDatabase, type DatabaseTarget, type Db } from "./connection.js";
import { withStartupLock } from "./startup-lock.js";

/** Whether every migration ran and this version of the shipped data is loaded: reads only. */
async function isPrepared(db: Db, origin: Parameters<typeof shippedDataLoaded>[1]): Promise<boolean> {
  const migrations = await new Migrator({ db, provider: migrationProvider }).getMigrations();
  return migrations.every((m) => m.executedAt !== undefined) && (await shippedDataLoaded(db, origin));
}

/**
 * Migrates the database and loads this version of the shipped data, as one step under the
 * start-up lock (`npm run migrate`, and every start). When both are done already it only reads.
 */
export async function prepareStore(db: Db): Promise<{ changed: boolean }> {
  const shipped = readShippedData();
  if (await isPrepared(db, shipped)) return { changed: false };
  const changed = await withStartupLock(db, async (conn) => {
    // Another instance may have done it while this one waited for the lock.
    if (await isPrepared(conn, shipped)) return false;
    await migrateToLatest(conn);
    await ensureShippedData(conn, shipped);
    return true;
  });
  return { changed };
}

/** Opens the database (an SQLite file, or PostgreSQL), prepared: migrated and loaded with the shipped data. */
export async function openStore(target: DatabaseTarget | string): Promise<Db> {
  const db = openDatabase(target);
  try {
    await prepareStore(db);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
