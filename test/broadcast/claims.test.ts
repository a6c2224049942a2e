import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSender, type RunningSender } from "../../src/broadcast/sender.js";
import type { Transport } from "../../src/broadcast/transport.js";
import { openDatabase, type Db } from "../../src/store/connection.js";
import { claimDue, dropSenderLease, enqueue, releaseClaims, renewClaim, reschedule, takeSenderLease } from "../../src/store/outbox.js";
import { eventually } from "../helpers/process.js";
import { storeTemplate } from "./helpers.js";

/** A database and a way to reach it from "another process" (another connection or pool). */
interface Backend {
  db: Db;
  connect(): Db;
  cleanup(): Promise<void>;
}

let template: Awaited<ReturnType<typeof storeTemplate>> | null = null;
afterAll(async () => template?.cleanup());

/** This run's database (SQLite, or PostgreSQL when DATABASE_URL is set), and more connections to it. */
async function openBackend(): Promise<Backend> {
  template ??= await storeTemplate();
  const store = await template.copy();
  const others: Db[] = [];
  return {
    db: store.db,
    connect: () => {
      const db = openDatabase(store.target);
      others.push(db);
      return db;
    },
    async cleanup() {
      for (const db of others) await db.destroy();
      await store.cleanup();
    },
  };
}

const DIALECT = process.env.DATABASE_URL ? "PostgreSQL" : "SQLite";

const messages = (count: number, firstChat = 1000) =>
  Array.from({ length: count }, (_, i) => ({ chatId: firstChat + i, html: `m${i}`, dedupeKey: `claims:${firstChat}:${i}` }));

const T0 = Date.parse("2026-12-01T08:00:00.000Z");

/** Records every delivery; each takes `delayMs`. */
function recordingTransport(delayMs: number) {
  const sends: { chatId: number; html: string; at: number }[] = [];
  const transport: Transport = {
    async sendMessage(chatId, html) {
      await new Promise((r) => setTimeout(r, delayMs));
      sends.push({ chatId, html, at: Date.now() });
    },
  };
  return { transport, sends };
}

const countsPerChat = (sends: readonly { chatId: number }[]) => {
  const counts = new Map<number, number>();
  for (const s of sends) counts.set(s.chatId, (counts.get(s.chatId) ?? 0) + 1);
  return counts;
};

