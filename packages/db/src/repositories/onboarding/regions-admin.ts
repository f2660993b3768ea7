import { sql } from "kysely";
import type { RegionCounts, TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { writeAudit } from "../audit.ts";

/** Creates a region tenant (platform admin only: RLS refuses anyone else). */
export async function createRegion(tx: Tx, scope: TenantScope, input: { code: string; name: string }) {
  try {
    const region = await tx.insertInto("regions").values(input).returning(["id", "code", "name"]).executeTakeFirstOrThrow();
    await writeAudit(tx, scope, { action: "create", entity: "region", entityId: region.id, regionId: null, details: { after: input } });
    return region;
  } catch (error) {
    throw mapConstraintError(error, {
      regions_code_key: {
        nl: `Er bestaat al een regio met de code ${input.code}.`,
        en: `A region with code ${input.code} already exists.`,
      },
    });
  }
}

export async function regionCounts(tx: Tx, regionId: string): Promise<RegionCounts> {
  const row = await sql<{
    municipalities: string;
    settings: string;
    segments: string;
    providers: string;
    contracts: string;
    locations: string;
    invited: string;
  }>`select
      (select count(*) from municipalities where region_id = ${regionId}) as municipalities,
      (select count(*) from region_settings where region_id = ${regionId}) as settings,
      (select count(*) from segments where region_id = ${regionId}) as segments,
      (select count(distinct provider_id) from contracts where region_id = ${regionId}) as providers,
      (select count(*) from contracts where region_id = ${regionId}) as contracts,
      (select count(*) from locations where region_id = ${regionId}) as locations,
      (select count(*) from invitations where region_id = ${regionId} and role <> 'region_admin') as invited`.execute(tx);
  const r = row.rows[0]!;
  return {
    municipalities: Number(r.municipalities),
    settingsSaved: Number(r.settings) > 0,
    segments: Number(r.segments),
    contractedProviders: Number(r.providers),
    contracts: Number(r.contracts),
    locations: Number(r.locations),
    invitedUsers: Number(r.invited),
  };
}
