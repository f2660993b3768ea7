import { describe, expect, it } from "vitest";
import type { TenantScope } from "@jeugdregie/domain";
import { defineAbilityFor, subject } from "./abilities.ts";

const regionA = "11111111-1111-1111-1111-111111111111";
const regionB = "22222222-2222-2222-2222-222222222222";
const scope = (partial: Partial<TenantScope>): TenantScope => ({
  userId: "u",
  role: "referrer",
  regionIds: [],
  providerId: null,
  supraRegionId: null,
  ...partial,
});

describe("abilities", () => {
  it("lets a coordinator read locations of its own region only", () => {
    const ability = defineAbilityFor(scope({ role: "placement_coordinator", regionIds: [regionA] }));
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
    const ability = defineAbilityFor(scope({ role: "region_admin", regionIds: [regionA] }));
    expect(ability.can("manage", subject("RegionSetup", { regionId: regionA }))).toBe(true);
    expect(ability.can("manage", subject("RegionSetup", { regionId: regionB }))).toBe(false);
    const coordinator = defineAbilityFor(scope({ role: "placement_coordinator", regionIds: [regionA] }));
    expect(coordinator.can("manage", subject("RegionSetup", { regionId: regionA }))).toBe(false);
  });
  it("gives the crisis team crisis requests of its region only", () => {
    const ability = defineAbilityFor(scope({ role: "crisis_team", regionIds: [regionA] }));
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionA, referrerUserId: "x", urgency: "crisis" }))).toBe(true);
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionA, referrerUserId: "x", urgency: "regular" }))).toBe(false);
    expect(ability.can("manage", subject("PlacementRequest", { regionId: regionB, referrerUserId: "x", urgency: "crisis" }))).toBe(false);
  });
  it("shows the system status to platform admins only", () => {
    expect(defineAbilityFor(scope({ role: "platform_admin" })).can("read", "SystemStatus")).toBe(true);
    expect(defineAbilityFor(scope({ role: "region_admin", regionIds: [regionA] })).can("read", "SystemStatus")).toBe(false);
  });
});
