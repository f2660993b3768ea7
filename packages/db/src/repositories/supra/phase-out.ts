import { sql } from "kysely";
import { AppError, phaseOutWarnings, validatePhaseOutPlan, type PhaseOutYear, type TenantScope } from "@jeugdregie/domain";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { anyOfIds } from "../../any-of.ts";

const outsideMessage = {
  nl: "Deze aanbieder heeft geen gesloten plekken in dit bovenregionaal verband: een afbouwplan kan hier niet.",
  en: "This provider has no closed care in this supra region: no phase-out plan here.",
};
// Another tenant's provider, as the supra coordinator sees it: not found in this pool.
const outsideSupraRegion = () => new AppError("NOT_FOUND", outsideMessage);

/** Plan against reality per provider with closed care in the pool, for one year, with warnings; a page by provider name. */
export async function phaseOutOverview(tx: Tx, supraRegionId: string, year: number, page: PageRequest = {}) {
  const pool = tx
    .selectFrom(
      sql<{
        provider_id: string;
        provider_name: string;
        capacity: number;
        occupied: number;
      }>`app.closed_care_by_provider(${supraRegionId})`.as("c"),
    )
    .select(["c.provider_id", "c.provider_name", "c.capacity", "c.occupied"]);
  const keys = [
    { expr: sql`c.provider_name`, type: "text" as const },
    { expr: sql`c.provider_id`, type: "uuid" as const },
  ];
  const { items: rows, nextCursor } = await keysetPage(pool, keys, "asc", page);
  const ids = rows.map((r) => r.provider_id);
  const plans =
    ids.length === 0
      ? []
      : await tx
          .selectFrom("phase_out_plans")
          .selectAll()
          .where("supra_region_id", "=", supraRegionId)
          .where(anyOfIds("provider_id", ids))
          .orderBy("year")
          .execute();
  const items = rows.map((r) => {
    const own = plans.filter((p) => p.provider_id === r.provider_id);
    const planned = own.find((p) => p.year === year)?.planned_places ?? null;
    const minViablePct = own[0]?.min_viable_pct ?? 70;
    return {
      providerId: r.provider_id,
      providerName: r.provider_name,
      capacity: r.capacity,
      occupied: r.occupied,
      planned,
      minViablePct,
      plan: own.map((p) => ({ year: p.year, places: p.planned_places })),
      warnings: phaseOutWarnings({ planned, capacity: r.capacity, occupied: r.occupied, minViablePct }),
    };
  });
  return { items, nextCursor };
}

export async function savePhaseOutPlan(
  tx: Tx,
  scope: TenantScope,
  supraRegionId: string,
  providerId: string,
  plan: PhaseOutYear[],
  minViablePct: number,
) {
  validatePhaseOutPlan(plan, minViablePct);
  // Only the providers the overview shows: closed care in this supra region (the database refuses others too).
  const { rows: inPool } = await sql<{ provider_id: string }>`
    select provider_id from app.closed_care_by_provider(${supraRegionId}) where provider_id = ${providerId}`.execute(tx);
  if (inPool.length === 0) throw outsideSupraRegion();
  await tx.deleteFrom("phase_out_plans").where("supra_region_id", "=", supraRegionId).where("provider_id", "=", providerId).execute();
  if (plan.length > 0) {
    await tx
      .insertInto("phase_out_plans")
      .values(
        plan.map((p) => ({
          supra_region_id: supraRegionId,
          provider_id: providerId,
          year: p.year,
          planned_places: p.places,
          min_viable_pct: minViablePct,
        })),
      )
      .execute()
      .catch((error: unknown) => {
        throw mapConstraintError(error, { phase_out_plans_provider_in_supra: { ...outsideMessage, code: "NOT_FOUND" } });
      });
  }
  await writeAudit(tx, scope, {
    action: "update",
    entity: "phase_out_plan",
    entityId: providerId,
    regionId: null,
    details: { supraRegionId, plan, minViablePct },
  });
}
