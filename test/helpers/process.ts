import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `npm run import -- ARGS` as its own process with `env` (its database, BOT_USERNAME...) and PATH only. */
export function runImportCli(args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", ...args], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, stdout, stderr })));
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  /** Resolves when the output (stdout + stderr) matches. */
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<void>;
  /** The bot's exit code (null when a signal killed it). */
  exited: Promise<number | null>;
  /** Resolves when every process of the group has closed its output. */
  done: Promise<void>;
  /** Sends a signal to the whole process group. */
  signal: (signal: NodeJS.Signals) => void;
}

/** `node --import tsx src/main.ts` (what `npm start` runs) as its own process, with only the given Rapor variables set. */
export function spawnMain(env: Record<string, string>): Spawned {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BOT_|WEBHOOK_|PORT$|HOST$|DATABASE_PATH$|DATABASE_URL$|ADMIN_IDS$|DEFAULT_LOCALE$|LOG_LEVEL$|DEBUG$)/.test(k)),
  );
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { cwd: projectRoot, env: { ...base, ...env }, stdio: "pipe", detached: true });
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
    listeners.forEach((l) => l());
  });
  child.stderr.on("data", (chunk) => {
    err += String(chunk);
    listeners.forEach((l) => l());
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const done = Promise.all([
    new Promise<void>((resolve) => child.stdout.once("close", () => resolve())),
    new Promise<void>((resolve) => child.stderr.once("close", () => resolve())),
  ]).then(() => undefined);
  return {
    child,
    done,
    signal: (signal) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // Already gone.
      }
    },
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput: (pattern, timeoutMs = 20_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(out + err)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${pattern}\nstdout:\n${out}\nstderr:\n${err}`));
        }, timeoutMs);
        listeners.add(check);
        check();
        void exited.then(() => setTimeout(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`process exited before ${pattern}\nstdout:\n${out}\nstderr:\n${err}`));
          }
        }, 50));
      }),
  };
}

/** Polls `read` until it returns a value (not undefined). */
export async function eventually<T>(read: () => T | undefined, timeoutMs = 15_000, what = "condition"): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
