import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { status } from "../../src/broadcast/sender.js";
import { startFakeBotApi, type FakeBotApi } from "../e2e/fake-bot-api.js";
import { eventually, projectRoot } from "../helpers/process.js";
import { follow, importWithAnnouncements, storeTemplate, type Store } from "./helpers.js";

const SUBSCRIBERS = 1000;
const FIRST_CHAT = 700_000;
/** In flight at once; the fake Bot API answers after 100 ms, so at 200/s the sender always has this many out. */
const CONCURRENCY = 8;

/**
 * The sender as its own process. `node --import tsx` rather than `npx tsx`: npx and tsx's CLI
 * each start a child process, and a SIGKILL to the parent would leave the real sender running.
 */
function spawnSender(env: Record<string, string>): { child: ChildProcess; started: Promise<void>; exited: Promise<void> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(projectRoot, "test/broadcast/crash-sender.ts")], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const started = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (chunk) => {
      output += String(chunk);
      if (output.includes("sender started")) resolve();
    });
    child.stderr!.on("data", (chunk) => (output += String(chunk)));
    child.once("exit", () => reject(new Error(`sender exited early:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return { child, started, exited };
}

describe("a sender killed with SIGKILL mid-broadcast", () => {
  let template: Awaited<ReturnType<typeof storeTemplate>>;
  let store: Store;
  let api: FakeBotApi;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    template = await storeTemplate();
    store = await template.copy();
    api = await startFakeBotApi({ latencyMs: 100 });
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await api.close();
    await store.cleanup();
    await template.cleanup();
  });

  it("resumes where it stopped: every subscriber served, at most the messages in flight sent twice per crash", async () => {
    const { db } = store;
    for (let i = 0; i < SUBSCRIBERS; i++) await follow(db, FIRST_CHAT + i, { kind: "province", code: "18" }, i % 2 ? "en" : "id");
    await importWithAnnouncements(db, "lampung-2024.csv");
    expect((await status(db)).queued).toBe(SUBSCRIBERS);

    // Short leases, so the restarted sender takes over the dead one's lead and claims within seconds.
    const env = { ...store.env, BOT_API_ROOT: api.url, RATE: "200", CONCURRENCY: String(CONCURRENCY), LEASE_MS: "1500", LEADER_LEASE_MS: "600", TIMEOUT_S: "0.6" };
    const kills = [250, 500, 750];
    const killedAt: number[] = [];
    for (const threshold of kills) {
      const run = spawnSender(env);
      children.push(run.child);
      await run.started;
      await eventually(() => (api.count >= threshold ? true : undefined), 20_000, `${threshold} sends`);
      run.child.kill("SIGKILL");
      killedAt.push(Date.now());
      await run.exited;
    }
    const last = spawnSender(env);
    children.push(last.child);
    await last.started;
    await eventually(() => (new Set(api.sends.map((s) => s.chatId)).size === SUBSCRIBERS ? true : undefined), 30_000, "every subscriber");
    last.child.kill("SIGTERM");
    await last.exited;

    const perChat = new Map<number, number>();
    for (const s of api.sends) perChat.set(s.chatId, (perChat.get(s.chatId) ?? 0) + 1);
    expect(perChat.size).toBe(SUBSCRIBERS);
    const duplicates = api.sends.length - SUBSCRIBERS;
    expect(Math.max(...perChat.values())).toBeLessThanOrEqual(2);
    // A second send comes from the run after the kill that caught the first in flight.
    const perKill = kills.map(() => 0);
    const firstSend = new Map<number, number>();
    for (const s of api.sends) {
      if (!firstSend.has(s.chatId)) firstSend.set(s.chatId, s.at);
      else perKill[killedAt.filter((t) => t < s.at).length - 1]!++;
    }
    expect(perKill.reduce((a, b) => a + b)).toBe(duplicates);
    // Every kill caught sends in flight (Telegram got them, the outbox never heard back), never more than the limit.
    for (const n of perKill) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(CONCURRENCY);
    }
    // The right language reached each chat.
    expect(api.sends.find((s) => s.chatId === FIRST_CHAT + 1)!.text).toContain("New results in Provinsi Lampung");
    expect(api.sends.find((s) => s.chatId === FIRST_CHAT)!.text).toContain("Hasil baru se-Provinsi Lampung");
    expect(await status(db)).toMatchObject({ queued: 0, sent: SUBSCRIBERS, failed: 0, blocked: 0 });
    console.log(`crash test: ${kills.length} kills with ${CONCURRENCY} in flight, ${api.sends.length} sends, ${duplicates} duplicates (per kill: ${perKill.join(", ")})`);
  }, 90_000);
});
