import { sql } from "kysely";
import type { SettlementStatus } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

export interface ProviderSettlement {
  id: string;
  regionId: string;
  regionName: string;
  year: number;
  guaranteeCents: number;
  pxqCents: number;
  countedCents: number;
  settlementCents: number;
  status: SettlementStatus;
}

/** The guarantee settlements that concern the provider (its policy shows only its own), newest year first. */
export async function providerSettlements(tx: Tx, providerId: string, page: PageRequest): Promise<Page<ProviderSettlement>> {
  const query = tx
    .selectFrom("settlements as s")
    .innerJoin("regions as rg", "rg.id", "s.region_id")
    .select([
      "s.id",
      "s.region_id",
      "rg.name",
      "s.period_year",
      "s.guarantee_cents",
      "s.pxq_cents",
      "s.counted_cents",
      "s.settlement_cents",
      "s.status",
    ])
    .where("s.provider_id", "=", providerId);
  const { items, nextCursor } = await keysetPage(
    query,
    [
      { expr: sql`(-s.period_year)`, type: "int8" },
      { expr: sql`rg.name`, type: "text" },
      { expr: sql`s.id`, type: "uuid" },
    ],
    "asc",
    page,
  );
  return {
    items: items.map((r) => ({
      id: r.id,
      regionId: r.region_id,
      regionName: r.name,
      year: r.period_year,
      guaranteeCents: Number(r.guarantee_cents),
      pxqCents: Number(r.pxq_cents),
      countedCents: Number(r.counted_cents),
      settlementCents: Number(r.settlement_cents),
      status: r.status as SettlementStatus,
    })),
    nextCursor,
  };
}
