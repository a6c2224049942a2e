import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import { retryWhileBusy } from "./busy.js";

/**
 * kysely's SQLite dialect over better-sqlite3, with one change of behaviour: a statement that
 * meets another process's write lock never blocks the event loop. better-sqlite3 is synchronous,
 * and its busy handler (busy_timeout) would sleep inside the call for as long as an import holds
 * the lock. Here busy_timeout is 0 and a busy statement is retried from a timer
 * (`retryWhileBusy`), so questions keep being answered while another process imports.
 *
 * Write transactions begin with BEGIN IMMEDIATE: the write lock is taken (and waited for) at
 * BEGIN, so a transaction never meets SQLITE_BUSY half-way, where a retry could not help.
 * A transaction begun while one is open (migrations and the shipped data under the start-up
 * lock, see prepare.ts) becomes a savepoint of it. WAL readers are never blocked by the writer.
 */
export class SqliteStoreDialect implements Dialect {
  constructor(private readonly file: string) {}

  createDriver(): Driver {
    return new SqliteStoreDriver(this.file);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code === "SQLITE_BUSY" || code.startsWith("SQLITE_BUSY_"));
};

class SqliteStoreDriver implements Driver {
  private main: SqliteConnection | undefined;
  private reader: SqliteConnection | undefined;

  constructor(private readonly file: string) {}

  private open(readOnly = false): SQLite.Database {
    const sqlite = new SQLite(this.file);
    // Switching a new file to WAL needs a moment of exclusive access: wait for it at start only.
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.pragma("busy_timeout = 0");
    if (readOnly) sqlite.pragma("query_only = ON");
    return sqlite;
  }

  async init(): Promise<void> {
    if (this.file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(this.file)), { recursive: true });
    this.main = new SqliteConnection(this.open());
  }

  /**
   * A handle on the process's connection. Handles do not lock it: a statement runs whole
   * within one synchronous call, so statements of different handles interleave safely, except
   * while a handle has a transaction open (the others then wait for its end). Read-only
   * transactions (a reload of the catalog) run on a second connection of their own, so they
   * hold up nothing; a :memory: database has only the one.
   */
  async acquireConnection(): Promise<DatabaseConnection> {
    return new SqliteHandle(this.main!, () => (this.file === ":memory:" ? this.main! : (this.reader ??= new SqliteConnection(this.open(true)))));
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await (connection as SqliteHandle).begin(settings.accessMode === "read only");
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqliteHandle).end("commit");
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as SqliteHandle).end("rollback");
  }

  async savepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`savepoint "${name}"`));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`rollback to savepoint "${name}"`));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(`release savepoint "${name}"`));
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {
    this.reader?.close();
    this.main?.close();
  }
}

/** Prepared statements are kept: the same few statements run on every update. */
const MAX_CACHED_STATEMENTS = 500;

/** The better-sqlite3 connection, its statement cache, and which handle has a transaction open on it. */
class SqliteConnection {
  private readonly statements = new Map<string, SQLite.Statement>();
  private owner: SqliteHandle | null = null;
  private released: Promise<void> = Promise.resolve();
  private release: () => void = () => {};

  constructor(readonly sqlite: SQLite.Database) {}

  /** Whether `handle` may run a statement now: no transaction is open, or it is the handle's own. */
  mayRun(handle: SqliteHandle): boolean {
    return this.owner === null || this.owner === handle;
  }

  /** Resolves when the open transaction ends. */
  ended(): Promise<void> {
    return this.released;
  }

