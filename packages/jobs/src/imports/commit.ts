import type { ContractRow, LocationRow, ProviderRow, TenantScope } from "@jeugdregie/domain";
import { insertImportedContract, insertLocations, insertProviders, writeAudit, type Tx } from "@jeugdregie/db";

export async function commitProviders(tx: Tx, scope: TenantScope, regionId: string, rows: ProviderRow[]) {
  await insertProviders(tx, rows);
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
  for (const products of groups.values()) await insertImportedContract(tx, regionId, products);
  await writeAudit(tx, scope, {
    action: "create",
    entity: "contract",
    regionId,
    details: { imported: groups.size, products: rows.length },
  });
}
