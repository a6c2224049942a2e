import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { importAnnouncing } from "../../src/broadcast/announcements.js";
import { subscribe } from "../../src/broadcast/subscriptions.js";
import type { ChatType, Target } from "../../src/broadcast/targets.js";
import type { ImportReport } from "../../src/ingest/import-results.js";
import type { DatabaseTarget, Db } from "../../src/store/connection.js";
import { openStore } from "../../src/store/open-store.js";
import { projectRoot } from "../helpers/process.js";
import { tempStore } from "../helpers/temp-store.js";

export const BOT_USERNAME = "rapor_test_bot";

export const fixture = (name: string) => fs.readFileSync(path.join(projectRoot, "test/fixtures/broadcast", name), "utf8");

export interface Store {
  db: Db;
  file: string;
  target: DatabaseTarget;
  cleanup: () => Promise<void>;
}

/**
 * A migrated, seeded store built once per test file, copied for each test: every test gets its
 * own real SQLite file without paying for the seed again.
 */
export async function storeTemplate(): Promise<{ copy: () => Promise<Store>; cleanup: () => Promise<void> }> {
  const template = await tempStore();
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(template.db);
  const copies: string[] = [];
  return {
    async copy() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-broadcast-"));
      copies.push(dir);
      const file = path.join(dir, "rapor.sqlite");
      fs.copyFileSync(template.file, file);
      const db = await openStore(file);
      return {
        db,
        file,
        target: { dialect: "sqlite", file },
        cleanup: async () => {
          await db.destroy();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    async cleanup() {
      await template.cleanup();
      for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