  /** Runs one statement now (the caller has its turn) and notes a transaction it opened or closed. */
  run<R>(handle: SqliteHandle, sql: string, parameters: readonly unknown[]): QueryResult<R> {
    try {
      const statement = this.prepare(sql);
      if (statement.reader) return { rows: statement.all(parameters) as R[] };
      const { changes, lastInsertRowid } = statement.run(parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    } finally {
      this.noteTransaction(handle);
    }
  }

  private noteTransaction(handle: SqliteHandle): void {
    if (this.owner === null && this.sqlite.inTransaction) {
      this.owner = handle;
      this.released = new Promise((resolve) => (this.release = resolve));
    } else if (this.owner === handle && !this.sqlite.inTransaction) {
      this.owner = null;
      this.release();
    }
  }

  owns(handle: SqliteHandle): boolean {
    return this.owner === handle;
  }

  iterate(sql: string, parameters: readonly unknown[]): IterableIterator<unknown> {
    return this.prepare(sql).iterate(parameters);
  }

  private prepare(sql: string): SQLite.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.statements.clear();
      statement = this.sqlite.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  close(): void {
    this.statements.clear();
    this.sqlite.close();
  }
}

class SqliteHandle implements DatabaseConnection {
  /** Savepoints standing for transactions begun inside this handle's open one. */
  private nested = 0;
  private connection: SqliteConnection;

  constructor(
    private readonly main: SqliteConnection,
    private readonly reader: () => SqliteConnection,
  ) {
    this.connection = main;
  }

  /**
   * Runs a statement in its turn. Outside a transaction, SQLITE_BUSY (another process writes)
   * means nothing was done: it is tried again from a timer, holding nothing meanwhile. Inside
   * one, BEGIN IMMEDIATE already holds the write lock.
   */
  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return this.execute<R>(compiled.sql, compiled.parameters);
  }

  private async execute<R>(sql: string, parameters: readonly unknown[]): Promise<QueryResult<R>> {
    if (this.connection.owns(this)) return this.connection.run<R>(this, sql, parameters);
    const attempt = (): QueryResult<R> | undefined => {
      try {
        return this.connection.run<R>(this, sql, parameters);
      } catch (error) {
        if (isBusy(error) && !this.connection.owns(this)) return undefined;
        throw error;
      }
    };
    // The usual case, with no timer and no extra promise: the connection is free and not busy.
    const now = this.connection.mayRun(this) ? attempt() : undefined;
    if (now !== undefined) return now;
    return retryWhileBusy(async () => {
      // Checked again after every wait, and the statement run with no await in between.
      while (!this.connection.mayRun(this)) await this.connection.ended();
      return attempt();
    });
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    if (!SelectQueryNode.is(compiled.query)) throw new Error("only select queries can be streamed");
    while (!this.connection.mayRun(this)) await this.connection.ended();
    for (const row of this.connection.iterate(compiled.sql, compiled.parameters)) yield { rows: [row as R] };
  }

  async begin(readOnly: boolean): Promise<void> {
    if (this.connection.owns(this)) {
      this.nested += 1;
      await this.execute(`savepoint nested_${this.nested}`, []);
      return;
    }
    if (readOnly) this.connection = this.reader();
    try {
      await this.execute(readOnly ? "begin" : "begin immediate", []);
    } catch (error) {
      this.connection = this.main;
      throw error;
    }
  }

  async end(how: "commit" | "rollback"): Promise<void> {
    if (this.nested > 0) {
      if (how === "rollback") await this.execute(`rollback to savepoint nested_${this.nested}`, []);
      await this.execute(`release savepoint nested_${this.nested}`, []);
      this.nested -= 1;
      return;
    }
    try {
      await this.finish(how);
    } finally {
      if (!this.connection.owns(this)) this.connection = this.main;
    }
  }

  private async finish(how: "commit" | "rollback"): Promise<void> {
    // An error may already have ended the transaction (SQLite rolls back on some errors itself).
    if (!this.connection.owns(this)) return;
    if (how === "rollback") return void (await this.execute("rollback", []));
    // In WAL mode a commit holding the write lock does not meet SQLITE_BUSY; should it, the
    // transaction stays open and the commit is tried again.
    await retryWhileBusy(async () => {
      try {
        return this.connection.run(this, "commit", []);
      } catch (error) {
        if (isBusy(error) && this.connection.owns(this)) return undefined;
        throw error;
      }
    });
  }
}
