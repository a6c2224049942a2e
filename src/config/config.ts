import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The project root, so the default paths do not depend on the working directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const defaultDatabasePath = path.join(projectRoot, "db", "rapor.sqlite");

const telegramIdList = z
  .string()
  .trim()
  .regex(/^(\d+(\s*,\s*\d+)*)?$/, "expected comma-separated numeric Telegram user ids")
  .transform((s) => (s === "" ? [] : s.split(",").map((id) => Number(id.trim()))));

const botToken = z
  .string({ error: "required in webhook mode" })
  .trim()
  .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "does not look like a bot token from @BotFather");

const common = {
  /** Without a token, `npm start` opens the terminal chat. */
  BOT_TOKEN: botToken.optional(),
  /** Another Bot API server (self-hosted, or an emulator in tests); grammY wants no trailing slash. */
  BOT_API_ROOT: z
    .url({ protocol: /^https?$/ })
    .transform((url) => url.replace(/\/+$/, ""))
    .default("https://api.telegram.org"),
  DATABASE_PATH: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .refine((p) => p === ":memory:" || !p.endsWith("/"), "must be a file path, not a directory")
    .default(defaultDatabasePath),
  /** postgres://user:password@host:port/db: PostgreSQL instead of the SQLite file (several instances share it). */
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "expected a postgres:// or postgresql:// URL" })
    .optional(),
  ADMIN_IDS: telegramIdList.default([]),
  /** The bot's @username (without @), for deep links in announcements enqueued by `npm run import`. */
  BOT_USERNAME: z
    .string()
    .trim()
    .transform((s) => s.replace(/^@/, ""))
    .pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{3,63}$/, "expected a bot username such as RaporBot"))
    .optional(),
  /** Announcements in flight at once (the sender's default when unset: 16). */
  SENDER_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** How often (ms) the bot checks the store for imports nobody told it about (its own and announced ones reload at once). */
  DATA_CHECK_MS: z.coerce.number().int().min(50).max(3_600_000).default(1_000),
  /** How long an import waits for another one to finish before it gives up (nothing written). */
  IMPORT_WAIT_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  DEFAULT_LOCALE: z.enum(["id", "en"]).default("id"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
};

const pollingConfig = z.object({ ...common, BOT_MODE: z.literal("polling").default("polling") });

const webhookConfig = z.object({
  ...common,
  BOT_TOKEN: botToken,
  BOT_MODE: z.literal("webhook"),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ or -"),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  /** The interface the webhook server listens on; unset, all of them (what platforms expect). */
  HOST: z
    .string()
    .trim()
    .regex(/^(\[?[0-9A-Fa-f:.]+\]?|[A-Za-z0-9]([A-Za-z0-9.-]{0,252}[A-Za-z0-9])?)$/, "expected an IP address or a host name")
    .transform((host) => host.replace(/^\[(.*)\]$/, "$1"))
    .optional(),
});

const configSchema = z.discriminatedUnion("BOT_MODE", [webhookConfig, pollingConfig]);

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Pure: reads only the given environment. Empty strings count as unset. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  if (cleaned.BOT_MODE === undefined) cleaned.BOT_MODE = "polling";
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path.join(".") || "configuration";
  // Never echo the offending value: it may be a secret.
  throw new ConfigError(`Invalid ${key}: ${issue?.message ?? "invalid value"}`);
}
