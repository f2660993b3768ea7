import { AppError } from "../errors.ts";
import { dutchDate } from "../dates.ts";
import { isIjwProductCategory, isIjwUnit, productCodeProblem } from "./ijw-codes.ts";

/** Provider roles from the Haaglanden working table (seeds/000, 002). */
export const PROVIDER_ROLES = ["strategic_partner", "tactical_core", "operational"] as const;
export type ProviderRole = (typeof PROVIDER_ROLES)[number];
export const PROVIDER_ROLE_LABELS: Record<ProviderRole, { nl: string; en: string }> = {
  strategic_partner: { nl: "Strategisch ontwikkelpartner", en: "Strategic development partner" },
  tactical_core: { nl: "Tactisch kernaanbieder", en: "Tactical core provider" },
  operational: { nl: "Operationeel aanbieder", en: "Operational provider" },
};

export const FINANCING_FORMS = ["pxq", "capacity", "output", "guarantee_budget"] as const;
export type FinancingForm = (typeof FINANCING_FORMS)[number];
export const FINANCING_FORM_LABELS: Record<FinancingForm, { nl: string; en: string }> = {
  pxq: { nl: "Inspanningsgericht (P x Q)", en: "Effort-based (P x Q)" },
  capacity: { nl: "Taakgericht / capaciteit", en: "Task-based / capacity" },
  output: { nl: "Outputgericht", en: "Output-based" },
  guarantee_budget: { nl: "Garantiebudget", en: "Guarantee budget" },
};

/**
 * A contract a region records is a proposal until the provider's own admin confirms it; only a
 * confirmed contract lets the region offer children to the provider's places.
 */
export const CONTRACT_STATUSES = ["proposed", "confirmed", "declined"] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, { nl: string; en: string }> = {
  proposed: { nl: "Voorstel, wacht op de aanbieder", en: "Proposal, awaiting the provider" },
  confirmed: { nl: "Bevestigd door de aanbieder", en: "Confirmed by the provider" },
  declined: { nl: "Afgewezen door de aanbieder", en: "Declined by the provider" },
};

/**
 * A region ends a confirmed contract on a day of its period: never before it started, and never
 * later than agreed (a longer contract is a change of terms, which the provider confirms).
 */
export function validateContractEnd(contract: Period, endsOn: string): void {
  if (endsOn < contract.startsOn)
    throw bad(
      `De einddatum ${endsOn} ligt voor de begindatum van het contract (${contract.startsOn}).`,
      `The end date ${endsOn} is before the contract's start date (${contract.startsOn}).`,
    );
  if (endsOn > contract.endsOn)
    throw bad(
      `De einddatum ${endsOn} ligt na de huidige einddatum (${contract.endsOn}). Verlengen is een wijziging die de aanbieder bevestigt.`,
      `The end date ${endsOn} is after the current end date (${contract.endsOn}). Extending is a change the provider confirms.`,
    );
}

/** How a contract stands, in words for the screen: its status, a change awaiting the provider, or its end. */
export function contractStateLabel(
  contract: { status: ContractStatus; endsOn: string; endedAt: Date | string | null; pendingChange: boolean },
  today: string,
): string {
  if (contract.status !== "confirmed") return CONTRACT_STATUS_LABELS[contract.status].nl;
  if (contract.endedAt) return `Beëindigd per ${dutchDate(contract.endsOn)}`;
  if (contract.endsOn < today) return `Afgelopen op ${dutchDate(contract.endsOn)}`;
  if (contract.pendingChange) return "Bevestigd, wijziging wacht op de aanbieder";
  return CONTRACT_STATUS_LABELS.confirmed.nl;
}

/** Why matching leaves out a place whose contract the provider has not confirmed. */
export const UNCONFIRMED_CONTRACT_REASON = "contract nog niet bevestigd door de aanbieder";

export type ContractAnswer = { confirm: true } | { confirm: false; reason: string };

