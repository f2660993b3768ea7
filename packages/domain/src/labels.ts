import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "./audit/labels.ts";
import { CARE_TYPE_LABELS, CARE_TYPES } from "./care-types.ts";
import {
  CONTRACT_STATUS_LABELS,
  CONTRACT_STATUSES,
  FINANCING_FORM_LABELS,
  FINANCING_FORMS,
  PROVIDER_ROLE_LABELS,
  PROVIDER_ROLES,
} from "./onboarding/contracts.ts";
import { INVITATION_STATUS_LABELS } from "./onboarding/invitations.ts";
import { ONBOARDING_STEP_LABELS, ONBOARDING_STEPS } from "./onboarding/progress.ts";
import { DOCUMENT_LABELS, DOCUMENT_TYPES } from "./onboarding/settings.ts";
import {
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  END_DESTINATION_LABELS,
  END_DESTINATIONS,
  OFFER_STATUS_LABELS,
  OFFER_STATUSES,
} from "./placement/offers.ts";
import { IMPORT_STATUSES } from "./imports/types.ts";
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES, URGENCIES } from "./placement/states.ts";
import { ROLE_LABELS, ROLES } from "./roles.ts";
import { SETTLEMENT_STATUS_LABELS, SETTLEMENT_STATUSES } from "./money/settlements.ts";
import {
  DEFAULT_CRITERIA,
  JUSTIFICATION_STATUS_LABELS,
  JUSTIFICATION_STATUSES,
  OUT_OF_REGION_OFFER_LABELS,
} from "./supra/out-of-region.ts";

/*
 * One table of the words people read for the codes the platform stores. Every screen shows a code
 * through `codeLabel`, never the code itself: an unknown code reads "onbekend", not `some_code`.
 * The value lists are the domain's own (and the database's check constraints); a unit test checks
 * each value has a Dutch label.
 */

const nl = <K extends string>(labels: Record<K, { nl: string }>) =>
  Object.fromEntries(Object.entries<{ nl: string }>(labels).map(([code, l]) => [code, l.nl])) as Record<K, string>;

export const INVITATION_STATUSES = ["open", "accepted", "expired", "revoked"] as const;
export const NEGOTIATION_STATUSES = ["open", "countered", "accepted", "rejected"] as const;
export const NEGOTIATION_ACTIONS = ["open", "counter", "accept", "reject"] as const;
export const IMPORT_KINDS = ["providers", "locations", "contracts"] as const;
export const OUTBOX_STATUSES = ["pending", "sent", "failed", "skipped", "dead"] as const;
export const APPROVERS = ["region_coordinator", "supra_coordinator"] as const;
/** iJw codes for who refers a child (iJw "verwijzer"), in the order a form offers them. */
export const REFERRER_KINDS = ["01", "04", "02", "03", "05", "08"] as const;
/** iJw gender codes, in the order a form offers them. */
export const GENDERS = ["1", "2", "0"] as const;

interface CodeList {
  values: readonly string[];
  labels: Record<string, string>;
}

