import type { ImportContext, ImportRecord } from "@jeugdregie/domain";
import { findProvidersByKvk, type Tx } from "@jeugdregie/db";

/** Everything row validation needs from the database, fetched once per import. */
export async function loadImportContext(tx: Tx, regionId: string, records: ImportRecord[]): Promise<ImportContext> {
  const kvks = records.flatMap((r) => [r.cells.kvk, r.cells.aanbieder_kvk]).filter((v): v is string => Boolean(v) && /^\d{8}$/.test(v!));
  const [providerIdByKvk, contracts, municipalities, segments, products] = await Promise.all([
    findProvidersByKvk(tx, kvks),
    tx.selectFrom("contracts").select("provider_id").distinct().where("region_id", "=", regionId).execute(),
    tx.selectFrom("municipalities").select("code").where("region_id", "=", regionId).execute(),
    tx.selectFrom("segments").select(["id", "name"]).where("region_id", "=", regionId).execute(),
    tx
      .selectFrom("contract_products")
      .select(["provider_id", "product_code", "starts_on", "ends_on"])
      .where("region_id", "=", regionId)
      .execute(),
  ]);
  const existingProductsByProvider = new Map<string, { productCode: string; startsOn: string; endsOn: string }[]>();
  for (const p of products) {
    const list = existingProductsByProvider.get(p.provider_id) ?? [];
    list.push({ productCode: p.product_code, startsOn: p.starts_on, endsOn: p.ends_on });
    existingProductsByProvider.set(p.provider_id, list);
  }
  return {
    providerIdByKvk,
    contractedProviderIds: new Set(contracts.map((c) => c.provider_id)),
    regionMunicipalities: new Set(municipalities.map((m) => m.code)),
    segmentIdByName: new Map(segments.map((s) => [s.name.toLowerCase(), s.id])),
    existingProductsByProvider,
  };
}
