import type { CareType, TenantScope } from "@jeugdregie/domain";
import type { Database } from "@jeugdregie/db";

/** Two regions, two providers; provider P has locations in both regions, provider Q only in A. */
export async function arrangeTwoTenants(owner: Database) {
  const [regionA, regionB] = await owner
    .insertInto("regions")
    .values([
      { code: "regio-a", name: "Regio A" },
      { code: "regio-b", name: "Regio B" },
    ])
    .returning("id")
    .execute();
  await owner
    .insertInto("reference_municipalities")
    .values([
      { code: "GM9001", name: "Aadorp", province: "Test", jeugdzorgregio: "Regio A", valid_from: "2026-01-01" },
      { code: "GM9002", name: "Bedum", province: "Test", jeugdzorgregio: "Regio B", valid_from: "2026-01-01" },
    ])
    .execute();
  await owner
    .insertInto("municipalities")
    .values([
      { region_id: regionA!.id, code: "GM9001", name: "Aadorp" },
      { region_id: regionB!.id, code: "GM9002", name: "Bedum" },
    ])
    .execute();
  const [providerP, providerQ] = await owner
    .insertInto("providers")
    .values([
      { name: "Aanbieder P", kvk: "90000001", agb: "98000001" },
      { name: "Aanbieder Q", kvk: "90000002", agb: null },
    ])
    .returning("id")
    .execute();
  const location = (regionId: string, providerId: string, name: string, code: string) => ({
    region_id: regionId,
    provider_id: providerId,
    name,
    municipality_code: code,
    care_types: ["behandelgroep"] satisfies CareType[],
    age_min: 6,
    age_max: 18,
    capacity: 8,
  });
  await owner
    .insertInto("locations")
    .values([
      location(regionA!.id, providerP!.id, "P in A", "GM9001"),
      location(regionA!.id, providerQ!.id, "Q in A", "GM9001"),
      location(regionB!.id, providerP!.id, "P in B", "GM9002"),
      location(regionB!.id, providerP!.id, "P in B 2", "GM9002"),
    ])
    .execute();
  const user = await owner
    .insertInto("users")
    .values({ email: "t@example.test", display_name: "Test" })
    .returning("id")
    .executeTakeFirstOrThrow();

  const coordinatorOf = (regionId: string): TenantScope => ({
    userId: user.id,
    role: "placement_coordinator",
    regionId: regionId,
    providerId: null,
    supraRegionId: null,
  });
  const providerUserOf = (providerId: string): TenantScope => ({
    userId: user.id,
    role: "provider_user",
    regionId: null,
    providerId,
    supraRegionId: null,
  });
  return { regionA: regionA!.id, regionB: regionB!.id, providerP: providerP!.id, providerQ: providerQ!.id, coordinatorOf, providerUserOf };
}
