import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Db } from "../../src/store/connection.js";
import { listSubscriptions, moveChat, subscribe } from "../../src/store/subscriptions.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
/** Five connections of their own: five instances on one database. */
let instances: Db[];
beforeAll(async () => {
  store = await tempStore();
  instances = Array.from({ length: 5 }, () => openDatabase(store.target));
});
afterAll(async () => {
  await Promise.all(instances.map((db) => db.destroy()));
  await store.cleanup();
});

describe("check-then-write paths under concurrency", () => {
  it("the same follow pressed on five instances at once: one subscription, one 'subscribed'", async () => {
    const sub = { chatId: 555_001, chatType: "private" as const, target: { kind: "body" as const, code: "18.03" }, locale: "id" };
    const results = await Promise.all([...instances, ...instances].map((db) => subscribe(db, sub)));
    expect(results.filter((r) => r === "subscribed")).toHaveLength(1);
    expect(results.filter((r) => r === "already")).toHaveLength(9);
    expect(await listSubscriptions(store.db, sub.chatId)).toHaveLength(1);
  });

  it("a group's move to a supergroup while the new id follows more: nothing lost, nothing twice, no error", async () => {
    const from = -555_100;
    const to = -1_000_555_100;
    const follow = (db: Db, chatId: number, code: string) => subscribe(db, { chatId, chatType: "supergroup", target: { kind: "body", code }, locale: "id" });
    for (const code of ["18.01", "18.02", "18.03", "18.04"]) await follow(store.db, from, code);
    await Promise.all([
      moveChat(instances[0]!, from, to),
      ...["18.03", "18.04", "18.05"].map((code, i) => follow(instances[i + 1]!, to, code)),
    ]);
    const codes = (await listSubscriptions(store.db, to)).map((s) => s.target.code).sort();
    expect(codes).toEqual(["18.01", "18.02", "18.03", "18.04", "18.05"]);
    expect(await listSubscriptions(store.db, from)).toEqual([]);
  });
});
