import { z } from "zod";
import { CATEGORIES, ZONES } from "../store/schema.js";
import { LOCALES } from "./i18n.js";

/**
 * What a button does: the one codec for every callback data the bot sends (answer buttons and
 * the chat layer's own). Encoded as `kind|field|field...` in Telegram's 64-byte callback data and
 * validated with zod on the way back: stale or forged data decodes to null, never to a crash.
 *
 * To add a kind, add one `z.object` to KINDS below: its fields are encoded in the order written.
 */
const code = z.string().regex(/^(\d{2}(\.\d{2})?|KL\.[A-Z0-9]{1,24})$/);
const year = z.coerce.number().int().min(2000).max(2100);
const page = z.coerce.number().int().min(0).max(100);
/** A reply as a file: "png" a chart picture, "csv" its figures as a spreadsheet. */
const fmt = z.enum(["png", "csv"]);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const choice = z.enum(["ok", "no"]);
/** An import draft's id (import_drafts). */
const draft = z.string().regex(/^[1-9]\d{0,14}$/).transform(Number);
/** A candidate's place in a news report's review. */
const position = z.coerce.number().int().min(0).max(9999);

const KINDS = [
  /** A body's card, in a year or its latest. */
  z.object({ a: z.literal("card"), code, year: optional(year) }),
  z.object({ a: z.literal("trend"), code }),
  z.object({ a: z.literal("units"), code, year: optional(year) }),
  /** A province's (or a category's national) ranked list, one page. */
  z.object({
    a: z.literal("top"),
    province: optional(code),
    category: optional(z.enum(CATEGORIES)),
    year,
    dir: z.enum(["top", "bottom", "list"]),
    page,
  }),
  /** Units of one kind across bodies: best, worst or all, one year. */
  z.object({ a: z.literal("ukind"), kind: z.string().regex(/^[a-z]{2,12}$/), year, dir: z.enum(["top", "bottom", "list"]) }),
  /** A body's results in another programme (KemenPAN-RB's evaluation). */
  z.object({ a: z.literal("prog"), code, programme: z.string().regex(/^[a-z0-9-]{1,24}$/) }),
  /** Start a comparison from this body (the bot asks for the others). */
  z.object({ a: z.literal("cmp"), code, year: optional(year) }),
  /** Follow a body, a province (all its bodies) or a category. */
  z.object({ a: z.literal("follow"), target: z.enum(["body", "province", "category"]), code: z.string().min(1).max(24) }),
  z.object({ a: z.literal("unfollow"), target: z.enum(["body", "province", "category", "all"]), code: z.string().max(24) }),
  /** A body's trend as a file. */
  z.object({ a: z.literal("ftrend"), fmt, code }),
  /** A ranked list as a file: the `top` view's filters, its N, and the page a chart draws. */
  z.object({
    a: z.literal("ftop"),
    fmt,
    province: optional(code),
    category: optional(z.enum(CATEGORIES)),
    year,
    dir: z.enum(["top", "bottom", "list"]),
    n: optional(z.coerce.number().int().min(1).max(1000)),
    zone: optional(z.enum(ZONES)),
    grade: optional(z.string().regex(/^[A-E]$/)),
    page,
  }),
  /** A comparison of two or three bodies as a file. */
  z.object({ a: z.literal("fcmp"), fmt, codes: z.string().transform((s) => s.split(",")).pipe(z.array(code).min(2).max(3)), year: optional(year) }),
  /** The chat's language (/bahasa). */
  z.object({ a: z.literal("lang"), locale: z.enum(LOCALES) }),
  /** An admin's answer to the preview of an uploaded CSV: the exact draft it showed. */
  z.object({ a: z.literal("imp"), choice, draft }),
  /** An admin's answer to the preview of a hand-written announcement. */
  z.object({ a: z.literal("ann"), choice }),
  /**
   * An admin's review of a news report: show a candidate, keep, drop or correct it; `und` shows page `pos` of what the
   * extractor left undecided; `pre` previews the import.
   */
  z.object({ a: z.literal("xr"), op: z.enum(["show", "keep", "drop", "fix", "und", "pre"]), draft, pos: position }),
  /** The column of a candidate to correct (the handler checks it is one for that candidate). */
  z.object({ a: z.literal("xf"), draft, pos: position, field: z.string().regex(/^[a-z_]{2,16}$/) }),
  /** Import or cancel a reviewed report, at the revision of the review its preview showed. */
  z.object({ a: z.literal("xi"), choice, draft, rev: z.coerce.number().int().min(0).max(1e9) }),
] as const;

export const actionSchema = z.discriminatedUnion("a", KINDS);

export type Action = z.infer<typeof actionSchema>;
export type ActionKind = Action["a"];

/** Each kind's fields in encoding order, from its schema. A Map: a forged kind such as "constructor" finds nothing. */
const FIELDS: ReadonlyMap<string, readonly string[]> = new Map(
  KINDS.map((kind) => [kind.shape.a.value, Object.keys(kind.shape).filter((field) => field !== "a")]),
);

const SEPARATOR = "|";
export const MAX_CALLBACK_BYTES = 64;

export function encodeAction(action: Action): string {
  const record = action as Record<string, unknown>;
  const values = FIELDS.get(action.a)!.map((field) => (record[field] === undefined ? "" : String(record[field])));
  if (values.some((value) => value.includes(SEPARATOR))) throw new Error(`callback data value contains "${SEPARATOR}": ${action.a}`);
  const data = [action.a, ...values].join(SEPARATOR);
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) throw new Error(`callback data over ${MAX_CALLBACK_BYTES} bytes: ${data}`);
  return data;
}

export function decodeAction(data: string): Action | null {
  if (Buffer.byteLength(data) > MAX_CALLBACK_BYTES) return null;
  const [kind = "", ...values] = data.split(SEPARATOR);
  const fields = FIELDS.get(kind);
  if (!fields || values.length !== fields.length) return null;
  const parsed = actionSchema.safeParse({ a: kind, ...Object.fromEntries(fields.map((field, i) => [field, values[i]])) });
  return parsed.success ? parsed.data : null;
}
