import { sql } from "kysely";
import { AppError, validateContractEnd, type ContractAnswer, type TenantScope } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { changeToJson, checkContractTerms, productOverlap, segmentNotFound, termsForRecord, type ContractTerms } from "./contract-terms.ts";
import { insertProducts, listContracts, type ContractView } from "./contracts.ts";

const NOT_IN_REGION = {
  nl: "Dit contract bestaat niet in deze regio.",
  en: "This contract does not exist in this region.",
  code: "NOT_FOUND" as const,
};
const contractNotFound = () => new AppError("NOT_FOUND", NOT_IN_REGION);

/** One contract of the region, with its products (NOT_FOUND for another region's). */
export async function regionContract(tx: Tx, scope: TenantScope, regionId: string, contractId: string): Promise<ContractView> {
  const [contract] = await listContracts(tx, scope, { regionId, contractId });
  if (!contract) throw contractNotFound();
  return contract;
}

const currentTerms = (c: ContractView) =>
  termsForRecord(
    {
      segmentId: c.segmentId,
      providerRole: c.providerRole as ContractTerms["providerRole"],
      financingForm: c.financingForm as ContractTerms["financingForm"],
      startsOn: c.startsOn,
      endsOn: c.endsOn,
      revisionClause: c.revisionClause,
      guaranteeAmountCents: c.guaranteeAmountCents,
      products: c.products,
    },
    c.segmentName,
  );

const stateError = (nl: string, en: string) => new AppError("ILLEGAL_TRANSITION", { nl, en });

/**
 * The region changes a contract. A proposal changes at once (the provider has agreed to nothing
 * yet); a confirmed, running contract keeps its terms until the provider's admin confirms the
 * change, which waits on the contract meanwhile. A declined or ended contract does not change.
 */
export async function updateContract(tx: Tx, scope: TenantScope, regionId: string, contractId: string, terms: ContractTerms) {
  const contract = await regionContract(tx, scope, regionId, contractId);
  if (contract.status === "declined")
    throw stateError(
      "Een afgewezen voorstel verandert niet meer: leg een nieuw contract vast.",
      "A declined proposal does not change any more: record a new contract.",
    );
  if (contract.endedAt || contract.endsOn < new Date().toISOString().slice(0, 10))
    throw stateError("Een beëindigd contract verandert niet meer.", "An ended contract does not change any more.");
  const { segmentName } = await checkContractTerms(tx, regionId, contract.providerId, terms, contractId);
  const before = currentTerms(contract);
  const after = termsForRecord(terms, segmentName);
  try {
    if (contract.status === "proposed") {
      await tx
        .updateTable("contracts")
        .set({
          segment_id: terms.segmentId,
          provider_role: terms.providerRole,
          financing_form: terms.financingForm,
          starts_on: terms.startsOn,
          ends_on: terms.endsOn,
          revision_clause: terms.revisionClause,
          guarantee_amount_cents: terms.guaranteeAmountCents,
        })
        .where("region_id", "=", regionId)
        .where("id", "=", contractId)
        .execute();
      await tx.deleteFrom("contract_products").where("region_id", "=", regionId).where("contract_id", "=", contractId).execute();
      await insertProducts(tx, regionId, contractId, contract.providerId, terms);
    } else {
      await sql`select * from app.propose_contract_change(${contractId}, ${changeToJson(terms)}::jsonb)`.execute(tx);
    }
  } catch (error) {
    throw mapConstraintError(error, {
      "23P01": productOverlap,
      contracts_region_id_segment_id_fkey: segmentNotFound,
      P0002: NOT_IN_REGION,
      "55000": { nl: "Dit contract kan nu niet worden gewijzigd.", en: "This contract cannot be changed now.", code: "ILLEGAL_TRANSITION" },
    });
  }
  const waits = contract.status === "confirmed";
  await writeAudit(tx, scope, {
    action: "update",
    entity: "contract",
    entityId: contractId,
    regionId,
    details: waits ? { before, after, waitsForProvider: true } : { before, after },
  });
  return { status: contract.status, waitsForProvider: waits };
}

/** The region ends a confirmed contract on a day of its period (from then on no offers under it). */
export async function endContract(tx: Tx, scope: TenantScope, regionId: string, contractId: string, endsOn: string, reason: string) {
  const contract = await regionContract(tx, scope, regionId, contractId);
  if (contract.status !== "confirmed")
    throw stateError(
      "Alleen een bevestigd contract wordt beëindigd; een voorstel wijzig je.",
      "Only a confirmed contract is ended; a proposal is changed.",
    );
  validateContractEnd(contract, endsOn);
  await sql`select * from app.end_contract(${contractId}, ${endsOn}::date, ${reason})`.execute(tx).catch((error: unknown) => {
    throw mapConstraintError(error, {
      P0002: NOT_IN_REGION,
      contract_ends_after_start: {
        nl: "De einddatum ligt voor de begindatum van het contract.",
        en: "The end date is before the start.",
        code: "BAD_INPUT",
      },
      contract_end_not_extended: {
        nl: "Beëindigen verlengt een contract niet.",
        en: "Ending does not extend a contract.",
        code: "BAD_INPUT",
      },
      "22023": { nl: "Geef een reden van minstens 5 tekens.", en: "Give a reason of at least 5 characters.", code: "BAD_INPUT" },
      "55000": { nl: "Dit contract kan nu niet worden beëindigd.", en: "This contract cannot be ended now.", code: "ILLEGAL_TRANSITION" },
    });
  });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "contract",
    entityId: contractId,
    regionId,
    details: { before: { endsOn: contract.endsOn }, after: { endsOn, endReason: reason } },
  });
  return { endsOn };
}

/**
 * A contract made to the provider, as its admin is about to answer it: whether it is a proposal
 * or a confirmed contract with a waiting change (undefined for another provider's contract).
 */
export async function contractToAnswer(tx: Tx, providerId: string, contractId: string) {
  return tx
    .selectFrom("contracts")
    .select(["region_id", "provider_id", "status", "pending_change"])
    .where("id", "=", contractId)
    .where("provider_id", "=", providerId)
    .executeTakeFirst();
}

/** The provider's admin answers a change the region proposed to a confirmed contract. */
export async function answerContractChange(tx: Tx, scope: TenantScope, contractId: string, answer: ContractAnswer) {
  const { rows } = await sql<{ region_id: string; provider_id: string; change: unknown }>`
    select * from app.answer_contract_change(${contractId}, ${answer.confirm}, ${answer.confirm ? null : answer.reason})`
    .execute(tx)
    .catch((error: unknown) => {
      throw mapConstraintError(error, {
        P0002: {
          nl: "Er wacht geen wijziging van dit contract op jouw antwoord.",
          en: "No change of this contract waits for your answer.",
          code: "NOT_FOUND",
        },
        "23P01": productOverlap,
        contracts_region_id_segment_id_fkey: { ...segmentNotFound, code: "CONFLICT" },
      });
    });
  const answered = rows[0]!;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "contract",
    entityId: contractId,
    regionId: answered.region_id,
    organisation: answered.provider_id,
    details: answer.confirm
      ? { before: { status: "change_waiting" }, after: { status: "change_confirmed" } }
      : { before: { status: "change_waiting" }, after: { status: "change_declined", reason: answer.reason } },
  });
  return { regionId: answered.region_id, confirmed: answer.confirm };
}