describe(`outbox claims on ${DIALECT}`, () => {
  let store: Backend;
  const senders: RunningSender[] = [];
  beforeAll(async () => {
    store = await openBackend();
  }, 60_000);
  afterEach(async () => {
    for (const s of senders.splice(0)) await s.stop();
    await store.db.deleteFrom("outbox").execute();
  });
  afterAll(async () => store?.cleanup());

  it("gives each due row to one claimer, however many claim at once", async () => {
    await enqueue(store.db, messages(120), new Date(T0));
    const dbs = [store.db, store.connect(), store.connect()];
    const claimed = new Map<string, number[]>();
    // Six claimers over three connections, in rounds until nothing is left.
    const claimers = Array.from({ length: 6 }, (_, i) => ({ by: `sender-${i}`, db: dbs[i % dbs.length]! }));
    for (let round = 0; round < 10; round++) {
      const got = await Promise.all(claimers.map((c) => claimDue(c.db, { by: c.by, nowMs: T0 + 1000, leaseMs: 60_000, limit: 7 })));
      for (const rows of got) expect(rows.length).toBeLessThanOrEqual(7);
      got.forEach((rows, i) => claimed.set(claimers[i]!.by, [...(claimed.get(claimers[i]!.by) ?? []), ...rows.map((r) => r.id)]));
      if (got.every((rows) => rows.length === 0)) break;
    }
    const all = [...claimed.values()].flat();
    expect(all).toHaveLength(120);
    expect(new Set(all).size).toBe(120);
    // The table agrees with what each claimer was handed.
    const rows = await store.db.selectFrom("outbox").select(["id", "claimed_by", "claimed_until"]).execute();
    for (const row of rows) expect(claimed.get(row.claimed_by!)).toContain(Number(row.id));
    expect(new Set(rows.map((r) => r.claimed_until))).toEqual(new Set([new Date(T0 + 61_000).toISOString()]));
  });

  it("hands out at most `limit` rows, however long the queue", async () => {
    await enqueue(store.db, messages(150), new Date(T0));
    const rows = await claimDue(store.db, { by: "a", nowMs: T0 + 1000, leaseMs: 60_000, limit: 32 });
    expect(rows).toHaveLength(32);
    const held = await store.db.selectFrom("outbox").select("id").where("claimed_by", "=", "a").execute();
    expect(held.map((r) => Number(r.id)).sort((x, y) => x - y)).toEqual(rows.map((r) => r.id).sort((x, y) => x - y));
  });

  it("hands out the oldest due rows first and none that are not due", async () => {
    await enqueue(store.db, messages(3, 1), new Date(T0));
    await enqueue(store.db, messages(2, 50), new Date(T0 - 5000));
    await enqueue(store.db, messages(1, 90), new Date(T0 + 10_000));
    const rows = await claimDue(store.db, { by: "a", nowMs: T0, leaseMs: 1000, limit: 10 });
    expect(rows.map((r) => r.chatId)).toEqual([50, 51, 1, 2, 3]);
    expect(rows[0]).toMatchObject({ html: "m0", attempts: 0, claimedUntil: T0 + 1000 });
  });

  it("keeps a live claim, and lets another sender claim a row whose lease ran out", async () => {
    await enqueue(store.db, messages(4), new Date(T0));
    const other = store.connect();
    const first = await claimDue(store.db, { by: "a", nowMs: T0, leaseMs: 1000, limit: 10 });
    expect(first).toHaveLength(4);
    expect(await claimDue(other, { by: "b", nowMs: T0 + 999, leaseMs: 1000, limit: 10 })).toEqual([]);
    const taken = await claimDue(other, { by: "b", nowMs: T0 + 1000, leaseMs: 1000, limit: 10 });
    expect(taken.map((r) => r.id)).toEqual(first.map((r) => r.id));
    // The first sender has lost them: it can neither renew nor reschedule them.
    expect(await renewClaim(store.db, first[0]!.id, "a", T0 + 5000)).toBe(false);
    await reschedule(store.db, first[1]!.id, "a", T0 + 9000);
    const row = await store.db.selectFrom("outbox").select(["claimed_by", "next_attempt_at"]).where("id", "=", first[1]!.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ claimed_by: "b", next_attempt_at: new Date(T0).toISOString() });
    expect(await renewClaim(other, first[0]!.id, "b", T0 + 5000)).toBe(true);
  });

  it("makes given-back rows claimable at once", async () => {
    await enqueue(store.db, messages(3), new Date(T0));
    const rows = await claimDue(store.db, { by: "a", nowMs: T0, leaseMs: 60_000, limit: 10 });
    await releaseClaims(store.db, "a", [rows[0]!.id, rows[2]!.id]);
    const again = await claimDue(store.connect(), { by: "b", nowMs: T0 + 1, leaseMs: 60_000, limit: 10 });
    expect(again.map((r) => r.id)).toEqual([rows[0]!.id, rows[2]!.id]);
  });

  it("delivers each message once with two senders on the database", async () => {
    const count = 150;
    await enqueue(store.db, messages(count));
    const fake = recordingTransport(5);
    const options = { transport: fake.transport, pacing: { perSecond: 500, perChatIntervalMs: 0 }, pollIntervalMs: 20, concurrency: 4, standbyPollMs: 100 };
    const a = startSender(store.db, { ...options, senderId: "a" });
    const b = startSender(store.connect(), { ...options, senderId: "b" });
    senders.push(a, b);
    await eventually(() => (a.stats().sent + b.stats().sent === count ? true : undefined), 20_000, "every message");
    const perChat = countsPerChat(fake.sends);
    expect(perChat.size).toBe(count);
    expect(Math.max(...perChat.values())).toBe(1);
    const sent = await store.db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("status", "=", "sent").executeTakeFirstOrThrow();
    expect(Number(sent.n)).toBe(count);
    // One leads and keeps the pace; the other stands by.
    expect([a.stats().sent, b.stats().sent].sort((x, y) => x - y)).toEqual([0, count]);
    expect([a.stats().leading, b.stats().leading].sort()).toEqual([false, true]);
  });

  it("leases the lead to one sender at a time, until it is given up or runs out", async () => {
    const other = store.connect();
    expect(await takeSenderLease(store.db, "a", T0, T0 + 1000)).toBe(true);
    expect(await takeSenderLease(other, "b", T0 + 500, T0 + 1500)).toBe(false);
    // The holder renews.
    expect(await takeSenderLease(store.db, "a", T0 + 600, T0 + 1600)).toBe(true);
    expect(await takeSenderLease(other, "b", T0 + 1599, T0 + 2599)).toBe(false);
    // Not renewed in time: another sender takes it, and the first cannot take it back.
    expect(await takeSenderLease(other, "b", T0 + 1600, T0 + 2600)).toBe(true);
    expect(await takeSenderLease(store.db, "a", T0 + 1700, T0 + 2700)).toBe(false);
    // Given up: free at once.
    await dropSenderLease(store.db, "a"); // not a's: nothing happens
    expect(await takeSenderLease(store.db, "a", T0 + 1800, T0 + 2800)).toBe(false);
    await dropSenderLease(other, "b");
    expect(await takeSenderLease(store.db, "a", T0 + 1800, T0 + 2800)).toBe(true);
    await dropSenderLease(store.db, "a");
  });

  it("gives the lead to one of many senders trying at once", async () => {
    const dbs = [store.db, store.connect(), store.connect(), store.connect()];
    const won = await Promise.all(dbs.flatMap((db, i) => [0, 1].map((j) => takeSenderLease(db, `s${i}.${j}`, T0, T0 + 1000))));
    expect(won.filter(Boolean)).toHaveLength(1);
    await store.db.deleteFrom("sender_lease").execute();
  });

  it("hands the broadcast to the sender standing by when the leader stops, at one pace and once per message", async () => {
    const count = 60;
    await enqueue(store.db, messages(count, 5000));
    const fake = recordingTransport(2);
    const options = { transport: fake.transport, pacing: { perSecond: 40, perChatIntervalMs: 0 }, pollIntervalMs: 20, standbyPollMs: 50 };
    const a = startSender(store.db, { ...options, senderId: "a" });
    senders.push(a);
    await eventually(() => (a.stats().sent >= 5 ? true : undefined), 10_000, "a leads");
    const b = startSender(store.connect(), { ...options, senderId: "b" });
    senders.push(b);
    await eventually(() => (a.stats().sent >= 20 ? true : undefined), 10_000, "20 sends");
    expect(b.stats()).toMatchObject({ sent: 0, leading: false });
    await a.stop();
    await eventually(() => (a.stats().sent + b.stats().sent === count ? true : undefined), 10_000, "the rest");
    expect(b.stats().leading).toBe(true);
    const perChat = countsPerChat(fake.sends);
    expect(perChat.size).toBe(count);
    expect(Math.max(...perChat.values())).toBe(1);
    // 40/s overall while only one sends: the handover adds a pause, never a burst.
    const times = fake.sends.map((s) => s.at).sort((x, y) => x - y);
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(((count - 1) * 1000) / 40 - 50);
  });

  it("stands down when another sender has taken its lease (it stalled), and one sender leads on", async () => {
    const count = 80;
    await enqueue(store.db, messages(count, 7000));
    const fake = recordingTransport(2);
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, error: () => {}, warn: (_: object, msg?: string) => void warnings.push(msg ?? "") };
    const options = { transport: fake.transport, pacing: { perSecond: 50, perChatIntervalMs: 0 }, pollIntervalMs: 20, standbyPollMs: 50, leaderLeaseMs: 300 };
    const a = startSender(store.db, { ...options, senderId: "a", logger });
    senders.push(a);
    await eventually(() => (a.stats().sent >= 10 ? true : undefined), 10_000, "a leads");
    const b = startSender(store.connect(), { ...options, senderId: "b" });
    senders.push(b);
    // What a stalled leader finds when it wakes up: its lease ran out and another sender took it.
    await store.db.updateTable("sender_lease").set({ holder: "c", lease_until: new Date(Date.now() + 200).toISOString() }).execute();
    await eventually(() => (warnings.includes("sender lease lost: standing by") ? true : undefined), 5000, "a stands down");
    await eventually(() => (a.stats().sent + b.stats().sent === count ? true : undefined), 10_000, "every message");
    expect([a.stats().leading, b.stats().leading].filter(Boolean)).toHaveLength(1);
    const perChat = countsPerChat(fake.sends);
    expect(perChat.size).toBe(count);
    expect(Math.max(...perChat.values())).toBe(1);
  });
});
