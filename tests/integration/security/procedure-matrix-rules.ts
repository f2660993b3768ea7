import type { TenantWorld } from "../helpers/tenant-world.ts";

/** What an id field points to, read from its name: `counterpartyRegionId` is a region. */
export type Kind =
  | "region"
  | "supraRegion"
  | "provider"
  | "request"
  | "offer"
  | "placement"
  | "location"
  | "document"
  | "contract"
  | "segment"
  | "justification"
  | "negotiation"
  | "importJob"
  | "invitation"
  | "notification"
  | "user"
  | "municipality"
  | "settlement";

const BY_NAME: [RegExp, Kind][] = [
  [/supraregionid$/i, "supraRegion"],
  [/regionid$/i, "region"],
  [/providerid$/i, "provider"],
  [/requestid$/i, "request"],
  [/offerid$/i, "offer"],
  [/placementid$/i, "placement"],
  [/locationid$/i, "location"],
  [/documentid$/i, "document"],
  [/contractid$/i, "contract"],
  [/segmentid$/i, "segment"],
  [/justificationid$/i, "justification"],
  [/negotiationid$/i, "negotiation"],
  [/import(job)?id$/i, "importJob"],
  [/invitationid$/i, "invitation"],
  [/notificationid$/i, "notification"],
  [/userid$/i, "user"],
  [/^(codes|municipalitycodes)$/i, "municipality"],
  [/settlementid$/i, "settlement"],
];

export function kindOfField(key: string): Kind | undefined {
  return BY_NAME.find(([pattern]) => pattern.test(key))?.[1];
}

/** The ids of one kind in a tenant, so that every kind of row is tried (open and accepted offers, regular and crisis requests). */
export function idsOf(world: TenantWorld, kind: Kind): string[] {
  switch (kind) {
    case "region":
      return [world.regionId];
    case "supraRegion":
      return [world.supraRegionId];
    case "provider":
      return [world.providerId];
    case "request":
      return [world.matchingRequestId, world.requestId, world.crisisRequestId];
    case "offer":
      return [world.openOfferId, world.acceptedOfferId];
    case "placement":
      return [world.placementId];
    case "location":
      return [world.locationId, world.secondLocationId];
    case "document":
      return [world.documentId];
    case "contract":
      return [world.contractId];
    case "segment":
      return [world.segmentId];
    case "justification":
      return [world.justificationId];
    case "negotiation":
      return [world.negotiationId];
    case "importJob":
      return [world.importJobId];
    case "invitation":
      return [world.invitationId];
    case "notification":
      return [world.notificationId];
    case "user":
      return [world.users.placement_coordinator!.id];
    case "municipality":
      return [world.municipalityCode];
    case "settlement":
      return [world.settlementId];
  }
}

const YEAR = new Date().getFullYear();
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").toString("base64");

/** Ordinary values for fields the schema alone cannot fill sensibly (the domain checks them further). */
export function hintFor(world: TenantWorld, key: string): unknown[] | undefined {
  const hints: [RegExp, unknown[]][] = [
    [/^productcode$/i, ["43A01"]],
    [/^productcategory$/i, ["43"]],
    [/^unit$/i, ["14"]],
    [/caretypes?$/i, ["jeugdzorgplus"]],
    [/municipalitycode$/i, [world.municipalityCode]],
    [/^contentbase64$/i, [PDF]],
    [/^filename$/i, ["analyse.pdf"]],
    [/^contenttype$/i, ["application/pdf"]],
    [/^criteria$/i, ["safety"]],
    [/^evidence$/i, [{ safety: "Een onderbouwing die ruim twintig tekens lang is." }]],
    [/^(startson|periodstart|validfrom)$/i, [`${YEAR}-01-01`]],
    [/^(endson|periodend)$/i, [`${YEAR}-12-31`]],
    [/^year$/i, [YEAR]],
    [/^month$/i, [`${YEAR}-01`]],
    [/^quarter$/i, [`${YEAR}-K1`]],
    [/^code$/i, ["123456"]],
  ];
  return hints.find(([pattern]) => pattern.test(key))?.[1];
}

/**
 * Procedures that legitimately take another tenant's id of some kind, and why. Their answers are
 * still checked: nothing of the other tenant may show up in them, and none of its rows may change.
 */
export const ACCEPTS_FOREIGN: Record<string, { kinds: Kind[]; roles?: string[]; changes?: string[]; why: string }> = {
  "providerAccounts.inviteAdmin": {
    kinds: ["provider"],
    roles: ["platform_admin"],
    changes: ["invitations"],
    why: "the platform admin invites the first administrator of any provider in the registry: that invitation is the provider's row",
  },
  "onboarding.providers.get": {
    kinds: ["provider"],
    why: "the provider registry is national and public (name, KvK, AGB): a region looks a provider up before it proposes a contract",
  },
  "contracts.create": {
    kinds: ["provider"],
    why: "any provider of the national registry can be proposed a contract; it gives the region nothing until the provider confirms it",
  },
  "kpi.snapshots": {
    kinds: ["provider"],
    why: "a filter on a provider the region works with (a contract, a location or its own figures, e.g. after contracts.create above); an unrelated provider is not found, and the figures are the region's own",
  },
  "kpi.dashboard": {
    kinds: ["provider"],
    why: "the dashboard's provider filter, checked as kpi.snapshots': a provider the region works with (a contract, e.g. after contracts.create above, a location or its own figures); the series are the region's own",
  },
  "kpi.drillDown": {
    kinds: ["provider"],
    why: "the drill-down's provider filter, checked as kpi.snapshots': the rows are the region's own requests and offers (RLS and the region filter), only those its offers went to",
  },
  "locations.create": {
    kinds: ["provider"],
    why: "a location can be registered for a provider of the national registry in the caller's own region only, and only under a contract",
  },
  "registry.correct": {
    kinds: ["provider"],
    roles: ["platform_admin"],
    changes: ["providers"],
    why: "the national registry is shared by every region: only the platform admin corrects a provider's name or AGB code, for any provider",
  },
  "accounts.setActive": {
    kinds: ["user"],
    roles: ["platform_admin"],
    changes: ["users", "sessions"],
    why: "the platform admin deactivates and reactivates any account (someone left, or an account is misused); it answers only the date",
  },
  "accounts.resetMfa": {
    kinds: ["user"],
    roles: ["platform_admin"],
    changes: ["mfa_totp"],
    why: "the platform admin removes a lost second factor of any account; it answers only whether there was one",
  },
  "onboarding.municipalities.set": {
    kinds: ["municipality"],
    why: "which region holds a municipality is public (CBS); the refusal names that region and nothing else",
  },
};
