import { CARE_TYPE_LABELS } from "../care-types.ts";
import { CONTRACT_STATUS_LABELS, FINANCING_FORM_LABELS, PROVIDER_ROLE_LABELS } from "../onboarding/contracts.ts";
import { IJW_PRODUCT_CATEGORIES, IJW_UNITS } from "../onboarding/ijw-codes.ts";
import { DOCUMENT_LABELS } from "../onboarding/settings.ts";
import { DECLINE_REASON_LABELS, END_DESTINATION_LABELS } from "../placement/offers.ts";
import { REQUEST_STATUS_LABELS } from "../placement/states.ts";
import { ROLE_LABELS } from "../roles.ts";

/** What the audit log calls its records, in the words of the people reading it. */
export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  contract: "Contract",
  location: "Locatie",
  provider: "Aanbieder",
  invitation: "Uitnodiging",
  membership: "Toegang van een gebruiker",
  user: "Gebruiker",
  segment: "Segment",
  region: "Regio",
  region_municipalities: "Gemeenten van de regio",
  region_settings: "Instellingen centraal punt",
  intensity_tariffs: "Intensiteitstarieven",
  oidc_provider: "Inloggen via identiteitsprovider",
  oor_framework: "Afwegingskader buiten de regio",
  oor_justification: "Afweging buiten de regio",
  import_job: "Import",
  placement_request: "Aanmelding",
  child: "Kind",
  request_document: "Document",
  offer: "Voorlegging",
  placement: "Plaatsing",
  capacity_negotiation: "Capaciteitsonderhandeling",
  supra_allocation: "Toewijzing gedeelde plekken",
  phase_out_plan: "Afbouwplan",
  session: "Sessie",
  mfa: "Tweestapsverificatie",
  mfa_policy: "Tweestapsverificatie per rol",
  password_reset: "Wachtwoordherstel",
  login_link: "Inloglink",
  outbox: "Uitgaande post",
  settlement: "Garantieafrekening",
  kpi_snapshots: "Kengetallen van een maand",
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  create: "aangemaakt",
  update: "gewijzigd",
  delete: "verwijderd",
  read: "ingezien",
  login: "ingelogd",
  logout: "uitgelogd",
  login_failed: "inloggen mislukt",
  switch_region: "van regio gewisseld",
  access_refused: "toegang geweigerd",
  open: "geopend",
};

/** The fields audit details carry (camelCase keys of the inputs and rows written). */
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: "Naam",
  month: "Maand",
  kvk: "KvK-nummer",
  agb: "AGB-code",
  providerName: "Aanbieder",
  segmentName: "Segment",
  providerRole: "Rol van de aanbieder",
  financingForm: "Financieringsvorm",
  startsOn: "Begindatum",
  endsOn: "Einddatum",
  revisionClause: "Herzieningsclausule",
  guaranteeAmountCents: "Garantiebedrag",
  products: "Producten",
  productCode: "Productcode",
  productCategory: "Categorie",
  unit: "Eenheid",
  tariffCents: "Tarief",
  intensityBand: "Intensiteit",
  status: "Status",
  reason: "Reden",
  endReason: "Reden van beëindiging",
  change: "Voorgestelde wijziging",
  municipalityCode: "Gemeente",
  municipalityName: "Gemeente",
  careTypes: "Zorgvormen",
  expertiseTags: "Expertise",
  ageMin: "Leeftijd van",
  ageMax: "Leeftijd tot en met",
  capacity: "Plekken",
  active: "In gebruik",
  email: "E-mail",
  displayName: "Naam",
  role: "Rol",
  roles: "Rollen",
  requiredDocuments: "Verplichte documenten",
  offerResponseHours: "Reactietermijn (uren)",
  crisisCapDays: "Maximale crisisduur (dagen)",
  capacityFreshnessDays: "Capaciteit bevestigen binnen (dagen)",
  issuer: "Identiteitsprovider",
  clientId: "Client-ID",
  scopes: "Scopes",
  enabled: "Aan",
  secretChanged: "Secret gewijzigd",
  criteria: "Criteria",
  label: "Omschrijving",
  evidence: "Onderbouwing",
  approver: "Wie besluit",
  secondPerson: "Tweede persoon keurt goed",
  band: "Intensiteit",
  minHours: "Uren van",
  maxHours: "Uren tot",
  validFrom: "Geldig vanaf",
  description: "Omschrijving",
  imported: "Geïmporteerd",
  kind: "Soort",
  filename: "Bestand",
  bytes: "Grootte (bytes)",
  child: "Kind (pseudoniem)",
  pseudonym: "Kind (pseudoniem)",
  event: "Gebeurtenis",
  atRisk: "Signaal onder druk",
  followUp: "Vervolgbesluit",
  outcome: "Uitkomst",
  places: "Plekken",
  plan: "Plan",
  year: "Jaar",
  minViablePct: "Minimale bezetting (%)",
  approved: "Goedgekeurd",
  accepted: "Geaccepteerd",
  location: "Locatie",
  ended: "Beëindiging",
  destination: "Bestemming",
  side: "Partij",
  action: "Stap",
  code: "Uitkomst",
  ip: "IP-adres",
  purpose: "Doel",
  differs: "Verschilt",
  confirmed: "Bevestigd",
  via: "Via",
  note: "Toelichting",
  allocations: "Toewijzingen",
  waitsForProvider: "Wacht op bevestiging door de aanbieder",
  settlementCents: "Af te rekenen garantie",
  contracts: "Garantiecontracten",
  written: "Berekend",
  keptApproved: "Al goedgekeurd, ongewijzigd",
};

