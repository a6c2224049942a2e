import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Catalog } from "../../src/answer/catalog.js";
import { loadCatalog } from "../../src/app/load.js";
import type { Answer, BodyYearView, Caveat } from "../../src/answer/types.js";
import { importResultsCsv } from "../../src/ingest/import-results.js";
import { tempStore } from "../helpers/temp-store.js";

export const answerFixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/answer");

export const answerFixture = (name: string): string => fs.readFileSync(path.join(answerFixturesDir, name), "utf8");

export type AnswerStore = Awaited<ReturnType<typeof tempStore>> & { catalog: Catalog; reload: () => Promise<Catalog> };

/**
 * A real SQLite file (migrated, shipped data loaded) with the named synthetic fixtures of
 * test/fixtures/answer imported on top, and the catalog the engine reads.
 */
export async function answerStore(...fixtures: string[]): Promise<AnswerStore> {
  const store = await tempStore();
  for (const name of fixtures) await importResultsCsv(store.db, answerFixture(name), { origin: name });
  const result: AnswerStore = {
    ...store,
    catalog: await loadCatalog(store.db),
    reload: async () => (result.catalog = await loadCatalog(store.db)),
  };
  return result;
}

/** The answer types whose kind can be K (TopAnswer's kind is "top" | "bottom" | "list"). */
type OfKind<A, K> = A extends { kind: infer AK } ? (K extends AK ? A : never) : never;

/** Asserts the kind of an answer and narrows its type. */
export function expectKind<K extends Answer["kind"]>(answer: Answer, kind: K): OfKind<Answer, K> {
  expect(answer.kind, JSON.stringify(answer, null, 1).slice(0, 1500)).toBe(kind);
  return answer as OfKind<Answer, K>;
}

export const caveatKinds = (caveats: Caveat[]) => caveats.map((c) => c.kind);

/** The stored view of a body in a year, whether or not it states a result. */
export function viewOf(catalog: Catalog, code: string, year: number): BodyYearView {
  const view = catalog.viewsByBody.get(code)?.find((v) => v.year === year);
  if (!view) throw new Error(`no view for ${code} in ${year}`);
  return view;
}

export const urlsOf = (sources: { url: string | null }[]) => sources.map((s) => s.url);
