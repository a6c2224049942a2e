import type { PluginTransformQueryArgs, RootOperationNode } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAnnouncing } from "../../src/broadcast/index.js";
import { Interrupted, Interruption } from "../../src/cli/interruption.js";
import { tempStore } from "../helpers/temp-store.js";
import { snapshot } from "./db-snapshot.js";
import { csv, row } from "./fixtures.js";

let store: Awaited<ReturnType<typeof tempStore>>;
beforeAll(async () => {
  store = await tempStore();
});
afterAll(async () => store.cleanup());

/** A signal that arrives once the import has run `after` statements (as SIGTERM would, between two of them). */
class SignalAfter extends Interruption {
  statements: string[] = [];
  constructor(private readonly after: number) {
    super();
  }
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (this.statements.length === this.after) this.signal = "SIGTERM";
    const node = super.transformQuery(args);
    this.statements.push(node.kind);
    return node;
  }
}

/** 300 synthetic rows: three insert batches of 100 in the transaction. */
const file = csv(...Array.from({ length: 300 }, (_, i) => row({ source_url: `https://example.org/rapor-test/interrupt/${i}` })));

describe("the import CLI's interruption", () => {
  it("a signal in the middle of the transaction rolls it back: the database is as it was", async () => {
    const before = await snapshot(store.db);
    // Find how many statements a whole import runs, on a copy that is rolled back by a dry run.
    const counting = new SignalAfter(Number.POSITIVE_INFINITY);
    await importAnnouncing(store.db.withPlugin(counting), file, { origin: "interrupt.csv", dryRun: true });
    const inserts = counting.statements.flatMap((kind, i) => (kind === "InsertQueryNode" ? [i] : []));
    // The imports row, then three batches of results.
    expect(inserts.length).toBeGreaterThanOrEqual(4);

    // Stopped after the second batch of results was written, before the third.
    const signal = new SignalAfter(inserts[2]! + 1);
    await expect(importAnnouncing(store.db.withPlugin(signal), file, { origin: "interrupt.csv" })).rejects.toBeInstanceOf(Interrupted);
    expect(await snapshot(store.db)).toEqual(before);
  });

  it("without a signal the same import is written whole", async () => {
    const { report } = await importAnnouncing(store.db.withPlugin(new Interruption()), file, { origin: "interrupt.csv" });
    expect(report.added).toBe(300);
  });
});
