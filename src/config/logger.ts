import pino, { type DestinationStream, type Logger } from "pino";

/** Anything shaped like a bot token, wherever it appears (a URL in an error message, a dumped object). */
const TOKEN_PATTERN = /\d{5,}:[A-Za-z0-9_-]{30,}/g;
const CENSOR = "[redacted]";

export interface LoggerOptions {
  level: string;
  /** Values that must never be written: the bot token, the webhook secret. */
  secrets?: (string | undefined)[];
  /** Where lines go (default stdout); a stream for tests, 2 for stderr. */
  destination?: DestinationStream | number;
}

/** Replaces every secret and every token-shaped string in one output line. */
export function scrubSecrets(line: string, secrets: readonly string[]): string {
  let out = line;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
  return out.replace(TOKEN_PATTERN, CENSOR);
}

/**
 * pino with two layers against leaking the token: known key paths are redacted, and every
 * finished line is scrubbed of the secrets themselves (error messages can embed request URLs).
 */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === "string" && s.length >= 8);
  const destination =
    typeof options.destination === "number" ? pino.destination({ fd: options.destination, sync: true }) : options.destination;
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      redact: {
        paths: ["token", "*.token", "BOT_TOKEN", "*.BOT_TOKEN", "WEBHOOK_SECRET", "*.WEBHOOK_SECRET", 'headers["x-telegram-bot-api-secret-token"]'],
        censor: CENSOR,
      },
      hooks: { streamWrite: (line) => scrubSecrets(line, secrets) },
    },
    destination ?? pino.destination({ fd: 1, sync: false }),
  );
}