const label = (map: Record<string, { nl: string }>) => Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v.nl]));

/** Codes stored in details, per field where a field decides their meaning, and otherwise from every label list. */
const FIELD_VALUE_LABELS: Record<string, Record<string, string>> = {
  providerRole: label(PROVIDER_ROLE_LABELS),
  financingForm: label(FINANCING_FORM_LABELS),
  role: label(ROLE_LABELS),
  roles: label(ROLE_LABELS),
  careTypes: label(CARE_TYPE_LABELS),
  unit: IJW_UNITS,
  productCategory: Object.fromEntries(Object.entries(IJW_PRODUCT_CATEGORIES).map(([code, name]) => [code, `${code} ${name}`])),
  requiredDocuments: label(DOCUMENT_LABELS),
  kind: { ...label(DOCUMENT_LABELS), providers: "aanbieders", locations: "locaties", contracts: "contracten" },
  code: { NOT_FOUND: "niet gevonden", FORBIDDEN: "geen toegang" },
  approver: { region_coordinator: "Coördinator van de regio", supra_coordinator: "Bovenregionaal coördinator" },
  criteria: {
    safety: "Veiligheid",
    specific_expertise: "Specifieke expertise",
    no_capacity_in_region: "Geen passende capaciteit in de regio",
  },
};

const ANY_VALUE_LABELS: Record<string, string> = {
  ...label(REQUEST_STATUS_LABELS),
  ...label(CARE_TYPE_LABELS),
  ...label(DOCUMENT_LABELS),
  ...label(DECLINE_REASON_LABELS),
  ...label(END_DESTINATION_LABELS),
  ...label(ROLE_LABELS),
  ...label(CONTRACT_STATUS_LABELS),
  open: "open",
  expired: "verlopen",
  withdrawn: "ingetrokken",
  countered: "tegenvoorstel",
  rejected: "afgewezen",
  counter: "tegenvoorstel",
  accept: "akkoord",
  reject: "afwijzen",
  opener: "opener",
  counterparty: "andere partij",
  change_waiting: "wijziging wacht op de aanbieder",
  change_confirmed: "wijziging bevestigd door de aanbieder",
  change_declined: "wijziging afgewezen door de aanbieder",
};

/** A code in words: the field's own label list first, then any list, else the code made readable. */
export function valueLabel(field: string, value: string): string {
  return FIELD_VALUE_LABELS[field]?.[value] ?? ANY_VALUE_LABELS[value] ?? readable(value);
}

/** A key nobody labelled yet, made readable: `some_key`, `some.key` or `someKey` become "some key". */
export function readable(code: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*([._][A-Za-z0-9]+)+$|^[a-z]+[A-Z][A-Za-z0-9]*$/.test(code)) return code;
  const words = code
    .replace(/[._]+/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const fieldLabel = (key: string) => AUDIT_FIELD_LABELS[key] ?? readable(key);

/** "Contract gewijzigd"; a refused call names no procedure, only that access was refused. */
export function auditWhat(entity: string, action: string): string {
  if (action === "access_refused") return "Toegang geweigerd";
  const what = AUDIT_ENTITY_LABELS[entity] ?? readable(entity);
  return `${what} ${AUDIT_ACTION_LABELS[action] ?? readable(action)}`;
}

/** The same words inside a sentence or a short log line: "document ingezien". */
export function auditEventLabel(entity: string, action: string): string {
  const what = auditWhat(entity, action);
  return what.charAt(0).toLowerCase() + what.slice(1);
}
