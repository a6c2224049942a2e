import type { Rapor } from "../../src/app/rapor.js";

/** One line of queries-dev.jsonl: a question, the parse it must get, the facts its reply must state. */
export interface EvalCase {
  query: string;
  intent: string;
  codes?: string[];
  ambiguous?: string[];
  year?: number;
  province?: string;
  n?: number;
  unit?: string;
  expect?: string[];
}

export interface EvalResult {
  case: EvalCase;
  ok: boolean;
  failures: string[];
  reply: string;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A fact is in the reply as written, or with the Indonesian decimal comma; numbers must stand alone,
 * printed with as many decimals as their source ("97.6" is stated by "97,60").
 */
export function replyStates(reply: string, fact: string): boolean {
  const variants = /^\d+([.,]\d+)?$/.test(fact) ? [fact, fact.replace(".", ",")] : [fact];
  return variants.some((v) => {
    const zeros = /[.,]/.test(v) ? "0*" : "(?:[.,]0+)?";
    const pattern = /^\d/.test(v) ? `(?<![\\d.,])${escapeRegex(v)}${zeros}(?![\\d]|[.,]\\d)` : escapeRegex(v);
    return new RegExp(pattern, "iu").test(reply);
  });
}

export function evaluateCase(rapor: Rapor, c: EvalCase): EvalResult {
  const { query, rendered } = rapor.ask(c.query);
  const failures: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (query.intent !== c.intent) failures.push(`intent ${query.intent} != ${c.intent}`);
  if (c.codes && !same(query.entities.map((e) => e.code), c.codes)) failures.push(`codes ${JSON.stringify(query.entities.map((e) => e.code))} != ${JSON.stringify(c.codes)}`);
  if (c.ambiguous) {
    const candidates = query.ambiguous.flatMap((a) => a.candidates.map((x) => x.code)).sort();
    if (!same(candidates, [...c.ambiguous].sort())) failures.push(`ambiguous ${JSON.stringify(candidates)} != ${JSON.stringify(c.ambiguous)}`);
  }
  if (c.year !== undefined && query.year !== c.year) failures.push(`year ${query.year} != ${c.year}`);
  if (c.province !== undefined && query.province !== c.province) failures.push(`province ${query.province} != ${c.province}`);
  if (c.n !== undefined && query.n !== c.n) failures.push(`n ${query.n} != ${c.n}`);
  if (c.unit !== undefined && query.unit !== c.unit) failures.push(`unit ${query.unit} != ${c.unit}`);
  for (const fact of c.expect ?? []) if (!replyStates(rendered.plain, fact)) failures.push(`reply lacks "${fact}"`);
  return { case: c, ok: failures.length === 0, failures, reply: rendered.plain };
}
