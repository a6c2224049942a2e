import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Transaction } from "kysely";
import { z } from "zod";
import { projectRoot } from "../config/config.js";
import { OMBUDSMAN } from "../domain/programmes.js";
import type { Db } from "../store/connection.js";
import { bumpDataVersion } from "../store/data-version.js";
import { readProvinces, writeGazetteer } from "../store/gazetteer.js";
import { importExists, insertAggregates, insertUnitResults } from "../store/results.js";
import { CATEGORIES, ZONES, type Database } from "../store/schema.js";
import { parseCsv, parseCsvTable } from "./csv.js";
import { fingerprint } from "./fingerprint.js";
import { aliasesFromCsv, derivedAliases, institutionsFromCsv, officialRegions } from "./gazetteer.js";
import { importResultRecords } from "./import-results.js";
import { printedDecimals, RESULT_COLUMNS } from "./result-rows.js";
import { writeScales } from "./scales.js";
import { loadValidationContext } from "./validation-context.js";

export const shippedDataDir = path.join(projectRoot, "db", "data");
const FILES = ["results.csv", "units.csv", "aggregates.csv", "institutions.csv", "aliases.csv", "scales.json"] as const;
type ShippedFile = (typeof FILES)[number];
/** 2: scores keep the decimals they were printed with (migration 2026-12-01-20). */
const SHIPPED_FORMAT = "2";

const blankToNull = (v: unknown) => (v === "" ? null : v);
const optionalNumber = z.preprocess(blankToNull, z.coerce.number().nullable());
const optionalCount = z.preprocess(blankToNull, z.coerce.number().int().min(0).nullable());
const optionalZone = z.preprocess(blankToNull, z.enum(ZONES).nullable());

const unitRow = z.object({
  programme: z.string().min(1),
  year: z.coerce.number().int(),
  entity_code: z.string().min(1),
  entity_name: z.string().min(1),
  unit_kind: z.string().min(1),
  unit_name: z.string().min(1),
  score: optionalNumber,
  zone: optionalZone,
  opinion: z.string(),
  source_url: z.string(),
  note: z.string(),
});

const aggregateRow = z.object({
  year: z.coerce.number().int(),
  category: z.string().min(1),
  assessed_count: optionalCount,
  green: optionalCount,
  yellow: optionalCount,
  red: optionalCount,
  source_url: z.string(),
  note: z.string(),
});

/** The shipped files and the import origin that names this version of them. */
export interface ShippedData {
  files: Record<ShippedFile, string>;
  /** "shipped:<hash of the files>": in `imports` once this version is loaded. */
  origin: string;
}

export function readShippedData(dir = shippedDataDir): ShippedData {
  const files = Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join(dir, f), "utf8")])) as Record<ShippedFile, string>;
  const hash = createHash("sha1");
  // Bumped when the way shipped rows are stored changes, so that stores load them again once.
  hash.update(SHIPPED_FORMAT);
  for (const f of FILES) hash.update(f).update(files[f]);
  return { files, origin: `shipped:${hash.digest("hex").slice(0, 16)}` };
}

/** Whether this version of the shipped data is in the store. */
export const shippedDataLoaded = (db: Db, shipped: ShippedData): Promise<boolean> => importExists(db, shipped.origin);

/** "Jawa Timur kab/kota (provincial subtotal)" -> the province's code. */
function subtotalProvince(label: string, provinces: { code: string; name: string }[]): string | null {
  const head = label.replace(/\(.*\)/, "").replace(/kab\/kota/i, "").trim().toLowerCase();
  return provinces.find((p) => p.name.toLowerCase() === `provinsi ${head}`)?.code ?? null;
}

async function writeUnitsAndAggregates(trx: Transaction<Database>, files: Record<ShippedFile, string>, importId: number) {
  const provinces = await readProvinces(trx);
  const unitRecords = parseCsv(files["units.csv"], Object.keys(unitRow.shape));
  const units = unitRecords.map((r) => unitRow.parse(r));
  const unitRows = units.map((u, i) => ({
    programme_id: u.programme,
    year: u.year,
    entity_code: u.entity_code,
    unit_kind: u.unit_kind,
    unit_name: u.unit_name,
    score: u.score,
    score_decimals: u.score === null ? null : printedDecimals(unitRecords[i]!.score),
    zone: u.zone,
    opinion: u.opinion || null,
    source_url: u.source_url,
    note: u.note,
    fingerprint: fingerprint([u.programme, u.year, u.entity_code, u.unit_kind, u.unit_name, u.score, u.zone, u.opinion, u.source_url]),
    import_id: importId,
  }));
  const aggregates = parseCsv(files["aggregates.csv"], Object.keys(aggregateRow.shape)).map((r) => aggregateRow.parse(r));
  const aggregateRows = aggregates.map((a) => {
    const isCategory = a.category === "total" || (CATEGORIES as readonly string[]).includes(a.category);
    const province = isCategory ? null : subtotalProvince(a.category, provinces);
    if (!isCategory && !province) throw new Error(`aggregates.csv: cannot tell the province of "${a.category}"`);
    return {
      programme_id: OMBUDSMAN,
      year: a.year,
      category: isCategory ? a.category : null,
      province_code: province,
      label: a.category,
      assessed_count: a.assessed_count,
      green: a.green,
      yellow: a.yellow,
      red: a.red,
      source_url: a.source_url,
      note: a.note,
      fingerprint: fingerprint([a.year, a.category, a.assessed_count, a.green, a.yellow, a.red, a.source_url]),
      import_id: importId,
    };
  });
  await insertUnitResults(trx, unitRows);
  await insertAggregates(trx, aggregateRows);
}

/**
 * Loads the gazetteer, the scales and the shipped data when this version of them is not
 * in the store yet. Idempotent: every write is an upsert or keyed by fingerprint. Run it under
 * the start-up lock (prepareStore), so that instances starting at once load it once.
 */
export async function ensureShippedData(db: Db, shipped: ShippedData = readShippedData()): Promise<{ loaded: boolean }> {
  if (await shippedDataLoaded(db, shipped)) return { loaded: false };
  const { files, origin } = shipped;

  const regions = await officialRegions();
  const institutions = institutionsFromCsv(files["institutions.csv"]);
  const results = parseCsvTable(files["results.csv"], RESULT_COLUMNS);
  const reported = results.records.map((r) => ({ code: r.entity_code ?? "", name: r.entity_name ?? "" }));
  const bodies = [...regions, ...institutions.bodies];
  const aliases = [...derivedAliases(bodies, reported), ...institutions.aliases, ...aliasesFromCsv(files["aliases.csv"])];
  await db.transaction().execute(async (trx) => {
    await writeGazetteer(trx, bodies, aliases);
    await writeScales(trx, JSON.parse(files["scales.json"]));
    await bumpDataVersion(trx);
  });
  const context = await loadValidationContext(db);
  await importResultRecords(db, results.records, {
    origin,
    rowNumbers: results.rowNumbers,
    context,
    withinTransaction: (trx, report) => writeUnitsAndAggregates(trx, files, report.importId ?? 0),
  });
  return { loaded: true };
}
