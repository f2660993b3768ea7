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

/** Every region the caller can see (the platform admin: all of them), by name. */
export async function listRegionsByName(tx: Tx) {
  return tx.selectFrom("regions").select(["id", "code", "name", "created_at"]).orderBy("name").execute();
}

interface SetupCountRow {
  region_id: string;
  municipalities: number;
  settings_saved: boolean;
  segments: number;
  contracted_providers: number;
  contracts: number;
  locations: number;
  users: number;
}

/**
 * What each region the caller administers holds (the platform admin: every region), in one
 * query: app.region_setup_counts counts rows the caller cannot read and returns only numbers.
 */
export async function regionSetupCounts(tx: Tx): Promise<Map<string, RegionCounts>> {
  const { rows } = await sql<SetupCountRow>`select * from app.region_setup_counts()`.execute(tx);
  return new Map(
    rows.map((r) => [
      r.region_id,
      {
        municipalities: r.municipalities,
        settingsSaved: r.settings_saved,
        segments: r.segments,
        contractedProviders: r.contracted_providers,
        contracts: r.contracts,
        locations: r.locations,
        users: r.users,
      },
    ]),
  );
}

const NOTHING_YET: RegionCounts = {
  municipalities: 0,
  settingsSaved: false,
  segments: 0,
  contractedProviders: 0,
  contracts: 0,
  locations: 0,
  users: 0,
};

/** One region's counts (its admin's wizard); a region the caller does not administer counts as empty. */
export async function regionCounts(tx: Tx, regionId: string): Promise<RegionCounts> {
  return (await regionSetupCounts(tx)).get(regionId) ?? NOTHING_YET;
}

/** The region's name, as its invitations and mails call it. */
export async function regionName(tx: Tx, regionId: string): Promise<string> {
  return (await tx.selectFrom("regions").select("name").where("id", "=", regionId).executeTakeFirstOrThrow()).name;
}
