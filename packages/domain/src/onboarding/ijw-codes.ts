/**
 * iJw 3.2 code lists the platform shares concepts with (Zorginstituut Nederland), so that a
 * later JW315/JW301 exchange is a mapping, not a translation.
 */
export const IJW_UNITS: Record<string, string> = {
  "01": "Minuut",
  "04": "Uur",
  "14": "Etmaal",
  "16": "Dagdeel (4 uur)",
  "82": "Stuks (output)",
  "83": "Euro's",
  "84": "Stuks (inspanning)",
};

/** JZ020 product categories in use since 2018 (the 2015 categories 31..38 are not accepted). */
export const IJW_PRODUCT_CATEGORIES: Record<string, string> = {
  "40": "Persoonlijke verzorging",
  "41": "Dagbehandeling",
  "42": "Vervoerdiensten",
  "43": "Jeugdhulp verblijf (incl. behandeling)",
  "44": "Jeugdhulp verblijf (excl. behandeling)",
  "45": "Jeugdhulp ambulant",
  "46": "Jeugdhulp crisis",
  "47": "Jeugdreclassering",
  "48": "Jeugdbescherming",
  "49": "Activiteiten in het preventief justitieel kader",
  "50": "Maatwerkarrangementen jeugd",
  "51": "Generalistische basis-ggz",
  "52": "Specialistische ggz",
  "53": "Kindergeneeskunde",
  "54": "Jeugd-ggz",
  "55": "Landelijk ingekochte zorg",
};

export function isIjwUnit(code: string): boolean {
  return code in IJW_UNITS;
}

export function isIjwProductCategory(code: string): boolean {
  return code in IJW_PRODUCT_CATEGORIES;
}
