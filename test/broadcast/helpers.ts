import fs from "node:fs";
import path from "node:path";
import { importAnnouncing } from "../../src/broadcast/announcements.js";
import { subscribe } from "../../src/store/subscriptions.js";
import type { ChatType, Target } from "../../src/broadcast/targets.js";
import type { ImportReport } from "../../src/ingest/import-results.js";
import type { Db } from "../../src/store/connection.js";
import { projectRoot } from "../helpers/process.js";
import { storeTemplate, type TempStore } from "../helpers/temp-store.js";

export const BOT_USERNAME = "rapor_test_bot";

export const fixture = (name: string) => fs.readFileSync(path.join(projectRoot, "test/fixtures/broadcast", name), "utf8");

export type Store = TempStore;

/** A migrated, seeded store built once per test file, copied for each test (test/helpers/temp-store.ts). */
export { storeTemplate };

export function follow(db: Db, chatId: number, target: Target, locale = "id", chatType: ChatType = chatId < 0 ? "supergroup" : "private") {
  return subscribe(db, { chatId, chatType, target, locale });
}

/** Imports a fixture with the announcement hook, as the import CLI does. */
export async function importWithAnnouncements(db: Db, name: string): Promise<ImportReport> {
  return (await importAnnouncing(db, fixture(name), { origin: name, botUsername: BOT_USERNAME })).report;
}

export async function outboxRows(db: Db) {
  return db.selectFrom("outbox").selectAll().orderBy("id").execute();
}

export const messagesFor = async (db: Db, chatId: number) => (await outboxRows(db)).filter((r) => Number(r.chat_id) === chatId);
