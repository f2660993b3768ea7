export const REFERRER_KINDS = {
  "01": "Gemeente (lokaal team)",
  "04": "Gecertificeerde instelling (GI)",
  "02": "Huisarts",
  "03": "Jeugdarts",
  "05": "Medisch specialist",
  "08": "Rechter / OvJ",
} as const;
export const GENDERS = { "1": "Jongen", "2": "Meisje", "0": "Onbekend / anders" } as const;
/** In the order a form offers them (object keys that look like numbers would sort). */
export const GENDER_OPTIONS = [
  ["1", "Jongen"],
  ["2", "Meisje"],
  ["0", "Onbekend / anders"],
] as const;
export const URGENCY = { regular: "Regulier", crisis: "Crisis" } as const;
