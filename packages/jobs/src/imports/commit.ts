import type { ContractRow, LocationRow, ProviderRow, TenantScope } from "@jeugdregie/domain";
import { insertLocations, writeAudit, type Tx } from "@jeugdregie/db";

export async function commitProviders(tx: Tx, scope: TenantScope, regionId: string, rows: ProviderRow[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insertInto("providers")
      .values(rows.slice(i, i + 1000).map((r) => ({ name: r.name, kvk: r.kvk, agb: r.agb })))
      .execute();
  }
  await writeAudit(tx, scope, {
    action: "create",
    entity: "provider",
    regionId,
    details: { imported: rows.length, kvk: rows.map((r) => r.kvk) },
  });
}

export async function commitLocations(tx: Tx, scope: TenantScope, regionId: string, rows: LocationRow[]) {
  const ids = await insertLocations(tx, regionId, rows);
  await writeAudit(tx, scope, { action: "create", entity: "location", regionId, details: { imported: ids.length } });
}

/** Rows that share provider, segment, role, financing, period and revision clause form one contract. */
export async function commitContracts(tx: Tx, scope: TenantScope, regionId: string, rows: ContractRow[]) {
  const groups = new Map<string, ContractRow[]>();
  for (const row of rows) {
    const key = [row.providerId, row.segmentId, row.providerRole, row.financingForm, row.startsOn, row.endsOn, row.revisionClause].join(
      "|",
    );
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const products of groups.values()) {
    const first = products[0]!;
    const contract = await tx
      .insertInto("contracts")
      .values({
        region_id: regionId,
        provider_id: first.providerId,
        segment_id: first.segmentId,
        provider_role: first.providerRole,
        financing_form: first.financingForm,
        starts_on: first.startsOn,
        ends_on: first.endsOn,
        revision_clause: first.revisionClause,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("contract_products")
      .values(
        products.map((p) => ({
          region_id: regionId,
          contract_id: contract.id,
          provider_id: p.providerId,
          product_code: p.productCode,
          product_category: p.productCategory,
          unit: p.unit,
          tariff_cents: p.tariffCents,
          intensity_band: p.intensityBand,
          starts_on: p.startsOn,
          ends_on: p.endsOn,
        })),
      )
      .execute();
  }
  await writeAudit(tx, scope, {
    action: "create",
    entity: "contract",
    regionId,
    details: { imported: groups.size, products: rows.length },
  });
}
