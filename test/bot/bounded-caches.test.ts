import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/bot/answer-cache.js";
import { BoundedHitCounter } from "../../src/bot/rate-limit.js";
import { BoundedMap, ConversationStore } from "../../src/bot/state.js";
import { openCore, type Core } from "../helpers/bot-harness.js";

let core: Core;
beforeAll(async () => {
  core = await openCore();
});
afterAll(async () => core.cleanup());

describe("the bot's in-memory caches are bounded in entries and bytes", () => {
  it("BoundedMap: least recently used out first, a read counts as a use", () => {
    const map = new BoundedMap<number, string>(2);
    map.set(1, "a");
    map.set(2, "b");
    expect(map.get(1)).toBe("a");
    map.set(3, "c");
    expect(map.get(2)).toBeUndefined();
    expect(map.get(1)).toBe("a");
    expect(map.get(3)).toBe("c");
    expect(map.size).toBe(2);
  });

  it("BoundedMap: a byte budget drops entries until the rest fits, and never keeps one larger than all of it", () => {
    const map = new BoundedMap<string, string>({ maxEntries: 1_000, maxBytes: 10_000, sizeOf: (v) => v.length });
    for (let i = 0; i < 100; i++) map.set(`k${i}`, "x".repeat(1_000));
    expect(map.bytes).toBeLessThanOrEqual(10_000);
    expect(map.size).toBeLessThan(10);
    expect(map.get("k99")).toBeDefined();
    expect(map.get("k0")).toBeUndefined();
    map.set("huge", "x".repeat(20_000));
    expect(map.get("huge")).toBeUndefined();
    expect(map.get("k99")).toBeDefined();
    map.clear();
    expect([map.size, map.bytes]).toEqual([0, 0]);
  });

  it("conversation states: the cache keeps at most its bytes; a state it dropped is read again from the database", async () => {
    const store = new ConversationStore(core.db, { cache: true, maxBytes: 1_000_000 });
    const state = (i: number) => ({ version: [1, "x"], state: { filler: "y".repeat(20_000), i } }) as never;
    const update = (chatId: number) => ({ chatId, log: { info: () => {} } });
    for (let i = 0; i < 200; i++) {
      const ctx = update(i);
      await store.read(ctx);
      await store.write(ctx, state(i));
    }
    expect(store.cachedBytes).toBeLessThanOrEqual(1_000_000);
    expect(store.cachedBytes).toBeGreaterThan(500_000);
    const first = (await store.read(update(0))) as unknown as { state: { i: number } };
    expect(first.state.i).toBe(0);
  });

  it("answers: at most the entries and estimated bytes given, the questions in use kept", () => {
    const cache = new AnswerCache(core.rapor, 1_000, { asked: 200_000, acted: 100_000 });
    const names = [...core.rapor.catalog.bodies.values()].map((b) => b.name).slice(0, 300);
    for (const name of names) {
      cache.ask(`nilai ${name} 2023`, "id");
      cache.ask("nilai lampung utara 2021", "id");
    }
    const { bytes, entries } = cache.held;
    expect(bytes).toBeLessThanOrEqual(300_000);
    expect(entries).toBeLessThan(300);
    // Asked again between the others: still there, the same object.
    expect(cache.ask("nilai lampung utara 2021", "id")).toBe(cache.ask("nilai lampung utara 2021", "id"));
  });

  it("the flood limit tracks a bounded number of users, and a window's count ends with the window", async () => {
    const counter = new BoundedHitCounter(1_000);
    for (let i = 0; i < 10_000; i++) {
      if ((await counter.incr(`user-${i}`)) === 1) await counter.pexpire(`user-${i}`, 60_000);
    }
    expect(counter.size).toBe(1_000);
    expect(await counter.incr("user-9999")).toBe(2);
    const short = new BoundedHitCounter(10);
    expect(await short.incr("u")).toBe(1);
    await short.pexpire("u", 20);
    expect(await short.incr("u")).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(await short.incr("u")).toBe(1);
  });
});
