/** Programme ids used in the data files. */
export const OMBUDSMAN = "ombudsman-kepatuhan";
export const KEMENPANRB_IPP = "kemenpanrb-ipp";

export const PROGRAMMES = [
  {
    id: OMBUDSMAN,
    name_id: "Penilaian Kepatuhan Pelayanan Publik Ombudsman RI",
    name_en: "Ombudsman RI public-service compliance assessment",
    scalesPrefix: "ombudsman_",
  },
  {
    id: KEMENPANRB_IPP,
    name_id: "Evaluasi Pelayanan Publik KemenPAN-RB (Indeks Pelayanan Publik)",
    name_en: "KemenPAN-RB public-service evaluation (Public Service Index)",
    scalesPrefix: "kemenpanrb_ipp",
  },
] as const;

/**
 * Scale entries of scales.json that share one method: scores are comparable only within a method.
 * 2015-2019 and 2021 used the same standards-only method (domain.md); 2022 and 2025 changed it.
 */
export const METHOD_OF_SCALE: Record<string, string> = {
  ombudsman_kepatuhan_2015_2019: "ombudsman-standar",
  ombudsman_kepatuhan_2021: "ombudsman-standar",
  ombudsman_opini_kepatuhan_2022_2024: "ombudsman-opini",
  ombudsman_opini_maladministrasi_2025: "ombudsman-maladministrasi",
};

/** Scale entries whose round assessed only a sample of bodies. */
export const SAMPLED_SCALES = new Set(["ombudsman_opini_maladministrasi_2025"]);

/** Methods whose results carry no colour zone (Ombudsman said 2025 dropped them). */
export const ZONELESS_METHODS = new Set(["ombudsman-maladministrasi"]);
