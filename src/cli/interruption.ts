import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";

/** A signal that stopped the import before its commit. */
export class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted by ${signal} before the import was committed: nothing was written`);
  }
}

/**
 * Lets Ctrl-C or a SIGTERM (npm passes it on: the scripts exec node) stop an import between two
 * statements: the event loop gets a turn after each one (better-sqlite3 is synchronous, so a
 * transaction would otherwise run to its commit before any signal handler), and once a signal
 * came the next statement throws, so the transaction rolls back. The commit itself is one
 * statement: an import is either all written or not at all.
 */
export class Interruption implements KyselyPlugin {
  signal: NodeJS.Signals | null = null;

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.signal) throw new Interrupted(this.signal);
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await new Promise((resolve) => setImmediate(resolve));
    return args.result;
  }
}
