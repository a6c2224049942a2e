import type { Kysely } from "kysely";
import { timeType } from "./portable.js";

/**
 * Several senders on one database (issue 11). Claims on outbox rows: a sender writes its id and
 * a lease end before sending a row, so no two senders send it at once, and a row whose sender
 * died (lease run out) is claimable again. And the sender lease: the one row naming the sender
 * that keeps the pace for everyone while its lease lasts. Portable DDL; times are timestamptz on
 * PostgreSQL and ISO-8601 text on SQLite, like the outbox's other times.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("claimed_by", "text").execute();
  await db.schema.alterTable("outbox").addColumn("claimed_until", timeType(db)).execute();
  await db.schema
    .createTable("sender_lease")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("holder", "text", (c) => c.notNull())
    .addColumn("lease_until", timeType(db), (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sender_lease").execute();
  await db.schema.alterTable("outbox").dropColumn("claimed_until").execute();
  await db.schema.alterTable("outbox").dropColumn("claimed_by").execute();
}
