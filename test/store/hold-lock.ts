import { spawn } from "node:child_process";
import { expect } from "vitest";
import { projectRoot } from "../helpers/process.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A child process holding the import's turn (on SQLite, the write lock) until `release()`. */
export async function holdImportTurn(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/store/hold-lock-child.ts"], { cwd: projectRoot, env: { ...process.env, ...env } });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => (out += String(chunk)));
  child.stderr.on("data", (chunk) => (err += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  while (!out.includes("locked")) {
    if (child.exitCode !== null) throw new Error(`the lock holder exited: ${out}${err}`);
    await sleep(10);
  }
  return {
    held: () => !out.includes("released"),
    release: async () => {
      child.stdin.write("release\n");
      expect(await exited, err).toBe(0);
    },
  };
}
