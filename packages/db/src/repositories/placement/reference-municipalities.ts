import type { Tx } from "../../tenant.ts";

/** The country's municipalities by name (public CBS reference data), for the home-municipality picker. */
export async function referenceMunicipalities(tx: Tx) {
  return tx.selectFrom("reference_municipalities").select(["code", "name"]).orderBy("name").execute();
}

/** Whether a municipality code is one of the country's municipalities. */
export async function isReferenceMunicipality(tx: Tx, code: string): Promise<boolean> {
  const found = await tx.selectFrom("reference_municipalities").select("code").where("code", "=", code).executeTakeFirst();
  return Boolean(found);
}
