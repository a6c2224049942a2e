import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { enqueue } from "../../src/store/outbox.js";
import {
  endChat,
  listSubscriptions,
  moveChat,
  subscribe,
  subscribersOf,
  unsubscribe,
  unsubscribeAll,
} from "../../src/store/subscriptions.js";
import { storeTemplate, type Store } from "./helpers.js";

let template: Awaited<ReturnType<typeof storeTemplate>>;
let store: Store;
beforeAll(async () => {
  template = await storeTemplate();
});
afterAll(async () => template.cleanup());
afterEach(async () => store?.cleanup());

// A supergroup id of the real size (52 bits): it must round-trip as a number.
const BIG_GROUP = -1_002_147_483_647_123;

describe("subscriptions", () => {
  it("follows bodies, provinces and categories once each, and lists them", async () => {
    store = await template.copy();
    const { db } = store;
    expect(await subscribe(db, { chatId: 5, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "en" })).toBe("subscribed");
    expect(await subscribe(db, { chatId: 5, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" })).toBe("already");
    expect(await subscribe(db, { chatId: 5, chatType: "private", target: { kind: "province", code: "18" }, locale: "id" })).toBe("subscribed");
    expect(await subscribe(db, { chatId: 5, chatType: "private", target: { kind: "category", code: "kota" }, locale: "xx" })).toBe("subscribed");
    expect(await subscribe(db, { chatId: BIG_GROUP, chatType: "supergroup", target: { kind: "body", code: "KL.BPOM" }, locale: "en" })).toBe("subscribed");

    const list = await listSubscriptions(db, 5);
    expect(list.map((s) => [s.target.kind, s.target.code, s.locale])).toEqual([
      ["body", "18.04", "id"], // "already" refreshed the language
      ["province", "18", "id"],
      ["category", "kota", "id"], // unknown language: Indonesian
    ]);
    const [group] = await listSubscriptions(db, BIG_GROUP);
    expect(group).toMatchObject({ chatId: BIG_GROUP, chatType: "supergroup", target: { kind: "body", code: "KL.BPOM" }, locale: "en" });
  });

  it("refuses unknown targets and too many subscriptions", async () => {
    store = await template.copy();
    const { db } = store;
    const sub = (kind: "body" | "province" | "category", code: string) => subscribe(db, { chatId: 6, chatType: "private", target: { kind, code }, locale: "id" });
    expect(await sub("body", "99.99")).toBe("unknown-target");
    expect(await sub("province", "18.04")).toBe("unknown-target"); // a regency is not a province
    expect(await sub("category", "desa")).toBe("unknown-target");
    expect(await subscribe(db, { chatId: 6, chatType: "private", target: { kind: "body", code: "18.01" }, locale: "id" }, { maxPerChat: 1 })).toBe("subscribed");
    expect(await subscribe(db, { chatId: 6, chatType: "private", target: { kind: "body", code: "18.02" }, locale: "id" }, { maxPerChat: 1 })).toBe("limit");
  });

  it("unsubscribes one, all, and finds subscribers of a set of targets", async () => {
    store = await template.copy();
    const { db } = store;
    for (const chatId of [1, 2, 3]) {
      await subscribe(db, { chatId, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
      await subscribe(db, { chatId, chatType: "private", target: { kind: "province", code: "18" }, locale: "id" });
    }
    expect(await unsubscribe(db, 1, { kind: "body", code: "18.04" })).toBe(true);
    expect(await unsubscribe(db, 1, { kind: "body", code: "18.04" })).toBe(false);
    expect(await unsubscribeAll(db, 2)).toBe(2);
    const subs = await subscribersOf(db, [{ kind: "body", code: "18.04" }, { kind: "province", code: "18" }, { kind: "category", code: "kota" }]);
    expect(subs.map((s) => `${s.chatId}:${s.target.kind}`).sort()).toEqual(["1:province", "3:body", "3:province"]);
  });

  it("ends a chat: its subscriptions and its queued messages", async () => {
    store = await template.copy();
    const { db } = store;
    await subscribe(db, { chatId: 9, chatType: "private", target: { kind: "body", code: "18.04" }, locale: "id" });
    await enqueue(db, [
      { chatId: 9, html: "a", dedupeKey: "k1" },
      { chatId: 9, html: "b", dedupeKey: "k2" },
      { chatId: 10, html: "c", dedupeKey: "k3" },
    ]);
    expect(await endChat(db, 9, "403: Forbidden: bot was blocked by the user")).toEqual({ subscriptions: 1, messages: 2 });
    const rows = await db.selectFrom("outbox").select(["chat_id", "status"]).orderBy("id").execute();
    expect(rows.map((r) => r.status)).toEqual(["blocked", "blocked", "queued"]);
  });

  it("moves a group's subscriptions and queue to its new supergroup id", async () => {
    store = await template.copy();
    const { db } = store;
    await subscribe(db, { chatId: -77, chatType: "group", target: { kind: "body", code: "18.04" }, locale: "id" });
    await subscribe(db, { chatId: -77, chatType: "group", target: { kind: "province", code: "18" }, locale: "id" });
    await subscribe(db, { chatId: BIG_GROUP, chatType: "supergroup", target: { kind: "province", code: "18" }, locale: "id" });
    await enqueue(db, [{ chatId: -77, html: "a", dedupeKey: "m1" }]);
    await moveChat(db, -77, BIG_GROUP);
    expect(await listSubscriptions(db, -77)).toEqual([]);
    expect((await listSubscriptions(db, BIG_GROUP)).map((s) => s.target.kind).sort()).toEqual(["body", "province"]);
    const [row] = await db.selectFrom("outbox").select("chat_id").execute();
    expect(Number(row!.chat_id)).toBe(BIG_GROUP);
  });

  it("drops a message enqueued twice under one key", async () => {
    store = await template.copy();
    const { db } = store;
    expect(await enqueue(db, [{ chatId: 1, html: "x", dedupeKey: "same" }])).toBe(1);
    expect(await enqueue(db, [{ chatId: 1, html: "x", dedupeKey: "same" }, { chatId: 2, html: "y", dedupeKey: "other" }])).toBe(1);
  });
});
