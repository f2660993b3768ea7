import { describe, expect, it } from "vitest";
import { scopeFor, type Membership } from "./tenant-scope.ts";

const coordinatorInTwoRegions: Membership[] = [
  { role: "placement_coordinator", regionId: "region-a", providerId: null, supraRegionId: null },
  { role: "region_admin", regionId: "region-b", providerId: null, supraRegionId: null },
];

describe("scopeFor", () => {
  it("acts in the requested region with the role held there", () => {
    expect(scopeFor("u1", coordinatorInTwoRegions, "region-b")).toEqual({
      userId: "u1",
      role: "region_admin",
      regionId: "region-b",
      providerId: null,
      supraRegionId: null,
    });
  });
  it("never grants a region the user has no membership in", () => {
    expect(scopeFor("u1", coordinatorInTwoRegions, "region-z")?.regionId).toBe("region-a");
  });
  it("scopes provider users to their provider, not to a region", () => {
    const scope = scopeFor("u2", [{ role: "provider_user", regionId: null, providerId: "p1", supraRegionId: null }], null);
    expect(scope).toMatchObject({ role: "provider_user", regionId: null, providerId: "p1" });
  });
  it("scopes a provider admin to its provider as well", () => {
    const scope = scopeFor("u4", [{ role: "provider_admin", regionId: null, providerId: "p1", supraRegionId: null }], null);
    expect(scope).toMatchObject({ role: "provider_admin", regionId: null, providerId: "p1" });
  });
  it("returns null without memberships", () => {
    expect(scopeFor("u3", [], null)).toBeNull();
  });
});
