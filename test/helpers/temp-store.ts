import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Kysely, PostgresDialect, sql } from "kysely";
import { shippedDataDir } from "../../src/ingest/shipped-data.js";
import { openDatabase, postgresPool, type DatabaseTarget, type Db } from "../../src/store/connection.js";
import { openStore } from "../../src/store/open-store.js";
import { projectRoot } from "./process.js";

/**
 * A fresh database for a test file, migrated and loaded with the shipped data: an SQLite file
 * in a temporary folder by default; with DATABASE_URL set, a new PostgreSQL database on that
 * server (created from a template, dropped at cleanup). `env` is what a child process (the
 * import CLI, the bot) needs to open the same database; `dir` is a temporary folder either way.
 */
export interface TempStore {
  db: Db;
  target: DatabaseTarget;
  env: Record<string, string>;
  dir: string;
  /** The SQLite file (for tests about SQLite; on PostgreSQL a path where none is). */
  file: string;
  cleanup: () => Promise<void>;
}

const serverUrl = () => process.env.DATABASE_URL;

export async function tempStore(): Promise<TempStore> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-test-"));
  const file = path.join(dir, "rapor.sqlite");
  const server = serverUrl();
  const database = server ? await createDatabase(server) : null;
  const target: DatabaseTarget = database ? { dialect: "postgres", url: database.url } : { dialect: "sqlite", file };
  const db = await openStore(target);
  return {
    db,
    target,
    env: target.dialect === "postgres" ? { DATABASE_URL: target.url } : { DATABASE_PATH: file },
    dir,
    file,
    cleanup: async () => {
      await db.destroy();
      await database?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A store built once per test file and copied for each test, so that every test gets its own
 * database without paying for the shipped data again: an SQLite file copied, or on PostgreSQL a
 * database created from the (already loaded) template.
 */
export async function storeTemplate(): Promise<{ copy: () => Promise<TempStore>; cleanup: () => Promise<void> }> {
  if (serverUrl()) return { copy: tempStore, cleanup: async () => {} };
  const template = await tempStore();
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(template.db);
  const copies: string[] = [];
  return {
    async copy() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-test-"));
      copies.push(dir);
      const file = path.join(dir, "rapor.sqlite");
      fs.copyFileSync(template.file, file);
      const db = openDatabase(file);
      return {
        db,
        target: { dialect: "sqlite", file },
        env: { DATABASE_PATH: file },
        dir,
        file,
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

/** An empty database (not migrated): an SQLite path in a temporary folder, or a new PostgreSQL database. */
export async function emptyDatabase(): Promise<{ target: DatabaseTarget; env: Record<string, string>; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapor-test-"));
  const server = serverUrl();
  if (!server) {
    const file = path.join(dir, "rapor.sqlite");
    return { target: { dialect: "sqlite", file }, env: { DATABASE_PATH: file }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const database = await createDatabase(server, null);
  return {
    target: { dialect: "postgres", url: database.url },
    env: { DATABASE_URL: database.url },
    cleanup: async () => {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ─── PostgreSQL: a database per test file, from a template loaded once per server ──────────

/** Names the template by what it holds: the migrations and the shipped data. */
function templateName(): string {
  const hash = createHash("sha1");
  for (const dir of [path.join(projectRoot, "db", "migrations"), shippedDataDir]) {
    for (const name of fs.readdirSync(dir).sort()) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  }
  return `rapor_template_${hash.digest("hex").slice(0, 12)}`;
}

const withUrlDatabase = (url: string, database: string) => {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
};

/** The server's own database (the one DATABASE_URL names), for CREATE and DROP DATABASE. */
function adminDb(server: string): Kysely<any> {
  return new Kysely<any>({ dialect: new PostgresDialect({ pool: postgresPool(server, { max: 1 }) }) });
}

/** Template lock: test files starting at once build it once. */
const TEMPLATE_LOCK = 0x7261706f7274;

async function ensureTemplate(admin: Kysely<any>, server: string, name: string): Promise<void> {
  const exists = async (db: Kysely<any>) => (await sql`select 1 from pg_database where datname = ${name}`.execute(db)).rows.length > 0;
  if (await exists(admin)) return;
  await admin.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${TEMPLATE_LOCK})`.execute(conn);
    try {
      if (await exists(conn)) return;
      const building = `${name}_building`;
      await sql`drop database if exists ${sql.id(building)} with (force)`.execute(conn);
      await sql`create database ${sql.id(building)}`.execute(conn);
      const db = await openStore({ dialect: "postgres", url: withUrlDatabase(server, building) });
      await db.destroy();
      await sql`alter database ${sql.id(building)} rename to ${sql.id(name)}`.execute(conn);
    } finally {
      await sql`select pg_advisory_unlock(${TEMPLATE_LOCK})`.execute(conn);
    }
  });
}

/** A new database on the server: a copy of the loaded template, or empty when `template` is null. */
async function createDatabase(server: string, template: string | null = templateName()): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = adminDb(server);
  try {
    const name = `rapor_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    if (template === null) {
      await sql`create database ${sql.id(name)}`.execute(admin);
    } else {
      await ensureTemplate(admin, server, template);
      await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin);
    }
    return {
      url: withUrlDatabase(server, name),
      drop: async () => {
        const again = adminDb(server);
        try {
          await sql`drop database if exists ${sql.id(name)} with (force)`.execute(again);
        } finally {
          await again.destroy();
        }
      },
    };
  } finally {
    await admin.destroy();
  }
}