export const CODE_LISTS = {
  role: { values: ROLES, labels: nl(ROLE_LABELS) },
  careType: { values: CARE_TYPES, labels: nl(CARE_TYPE_LABELS) },
  requestStatus: { values: REQUEST_STATUSES, labels: nl(REQUEST_STATUS_LABELS) },
  offerStatus: { values: OFFER_STATUSES, labels: nl(OFFER_STATUS_LABELS) },
  /** The provider's own inbox: short words in a list it reads daily. */
  providerOfferStatus: {
    values: OFFER_STATUSES,
    labels: { open: "Open", accepted: "Geaccepteerd", declined: "Afgewezen", expired: "Verlopen", withdrawn: "Ingetrokken" },
  },
  outOfRegionOffer: { values: OFFER_STATUSES, labels: OUT_OF_REGION_OFFER_LABELS },
  declineReason: { values: DECLINE_REASONS, labels: nl(DECLINE_REASON_LABELS) },
  endDestination: { values: END_DESTINATIONS, labels: nl(END_DESTINATION_LABELS) },
  documentType: { values: DOCUMENT_TYPES, labels: nl(DOCUMENT_LABELS) },
  providerRole: { values: PROVIDER_ROLES, labels: nl(PROVIDER_ROLE_LABELS) },
  financingForm: { values: FINANCING_FORMS, labels: nl(FINANCING_FORM_LABELS) },
  contractStatus: { values: CONTRACT_STATUSES, labels: nl(CONTRACT_STATUS_LABELS) },
  settlementStatus: { values: SETTLEMENT_STATUSES, labels: nl(SETTLEMENT_STATUS_LABELS) },
  invitationStatus: { values: INVITATION_STATUSES, labels: nl(INVITATION_STATUS_LABELS) },
  onboardingStep: { values: ONBOARDING_STEPS, labels: nl(ONBOARDING_STEP_LABELS) },
  criterion: { values: DEFAULT_CRITERIA.map((c) => c.code), labels: Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.code, c.label])) },
  justificationStatus: { values: JUSTIFICATION_STATUSES, labels: JUSTIFICATION_STATUS_LABELS },
  /** The same, standing on its own beside the justification. */
  justificationDecision: {
    values: JUSTIFICATION_STATUSES,
    labels: { pending: "Wacht op besluit", approved: "Goedgekeurd", rejected: "Afgewezen" },
  },
  approver: {
    values: APPROVERS,
    labels: { region_coordinator: "Coördinator van de regio", supra_coordinator: "Bovenregionaal coördinator" },
  },
  negotiationStatus: {
    values: NEGOTIATION_STATUSES,
    labels: { open: "open", countered: "tegenvoorstel", accepted: "akkoord", rejected: "afgewezen" },
  },
  negotiationAction: {
    values: NEGOTIATION_ACTIONS,
    labels: { open: "opent", counter: "doet tegenvoorstel", accept: "gaat akkoord", reject: "wijst af" },
  },
  urgency: { values: URGENCIES, labels: { regular: "Regulier", crisis: "Crisis" } },
  importKind: { values: IMPORT_KINDS, labels: { providers: "Aanbieders", locations: "Locaties", contracts: "Contracten" } },
  importStatus: {
    values: IMPORT_STATUSES,
    labels: {
      queued: "In de wachtrij",
      validating: "Bezig met controleren",
      failed: "Afgekeurd, niets opgeslagen",
      committed: "Opgeslagen",
    },
  },
  outboxStatus: {
    values: OUTBOX_STATUSES,
    labels: {
      pending: "wacht op verzending",
      sent: "verzonden",
      failed: "wordt opnieuw geprobeerd",
      skipped: "overgeslagen",
      dead: "opgegeven",
    },
  },
  referrerKind: {
    values: REFERRER_KINDS,
    labels: {
      "01": "Gemeente (lokaal team)",
      "04": "Gecertificeerde instelling (GI)",
      "02": "Huisarts",
      "03": "Jeugdarts",
      "05": "Medisch specialist",
      "08": "Rechter / OvJ",
    },
  },
  gender: { values: GENDERS, labels: { "1": "Jongen", "2": "Meisje", "0": "Onbekend / anders" } },
  auditEntity: { values: Object.keys(AUDIT_ENTITY_LABELS), labels: AUDIT_ENTITY_LABELS },
  auditAction: { values: Object.keys(AUDIT_ACTION_LABELS), labels: AUDIT_ACTION_LABELS },
} as const satisfies Record<string, CodeList>;

export type CodeListName = keyof typeof CODE_LISTS;
export type CodeOf<L extends CodeListName> = (typeof CODE_LISTS)[L]["values"][number];

/** A stored code in the words of the people reading it; never the code itself. */
export function codeLabel(list: CodeListName, code: string | null | undefined, unknown = "onbekend"): string {
  if (code === null || code === undefined || code === "") return unknown;
  return (CODE_LISTS[list].labels as Record<string, string>)[code] ?? unknown;
}

/** A list's codes with their words, in the list's order: for a form's options. */
export function codeOptions<L extends CodeListName>(list: L): { value: CodeOf<L>; label: string }[] {
  const { values, labels } = CODE_LISTS[list] as CodeList;
  return values.map((value) => ({ value: value as CodeOf<L>, label: labels[value]! }));
}
