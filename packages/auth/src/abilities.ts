import { AbilityBuilder, createMongoAbility, subject as tagSubject, type ForcedSubject, type MongoAbility } from "@casl/ability";
import type { TenantScope } from "@jeugdregie/domain";

/** `work` is working at a placement point: less than `manage` (running it), which includes it. */
export type Action = "manage" | "read" | "create" | "update" | "delete" | "work";
/** The fields rules may put conditions on, per subject. */
interface SubjectFields {
  Region: { id: string };
  Location: { regionId: string; providerId: string };
  Provider: { id: string };
  SupraRegion: { id: string };
  AuditLog: { regionId: string | null };
  Membership: { regionId: string | null };
  /** A region's set-up: municipalities, settings, contracts, imports, users, identity provider. */
  RegionSetup: { regionId: string };
  /**
   * A region's central placement point. Its coordinators run it (manage: every request, linking a
   * second request for a child); the crisis team works there (work) on crisis requests only.
   */
  PlacementPoint: { regionId: string };
  PlacementRequest: { regionId: string; referrerUserId: string; urgency?: string };
  Offer: { providerId: string };
  /** A document of a request: its request's region and urgency, and the provider whose offer was accepted (if any). */
  RequestDocument: { regionId: string; urgency: string; acceptedProviderId: string | null };
  /** The logins of a provider organisation: made by the platform admin (the first admin) or the provider's own admin. */
  ProviderAccount: { providerId: string };
  /** A region's contract with a provider: only that provider's admin answers a proposal. */
  Contract: { regionId: string; providerId: string };
  /** A yearly guarantee settlement: the region's admins compute and approve it, the provider reads its own. */
  Settlement: { regionId: string | null; providerId: string | null };
  /** A provider's own figures (its occupancy, offers, placements, money) and the KPIs regions ask it to report. */
  ProviderFigures: { providerId: string };
  /** A region's monthly figures (KPI snapshots): read by its admins and coordinators, recomputed on an admin's request. */
  RegionFigures: { regionId: string };
  Negotiation: Record<string, never>;
  SystemStatus: Record<string, never>;
  NationalOverview: Record<string, never>;
}

export type SubjectName = keyof SubjectFields | "all";
type TaggedSubject = { [K in keyof SubjectFields]: SubjectFields[K] & ForcedSubject<K> }[keyof SubjectFields];

// Subjects are plain objects tagged with subject("Location", row); conditions are Mongo-style queries on their fields.
export type AppAbility = MongoAbility<[Action, SubjectName | TaggedSubject]>;

export const subject = tagSubject;

/**
 * The application's copy of the tenancy rules (the database's RLS policies are the other).
 * Conditions use camelCase fields of the objects the API hands out.
 */
export function defineAbilityFor(scope: TenantScope): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  // A scope without a region matches no region-owned subject.
  const inRegion = { $in: scope.regionId ? [scope.regionId] : [] };

  switch (scope.role) {
    case "platform_admin":
      can("read", "Region");
      can("create", "Region");
      can("read", "SystemStatus");
      can("read", "AuditLog");
      can("read", "Provider");
      can("create", "ProviderAccount");
      break;
    case "region_admin":
      can("read", "Region", { id: inRegion });
      can("manage", "Location", { regionId: inRegion });
      can(["read", "create"], "Provider");
      can("manage", "Membership", { regionId: inRegion });
      can("read", "AuditLog", { regionId: inRegion });
      can("manage", "RegionSetup", { regionId: inRegion });
      can("manage", "Settlement", { regionId: inRegion });
      can("manage", "RegionFigures", { regionId: inRegion });
      can("manage", "Negotiation");
      break;
    case "placement_coordinator":
      can("read", "Region", { id: inRegion });
      can(["read", "update"], "Location", { regionId: inRegion });
      can("read", "Provider");
      can("manage", "PlacementPoint", { regionId: inRegion });
      can("manage", "PlacementRequest", { regionId: inRegion });
      can("read", "RequestDocument", { regionId: inRegion });
      can("read", "RegionFigures", { regionId: inRegion });
      can("manage", "Negotiation");
      break;
    case "crisis_team":
      // Crisis requests only; the database shows the crisis team nothing else.
      can("read", "Region", { id: inRegion });
      can("read", "Location", { regionId: inRegion });
      can("work", "PlacementPoint", { regionId: inRegion });
      can("manage", "PlacementRequest", { regionId: inRegion, urgency: "crisis" });
      can("create", "PlacementRequest", { regionId: inRegion });
      can("read", "RequestDocument", { regionId: inRegion, urgency: "crisis" });
      break;
    case "referrer":
      can("read", "Region", { id: inRegion });
      can("read", "Location", { regionId: inRegion });
      can("create", "PlacementRequest", { regionId: inRegion });
      can(["read", "update", "delete"], "PlacementRequest", { regionId: inRegion, referrerUserId: scope.userId });
      break;
    case "provider_user":
    case "provider_admin":
      // Which regions a provider serves is data, not a rule: the query and RLS decide.
      can("read", "Region");
      can(["read", "update"], "Location", { providerId: scope.providerId });
      can("manage", "Offer", { providerId: scope.providerId });
      // the child's documents only once this provider accepted the offer
      if (scope.providerId) can("read", "RequestDocument", { acceptedProviderId: scope.providerId });
      can("read", "Provider", { id: scope.providerId });
      if (scope.providerId) can("read", "Settlement", { providerId: scope.providerId });
      if (scope.providerId) can("read", "ProviderFigures", { providerId: scope.providerId });
      if (scope.role === "provider_admin") {
        can("manage", "ProviderAccount", { providerId: scope.providerId });
        can("update", "Contract", { providerId: scope.providerId });
      }
      break;
    case "supra_coordinator":
      can("read", "Region");
      can("read", "SupraRegion", { id: scope.supraRegionId });
      can("manage", "Negotiation");
      break;
    case "ministry_analyst":
      can("read", "NationalOverview");
      can("read", "Region");
      break;
  }
  return build();
}
