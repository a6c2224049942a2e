import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Chat, Message, Update, User } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UpdateFactory } from "../../src/bot/update-builders.js";
import { subscribe } from "../../src/broadcast/index.js";
import { DEFAULT_CONCURRENCY } from "../../src/broadcast/sender.js";
import { openDatabase, type Db } from "../../src/store/connection.js";
import { eventually, freePort, projectRoot, spawnMain, type Spawned } from "../helpers/process.js";
import { emptyDatabase } from "../helpers/temp-store.js";
import { botUser, startHostileBotApi, type HostileBotApi } from "./hostile-bot-api.js";

/**
 * Rapor as an institution runs it: three webhook instances behind a load balancer, on one
 * PostgreSQL database. The test plays Telegram and the load balancer (updates posted round robin
 * with the secret header, every instance registered under the same public URL) and a fake Bot
 * API records what the instances send. Runs with DATABASE_URL (`npm run test:pg`).
 */

const TOKEN = "7000021:AAHseveralInstancesTokenForE2eTests_x1";
const SECRET = "several-instances-webhook-secret-0123";
/** The load balancer's address: every instance registers it; each listens on its own port. */
const PUBLIC_URL = "https://rapor.example.test/telegram";
const BOT_USERNAME = "rapor_multi_bot";
/** How long the Bot API takes to answer a sendMessage: a round trip from Indonesia. */
const SEND_LATENCY_MS = 250;
/** The sender's production pace (src/broadcast/pacer.ts DEFAULT_PACING), pinned here. */
const PER_SECOND = 25;
const PER_CHAT_GAP_MS = 1_000;

const ASKERS = 200;
const FOLLOWERS = 150;
/** Of the followers, these also follow Kabupaten Lampung Barat: two digests for the first import. */
const BOTH = 30;
const follower = (i: number) => 7_400_000 + i;

/** Shipped results (db/data/results.csv) asked about; the expected score is read from the file. */
const QUESTIONS = [
  { text: "nilai lampung utara 2021", code: "18.03", year: "2021", name: "Kabupaten Lampung Utara", lang: "id" },
  { text: "nilai kepulauan anambas 2019", code: "21.05", year: "2019", name: "Kabupaten Kepulauan Anambas", lang: "id" },
  { text: "nilai timor tengah utara 2018", code: "53.03", year: "2018", name: "Kabupaten Timor Tengah Utara", lang: "id" },
  { text: "nilai tambrauw 2023", code: "96.04", year: "2023", name: "Kabupaten Tambrauw", lang: "id" },
  { text: "nilai empat lawang 2023", code: "16.11", year: "2023", name: "Kabupaten Empat Lawang", lang: "id" },
  { text: "nilai sawahlunto 2022", code: "13.73", year: "2022", name: "Kota Sawahlunto", lang: "id" },
  { text: "score of kota blitar 2021", code: "35.72", year: "2021", name: "Kota Blitar", lang: "en" },
  { text: "score of seram bagian timur 2019", code: "81.05", year: "2019", name: "Kabupaten Seram Bagian Timur", lang: "en" },
] as const;

const shipped = parse(fs.readFileSync(path.join(projectRoot, "db/data/results.csv"), "utf8"), { columns: true }) as Record<string, string>[];
/** The card's score line, as the shipped row prints it ("Nilai: 91,45 ·", "Score: 91.45 ·"). */
function expectedScore(q: (typeof QUESTIONS)[number]): string {
  const rows = shipped.filter((r) => r.entity_code === q.code && r.year === q.year);
  if (rows.length !== 1 || !rows[0]!.score) throw new Error(`expected one scored row for ${q.code} ${q.year}`);
  const score = rows[0]!.score!;
  return q.lang === "id" ? `Nilai: ${score.replace(".", ",")} ·` : `Score: ${score} ·`;
}

const plain = (html: string) => html.replace(/<[^>]+>/g, "");

/** `npm run import -- --json FILE` as its own process, as an operator runs it. */
function runImport(env: Record<string, string>, file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "import", "--", "--json", file], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env, BOT_USERNAME },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += String(c)));
    child.stderr.on("data", (c) => (stderr += String(c)));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

