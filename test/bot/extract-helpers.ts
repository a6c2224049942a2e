import fs from "node:fs";
import path from "node:path";
import type { Update } from "grammy/types";
import { projectRoot } from "../../src/config/config.js";
import type { ApiCall } from "../../src/bot/local-transport.js";
import type { Expected } from "../extract/expectations.js";
import { asMessage, buttonsOf, harness, type Core, type HarnessOptions } from "../helpers/bot-harness.js";

export const ADMIN = 770_001;
export const ADMIN_B = 770_002;
export const STRANGER = 770_003;

const extractFixtures = path.join(projectRoot, "test", "fixtures", "extract");

/** A report of test/fixtures/extract (the seeds under "seeds/"), with what the extractor must read from it. */
export function report(name: string): { text: string; expected: Expected } {
  const dir = name.startsWith("0") && name.includes("_") ? path.join(extractFixtures, "seeds") : extractFixtures;
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name) && /\.(?:txt|html)$/.test(f))!;
  const base = file.replace(/\.(?:txt|html)$/, "");
  return {
    text: fs.readFileSync(path.join(dir, file), "utf8"),
    expected: JSON.parse(fs.readFileSync(path.join(dir, `${base}.expected.json`), "utf8")) as Expected,
  };
}

export const SEEDS = ["000_33c5874eb97a713e", "001_0aaf21968f13655a", "002_2c215acfbdef9334", "003_a49aeba31b9c1d87", "004_ed5ba1dd03eeceb8"];

/** An admin's bot with helpers to read the review on screen and press its buttons. */
export function reviewer(core: Core, options: HarnessOptions & { userId: number }) {
  const h = harness(core, { adminIds: [ADMIN, ADMIN_B], ...options });
  const screens = () => h.calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
  const screen = () => screens().at(-1)!;
  const on = (call: ApiCall) => asMessage(call, h.chat);
  /** The last screen's button whose callback data starts with `prefix` ("xr|keep|"). */
  const button = (prefix: string, call = screen()) => {
    const found = buttonsOf(call).find((b) => b.data.startsWith(prefix));
    if (!found) throw new Error(`no button ${prefix} on: ${String(call.payload.text)}`);
    return found;
  };
  return {
    ...h,
    screen,
    text: () => String(screen().payload.text),
    button,
    /** Presses the button of the last screen whose data starts with `prefix`. */
    press: (prefix: string) => h.press(button(prefix).data, on(screen())),
    /** Presses any callback data on the last screen's message (forged data too). */
    pressData: (data: string) => h.press(data, on(screen())),
    /** Presses on an earlier screen (a message still in the chat). */
    pressOn: (call: ApiCall, prefix: string) => h.press(button(prefix, call).data, on(call)),
    send: h.send,
    /** Pastes a report, then answers the questions it brings (date, URL) in order. */
    async paste(text: string, ...answers: string[]): Promise<ApiCall[]> {
      const calls = await h.say(text);
      for (const a of answers) calls.push(...(await h.say(a)));
      return calls;
    },
    /** Every candidate's screen, from the first, pressing Next. */
    async candidates(): Promise<string[]> {
      await h.press(`xr|show|${draftOf(screen())}|0`, on(screen()));
      const out = [String(screen().payload.text)];
      while (buttonsOf(screen()).some((b) => b.data.startsWith("xr|show|") && /Berikutnya|Next/.test(b.text))) {
        const next = buttonsOf(screen()).find((b) => /Berikutnya|Next/.test(b.text))!;
        await h.press(next.data, on(screen()));
        out.push(String(screen().payload.text));
      }
      return out;
    },
  };
}

/** The draft id the buttons of a screen name. */
export function draftOf(call: ApiCall): number {
  const data = buttonsOf(call).find((b) => /^x[rfi]\|/.test(b.data))?.data;
  if (!data) throw new Error(`no review buttons on: ${String(call.payload.text)}`);
  return Number(data.split("|")[data.startsWith("xf|") ? 1 : 2]);
}

export const toast = (calls: ApiCall[]) => calls.find((c) => c.method === "answerCallbackQuery")?.payload.text as string | undefined;

/** A forwarded channel post, as Telegram sends it: the channel, its post id and date, and its entities. */
export function forwardedPost(update: Update, channel: { username: string; id: number }, postId: number, date: string, entities: object[] = []): Update {
  const message = update.message as unknown as Record<string, unknown>;
  message.forward_origin = {
    type: "channel",
    chat: { id: channel.id, type: "channel", title: channel.username, username: channel.username },
    message_id: postId,
    date: Math.floor(Date.parse(`${date}T10:00:00+07:00`) / 1000),
  };
  if (entities.length) message.entities = entities;
  return update;
}
