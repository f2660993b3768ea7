/**
 * A BSN that already belongs to a child in the region: which of the details typed in now differ
 * from what is stored. Only the names of the fields leave this function, never the stored values.
 */
export interface ChildDetails {
  name: string | null;
  birthDate: string;
  gender: string;
  homeMunicipalityCode: string;
}

export type ChildField = "name" | "birthDate" | "gender" | "homeMunicipalityCode";

const normaliseName = (name: string | null) => (name ?? "").normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nl");

export function differingChildFields(stored: ChildDetails, typed: ChildDetails): ChildField[] {
  const fields: ChildField[] = [];
  // a name left empty says nothing; a name typed in must match
  if (normaliseName(typed.name) !== "" && normaliseName(typed.name) !== normaliseName(stored.name)) fields.push("name");
  if (stored.birthDate !== typed.birthDate) fields.push("birthDate");
  if (stored.gender !== typed.gender) fields.push("gender");
  if (stored.homeMunicipalityCode !== typed.homeMunicipalityCode) fields.push("homeMunicipalityCode");
  return fields;
}

export const CHILD_FIELD_LABELS: Record<ChildField, string> = {
  name: "naam",
  birthDate: "geboortedatum",
  gender: "geslacht",
  homeMunicipalityCode: "woongemeente",
};
