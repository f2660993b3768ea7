import { sql } from "kysely";
import type { ContractedPlaces, FinancingForm } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

export interface ContractOfYear {
  contractId: string;
  providerId: string;
  providerName: string;
  financingForm: FinancingForm;
  startsOn: string;
  endsOn: string;
  guaranteeAmountCents: number | null;
}

/** A page of the region's confirmed contracts that touch the year, by provider name. */
export async function contractsOfYear(tx: Tx, regionId: string, year: number, page: PageRequest): Promise<Page<ContractOfYear>> {
  const query = tx
    .selectFrom("contracts as c")
    .innerJoin("providers as p", "p.id", "c.provider_id")
    .select(["c.id", "c.provider_id", "p.name", "c.financing_form", "c.starts_on", "c.ends_on", "c.guarantee_amount_cents"])
    .where("c.region_id", "=", regionId)
    .where("c.status", "=", "confirmed")
    .where("c.starts_on", "<=", `${year}-12-31`)
    .where("c.ends_on", ">=", `${year}-01-01`);
  const keys = [
    { expr: sql`p.name`, type: "text" as const },
    { expr: sql`c.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return {
    items: items.map((r) => ({
      contractId: r.id,
      providerId: r.provider_id,
      providerName: r.name,
      financingForm: r.financing_form,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      guaranteeAmountCents: r.guarantee_amount_cents === null ? null : Number(r.guarantee_amount_cents),
    })),
    nextCursor,
  };
}

/** The places a provider holds in the region (locations in use), with their bands: what capacity financing pays for. */
export async function providerPlacesInRegion(tx: Tx, regionId: string, providerId: string): Promise<ContractedPlaces[]> {
  const rows = await tx
    .selectFrom("locations")
    .select(["capacity", "intensity_band"])
    .where("region_id", "=", regionId)
    .where("provider_id", "=", providerId)
    .where("deactivated_at", "is", null)
    .execute();
  return rows.map((r) => ({ places: r.capacity, band: r.intensity_band }));
}
