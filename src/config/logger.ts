import pino, { type DestinationStream, type Logger } from "pino";

/** Anything shaped like a bot token, wherever it appears (a URL in an error message, a dumped object), its colon URL-encoded too. */
const TOKEN_PATTERN = /\d{5,}(?::|%3A)[A-Za-z0-9_-]{30,}/gi;
const CENSOR = "[redacted]";

export interface LoggerOptions {
  level: string;
  /** Values that must never be written: the bot token, the webhook secret. */
  secrets?: (string | undefined)[];
  /** Where lines go (default stdout); a stream for tests, 2 for stderr. */
  destination?: DestinationStream | number;
}

/**
 * The forms a secret can be printed in: as is, URL-encoded, and a token's part after the colon
 * (the secret half). Values shorter than 8 characters are not secrets worth the false positives.
 */
export function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < 8) continue;
    forms.add(secret).add(encodeURIComponent(secret));
    const half = secret.split(":")[1];
    if (half && half.length >= 16) forms.add(half);
  }
  // Longest first, so the whole token is replaced before its half.
  return [...forms].sort((a, b) => b.length - a.length);
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
  const secrets = secretForms(options.secrets ?? []);
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
