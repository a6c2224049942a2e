/** Categories of assessed bodies: national rankings are always within one. */
export const CATEGORIES = ["provinsi", "kabupaten", "kota", "kementerian", "lembaga"] as const;
export type Category = (typeof CATEGORIES)[number];

export const ZONES = ["hijau", "kuning", "merah", "hitam"] as const;
export type Zone = (typeof ZONES)[number];

/** Whether a result row speaks of one body, or of a group of them ("all kab/kota of X got A"). */
export const STATEMENTS = ["entity", "group"] as const;
export type Statement = (typeof STATEMENTS)[number];
