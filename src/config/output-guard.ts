import { inspect } from "node:util";
import { scrubSecrets, secretForms } from "./logger.js";

/**
 * The last layer against leaking the token or the webhook secret: everything written to
 * process.stdout and process.stderr is scrubbed, whoever writes it (console.* of our code or a
 * dependency, the runner's messages, the `debug` package behind DEBUG=grammy*, which writes
 * with process.stderr.write). pino's own lines are written to the file descriptor directly and
 * scrubbed in the logger. Each write is scrubbed whole: console, debug and pino write whole lines.
 */
export function guardProcessOutput(secrets: readonly (string | undefined)[]): void {
  const forms = secretForms(secrets);
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (typeof chunk === "string") return write(scrubSecrets(chunk, forms), ...rest);
      if (chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("utf8");
        const scrubbed = scrubSecrets(text, forms);
        return write(scrubbed === text ? chunk : Buffer.from(scrubbed, "utf8"), ...rest);
      }
      return write(chunk, ...rest);
    }) as typeof stream.write;
  }
  // Node prints an uncaught error from native code, past the streams above: print it ourselves.
  process.on("uncaughtException", (error) => {
    process.stderr.write(`Uncaught ${inspect(error)}\n`);
    process.exit(1);
  });
}
