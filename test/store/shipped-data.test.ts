import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { getProvinces, getRegencies } from "idn-area-data";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shippedDataDir } from "../../src/ingest/shipped-data.js";
import type { Db } from "../../src/store/connection.js";
import { openStore } from "../../src/store/open-store.js";
import { tempStore } from "../helpers/temp-store.js";

let store: Awaited<ReturnType<typeof tempStore>>;
let db: Db;
beforeAll(async () => {
  store = await tempStore();
  db = store.db;
});
afterAll(async () => store.cleanup());

const shippedCsv = (name: string) =>
  parse(fs.readFileSync(path.join(shippedDataDir, name), "utf8"), { columns: true, bom: true }) as Record<string, string>[];
const count = async (table: "results" | "unit_results" | "aggregates" | "imports" | "aliases" | "bodies") =>
  Number((await db.selectFrom(table).select(db.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("the gazetteer", () => {
  it("has the 38 provinces and 514 regencies and cities of idn-area-data, with their codes and provinces", async () => {
    const bodies = await db.selectFrom("bodies").selectAll().execute();
    const provinces = bodies.filter((b) => b.category === "provinsi");
    const regions = bodies.filter((b) => b.category === "kabupaten" || b.category === "kota");
    expect(provinces).toHaveLength(38);
    expect(regions).toHaveLength(514);
    const official = await getRegencies();
    expect(regions.map((r) => [r.code, r.province_code]).sort()).toEqual(official.map((r) => [r.code, r.province_code]).sort());
    expect(provinces.map((p) => p.code).sort()).toEqual((await getProvinces()).map((p) => p.code).sort());
    expect(bodies.find((b) => b.code === "18.03")).toEqual({ code: "18.03", name: "Kabupaten Lampung Utara", category: "kabupaten", province_code: "18" });
    expect(bodies.find((b) => b.code === "18.72")).toMatchObject({ name: "Kota Metro", category: "kota" });
    expect(bodies.find((b) => b.code === "18")).toMatchObject({ name: "Provinsi Lampung", province_code: "18" });
  });

  it("has the 37 ministries and agencies of institutions.csv, without a province", async () => {
    const institutions = await db.selectFrom("bodies").selectAll().where("category", "in", ["kementerian", "lembaga"]).execute();
    expect(institutions).toHaveLength(37);
    expect(institutions.every((b) => b.code.startsWith("KL.") && b.province_code === null)).toBe(true);
    expect(institutions.map((b) => b.code).sort()).toEqual(shippedCsv("institutions.csv").map((r) => r.code).sort());
  });

  it("knows the derived forms of names, the short names and the aliases of aliases.csv", async () => {
    const aliases = await db.selectFrom("aliases").select(["alias", "code", "kind"]).execute();
    const codeOf = (alias: string) => aliases.filter((a) => a.alias === alias).map((a) => a.code);
    expect(codeOf("Lampung Utara")).toEqual(["18.03"]);
    expect(codeOf("Kab. Lampung Utara")).toEqual(["18.03"]);
    expect(codeOf("Pemkab Lampung Utara")).toEqual(["18.03"]);
    expect(codeOf("Pemkot Metro")).toEqual(["18.72"]);
    expect(codeOf("Pemko Medan")).toEqual(["12.71"]);
    expect(codeOf("Prov. Lampung")).toEqual(["18"]);
    expect(codeOf("Kemenlu")).toEqual(["KL.KEMLU"]);
    expect(aliases).toContainEqual({ alias: "Lampura", code: "18.03", kind: "alias" });
    const fromCsv = shippedCsv("aliases.csv");
    const stored = new Set(aliases.map((a) => `${a.alias}|${a.code}`));
    expect(fromCsv.filter((r) => !stored.has(`${r.alias}|${r.code}`))).toEqual([]);
  });
});

describe("the programmes", () => {
  it("has Ombudsman years 2015-2025: no round in 2020, 2025 sampled, the method changing in 2022 and 2025", async () => {
    const years = await db
      .selectFrom("programme_years")
      .select(["year", "assessed", "sampled", "method"])
      .where("programme_id", "=", "ombudsman-kepatuhan")
      .orderBy("year")
      .execute();
    expect(years.map((y) => y.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(years.filter((y) => !y.assessed).map((y) => y.year)).toEqual([2020]);
    expect(years.filter((y) => y.sampled).map((y) => y.year)).toEqual([2025]);
    const method = (year: number) => years.find((y) => y.year === year)?.method;
    expect(new Set([2015, 2016, 2017, 2018, 2019, 2021].map(method)).size).toBe(1);
    expect(new Set([2022, 2023, 2024].map(method)).size).toBe(1);
    expect(new Set([method(2019), method(2022), method(2025)]).size).toBe(3);
  });

  it("has the scales: 0-100 for Ombudsman, 0-5 for KemenPAN-RB's index, with grades A-E from 2022", async () => {
    const programmes = await db.selectFrom("programmes").select(["id", "scale_min", "scale_max"]).orderBy("id").execute();
    expect(programmes).toEqual([
      { id: "kemenpanrb-ipp", scale_min: 0, scale_max: 5 },
      { id: "ombudsman-kepatuhan", scale_min: 0, scale_max: 100 },
    ]);
    const grades2023 = await db.selectFrom("scale_bands").select("grade").where("programme_id", "=", "ombudsman-kepatuhan").where("year", "=", 2023).orderBy("position").execute();
    expect(grades2023.map((b) => b.grade)).toEqual(["A", "B", "C", "D", "E"]);
  });
});

describe("the shipped results", () => {
  it("loads all 2030 results, 244 unit results and 52 aggregates, in one recorded import", async () => {
    expect(await count("results")).toBe(2030);
    expect(await count("unit_results")).toBe(244);
    expect(await count("aggregates")).toBe(52);
    const imports = await db.selectFrom("imports").selectAll().execute();
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ added: 2030, unchanged: 0 });
    expect(imports[0]!.origin).toMatch(/^shipped:[0-9a-f]{16}$/);
  });

  it("keeps each row with its source", async () => {
    // Rows of the CSV have text values, rows of the store numbers: compare them as text.
    const key = (r: Record<string, unknown>) => `${String(r.entity_code)}|${String(r.year)}|${String(r.source_url)}`;
    const stored = await db.selectFrom("results").select(["entity_code", "year", "source_url"]).execute();
    expect(stored.map(key).sort()).toEqual(shippedCsv("results.csv").map(key).sort());
    const units = await db.selectFrom("unit_results").select(["entity_code", "year", "source_url"]).execute();
    expect(units.map(key).sort()).toEqual(shippedCsv("units.csv").map(key).sort());
    const aggregates = await db.selectFrom("aggregates").select(["year", "label", "source_url"]).execute();
    const aggKey = (r: Record<string, unknown>) => `${String(r.year)}|${String(r.label ?? r.category)}|${String(r.source_url)}`;
    expect(aggregates.map(aggKey).sort()).toEqual(shippedCsv("aggregates.csv").map(aggKey).sort());
    const importIds = await db.selectFrom("results").select("import_id").distinct().execute();
    expect(importIds).toHaveLength(1);
  });

  it("loads nothing again when the same file is opened a second time", async () => {
    const before = { results: await count("results"), aliases: await count("aliases"), bodies: await count("bodies"), imports: await count("imports") };
    const second = await openStore(store.target);
    try {
      const again = async (t: keyof typeof before) => Number((await second.selectFrom(t).select(second.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
      expect({ results: await again("results"), aliases: await again("aliases"), bodies: await again("bodies"), imports: await again("imports") }).toEqual(before);
    } finally {
      await second.destroy();
    }
  });
});

describe("the connection", () => {
  it("enforces foreign keys", async () => {
    await expect(db.insertInto("aliases").values({ alias: "Nowhere", code: "99.99", kind: "alias", verified: 0, source_url: null }).execute()).rejects.toThrow(
      /FOREIGN KEY|foreign key/,
    );
  });

  // SQLite's own settings (PostgreSQL needs none of them).
  it.runIf(!process.env.DATABASE_URL)("uses WAL on SQLite", async () => {
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
    expect(mode.rows[0]?.journal_mode).toBe("wal");
    const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db);
    expect(fk.rows[0]?.foreign_keys).toBe(1);
  });
});
