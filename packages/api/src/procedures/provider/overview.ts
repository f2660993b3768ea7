import { listContracts, listLocations, listVisibleRegions, registryProvider } from "@jeugdregie/db";
import { isProviderRole } from "@jeugdregie/domain";
import { forbidden } from "../../errors.ts";
import { tenantProcedure } from "../../trpc.ts";

/**
 * One login, many regions: per region whose contract the provider confirmed, its contracts,
 * locations and places; for the provider's admin also the proposals and contract changes waiting
 * for its answer.
 */
export const overview = tenantProcedure.query(async ({ ctx }) => {
  const { tx } = ctx;
  const { scope } = ctx.viewer;
  if (!isProviderRole(scope.role) || !scope.providerId) throw forbidden();
  const isAdmin = scope.role === "provider_admin";
  const [regions, contracts, locations, provider, proposals] = await Promise.all([
    listVisibleRegions(tx, scope),
    listContracts(tx, scope),
    listLocations(tx, scope),
    registryProvider(tx, scope.providerId).then((entry) => entry ?? Promise.reject(forbidden())),
    isAdmin ? listContracts(tx, scope, { status: "proposed" }) : Promise.resolve([]),
  ]);
  return {
    provider,
    isAdmin,
    proposals,
    // Changes regions proposed to confirmed contracts: the admin answers them like proposals.
    changes: isAdmin ? contracts.filter((c) => c.pendingChange !== null) : [],
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
