import { sql } from "kysely";
import type { GuaranteeSettlement, SettlementStatus } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

/** One computed settlement as the worker writes it. */
export interface NewSettlement extends GuaranteeSettlement {
  contractId: string;
  providerId: string;
  periodStart: string;
  periodEnd: string;
  placementDays: number;
  unpricedDays: number;
}

export interface SettlementView {
  id: string;
  regionName: string;
  contractId: string;
  providerId: string;
  providerName: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  guaranteeCents: number;
  placementDays: number;
  unpricedDays: number;
  pxqCents: number;
  vacancyPercent: number;
  vacancyCents: number;
  countedCents: number;
  settlementCents: number;
  status: SettlementStatus;
  requestedBy: string;
  requestedByName: string | null;
  computedAt: Date;
  approvedByName: string | null;
  approvedAt: Date | null;
}

/**
 * Replaces the region's computed settlements of a year with these; an approved settlement stays
 * as it is (its contract's new figures are not written). Idempotent: the same inputs give the
 * same rows. Answers how many were written and how many contracts kept an approved settlement.
 */
export async function replaceComputedSettlements(
  tx: Tx,
  regionId: string,
  year: number,
  meta: { requestedBy: string; computedByJob: string },
  rows: readonly NewSettlement[],
): Promise<{ written: number; keptApproved: number }> {
  await tx
    .deleteFrom("settlements")
    .where("region_id", "=", regionId)
    .where("period_year", "=", year)
    .where("status", "=", "computed")
    .execute();
  if (rows.length === 0) return { written: 0, keptApproved: 0 };
  const written = await tx
    .insertInto("settlements")
    .values(
      rows.map((r) => ({
        region_id: regionId,
        contract_id: r.contractId,
        provider_id: r.providerId,
        period_year: year,
        period_start: r.periodStart,
        period_end: r.periodEnd,
        guarantee_cents: r.guaranteeCents,
        placement_days: r.placementDays,
        unpriced_days: r.unpricedDays,
        pxq_cents: r.pxqCents,
        vacancy_percent: r.vacancyPercent,
        vacancy_cents: r.vacancyCents,
        counted_cents: r.countedCents,
        settlement_cents: r.settlementCents,
        requested_by: meta.requestedBy,
        computed_by_job: meta.computedByJob,
      })),
    )
    .onConflict((oc) => oc.columns(["region_id", "contract_id", "period_year"]).doNothing())
    .returning("id")
    .execute();
  return { written: written.length, keptApproved: rows.length - written.length };
}

function settlementQuery(tx: Tx) {
  return tx
    .selectFrom("settlements as s")
    .innerJoin("providers as p", "p.id", "s.provider_id")
    .innerJoin("regions as r", "r.id", "s.region_id")
    .leftJoin("users as rq", "rq.id", "s.requested_by")
    .leftJoin("users as ap", "ap.id", "s.approved_by")
    .select([
      "s.id",
      "s.region_id",
      "r.name as region_name",
      "s.contract_id",
      "s.provider_id",
      "p.name as provider_name",
      "s.period_year",
      "s.period_start",
      "s.period_end",
      "s.guarantee_cents",
      "s.placement_days",
      "s.unpriced_days",
      "s.pxq_cents",
      "s.vacancy_percent",
      "s.vacancy_cents",
      "s.counted_cents",
      "s.settlement_cents",
      "s.status",
      "s.requested_by",
      "rq.display_name as requested_by_name",
      "s.computed_at",
      "ap.display_name as approved_by_name",
      "s.approved_at",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof settlementQuery>["executeTakeFirstOrThrow"]>>;

const toView = (r: Row): SettlementView => ({
  id: r.id,
  regionName: r.region_name,
  contractId: r.contract_id,
  providerId: r.provider_id,
  providerName: r.provider_name,
  year: r.period_year,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  guaranteeCents: Number(r.guarantee_cents),
  placementDays: r.placement_days,
  unpricedDays: r.unpriced_days,
  pxqCents: Number(r.pxq_cents),
  vacancyPercent: r.vacancy_percent,
  vacancyCents: Number(r.vacancy_cents),
  countedCents: Number(r.counted_cents),
  settlementCents: Number(r.settlement_cents),
  status: r.status,
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  computedAt: r.computed_at,
  approvedByName: r.approved_by_name,
  approvedAt: r.approved_at,
});

/** Whose settlements: a region's (its admin) or a provider's own in every region. */
export type SettlementOwner = { regionId: string } | { providerId: string };

/** One year's settlements, by provider name: a keyset page. */
export async function listSettlements(tx: Tx, owner: SettlementOwner, year: number, page: PageRequest): Promise<Page<SettlementView>> {
  let query = settlementQuery(tx).where("s.period_year", "=", year);
  query = "regionId" in owner ? query.where("s.region_id", "=", owner.regionId) : query.where("s.provider_id", "=", owner.providerId);
  const keys = [
    { expr: sql`p.name`, type: "text" as const },
    { expr: sql`s.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return { items: items.map(toView), nextCursor };
}

/** Every settlement of a region's year (one per guarantee contract), for the export. */
export async function settlementsOfYear(tx: Tx, regionId: string, year: number): Promise<SettlementView[]> {
  const rows = await settlementQuery(tx)
    .where("s.region_id", "=", regionId)
    .where("s.period_year", "=", year)
    .orderBy("p.name")
    .orderBy("s.id")
    .execute();
  return rows.map(toView);
}

export async function getSettlement(tx: Tx, regionId: string, settlementId: string): Promise<SettlementView | null> {
  const row = await settlementQuery(tx).where("s.region_id", "=", regionId).where("s.id", "=", settlementId).executeTakeFirst();
  return row ? toView(row) : null;
}

/** Approves a computed settlement; false when it is no longer there as computed (recomputed or approved meanwhile). */
export async function approveSettlement(tx: Tx, regionId: string, settlementId: string, approverId: string): Promise<boolean> {
  const result = await tx
    .updateTable("settlements")
    .set({ status: "approved", approved_by: approverId, approved_at: new Date() })
    .where("region_id", "=", regionId)
    .where("id", "=", settlementId)
    .where("status", "=", "computed")
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