/** A provider declines a proposal with a reason the region can act on. */
export function validateContractAnswer(answer: { confirm: boolean; reason?: string | null | undefined }): ContractAnswer {
  if (answer.confirm) return { confirm: true };
  const reason = (answer.reason ?? "").trim();
  if (reason.length < 5)
    throw new AppError("BAD_INPUT", {
      nl: "Geef een reden voor de afwijzing (minstens een paar woorden), zodat de regio weet wat er moet veranderen.",
      en: "Give a reason for declining (a few words at least), so the region knows what to change.",
    });
  return { confirm: false, reason };
}

export interface ContractProductInput {
  productCode: string;
  productCategory: string;
  unit: string;
  tariffCents: number;
  intensityBand?: string | null | undefined;
}

export interface Period {
  startsOn: string; // ISO date
  endsOn: string;
}

export interface ExistingProduct extends Period {
  productCode: string;
}

const bad = (nl: string, en: string, details?: Record<string, unknown>) => new AppError("BAD_INPUT", { nl, en }, details);

export function validatePeriod(period: Period): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(period.startsOn) || !/^\d{4}-\d{2}-\d{2}$/.test(period.endsOn)) {
    throw bad("Vul een geldige begin- en einddatum in.", "Enter a valid start and end date.");
  }
  if (period.endsOn < period.startsOn) {
    throw bad("De einddatum ligt voor de begindatum.", "The end date is before the start date.");
  }
}

export function validateProduct(product: ContractProductInput): void {
  // The code first: a form that derives the category from the code would otherwise name a category nobody chose.
  const codeProblem = productCodeProblem(product.productCode, product.productCategory);
  if (codeProblem) throw bad(codeProblem.nl, codeProblem.en, { productCode: product.productCode });
  if (!isIjwProductCategory(product.productCategory)) {
    throw bad(
      `Productcategorie ${product.productCategory} bestaat niet in de iJw-codelijst.`,
      `Product category ${product.productCategory} is not in the iJw code list.`,
    );
  }
  if (!isIjwUnit(product.unit)) {
    throw bad(`Eenheid ${product.unit} bestaat niet in de iJw-codelijst.`, `Unit ${product.unit} is not in the iJw code list.`);
  }
  if (!Number.isInteger(product.tariffCents) || product.tariffCents < 0) {
    throw bad("Een tarief kan niet onder nul liggen.", "A tariff cannot be below zero.", { productCode: product.productCode });
  }
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/**
 * A provider's product may be contracted once per moment in a region: a second contract for
 * the same product must not overlap the first. Returns the first clash, if any.
 */
export function findProductOverlap(
  existing: ExistingProduct[],
  candidate: Period & { productCodes: string[] },
): ExistingProduct | undefined {
  const duplicates = candidate.productCodes.filter((code, i) => candidate.productCodes.indexOf(code) !== i);
  if (duplicates.length > 0) return { productCode: duplicates[0]!, startsOn: candidate.startsOn, endsOn: candidate.endsOn };
  return existing.find((e) => candidate.productCodes.includes(e.productCode) && periodsOverlap(e, candidate));
}

export function overlapError(clash: ExistingProduct): AppError {
  return new AppError(
    "CONFLICT",
    {
      nl: `Product ${clash.productCode} is voor deze aanbieder al gecontracteerd van ${dutchDate(clash.startsOn)} tot en met ${dutchDate(clash.endsOn)}; contractperiodes voor hetzelfde product mogen niet overlappen.`,
      en: `Product ${clash.productCode} is already contracted with this provider from ${clash.startsOn} to ${clash.endsOn}; periods for the same product must not overlap.`,
    },
    { productCode: clash.productCode },
  );
}

/** Euro amount as typed by people ("1.038,17", "582.27", "€ 600") to cents; null when unreadable. */
export function parseEuroToCents(text: string): number | null {
  const cleaned = text.replace(/€|\s/g, "");
  if (cleaned === "") return null;
  let normalised = cleaned;
  if (/,\d{1,2}$/.test(cleaned)) normalised = cleaned.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(cleaned)) normalised = cleaned.replace(/,/g, "");
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalised)) return null;
  return Math.round(Number(normalised) * 100);
}
