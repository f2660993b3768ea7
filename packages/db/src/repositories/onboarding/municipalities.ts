import { sql } from "kysely";
import { AppError, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

export interface MunicipalityChoice {
  code: string;
  name: string;
  province: string;
  jeugdzorgregio: string;
  /** The region that already holds it, if another one does. */
  takenBy: string | null;
  selected: boolean;
}

/**
 * All municipalities of the reference list, marked with the region holding each. Which region a
 * municipality belongs to is public (CBS); a security-definer function gives only that fact.
 */
export async function municipalityChoices(tx: Tx, regionId: string): Promise<MunicipalityChoice[]> {
  const rows = await sql<{
    code: string;
    name: string;
    province: string;
    jeugdzorgregio: string;
    holder_id: string | null;
    holder_name: string | null;
  }>`
    select r.code, r.name, r.province, r.jeugdzorgregio, t.region_id as holder_id, t.region_name as holder_name
    from reference_municipalities r left join app.municipality_holders() t on t.code = r.code
    order by r.name`.execute(tx);
  return rows.rows.map((r) => ({
    code: r.code,
    name: r.name,
    province: r.province,
    jeugdzorgregio: r.jeugdzorgregio,
    takenBy: r.holder_id && r.holder_id !== regionId ? r.holder_name : null,
    selected: r.holder_id === regionId,
  }));
}

/** Replaces the region's municipalities; refuses, naming them, any that another region holds. */
export async function setRegionMunicipalities(tx: Tx, scope: TenantScope, regionId: string, codes: string[]) {
  const choices = await municipalityChoices(tx, regionId);
  const byCode = new Map(choices.map((c) => [c.code, c]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length > 0) {
    throw new AppError("BAD_INPUT", {
      nl: `Onbekende gemeentecode: ${unknown.join(", ")}.`,
      en: `Unknown municipality code: ${unknown.join(", ")}.`,
    });
  }
  const taken = codes.map((c) => byCode.get(c)!).filter((c) => c.takenBy);
  if (taken.length > 0) {
    const list = taken.map((t) => `${t.name} (${t.takenBy})`).join(", ");
    throw new AppError("CONFLICT", {
      nl: `Een gemeente hoort bij hoogstens één regio. Al ingedeeld: ${list}.`,
      en: `A municipality belongs to at most one region. Already assigned: ${list}.`,
    });
  }
  const before = choices.filter((c) => c.selected).map((c) => c.code);
  const nameOf = (code: string) => byCode.get(code)!.name;
  const toAdd = codes.filter((c) => !before.includes(c));
  const toRemove = before.filter((c) => !codes.includes(c));
  if (toRemove.length > 0) await tx.deleteFrom("municipalities").where("region_id", "=", regionId).where("code", "in", toRemove).execute();
  if (toAdd.length > 0) {
    await tx
      .insertInto("municipalities")
      .values(toAdd.map((code) => ({ region_id: regionId, code, name: byCode.get(code)!.name })))
      .execute()
      .catch((error: unknown) => {
        // Another region took one of them between our check and this insert.
        throw mapConstraintError(error, {
          municipalities_code_key: {
            nl: "Een van deze gemeenten is zojuist door een andere regio ingedeeld. Laad de pagina opnieuw.",
            en: "One of these municipalities was just assigned to another region. Reload the page.",
          },
        });
      });
  }
  await writeAudit(tx, scope, {
    action: "update",
    entity: "region_municipalities",
    entityId: regionId,
    regionId,
    // By name: the audit log is read by people, not by CBS code.
    details: { before: before.map(nameOf).sort(), after: codes.map(nameOf).sort() },
  });
  return { added: toAdd.length, removed: toRemove.length };
}
