/**
 * Provinces created after the first assessments: before `firstYear` their regencies were
 * assessed under the parent (Papua split in 2022; the first results under the new codes are 2023).
 */
const PROVINCE_SPLITS: { code: string; parent: string; firstYear: number }[] = [
  { code: "93", parent: "91", firstYear: 2023 },
  { code: "94", parent: "91", firstYear: 2023 },
  { code: "95", parent: "91", firstYear: 2023 },
  { code: "96", parent: "92", firstYear: 2023 },
];

/** The province a regency belonged to in an assessment year, from its current province. */
export function provinceAt(currentProvince: string, year: number): string {
  const split = PROVINCE_SPLITS.find((s) => s.code === currentProvince);
  return split && year < split.firstYear ? split.parent : currentProvince;
}

/** Whether a province existed (had its own assessment) in a year. */
export function provinceExisted(code: string, year: number): boolean {
  const split = PROVINCE_SPLITS.find((s) => s.code === code);
  return !split || year >= split.firstYear;
}
