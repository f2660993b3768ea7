import { describe, expect, it } from "vitest";
import type { TenantScope } from "@jeugdregie/domain";
import { defineAbilityFor, subject } from "./abilities.ts";

const regionA = "11111111-1111-1111-1111-111111111111";
const regionB = "22222222-2222-2222-2222-222222222222";
const scope = (partial: Partial<TenantScope>): TenantScope => ({
  userId: "u",
  role: "referrer",
  regionId: null,
  providerId: null,
  supraRegionId: null,
  ...partial,
});

describe("abilities", () => {
  it("lets a coordinator read locations of its own region only", () => {
    const ability = defineAbilityFor(scope({ role: "placement_coordinator", regionId: regionA }));
    expect(ability.can("read", subject("Location", { regionId: regionA, providerId: "p" }))).toBe(true);
    expect(ability.can("read", subject("Location", { regionId: regionB, providerId: "p" }))).toBe(false);
    expect(ability.can("delete", subject("Location", { regionId: regionA, providerId: "p" }))).toBe(false);
  });
  it("lets a provider user read its own provider's locations in any region, and no one else's", () => {
    const ability = defineAbilityFor(scope({ role: "provider_user", providerId: "p1" }));
    expect(ability.can("read", subject("Location", { regionId: regionA, providerId: "p1" }))).toBe(true);
    expect(ability.can("read", subject("Location", { regionId: regionB, providerId: "p1" }))).toBe(true);
    expect(ability.can("read", subject("Location", { regionId: regionA, providerId: "p2" }))).toBe(false);
  });
  it("gives the ministry aggregates, never locations", () => {
    const ability = defineAbilityFor(scope({ role: "ministry_analyst" }));
    expect(ability.can("read", "NationalOverview")).toBe(true);
    expect(ability.can("read", "Location")).toBe(false);
  });
  it("lets a region admin set up its own region only", () => {
    const ability = defineAbilityFor(scope({ role: "region_admin", regionId: regionA }));
    expect(ability.can("manage", subject("RegionSetup", { regionId: regionA }))).toBe(true);
    expect(ability.can("manage", subject("RegionSetup", { regionId: regionB }))).toBe(false);
    const coordinator = defineAbilityFor(scope({ role: "placement_coordinator", regionId: regionA }));
    expect(coordinator.can("manage", subject("RegionSetup", { regionId: regionA }))).toBe(false);
  });
  it("shows a region's figures to its admins and coordinators, and lets only its admins recompute them", () => {
    const figures = (regionId: string) => subject("RegionFigures", { regionId });
    const admin = defineAbilityFor(scope({ role: "region_admin", regionId: regionA }));
    const coordinator = defineAbilityFor(scope({ role: "placement_coordinator", regionId: regionA }));
    expect(admin.can("manage", figures(regionA))).toBe(true);
    expect(admin.can("read", figures(regionB))).toBe(false);
    expect(coordinator.can("read", figures(regionA))).toBe(true);
    expect(coordinator.can("manage", figures(regionA))).toBe(false);
    expect(coordinator.can("read", figures(regionB))).toBe(false);
    for (const role of ["crisis_team", "referrer", "provider_user", "ministry_analyst"] as const)
      expect(defineAbilityFor(scope({ role, regionId: regionA, providerId: "p" })).can("read", figures(regionA)), role).toBe(false);
  });
  it("gives the crisis team crisis requests of its region only", () => {
    const ability = defineAbilityFor(scope({ role: "crisis_team", regionId: regionA }));
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionA, referrerUserId: "x", urgency: "crisis" }))).toBe(true);
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionA, referrerUserId: "x", urgency: "regular" }))).toBe(false);
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionB, referrerUserId: "x", urgency: "crisis" }))).toBe(false);
  });
  it("lets coordinators run their region's placement point and the crisis team work there, no one else", () => {
    const point = (regionId: string) => subject("PlacementPoint", { regionId });
    const coordinator = defineAbilityFor(scope({ role: "placement_coordinator", regionId: regionA }));
    expect(coordinator.can("manage", point(regionA))).toBe(true);
    expect(coordinator.can("work", point(regionA))).toBe(true);
    expect(coordinator.can("work", point(regionB))).toBe(false);
    const crisis = defineAbilityFor(scope({ role: "crisis_team", regionId: regionA }));
    expect(crisis.can("work", point(regionA))).toBe(true);
    expect(crisis.can("manage", point(regionA))).toBe(false);
    expect(crisis.can("work", point(regionB))).toBe(false);
    for (const role of ["referrer", "region_admin", "supra_coordinator", "ministry_analyst", "platform_admin"] as const)
      expect(defineAbilityFor(scope({ role, regionId: regionA })).can("work", point(regionA)), role).toBe(false);
    for (const role of ["provider_user", "provider_admin"] as const)
      expect(defineAbilityFor(scope({ role, providerId: "p1" })).can("work", point(regionA)), role).toBe(false);
  });
  it("matches no region's rows for a scope without a region", () => {
    const ability = defineAbilityFor(scope({ role: "placement_coordinator", regionId: null }));
    expect(ability.can("work", subject("PlacementPoint", { regionId: regionA }))).toBe(false);
    expect(ability.can("read", subject("Location", { regionId: regionA, providerId: "p" }))).toBe(false);
  });
  it("lets only a provider's own admin manage its logins and answer its contract proposals", () => {
    const admin = defineAbilityFor(scope({ role: "provider_admin", providerId: "p1" }));
    expect(admin.can("manage", subject("ProviderAccount", { providerId: "p1" }))).toBe(true);
    expect(admin.can("manage", subject("ProviderAccount", { providerId: "p2" }))).toBe(false);
    expect(admin.can("update", subject("Contract", { regionId: regionA, providerId: "p1" }))).toBe(true);
    expect(admin.can("update", subject("Contract", { regionId: regionA, providerId: "p2" }))).toBe(false);
    expect(admin.can("manage", subject("Offer", { providerId: "p1" }))).toBe(true);
    const user = defineAbilityFor(scope({ role: "provider_user", providerId: "p1" }));
    expect(user.can("create", subject("ProviderAccount", { providerId: "p1" }))).toBe(false);
    expect(user.can("update", subject("Contract", { regionId: regionA, providerId: "p1" }))).toBe(false);
    expect(defineAbilityFor(scope({ role: "platform_admin" })).can("create", subject("ProviderAccount", { providerId: "p1" }))).toBe(true);
  });
  it("lets a provider's staff read the provider's own figures, and nobody else's", () => {
    for (const role of ["provider_user", "provider_admin"] as const) {
      const ability = defineAbilityFor(scope({ role, providerId: "p1" }));
      expect(ability.can("read", subject("ProviderFigures", { providerId: "p1" })), role).toBe(true);
      expect(ability.can("read", subject("ProviderFigures", { providerId: "p2" })), role).toBe(false);
    }
    expect(
      defineAbilityFor(scope({ role: "region_admin", regionId: regionA })).can("read", subject("ProviderFigures", { providerId: "p1" })),
    ).toBe(false);
  });
  it("never lets a region role act for a provider", () => {
    for (const role of ["region_admin", "placement_coordinator", "crisis_team", "referrer"] as const) {
      const ability = defineAbilityFor(scope({ role, regionId: regionA }));
      expect(ability.can("manage", subject("Offer", { providerId: "p1" })), role).toBe(false);
      expect(ability.can("read", subject("Offer", { providerId: "p1" })), role).toBe(false);
      expect(ability.can("create", subject("ProviderAccount", { providerId: "p1" })), role).toBe(false);
      expect(ability.can("update", subject("Contract", { regionId: regionA, providerId: "p1" })), role).toBe(false);
    }
  });
  it("opens a request's documents to the coordinator, the crisis team for crisis requests, and the provider only after acceptance", () => {
    const doc = (partial: Partial<{ regionId: string; urgency: string; acceptedProviderId: string | null }>) =>
      subject("RequestDocument", { regionId: regionA, urgency: "regular", acceptedProviderId: null, ...partial });
    const coordinator = defineAbilityFor(scope({ role: "placement_coordinator", regionId: regionA }));
    expect(coordinator.can("read", doc({}))).toBe(true);
    expect(coordinator.can("read", doc({ regionId: regionB }))).toBe(false);
    const crisis = defineAbilityFor(scope({ role: "crisis_team", regionId: regionA }));
    expect(crisis.can("read", doc({ urgency: "crisis" }))).toBe(true);
    expect(crisis.can("read", doc({}))).toBe(false);
    const provider = defineAbilityFor(scope({ role: "provider_user", providerId: "p1" }));
    expect(provider.can("read", doc({ acceptedProviderId: "p1" }))).toBe(true);
    expect(provider.can("read", doc({ acceptedProviderId: "p2" }))).toBe(false);
    expect(provider.can("read", doc({}))).toBe(false);
    for (const role of ["referrer", "region_admin"] as const)
      expect(defineAbilityFor(scope({ role, regionId: regionA })).can("read", doc({})), role).toBe(false);
  });
  it("shows the system status to platform admins only", () => {
    expect(defineAbilityFor(scope({ role: "platform_admin" })).can("read", "SystemStatus")).toBe(true);
    expect(defineAbilityFor(scope({ role: "region_admin", regionId: regionA })).can("read", "SystemStatus")).toBe(false);
  });
  it("lets a region admin manage its own region's settlements and a provider read only its own", () => {
    const settlement = (regionId: string | null, providerId: string | null) => subject("Settlement", { regionId, providerId });
    const admin = defineAbilityFor(scope({ role: "region_admin", regionId: regionA }));
    expect(admin.can("manage", settlement(regionA, null))).toBe(true);
    expect(admin.can("manage", settlement(regionB, null))).toBe(false);
    for (const role of ["placement_coordinator", "crisis_team", "referrer"] as const)
      expect(defineAbilityFor(scope({ role, regionId: regionA })).can("read", settlement(regionA, "p1")), role).toBe(false);
    for (const role of ["provider_user", "provider_admin"] as const) {
      const provider = defineAbilityFor(scope({ role, providerId: "p1" }));
      expect(provider.can("read", settlement(null, "p1")), role).toBe(true);
      expect(provider.can("read", settlement(null, "p2")), role).toBe(false);
      expect(provider.can("update", settlement(null, "p1")), role).toBe(false);
    }
  });
});
