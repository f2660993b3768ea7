import { AppError, isProviderRole, type ContractAnswer, type ContractStatus, type TenantScope } from "@jeugdregie/domain";
import { sql } from "kysely";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import {
  changeFromJson,
  checkContractTerms,
  productOverlap,
  segmentNotFound,
  termsForRecord,
  type ContractTerms,
  type NewContract,
} from "./contract-terms.ts";
import { anyOfIds } from "../../any-of.ts";

export type { ContractTerms, NewContract } from "./contract-terms.ts";
export { existingProducts } from "./contract-terms.ts";

/** Domain checks first (clear messages), then the database's exclusion constraint catches races. */
export async function createContract(tx: Tx, scope: TenantScope, regionId: string, input: NewContract) {
  const provider = await tx.selectFrom("providers").select(["id", "name"]).where("id", "=", input.providerId).executeTakeFirst();
  if (!provider)
    throw new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });
  const { segmentName } = await checkContractTerms(tx, regionId, input.providerId, input);

  try {
    const contract = await tx
      .insertInto("contracts")
      .values({
        region_id: regionId,
        provider_id: input.providerId,
        segment_id: input.segmentId,
        provider_role: input.providerRole,
        financing_form: input.financingForm,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        revision_clause: input.revisionClause,
        guarantee_amount_cents: input.guaranteeAmountCents,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await insertProducts(tx, regionId, contract.id, input.providerId, input);
    await writeAudit(tx, scope, {
      action: "create",
      entity: "contract",
      entityId: contract.id,
      regionId,
      details: { after: { providerName: provider.name, ...termsForRecord(input, segmentName) } },
    });
    return contract;
  } catch (error) {
    throw mapConstraintError(error, { "23P01": productOverlap, contracts_region_id_segment_id_fkey: segmentNotFound });
  }
}

/** A contract's products, over the contract's period (written on proposals only: RLS). */
export async function insertProducts(tx: Tx, regionId: string, contractId: string, providerId: string, terms: ContractTerms) {
  await tx
    .insertInto("contract_products")
    .values(
      terms.products.map((p) => ({
        region_id: regionId,
        contract_id: contractId,
        provider_id: providerId,
        product_code: p.productCode,
        product_category: p.productCategory,
        unit: p.unit,
        tariff_cents: p.tariffCents,
        intensity_band: p.intensityBand ?? null,
        starts_on: terms.startsOn,
        ends_on: terms.endsOn,
      })),
    )
    .execute();
}

export interface ContractView {
  id: string;
  regionId: string;
  regionName: string;
  providerId: string;
  providerName: string;
  segmentId: string;
  segmentName: string;
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  guaranteeAmountCents: number | null;
  status: ContractStatus;
  declineReason: string | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  /** A change of a confirmed contract the region proposed, waiting for the provider (with the segment's name). */
  pendingChange: (ContractTerms & { segmentName: string }) | null;
  changeProposedAt: Date | null;
  changeDeclineReason: string | null;
  products: ContractProduct[];
}

export interface ContractProduct {
  productCode: string;
  productCategory: string;
  unit: string;
  tariffCents: number;
  intensityBand: string | null;
}

export interface ContractFilter {
  regionId?: string | undefined;
  status?: ContractStatus;
  contractId?: string;
  /** Provider scope: confirmed contracts whose change waits for the provider's answer. */
  withPendingChange?: boolean;
}

/**
 * A region's contracts (every status), or (provider scope) the provider's contracts in every region
 * it serves: confirmed ones, unless the caller asks for the proposals its admin has to answer.
 */
function contractsQuery(tx: Tx, scope: TenantScope, filter: ContractFilter) {
  let query = tx
    .selectFrom("contracts as c")
    .innerJoin("providers as p", "p.id", "c.provider_id")
    .innerJoin("regions as r", "r.id", "c.region_id")
    .innerJoin("segments as s", (join) => join.onRef("s.id", "=", "c.segment_id").onRef("s.region_id", "=", "c.region_id"))
    .select([
      "c.id",
      "c.region_id",
      "r.name as region_name",
      "c.provider_id",
      "p.name as provider_name",
      "c.segment_id",
      "s.name as segment_name",
      "c.provider_role",
      "c.financing_form",
      "c.starts_on",
      "c.ends_on",
      "c.revision_clause",
      "c.guarantee_amount_cents",
      "c.status",
      "c.decline_reason",
      "c.answered_at",
      "c.ended_at",
      "c.end_reason",
      "c.pending_change",
      "c.change_proposed_at",
      "c.change_decline_reason",
    ]);
  if (isProviderRole(scope.role) && scope.providerId)
    query = query.where("c.provider_id", "=", scope.providerId).where("c.status", "=", filter.status ?? "confirmed");
  else if (scope.regionId) query = query.where("c.region_id", "=", scope.regionId);
  else return null;
  if (filter.status) query = query.where("c.status", "=", filter.status);
  if (filter.regionId) query = query.where("c.region_id", "=", filter.regionId);
  if (filter.contractId) query = query.where("c.id", "=", filter.contractId);
  if (filter.withPendingChange) query = query.where("c.pending_change", "is not", null);
  return query;
}

type ContractRow = Awaited<ReturnType<NonNullable<ReturnType<typeof contractsQuery>>["execute"]>>[number];

export async function listContracts(tx: Tx, scope: TenantScope, filter: ContractFilter = {}): Promise<ContractView[]> {
  const query = contractsQuery(tx, scope, filter);
  return query ? withProducts(tx, await query.orderBy("r.name").orderBy("p.name").orderBy("c.starts_on").execute()) : [];
}

/** One page of the contracts (by region, provider, start), with their products. */
export async function listContractsPage(
  tx: Tx,
  scope: TenantScope,
  filter: ContractFilter,
  page: PageRequest,
): Promise<Page<ContractView>> {
  const query = contractsQuery(tx, scope, filter);
  if (!query) return { items: [], nextCursor: null };
  const keys = [
    { expr: sql`r.name`, type: "text" as const },
    { expr: sql`p.name`, type: "text" as const },
    { expr: sql`c.starts_on`, type: "date" as const },
    { expr: sql`c.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return { items: await withProducts(tx, items), nextCursor };
}

async function withProducts(tx: Tx, contracts: ContractRow[]): Promise<ContractView[]> {
  if (contracts.length === 0) return [];
  const products = await tx
    .selectFrom("contract_products")
    .select(["contract_id", "product_code", "product_category", "unit", "tariff_cents", "intensity_band"])
    .where(
      anyOfIds(
        "contract_id",
        contracts.map((c) => c.id),
      ),
    )
    .orderBy("product_code")
    .execute();
  const segmentNames = await pendingSegmentNames(tx, contracts);
  return contracts.map((c) => ({
    id: c.id,
    regionId: c.region_id,
    regionName: c.region_name,
    providerId: c.provider_id,
    providerName: c.provider_name,
    segmentId: c.segment_id,
    segmentName: c.segment_name,
    providerRole: c.provider_role,
    financingForm: c.financing_form,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    revisionClause: c.revision_clause,
    guaranteeAmountCents: c.guarantee_amount_cents === null ? null : Number(c.guarantee_amount_cents),
    status: c.status,
    declineReason: c.decline_reason,
    answeredAt: c.answered_at,
    endedAt: c.ended_at,
    endReason: c.end_reason,
    pendingChange: c.pending_change
      ? (() => {
          const change = changeFromJson(c.pending_change);
          return { ...change, segmentName: segmentNames.get(`${c.region_id}/${change.segmentId}`) ?? "" };
        })()
      : null,
    changeProposedAt: c.change_proposed_at,
    changeDeclineReason: c.change_decline_reason,
    products: products
      .filter((p) => p.contract_id === c.id)
      .map((p) => ({
        productCode: p.product_code,
        productCategory: p.product_category,
        unit: p.unit,
        tariffCents: p.tariff_cents,
        intensityBand: p.intensity_band,
      })),
  }));
}

/** The names of the segments pending changes name (the provider reads a region's segments through its contracts). */
async function pendingSegmentNames(tx: Tx, contracts: { region_id: string; pending_change: unknown }[]) {
  const wanted = contracts
    .filter((c) => c.pending_change)
    .map((c) => ({ regionId: c.region_id, id: changeFromJson(c.pending_change).segmentId }));
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await tx
    .selectFrom("segments")
    .select(["region_id", "id", "name"])
    .where(
      "id",
      "in",
      wanted.map((w) => w.id),
    )
    .execute();
  return new Map(rows.map((r) => [`${r.region_id}/${r.id}`, r.name]));
}

/**
 * The provider's admin confirms or declines a proposal made to its provider. The database function
 * checks role, provider and status itself; anything else (another provider's contract, an answered
 * one) is simply not found.
 */
export async function answerContract(tx: Tx, scope: TenantScope, contractId: string, answer: ContractAnswer) {
  const { rows } = await sql<{ region_id: string; provider_id: string; status: ContractStatus }>`
    select * from app.answer_contract(${contractId}, ${answer.confirm}, ${answer.confirm ? null : answer.reason})`.execute(tx);
  const answered = rows[0];
  if (!answered)
    throw new AppError("NOT_FOUND", {
      nl: "Dit contractvoorstel bestaat niet, is niet aan jouw organisatie gedaan of is al beantwoord.",
      en: "This contract proposal does not exist, was not made to your organisation or was already answered.",
    });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "contract",
    entityId: contractId,
    regionId: answered.region_id,
    organisation: answered.provider_id,
    details: {
      before: { status: "proposed" },
      after: answer.confirm ? { status: "confirmed" } : { status: "declined", reason: answer.reason },
    },
  });
  return { regionId: answered.region_id, status: answered.status };
}
