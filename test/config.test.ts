import { describe, expect, it } from "vitest";
import { ConfigError, defaultDatabasePath, loadConfig } from "../src/config/config.js";

describe("loadConfig", () => {
  it("defaults to polling, the shipped database path and Indonesian", () => {
    const config = loadConfig({});
    expect(config.BOT_MODE).toBe("polling");
    expect(config.DATABASE_PATH).toBe(defaultDatabasePath);
    expect(config.DEFAULT_LOCALE).toBe("id");
    expect(config.BOT_TOKEN).toBeUndefined();
  });

  it("rejects a bad value with one line naming the variable, without echoing the value", () => {
    const secret = "123:short";
    expect(() => loadConfig({ BOT_TOKEN: secret })).toThrowError(ConfigError);
    try {
      loadConfig({ BOT_TOKEN: secret });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/^Invalid BOT_TOKEN: /);
      expect(message).not.toContain(secret);
      expect(message.split("\n")).toHaveLength(1);
    }
    expect(() => loadConfig({ DATABASE_PATH: "db/" })).toThrowError(/Invalid DATABASE_PATH/);
    expect(() => loadConfig({ ADMIN_IDS: "12,abc" })).toThrowError(/Invalid ADMIN_IDS/);
    expect(() => loadConfig({ SENDER_CONCURRENCY: "0" })).toThrowError(/Invalid SENDER_CONCURRENCY/);
    expect(loadConfig({ SENDER_CONCURRENCY: "8" }).SENDER_CONCURRENCY).toBe(8);
  });

  it("requires the webhook settings in webhook mode", () => {
    expect(() => loadConfig({ BOT_MODE: "webhook" })).toThrowError(/WEBHOOK_URL|BOT_TOKEN/);
    expect(() => loadConfig({ BOT_MODE: "webhook", WEBHOOK_URL: "https://example.org/hook", WEBHOOK_SECRET: "abcdefghijklmnop" })).toThrowError(
      /^Invalid BOT_TOKEN: required in webhook mode$/,
    );
    const config = loadConfig({
      BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      BOT_MODE: "webhook",
      WEBHOOK_URL: "https://example.org/hook",
      WEBHOOK_SECRET: "abcdefghijklmnop",
      ADMIN_IDS: "1, 2",
    });
    expect(config.BOT_MODE).toBe("webhook");
    expect(config.ADMIN_IDS).toEqual([1, 2]);
    expect(loadConfig({ BOT_API_ROOT: "http://127.0.0.1:8081/" }).BOT_API_ROOT).toBe("http://127.0.0.1:8081");
  });

  it("HOST: all interfaces when unset, else the address or host name given", () => {
    const webhook = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ", BOT_MODE: "webhook", WEBHOOK_URL: "https://example.org/hook", WEBHOOK_SECRET: "abcdefghijklmnop" };
    const host = (value?: string) => {
      const config = loadConfig({ ...webhook, HOST: value });
      return config.BOT_MODE === "webhook" ? config.HOST : "not webhook";
    };
    expect(host()).toBeUndefined();
    expect(host("")).toBeUndefined();
    expect(host("127.0.0.1")).toBe("127.0.0.1");
    expect(host("[::1]")).toBe("::1");
    expect(host("::")).toBe("::");
    expect(host("rapor.internal")).toBe("rapor.internal");
    for (const bad of ["http://x", "a b", "x/y"]) expect(() => loadConfig({ ...webhook, HOST: bad }), bad).toThrowError(/^Invalid HOST: expected an IP address or a host name$/);
  });
});
