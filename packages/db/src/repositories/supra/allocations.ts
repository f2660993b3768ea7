import { sql } from "kysely";
import { assertAllocationsFit, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

export async function poolCapacity(tx: Tx, supraRegionId: string, careType: string): Promise<number> {
  const { rows } = await sql<{ capacity: number }>`select app.pool_capacity(${supraRegionId}, ${careType}) as capacity`.execute(tx);
  return rows[0]?.capacity ?? 0;
}

/** Per pooled care type: the pool's capacity and, per member region, its allocation and use now. */
export async function listAllocations(tx: Tx, supraRegionId: string, year: number) {
  const careTypes = await tx
    .selectFrom("supra_region_care_types")
    .select("care_type")
    .where("supra_region_id", "=", supraRegionId)
    .orderBy("care_type")
    .execute();
  const members = await tx
    .selectFrom("supra_region_members as m")
    .innerJoin("regions as r", "r.id", "m.region_id")
    .select(["r.id", "r.name"])
    .where("m.supra_region_id", "=", supraRegionId)
    .orderBy("r.name")
    .execute();
  const allocations = await tx
    .selectFrom("supra_allocations")
    .selectAll()
    .where("supra_region_id", "=", supraRegionId)
    .where("year", "=", year)
    .execute();
  return Promise.all(
    careTypes.map(async ({ care_type }) => {
      const { rows: use } = await sql<{
        region_id: string;
        used: number;
      }>`select * from app.pool_use(${supraRegionId}, ${care_type})`.execute(tx);
      return {
        careType: care_type,
        capacity: await poolCapacity(tx, supraRegionId, care_type),
        regions: members.map((m) => {
          const allocated = allocations.find((a) => a.care_type === care_type && a.region_id === m.id)?.places ?? null;
          const used = use.find((u) => u.region_id === m.id)?.used ?? 0;
          return { regionId: m.id, regionName: m.name, allocated, used, over: allocated !== null && used > allocated };
        }),
      };
    }),
  );
}

export async function saveAllocations(
  tx: Tx,
  scope: TenantScope,
  supraRegionId: string,
  careType: string,
  year: number,
  allocations: { regionId: string; places: number }[],
) {
  assertAllocationsFit(allocations, await poolCapacity(tx, supraRegionId, careType));
  const before = await tx
    .selectFrom("supra_allocations")
    .select(["region_id", "places"])
    .where("supra_region_id", "=", supraRegionId)
    .where("care_type", "=", careType)
    .where("year", "=", year)
    .execute();
  try {
    await tx
      .deleteFrom("supra_allocations")
      .where("supra_region_id", "=", supraRegionId)
      .where("care_type", "=", careType)
      .where("year", "=", year)
      .execute();
    if (allocations.length > 0) {
      await tx
        .insertInto("supra_allocations")
        .values(
          allocations.map((a) => ({ supra_region_id: supraRegionId, care_type: careType, year, region_id: a.regionId, places: a.places })),
        )
        .execute();
    }
  } catch (error) {
    throw mapConstraintError(error, {
      supra_allocations_supra_region_id_care_type_fkey: {
        nl: `Zorgvorm ${careType} wordt in dit verband niet gedeeld.`,
        en: `Care type ${careType} is not pooled in this supra region.`,
        code: "BAD_INPUT",
      },
      supra_allocations_supra_region_id_region_id_fkey: {
        nl: "Deze regio hoort niet bij dit bovenregionaal verband.",
        en: "This region is not a member of this supra region.",
        code: "NOT_FOUND",
      },
    });
  }
  await writeAudit(tx, scope, {
    action: "update",
    entity: "supra_allocation",
    entityId: `${careType}/${year}`,
    regionId: null,
    details: { supraRegionId, before, after: allocations },
  });
}

/** For a coordinator about to offer a pooled place: the region's allocation this year and its use. */
export async function regionAllocation(tx: Tx, regionId: string, careType: string, year: number) {
  const allocation = await tx
    .selectFrom("supra_allocations")
    .select(["supra_region_id", "places"])
    .where("region_id", "=", regionId)
    .where("care_type", "=", careType)
    .where("year", "=", year)
    .executeTakeFirst();
  if (!allocation) return null;
  const { rows } = await sql<{
    region_id: string;
    used: number;
  }>`select * from app.pool_use(${allocation.supra_region_id}, ${careType})`.execute(tx);
  return { allocated: allocation.places, used: rows.find((r) => r.region_id === regionId)?.used ?? 0 };
}

export async function overAllocations(tx: Tx) {
  const { rows } = await sql<{
    region_name: string;
    care_type: string;
    reason: string;
    sent_at: Date;
  }>`select * from app.pool_over_allocations()`.execute(tx);
  return rows;
}
