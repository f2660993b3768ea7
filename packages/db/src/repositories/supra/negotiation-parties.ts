import type { TenantScope } from "@jeugdregie/domain";

/** The caller and the parties of a negotiation row, as the domain's `sideOf` reads them. */
export const callerOf = (scope: TenantScope) => ({ regionId: scope.regionId, supraRegionId: scope.supraRegionId });
export const partiesOf = (n: { supra_region_id: string; opener_region_id: string | null; counterparty_region_id: string | null }) => ({
  supraRegionId: n.supra_region_id,
  openerRegionId: n.opener_region_id,
  counterpartyRegionId: n.counterparty_region_id,
});
