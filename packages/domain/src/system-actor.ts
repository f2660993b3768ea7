import type { TenantScope } from "./tenant-scope.ts";

/** The actor of scheduled work (deadlines, reminders): it acts for the placement point of one region. */
export const SYSTEM_USER_ID = "00000000-0000-0000-0000-000000000000";

export function systemScopeFor(regionId: string): TenantScope {
  return { userId: SYSTEM_USER_ID, role: "placement_coordinator", regionId, providerId: null, supraRegionId: null };
}
