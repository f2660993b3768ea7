import {
  AppError,
  findProductOverlap,
  overlapError,
  validatePeriod,
  validateProduct,
  type ContractProductInput,
  type FinancingForm,
  type ProviderRole,
} from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

/** What a region agrees with a provider: everything of a contract but the provider itself. */
export interface ContractTerms {
  segmentId: string;
  providerRole: ProviderRole;
  financingForm: FinancingForm;
  startsOn: string;
  endsOn: string;
  revisionClause: string;
  guaranteeAmountCents: number | null;
  products: ContractProductInput[];
}

export interface NewContract extends ContractTerms {
  providerId: string;
}

export const segmentNotFound = {
  nl: "Dit segment bestaat niet in deze regio.",
  en: "This segment does not exist in this region.",
  code: "NOT_FOUND" as const,
};

export const productOverlap = {
  nl: "Een product van deze aanbieder is in deze periode al gecontracteerd; contractperiodes voor hetzelfde product mogen niet overlappen.",
  en: "A product of this provider is already contracted in this period; periods for the same product must not overlap.",
};

/** The provider's products in the region, except those of one contract (the one being changed). */
export async function existingProducts(tx: Tx, regionId: string, providerId: string, exceptContractId?: string) {
  let query = tx
    .selectFrom("contract_products")
    .select(["product_code", "starts_on", "ends_on"])
    .where("region_id", "=", regionId)
    .where("provider_id", "=", providerId);
  if (exceptContractId) query = query.where("contract_id", "!=", exceptContractId);
  const rows = await query.execute();
  return rows.map((r) => ({ productCode: r.product_code, startsOn: r.starts_on, endsOn: r.ends_on }));
}

/**
 * Domain checks of a contract's terms, with clear messages, before anything is written: the
 * period, the iJw products, the segment of this region, no overlap with the provider's other
 * contracts for the same product. The database's constraints catch races afterwards.
 * Returns the segment's name (for the audit trail).
 */
export async function checkContractTerms(tx: Tx, regionId: string, providerId: string, terms: ContractTerms, exceptContractId?: string) {
  validatePeriod(terms);
  if (terms.products.length === 0)
    throw new AppError("BAD_INPUT", { nl: "Een contract heeft minstens één product.", en: "A contract needs at least one product." });
  terms.products.forEach(validateProduct);
  if (terms.guaranteeAmountCents !== null && terms.guaranteeAmountCents < 0)
    throw new AppError("BAD_INPUT", {
      nl: "Een garantiebedrag kan niet onder nul liggen.",
      en: "A guarantee amount cannot be below zero.",
    });
  const segment = await tx
    .selectFrom("segments")
    .select("name")
    .where("region_id", "=", regionId)
    .where("id", "=", terms.segmentId)
    .executeTakeFirst();
  if (!segment) throw new AppError("NOT_FOUND", segmentNotFound);
  const clash = findProductOverlap(await existingProducts(tx, regionId, providerId, exceptContractId), {
    ...terms,
    productCodes: terms.products.map((p) => p.productCode),
  });
  if (clash) throw overlapError(clash);
  return { segmentName: segment.name };
}

/** Terms as the audit trail and the screen read them: the segment by name, no ids. */
export function termsForRecord(terms: ContractTerms, segmentName: string) {
  const { segmentId: _segmentId, ...rest } = terms;
  return { segmentName, ...rest, products: terms.products.map((p) => ({ ...p, intensityBand: p.intensityBand ?? null })) };
}

/** A change waiting for the provider, stored as the database function applies it (snake_case). */
export function changeToJson(terms: ContractTerms): string {
  return JSON.stringify({
    segment_id: terms.segmentId,
    provider_role: terms.providerRole,
    financing_form: terms.financingForm,
    starts_on: terms.startsOn,
    ends_on: terms.endsOn,
    revision_clause: terms.revisionClause,
    guarantee_amount_cents: terms.guaranteeAmountCents,
    products: terms.products.map((p) => ({
      product_code: p.productCode,
      product_category: p.productCategory,
      unit: p.unit,
      tariff_cents: p.tariffCents,
      intensity_band: p.intensityBand ?? null,
    })),
  });
}

interface StoredChange {
  segment_id: string;
  provider_role: ProviderRole;
  financing_form: FinancingForm;
  starts_on: string;
  ends_on: string;
  revision_clause: string;
  guarantee_amount_cents: number | null;
  products: { product_code: string; product_category: string; unit: string; tariff_cents: number; intensity_band: string | null }[];
}

export function changeFromJson(stored: unknown): ContractTerms {
  const c = stored as StoredChange;
  return {
    segmentId: c.segment_id,
    providerRole: c.provider_role,
    financingForm: c.financing_form,
    startsOn: c.starts_on,
    endsOn: c.ends_on,
    revisionClause: c.revision_clause ?? "",
    guaranteeAmountCents: c.guarantee_amount_cents ?? null,
    products: c.products.map((p) => ({
      productCode: p.product_code,
      productCategory: p.product_category,
      unit: p.unit,
      tariffCents: p.tariff_cents,
      intensityBand: p.intensity_band,
    })),
  };
}
