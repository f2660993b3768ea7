import { listContracts, listLocations, listVisibleRegions, withTenant } from "@jeugdregie/db";
import { forbidden } from "../../errors.ts";
import { authedProcedure } from "../../trpc.ts";

/** One login, many regions: per region the provider serves, its contracts, locations and places. */
export const providerOverview = authedProcedure.query(({ ctx }) => {
  const { scope } = ctx.viewer;
  if (scope.role !== "provider_user" || !scope.providerId) throw forbidden();
  return withTenant(ctx.deps.db, scope, async (tx) => {
    const [regions, contracts, locations, provider] = await Promise.all([
      listVisibleRegions(tx, scope),
      listContracts(tx, scope),
      listLocations(tx, scope),
      tx.selectFrom("providers").select(["id", "name", "kvk", "agb"]).where("id", "=", scope.providerId!).executeTakeFirstOrThrow(),
    ]);
    return {
      provider,
      regions: regions.map((r) => {
        const own = locations.filter((l) => l.regionId === r.id);
        return {
          id: r.id,
          name: r.name,
          contracts: contracts.filter((c) => c.regionId === r.id),
          locationCount: own.length,
          places: own.reduce((sum, l) => sum + l.capacity, 0),
        };
      }),
    };
  });
});
