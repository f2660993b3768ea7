import {
  AppError,
  isProviderRole,
  findProductOverlap,
  overlapError,
  validatePeriod,
  validateProduct,
  type ContractProductInput,
  type FinancingForm,
  type ContractAnswer,
  type ContractStatus,
  type ProviderRole,
  type TenantScope,
} from "@jeugdregie/domain";
import { sql } from "kysely";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";

const segmentNotFound = {
  nl: "Dit segment bestaat niet in deze regio.",
  en: "This segment does not exist in this region.",
  code: "NOT_FOUND" as const,
};

export interface NewContract {
  providerId: string;
  segmentId: string;
  providerRole: ProviderRole;
  financingForm: FinancingForm;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  guaranteeAmountCents: number | null;
  products: ContractProductInput[];
}

export async function existingProducts(tx: Tx, regionId: string, providerId: string) {
  const rows = await tx
    .selectFrom("contract_products")
    .select(["product_code", "starts_on", "ends_on"])
    .where("region_id", "=", regionId)
    .where("provider_id", "=", providerId)
    .execute();
  return rows.map((r) => ({ productCode: r.product_code, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/** Domain checks first (clear messages), then the database's exclusion constraint catches races. */
export async function createContract(tx: Tx, scope: TenantScope, regionId: string, input: NewContract) {
  validatePeriod(input);
  if (input.products.length === 0) {
    throw new AppError("BAD_INPUT", { nl: "Een contract heeft minstens één product.", en: "A contract needs at least one product." });
  }
  input.products.forEach(validateProduct);
  if (input.guaranteeAmountCents !== null && input.guaranteeAmountCents < 0) {
    throw new AppError("BAD_INPUT", {
      nl: "Een garantiebedrag kan niet onder nul liggen.",
      en: "A guarantee amount cannot be below zero.",
    });
  }
  const provider = await tx.selectFrom("providers").select(["id", "name"]).where("id", "=", input.providerId).executeTakeFirst();
  if (!provider)
    throw new AppError("NOT_FOUND", { nl: "Deze aanbieder staat niet in het register.", en: "This provider is not in the registry." });
  const segment = await tx
    .selectFrom("segments")
    .select("id")
    .where("region_id", "=", regionId)
    .where("id", "=", input.segmentId)
    .executeTakeFirst();
  if (!segment) throw new AppError("NOT_FOUND", segmentNotFound);
  const clash = findProductOverlap(await existingProducts(tx, regionId, input.providerId), {
    ...input,
    productCodes: input.products.map((p) => p.productCode),
  });
  if (clash) throw overlapError(clash);

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
    await tx
      .insertInto("contract_products")
      .values(
        input.products.map((p) => ({
          region_id: regionId,
          contract_id: contract.id,
          provider_id: input.providerId,
          product_code: p.productCode,
          product_category: p.productCategory,
          unit: p.unit,
          tariff_cents: p.tariffCents,
          intensity_band: p.intensityBand ?? null,
          starts_on: input.startsOn,
          ends_on: input.endsOn,
        })),
      )
      .execute();
    await writeAudit(tx, scope, {
      action: "create",
      entity: "contract",
      entityId: contract.id,
      regionId,
      details: { after: { ...input, providerName: provider.name } },
    });
    return contract;
  } catch (error) {
    throw mapConstraintError(error, {
      "23P01": {
        nl: "Een product van deze aanbieder is in deze periode al gecontracteerd; contractperiodes voor hetzelfde product mogen niet overlappen.",
        en: "A product of this provider is already contracted in this period; periods for the same product must not overlap.",
      },
      contracts_region_id_segment_id_fkey: segmentNotFound,
    });
  }
}

export interface ContractView {
  id: string;
  regionId: string;
  regionName: string;
  providerId: string;
  providerName: string;
  segmentName: string;
  providerRole: string;
  financingForm: string;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  status: ContractStatus;
  declineReason: string | null;
  answeredAt: Date | null;
  products: { productCode: string; productCategory: string; unit: string; tariffCents: number; intensityBand: string | null }[];
}

/**
 * A region's contracts (every status), or (provider scope) the provider's contracts in every region
 * it serves: confirmed ones, unless the caller asks for the proposals its admin has to answer.
 */
export async function listContracts(
  tx: Tx,
  scope: TenantScope,
  filter: { regionId?: string | undefined; status?: ContractStatus } = {},
): Promise<ContractView[]> {
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
      "s.name as segment_name",
      "c.provider_role",
      "c.financing_form",
      "c.starts_on",
      "c.ends_on",
      "c.revision_clause",
      "c.status",
      "c.decline_reason",
      "c.answered_at",
    ])
    .orderBy("r.name")
    .orderBy("p.name")
    .orderBy("c.starts_on");
  if (isProviderRole(scope.role) && scope.providerId)
    query = query.where("c.provider_id", "=", scope.providerId).where("c.status", "=", filter.status ?? "confirmed");
  else if (scope.regionIds.length > 0) query = query.where("c.region_id", "in", scope.regionIds);
  else return [];
  if (filter.status) query = query.where("c.status", "=", filter.status);
  if (filter.regionId) query = query.where("c.region_id", "=", filter.regionId);
  const contracts = await query.execute();
  if (contracts.length === 0) return [];
  const products = await tx
    .selectFrom("contract_products")
    .select(["contract_id", "product_code", "product_category", "unit", "tariff_cents", "intensity_band"])
    .where(
      "contract_id",
      "in",
      contracts.map((c) => c.id),
    )
    .orderBy("product_code")
    .execute();
  return contracts.map((c) => ({
    id: c.id,
    regionId: c.region_id,
    regionName: c.region_name,
    providerId: c.provider_id,
    providerName: c.provider_name,
    segmentName: c.segment_name,
    providerRole: c.provider_role,
    financingForm: c.financing_form,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    revisionClause: c.revision_clause,
    status: c.status as ContractStatus,
    declineReason: c.decline_reason,
    answeredAt: c.answered_at,
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
