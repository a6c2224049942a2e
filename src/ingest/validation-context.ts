import type { Db } from "../store/connection.js";
import { readValidationRows } from "../store/results.js";
import type { ValidationContext } from "./result-rows.js";

export async function loadValidationContext(db: Db): Promise<ValidationContext> {
  const { bodies, programmes, years, bands } = await readValidationRows(db);
  const ctx: ValidationContext = {
    bodies: new Map(bodies.map((b) => [b.code, { category: b.category, provinceCode: b.province_code }])),
    provinces: new Set(bodies.filter((b) => b.category === "provinsi").map((b) => b.code)),
    programmes: new Map(programmes.map((p) => [p.id, { scaleMin: p.scale_min, scaleMax: p.scale_max, years: new Map() }])),
  };
  for (const y of years) {
    if (y.assessed) ctx.programmes.get(y.programme_id)?.years.set(y.year, { grades: new Set(), zones: new Set() });
  }
  // Grades and zones are per year: A-E only from 2022, "hitam" only in 2025, none for KemenPAN-RB zones.
  for (const b of bands) {
    const rules = ctx.programmes.get(b.programme_id)?.years.get(b.year);
    if (b.grade) rules?.grades.add(b.grade);
    if (b.zone) rules?.zones.add(b.zone);
  }
  return ctx;
}
