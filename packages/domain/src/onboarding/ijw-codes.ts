/**
 * iJw 3.2 code lists the platform shares concepts with (Zorginstituut Nederland, iStandaarden
 * iJw 3.2: WJ756 eenheid, JZ020 productcategorie), so that a later JW315/JW301 exchange is a
 * mapping, not a translation. Copied into the project; the lists change with a new release.
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

/**
 * A product code (LDT_ProductCode) in the national product code list for youth care is the
 * product category (JZ020, two digits) followed by three digits or capitals: 43A01 is a product
 * of category 43. iJw refuses a code that does not belong to its category (retourcode S329), so
 * we do too: "ZZZZZ" or "99A01" is no product of any category, "44A01" no product of 43.
 */
export function productCodeProblem(code: string, category: string): { nl: string; en: string } | null {
  if (!/^[0-9]{2}[0-9A-Z]{3}$/.test(code))
    return {
      nl: `Productcode ${code || "(leeg)"} is geen iJw-productcode: twee cijfers van de productcategorie en dan drie cijfers of hoofdletters, zoals 43A01.`,
      en: `Product code ${code || "(empty)"} is not an iJw product code: the two digits of the product category and then three digits or capitals, like 43A01.`,
    };
  const prefix = code.slice(0, 2);
  if (!isIjwProductCategory(prefix))
    return {
      nl: `Productcode ${code} hoort bij geen productcategorie uit de iJw-codelijst (${prefix} bestaat niet).`,
      en: `Product code ${code} belongs to no product category of the iJw code list (${prefix} does not exist).`,
    };
  if (isIjwProductCategory(category) && prefix !== category)
    return {
      nl: `Productcode ${code} hoort bij categorie ${prefix}, niet bij de gekozen categorie ${category}.`,
      en: `Product code ${code} belongs to category ${prefix}, not to the chosen category ${category}.`,
    };
  return null;
}

const euro = (cents: number) => new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" }).format(cents / 100);

/** A contracted product in one line, as people read it: "43A01 (M) € 872,39/etmaal". */
export function productLine(p: { productCode: string; intensityBand?: string | null; tariffCents: number; unit: string }): string {
  const unit = IJW_UNITS[p.unit]?.toLowerCase() ?? p.unit;
  return `${p.productCode}${p.intensityBand ? ` (${p.intensityBand})` : ""} ${euro(p.tariffCents)}/${unit}`;
}
