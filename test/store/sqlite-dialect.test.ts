import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempStore } from "../helpers/temp-store.js";

// The driver of our own (src/store/sqlite-dialect.ts): one connection shared by every caller of the process.
describe.runIf(!process.env.DATABASE_URL)("the SQLite driver's one connection", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  beforeAll(async () => {
    store = await tempStore();
    await store.db.schema.createTable("counter").addColumn("n", "integer", (c) => c.notNull()).execute();
    await store.db.insertInto("counter" as never).values({ n: 0 } as never).execute();
  });
  afterAll(async () => store.cleanup());

  const read = async () => Number((await sql<{ n: number }>`select n from counter`.execute(store.db)).rows[0]!.n);

  it("runs concurrent transactions one at a time, with other statements in between, and loses no update", async () => {
    const bump = () =>
      store.db.transaction().execute(async (trx) => {
        const { rows } = await sql<{ n: number }>`select n from counter`.execute(trx);
        await new Promise((r) => setTimeout(r, 1));
        await sql`update counter set n = ${rows[0]!.n + 1}`.execute(trx);
      });
    const seen: number[] = [];
    await Promise.all([...Array.from({ length: 20 }, bump), ...Array.from({ length: 20 }, async () => seen.push(await read()))]);
    expect(await read()).toBe(20);
    // Reads outside the transactions saw only committed values.
    expect(seen.every((n) => Number.isInteger(n) && n >= 0 && n <= 20)).toBe(true);
  });

  it("a transaction begun inside an open one is a savepoint: its rollback keeps the outer work", async () => {
    const before = await read();
    await store.db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      await sql`update counter set n = n + 100`.execute(conn);
      await expect(
        conn.transaction().execute(async (trx) => {
          await sql`update counter set n = n + 1`.execute(trx);
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
      await conn.transaction().execute((trx) => sql`update counter set n = n + 10`.execute(trx));
      await sql`commit`.execute(conn);
    });
    expect(await read()).toBe(before + 110);
  });
});
