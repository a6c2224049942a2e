import { ConfigError } from "./config.js";

/** Exit code for a bad configuration (distinct from a crash). */
export const CONFIG_EXIT_CODE = 2;

/** Runs a CLI entry point: a bad configuration or a user error is one line and a non-zero exit, never a stack trace. */
export async function runCli(main: () => Promise<number | void>): Promise<void> {
  try {
    const code = await main();
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exitCode = CONFIG_EXIT_CODE;
      return;
    }
    if (error instanceof UserFacingError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    console.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

/** An error whose message is meant for the person at the terminal. */
export class UserFacingError extends Error {}
