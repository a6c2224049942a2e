import type { Db } from "../store/connection.js";
import type { ValidationContext } from "./result-rows.js";

export async function loadValidationContext(db: Db): Promise<ValidationContext> {
  const [bodies, programmes, years, bands] = await Promise.all([
    db.selectFrom("bodies").select(["code", "category"]).execute(),
    db.selectFrom("programmes").select(["id", "scale_min", "scale_max"]).execute(),
    db.selectFrom("programme_years").select(["programme_id", "year", "assessed"]).execute(),
    db.selectFrom("scale_bands").select(["programme_id", "grade"]).where("grade", "is not", null).execute(),
  ]);
  const ctx: ValidationContext = {
    bodies: new Map(bodies.map((b) => [b.code, { category: b.category }])),
    provinces: new Set(bodies.filter((b) => b.category === "provinsi").map((b) => b.code)),
    programmes: new Map(
      programmes.map((p) => [p.id, { scaleMin: p.scale_min, scaleMax: p.scale_max, grades: new Set<string>(), assessedYears: new Set<number>() }]),
    ),
  };
  for (const y of years) if (y.assessed) ctx.programmes.get(y.programme_id)?.assessedYears.add(y.year);
  for (const b of bands) if (b.grade) ctx.programmes.get(b.programme_id)?.grades.add(b.grade);
  return ctx;
}
