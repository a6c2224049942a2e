import type { Db } from "./connection.js";

/** A chart uploaded to Telegram once: its file_id, sent again instead of the PNG. */
export interface ChartFilesTable {
  bot_id: string;
  chart_hash: string;
  data_version: number;
  file_id: string;
  created_at: string;
}

export interface ChartFileKey {
  botId: number;
  chartHash: string;
  dataVersion: number;
}

/** The table's rows are this module's alone: the rest of the store's schema does not list them. */
const charts = (db: Db) => db.withTables<{ chart_files: ChartFilesTable }>();

export async function findChartFile(db: Db, key: ChartFileKey): Promise<string | null> {
  const row = await charts(db)
    .selectFrom("chart_files")
    .select("file_id")
    .where("bot_id", "=", String(key.botId))
    .where("chart_hash", "=", key.chartHash)
    .where("data_version", "=", key.dataVersion)
    .executeTakeFirst();
  return row?.file_id ?? null;
}

/** Remembers a chart's file_id and drops this bot's ids of older data versions (those charts are never sent again). */
export async function saveChartFile(db: Db, key: ChartFileKey, fileId: string): Promise<void> {
  const bot_id = String(key.botId);
  await charts(db)
    .transaction()
    .execute(async (tx) => {
      await tx.deleteFrom("chart_files").where("bot_id", "=", bot_id).where("data_version", "<", key.dataVersion).execute();
      await tx
        .insertInto("chart_files")
        .values({ bot_id, chart_hash: key.chartHash, data_version: key.dataVersion, file_id: fileId, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(["bot_id", "chart_hash", "data_version"]).doUpdateSet({ file_id: fileId }))
        .execute();
    });
}

/** Forgets a file_id Telegram no longer accepts. */
export async function forgetChartFile(db: Db, key: ChartFileKey): Promise<void> {
  await charts(db)
    .deleteFrom("chart_files")
    .where("bot_id", "=", String(key.botId))
    .where("chart_hash", "=", key.chartHash)
    .where("data_version", "=", key.dataVersion)
    .execute();
}
