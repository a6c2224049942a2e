import { getProvinces, getRegencies } from "idn-area-data";
import { z } from "zod";
import { derivedRegionForms, splitRegionName, titleCaseOfficial } from "../domain/names.js";
import type { Category } from "../domain/vocabulary.js";
import { parseCsv } from "./csv.js";

const institutionRow = z.object({
  code: z.string().regex(/^KL\.[A-Z0-9]+$/),
  category: z.enum(["kementerian", "lembaga"]),
  name: z.string().min(1),
  short_names: z.string(),
});

const aliasRow = z.object({
  alias: z.string().min(1),
  code: z.string().min(1),
  kind: z.string().min(1),
  verified: z.enum(["yes", "no"]),
  source_url: z.string(),
});

export interface GazetteerBody {
  code: string;
  name: string;
  category: Category;
  province_code: string | null;
}

export interface GazetteerAlias {
  alias: string;
  code: string;
  kind: string;
  verified: number;
  source_url: string | null;
}

/** Provinces and regencies from idn-area-data (the official Kemendagri list), with display names. */
export async function officialRegions(): Promise<GazetteerBody[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const bodies: GazetteerBody[] = provinces.map((p) => ({
    code: p.code,
    name: `Provinsi ${titleCaseOfficial(p.name)}`,
    category: "provinsi",
    province_code: p.code,
  }));
  for (const r of regencies) {
    const name = titleCaseOfficial(r.name);
    const { category } = splitRegionName(name);
    if (category !== "kabupaten" && category !== "kota") throw new Error(`idn-area-data: unexpected regency name ${r.name}`);
    bodies.push({ code: r.code, name, category, province_code: r.province_code });
  }
  return bodies;
}

export function institutionsFromCsv(text: string): { bodies: GazetteerBody[]; aliases: GazetteerAlias[] } {
  const rows = parseCsv(text, ["code", "category", "name", "short_names"]).map((r) => institutionRow.parse(r));
  return {
    bodies: rows.map((r) => ({ code: r.code, name: r.name, category: r.category, province_code: null })),
    aliases: rows.flatMap((r) =>
      r.short_names
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean)
        .map((alias) => ({ alias, code: r.code, kind: "short", verified: 1, source_url: null })),
    ),
  };
}

export function aliasesFromCsv(text: string): GazetteerAlias[] {
  return parseCsv(text, ["alias", "code", "kind", "verified", "source_url"]).map((r) => {
    const row = aliasRow.parse(r);
    return { alias: row.alias, code: row.code, kind: "alias", verified: row.verified === "yes" ? 1 : 0, source_url: row.source_url || null };
  });
}

/** Official names, their derived forms, and the spellings the reports use (entity_name), as aliases. */
export function derivedAliases(bodies: GazetteerBody[], reportedNames: { code: string; name: string }[]): GazetteerAlias[] {
  const out: GazetteerAlias[] = [];
  const add = (alias: string, code: string, kind: string) => out.push({ alias, code, kind, verified: 1, source_url: null });
  const byCode = new Map(bodies.map((b) => [b.code, b]));
  for (const b of bodies) {
    add(b.name, b.code, "official");
    const { bare } = splitRegionName(b.name);
    for (const form of derivedRegionForms(b.category, bare)) add(form, b.code, "derived");
  }
  for (const { code, name } of reportedNames) {
    const body = byCode.get(code);
    if (!body || body.name === name) continue;
    add(name, code, "variant");
    const { bare } = splitRegionName(name);
    if (bare !== name) for (const form of derivedRegionForms(body.category, bare)) add(form, code, "variant");
  }
  return out;
}
