/**
 * Queries whose answer holds arrays that are bounded by nature (one request's history, the care
 * types, a fixed set of settings, the country's regions), so they need no pagination, and why.
 * Everything else that answers a list must be a keyset page (list-pagination.integration.test.ts).
 */
const ONE_RECORD = "the arrays belong to one record (its own history, products, tags or documents)";
const FIXED = "a fixed set defined by the platform (roles, steps, care types, criteria, settings)";
const COUNTRY = "bounded by the country: 42 youth-care regions and 342 CBS municipalities (reference data)";

export const BOUNDED_ANSWERS: Record<string, { fields: string[]; why: string }> = {
  "accounts.mfaPolicy": { fields: ["roles"], why: FIXED },
  me: { fields: ["memberships"], why: "one person's own memberships" },
  "regions.list": { fields: ["(the answer itself)"], why: COUNTRY },
  "tenants.list": { fields: ["(the answer itself)"], why: `${COUNTRY}: a tenant is a region` },
  "locations.get": { fields: ["careTypes", "expertiseTags"], why: ONE_RECORD },
  "system.status": { fields: ["workers"], why: "the platform's own worker processes" },
  "onboarding.progress": { fields: ["steps"], why: FIXED },
  "onboarding.municipalities.list": { fields: ["(the answer itself)"], why: COUNTRY },
  "intake.municipalities": { fields: ["(the answer itself)"], why: COUNTRY },
  "onboarding.settings.get": { fields: ["requiredDocuments", "careTypes"], why: FIXED },
  "onboarding.tariffs.get": { fields: ["tariffs"], why: "one tariff per product code of the national product list" },
  "money.tariffs": { fields: ["tariffs"], why: `${FIXED}: the sixteen intensity bands K..Z` },
  "onboarding.framework.get": { fields: ["criteria"], why: FIXED },
  "onboarding.segments.list": { fields: ["(the answer itself)"], why: "a region's market segments: a handful per care type" },
  "contracts.get": { fields: ["products"], why: ONE_RECORD },
  "contracts.kpiRequests": { fields: ["requested", "available"], why: `${FIXED}: the KPIs stored per provider (six)` },
  "imports.get": { fields: ["errors"], why: `${ONE_RECORD}; an import file is at most 5,000 lines` },
  "intake.get": { fields: ["expertise_tags", "documentList", "documents", "requiredDocuments", "history"], why: ONE_RECORD },
  "placement.get": { fields: ["expertise_tags", "documents", "offers", "accessLog", "statusHistory"], why: ONE_RECORD },
  "placement.justifications": { fields: ["justifications"], why: `${ONE_RECORD}: one request's out-of-region justifications` },
  "placement.proposals": {
    fields: ["matches", "excluded"],
    why: "one request's candidates, filtered by care type in SQL (matching is measured on its own in the bench)",
  },
  "placement.worklist": {
    fields: ["needsAction", "offers", "atRisk", "waiting"],
    why: "four sections of at most 25 rows each with their totals; the whole of each is the paginated queue",
  },
  "placement.board": {
    fields: ["waitingByCareType", "notifications", "outOfRegionByMonth"],
    why: "per care type, per month and the unread notifications; the placements themselves are the page (items)",
  },
  "audit.page": { fields: ["entities"], why: "the kinds of records the trail holds (a fixed set of entity names)" },
  "supra.allocations": { fields: ["pools", "overAllocations"], why: "per care type and member region of one landsdeel" },
  "negotiations.options": { fields: ["groups"], why: "per care type and member region of one landsdeel" },
  "report.needSupply": {
    fields: ["rows"],
    why: "per care type and expertise asked within it: a fixed set of care types times a region's handful of expertises",
  },
  "report.quarter": { fields: ["kpis", "rows"], why: `${FIXED}: the KPIs; and per care type and expertise (see report.needSupply)` },
  "kpi.dashboard": {
    fields: ["months", "kpis", "municipalities", "providers"],
    why: "at most 36 months of the fixed KPI list (declines by its five coded reasons); the filters' choices: the region's municipalities and the providers with a contract or location in it (tens)",
  },
  "provider.overview": {
    fields: ["proposals", "changes", "regions"],
    why: "a provider's open contract proposals and the regions it serves",
  },
};
