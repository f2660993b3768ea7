/** Zorgvormen (design glossary). Codes are stable identifiers stored in the database. */
export const CARE_TYPES = [
  "jeugdzorgplus",
  "driemilieus",
  "behandelgroep",
  "gezinshuis",
  "kleinschalige_woonvoorziening",
  "crisisplek",
  "deeltijdverblijf",
  "intensief_ambulant",
] as const;

export type CareType = (typeof CARE_TYPES)[number];

export const CARE_TYPE_LABELS: Record<CareType, { nl: string; en: string }> = {
  jeugdzorgplus: { nl: "JeugdzorgPlus (gesloten)", en: "JeugdzorgPlus (secure care)" },
  driemilieus: { nl: "Driemilieuvoorziening", en: "Three-milieu facility" },
  behandelgroep: { nl: "Behandelgroep", en: "Treatment group" },
  gezinshuis: { nl: "Gezinshuis", en: "Family-style home" },
  kleinschalige_woonvoorziening: { nl: "Kleinschalige woonvoorziening", en: "Small-scale residential home" },
  crisisplek: { nl: "Crisisplek", en: "Crisis place" },
  deeltijdverblijf: { nl: "Deeltijdverblijf", en: "Part-time residential care" },
  intensief_ambulant: { nl: "Intensief ambulant", en: "Intensive outpatient care" },
};

export function isCareType(value: string): value is CareType {
  return (CARE_TYPES as readonly string[]).includes(value);
}

/** Intensity bands K..Z (seeds/001 §4.3.2): tariff per etmaal by staffing hours per client per day. */
export const INTENSITY_BANDS = ["K", "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z"] as const;
export type IntensityBand = (typeof INTENSITY_BANDS)[number];
