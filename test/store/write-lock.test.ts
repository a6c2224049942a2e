import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSubscriptions } from "../../src/broadcast/index.js";
import { readChatLocale } from "../../src/store/chat-settings.js";
import { coreOf, harness, texts, type Core } from "../helpers/bot-harness.js";
import { tempStore } from "../helpers/temp-store.js";
import { holdImportTurn } from "./hold-lock.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// About SQLite's single writer: on PostgreSQL the bot's writes take row locks an import never holds.
describe.runIf(!process.env.DATABASE_URL)("the bot while another process holds SQLite's write lock", () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  let core: Core;
  beforeAll(async () => {
    store = await tempStore();
    core = await coreOf(store);
  });
  afterAll(async () => store.cleanup());

  it("answers questions at once, and its writes wait without blocking, then land", async () => {
    const h = harness(core);
    const f = harness(core);
    const lock = await holdImportTurn(store.env);
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();

    expect(texts(await h.say("nilai lampung utara 2021"))[0]).toContain("91");
    // Two writes of the bot: a language choice and a subscription. They wait for the lock...
    let localeDone = false;
    let followDone = false;
    const locale = h.say("/bahasa en").then((calls) => ((localeDone = true), calls));
    const follow = f.say("/langganan lampung utara").then((calls) => ((followDone = true), calls));
    await sleep(400);
    expect(lock.held()).toBe(true);
    expect(localeDone || followDone).toBe(false);
    // ...while questions are still answered, from other users too.
    const other = harness(core);
    expect(texts(await other.say("peringkat kota kendari 2022"))[0]).toContain("Kota Kendari");
    await sleep(800);
    expect(lock.held()).toBe(true);

    await lock.release();
    expect(texts(await locale)[0]).toContain("English");
    expect(texts(await follow).join("\n")).toContain("Lampung Utara");
    delay.disable();
    expect(await readChatLocale(store.db, h.chat.id)).toBe("en");
    expect((await listSubscriptions(store.db, f.chat.id)).map((s) => s.target.code)).toEqual(["18.03"]);
    // Loose: a blocking busy handler would have held the loop for the whole 1.2 s the lock was held.
    expect(delay.max / 1e6).toBeLessThan(600);
    expect(h.logLines.join("")).not.toMatch(/database is locked|SQLITE_BUSY/);
  });
});
