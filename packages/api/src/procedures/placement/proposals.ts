import { justificationsFor, matchRequest, regionAllocation } from "@jeugdregie/db";
import { overAllocation, summariseExclusions } from "@jeugdregie/domain";
import { coordinatorProcedure } from "../../trpc.ts";
import { requestRef } from "./_shared.ts";

/** Where could this child go: ranked free places with reasons, and why the others are not offered. */
export const proposals = coordinatorProcedure.input(requestRef).query(async ({ ctx, input }) => {
  const { tx, regionId } = ctx;
  const { need, candidates, matches, excluded } = await matchRequest(tx, regionId, input.requestId);
  const byId = new Map(candidates.map((c) => [c.locationId, c]));
  const describe = (id: string) => {
    const c = byId.get(id)!;
    return {
      locationName: c.name,
      providerName: c.providerName,
      municipalityName: c.municipalityName,
      capacity: c.capacity,
      occupied: c.occupied,
      reserved: c.reserved,
    };
  };
  const allocation = await regionAllocation(tx, regionId, need.careType, new Date().getFullYear());
  // a place outside the region is offered only after its justification was approved
  const approved = new Set(
    (await justificationsFor(tx, regionId, input.requestId)).filter((j) => j.status === "approved").map((j) => j.location_id),
  );
  return {
    need,
    allocation: allocation && { ...allocation, nextOfferOver: overAllocation(allocation) },
    matches: matches.map((m) => ({ ...m, ...describe(m.locationId), needsJustification: !m.inRegion && !approved.has(m.locationId) })),
    excluded: excluded.map((e) => ({ ...e, ...describe(e.locationId) })),
    excludedSummary: summariseExclusions(excluded, need.careType),
  };
});
