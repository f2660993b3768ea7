import type { ContractRow, ImportContext, ImportLineError, ImportStatus, ProviderRow } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { findProvidersByKvk } from "./providers.ts";

/*
 * The queries of a CSV import (the worker's csv-import job): what its rows are checked against,
 * the rows it commits and the progress it reports. Audit records are the job's to write.
 */

/** Everything row validation needs from the database, read once per import. */
export async function importContext(tx: Tx, regionId: string, kvks: string[]): Promise<ImportContext> {
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

/** Providers into the national registry, a thousand rows per statement. */
export async function insertProviders(tx: Tx, rows: ProviderRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insertInto("providers")
      .values(rows.slice(i, i + 1000).map((r) => ({ name: r.name, kvk: r.kvk, agb: r.agb })))
      .execute();
  }
}

/** One contract from rows that share its terms (the first row's), with each row as one of its products. */
export async function insertImportedContract(tx: Tx, regionId: string, products: ContractRow[]): Promise<string> {
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
  return contract.id;
}

export interface ImportProgress {
  status?: ImportStatus;
  totalRows?: number;
  processedRows?: number;
  errors?: ImportLineError[];
  finished?: boolean;
}

/** Records how far an import got, in the caller's transaction. */
export async function setImportProgress(tx: Tx, regionId: string, id: string, values: ImportProgress): Promise<void> {
  await tx
    .updateTable("import_jobs")
    .set({
      ...(values.status && { status: values.status }),
      ...(values.totalRows !== undefined && { total_rows: values.totalRows }),
      ...(values.processedRows !== undefined && { processed_rows: values.processedRows }),
      ...(values.errors && { errors: JSON.stringify(values.errors) }),
      ...(values.finished && { finished_at: new Date() }),
    })
    .where("region_id", "=", regionId)
    .where("id", "=", id)
    .execute();
}

/** The import is in: every row processed, the file's content no longer kept. */
export async function markImportCommitted(tx: Tx, regionId: string, id: string, rows: number): Promise<void> {
  await tx
    .updateTable("import_jobs")
    .set({ status: "committed", processed_rows: rows, finished_at: new Date(), content: "" })
    .where("region_id", "=", regionId)
    .where("id", "=", id)
    .execute();
}