interface Sent {
  method: string;
  chatId: number;
  messageId: number;
  text: string;
  markup: { inline_keyboard: { text: string; callback_data?: string }[][] } | undefined;
  at: number;
}

describe.runIf(process.env.DATABASE_URL)("three webhook instances on one PostgreSQL database", () => {
  let api: HostileBotApi;
  let database: Awaited<ReturnType<typeof emptyDatabase>>;
  let db: Db;
  const ports: number[] = [];
  const instances: Spawned[] = [];
  /** Every sendMessage and editMessageText, as the fake Bot API answered it. */
  const sent: Sent[] = [];
  const figures: Record<string, number> = {};

  const to = (chatId: number, method = "sendMessage") => sent.filter((s) => s.chatId === chatId && s.method === method);
  let nextPost = 0;
  /** Telegram's delivery: POST to an instance (round robin unless told) with the secret header. */
  async function post(update: Update, instance = nextPost++ % instances.length): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${ports[instance]}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(update),
    });
    expect(response.status).toBe(200);
  }
  const user = (id: number, languageCode = "id") => new UpdateFactory({ id, is_bot: false, first_name: `U${id}`, language_code: languageCode } as User);
  /** A message the bot sent, as a callback_query carries it. */
  const asMessage = (s: Sent): Message =>
    ({ message_id: s.messageId, date: 0, chat: { id: s.chatId, type: "private", first_name: "U" } as Chat, text: s.text, reply_markup: s.markup }) as Message;
  const button = (s: Sent, label: string) => s.markup!.inline_keyboard.flat().find((b) => b.text === label)!.callback_data!;

  beforeAll(async () => {
    let messageId = 0;
    api = await startHostileBotApi((method, _nth, body) => {
      if (method === "getMe") return { result: { ...botUser(7000021), username: BOT_USERNAME } };
      if (method === "sendMessage" || method === "editMessageText") {
        const chatId = Number(body.chat_id);
        const id = method === "sendMessage" ? ++messageId : Number(body.message_id);
        const markup = body.reply_markup as Sent["markup"];
        sent.push({ method, chatId, messageId: id, text: String(body.text), markup, at: Date.now() });
        const message = { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "U" }, text: String(body.text) };
        return { result: message, delayMs: method === "sendMessage" ? SEND_LATENCY_MS : 0 };
      }
      return { result: true };
    });
    // An empty database: the three start at once and take turns to migrate and load the data.
    database = await emptyDatabase();
    for (let i = 0; i < 3; i++) ports.push(await freePort());
    for (const port of ports) {
      instances.push(
        spawnMain({
          BOT_TOKEN: TOKEN,
          BOT_API_ROOT: api.url,
          ...database.env,
          BOT_MODE: "webhook",
          WEBHOOK_URL: PUBLIC_URL,
          WEBHOOK_SECRET: SECRET,
          PORT: String(port),
          HOST: "127.0.0.1",
          BOT_USERNAME,
          LOG_LEVEL: "info",
        }),
      );
    }
    await Promise.all(instances.map((bot) => bot.waitForOutput(/"msg":"bot started"/, 120_000)));
    db = openDatabase(database.target);
    for (let i = 0; i < FOLLOWERS; i++) {
      const chatId = follower(i);
      const locale = i % 2 ? "en" : "id";
      await subscribe(db, { chatId, chatType: "private", target: { kind: "province", code: "18" }, locale });
      if (i < BOTH) await subscribe(db, { chatId, chatType: "private", target: { kind: "body", code: "18.04" }, locale });
    }
  }, 180_000);

  afterAll(async () => {
    for (const bot of instances) bot.signal("SIGKILL");
    await Promise.all(instances.map((bot) => bot.done));
    await db?.destroy();
    await api?.close();
    await database?.cleanup();
    // The run's figures, for the README (speed is reported, never asserted).
    console.info(JSON.stringify({ e2e: "several-instances", ...figures }));
  });

  it("registered the one public URL from every instance, each with the secret", () => {
    const registered = api.calls.filter((c) => c.method === "setWebhook");
    expect(registered).toHaveLength(3);
    for (const call of registered) expect(call.body).toMatchObject({ url: PUBLIC_URL, secret_token: SECRET });
  });

  it(`${ASKERS} users asking at once, spread over the three, all get the right answer`, async () => {
    const askers = Array.from({ length: ASKERS }, (_, i) => ({ id: 7_200_000 + i, question: QUESTIONS[i % QUESTIONS.length]! }));
    const start = Date.now();
    await Promise.all(askers.map((a) => post(user(a.id, a.question.lang).text(a.question.text))));
    await eventually(() => (askers.every((a) => to(a.id).length > 0) ? true : undefined), 60_000, "every answer");
    figures.answers_per_second = Math.round((ASKERS / ((Math.max(...askers.map((a) => to(a.id)[0]!.at)) - start) / 1000)) * 10) / 10;
    for (const a of askers) {
      const replies = to(a.id);
      expect(replies).toHaveLength(1);
      const card = plain(replies[0]!.text);
      expect(card).toContain(`${a.question.name} · ${a.question.year}`);
      expect(card).toContain(expectedScore(a.question));
    }
  }, 90_000);

  it("a conversation started on one instance continues on the others", async () => {
    const ani = user(7_300_001);
    await post(ani.text("tren bogor"), 0);
    const [prompt] = to(7_300_001);
    expect(prompt!.markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["Kabupaten Bogor", "Kota Bogor"]);
    // The press reaches another instance: it resumes the conversation and answers the question
    // asked (the trend) in place of the prompt; without the state it would send a plain card.
    await post(ani.callback(button(prompt!, "Kota Bogor"), asMessage(prompt!)), 1);
    const [answer] = to(7_300_001, "editMessageText");
    expect(answer!.messageId).toBe(prompt!.messageId);
    expect(answer!.text).toContain("📈 <b>Kota Bogor</b>");
    expect(to(7_300_001)).toHaveLength(1);

    const ben = user(7_300_002);
    await post(ben.text("/bandingkan"), 0);
    await post(ben.text("tebo"), 1);
    await post(ben.text("batanghari"), 2);
    const [asked, second, compared] = to(7_300_002).map((s) => s.text);
    expect(asked).toContain("Mau membandingkan siapa?");
    expect(second).toContain("Bandingkan <b>Kabupaten Tebo</b> dengan siapa?");
    expect(compared).toContain("⚖️ <b>Perbandingan</b>");
    expect(compared).toContain("Kabupaten Batanghari");
  }, 30_000);

  /** Digests to the followers, in the order the Bot API received them. */
  const digests = (mark: string) => sent.filter((s) => s.chatId >= follower(0) && s.chatId < follower(FOLLOWERS) && s.text.includes(mark)).sort((a, b) => a.at - b.at);

  it("an import from the CLI is announced to every follower exactly once, at the global pace", async () => {
    const imported = await runImport(database.env, path.join(projectRoot, "test/fixtures/broadcast/lampung-2024.csv"));
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ added: 4, unchanged: 0, conflicts: 0 });

    // Every province follower gets the province's digest; the 30 who also follow Lampung Barat get its own too.
    const expected = FOLLOWERS + BOTH;
    const first = () => digests("🔔").filter((s) => s.text.includes("Tanggamus") || s.text.includes("Lampung Barat"));
    await eventually(() => (first().length >= expected ? true : undefined), 60_000, "the first import's digests");
    await new Promise((r) => setTimeout(r, 3_000)); // time for a double send to show
    const sends = first();
    expect(sends).toHaveLength(expected);
    for (let i = 0; i < FOLLOWERS; i++) expect(sends.filter((s) => s.chatId === follower(i))).toHaveLength(i < BOTH ? 2 : 1);

    // The pace is global: one sender sends for the three, 25/s at most, 1 s between two to a chat.
    const span = (sends.at(-1)!.at - sends[0]!.at) / 1000;
    const rate = (sends.length - 1) / span;
    figures.broadcast_messages = sends.length;
    figures.broadcast_rate = Math.round(rate * 100) / 100;
    expect(rate).toBeLessThanOrEqual(PER_SECOND * 1.02);
    let busiestSecond = 0;
    for (let i = 0, j = 0; i < sends.length; i++) {
      while (sends[i]!.at - sends[j]!.at >= 1_000) j++;
      busiestSecond = Math.max(busiestSecond, i - j + 1);
    }
    figures.busiest_second = busiestSecond;
    // Telegram's own limit is about 30/s: the pacer's 25 leave room for a late timer's catch-up.
    expect(busiestSecond).toBeLessThanOrEqual(30);
    for (let i = 0; i < BOTH; i++) {
      const [a, b] = sends.filter((s) => s.chatId === follower(i));
      expect(b!.at - a!.at).toBeGreaterThanOrEqual(PER_CHAT_GAP_MS);
    }
    const leaders = instances.filter((bot) => /"msg":"this sender leads"/.test(bot.stdout()));
    expect(leaders).toHaveLength(1);

    // Every instance answers with the new data (it heard of the import from the database).
    for (let i = 0; i < 3; i++) {
      const id = 7_300_010 + i;
      await post(user(id).text("nilai lampung barat 2024"), i);
      expect(plain(to(id)[0]!.text)).toContain("Nilai: 91,3 ·");
    }
  }, 90_000);

  it("the leading sender killed with SIGKILL mid-broadcast loses nothing; duplicates stay within the messages in flight", async () => {
    const leader = instances.find((bot) => /"msg":"this sender leads"/.test(bot.stdout()))!;
    const imported = await runImport(database.env, path.join(projectRoot, "test/fixtures/several-instances/lampung-2024-east.csv"));
    expect(JSON.parse(imported.stdout)).toEqual({ added: 3, unchanged: 0, conflicts: 0 });
    const second = () => digests("Lampung Timur");
    await eventually(() => (second().length >= FOLLOWERS / 3 ? true : undefined), 60_000, "a third of the digests");
    const killedAt = Date.now();
    leader.signal("SIGKILL");
    await leader.done;
    const before = second().length;

    await eventually(() => (new Set(second().map((s) => s.chatId)).size === FOLLOWERS ? true : undefined), 150_000, "every follower's digest");
    await new Promise((r) => setTimeout(r, 3_000));
    const sends = second();
    const perChat = new Map<number, number>();
    for (const s of sends) perChat.set(s.chatId, (perChat.get(s.chatId) ?? 0) + 1);
    expect(perChat.size).toBe(FOLLOWERS);
    const duplicates = sends.length - FOLLOWERS;
    figures.killed_after_messages = before;
    figures.duplicates_after_sigkill = duplicates;
    figures.takeover_seconds = Math.round((sends.find((s) => s.at > killedAt + 500)!.at - killedAt) / 100) / 10;
    figures.all_delivered_seconds = Math.round((sends.at(-1)!.at - killedAt) / 100) / 10;
    expect(duplicates).toBeLessThanOrEqual(DEFAULT_CONCURRENCY);
    // A sender standing by took the lead.
    expect(instances.filter((bot) => bot !== leader && /"msg":"this sender leads"/.test(bot.stdout()))).toHaveLength(1);
  }, 180_000);

  it("the instances left stop cleanly on SIGTERM, and kept the token out of their output", async () => {
    const alive = instances.filter((bot) => bot.child.exitCode === null && bot.child.signalCode === null);
    expect(alive).toHaveLength(2);
    for (const bot of alive) bot.signal("SIGTERM");
    expect(await Promise.all(alive.map((bot) => bot.exited))).toEqual([0, 0]);
    for (const bot of instances) {
      expect(bot.stdout() + bot.stderr()).not.toContain(TOKEN.split(":")[1]);
      expect(bot.stdout() + bot.stderr()).not.toContain(SECRET);
    }
  }, 30_000);
});
