import type { Role } from "./roles.ts";

/**
 * Who is acting and on which tenant rows. Built on the server from the session and the
 * user's memberships, never from request input. The database receives the same values as
 * `app.*` settings so that row-level security and the application agree.
 */
export interface TenantScope {
  userId: string;
  role: Role;
  /** The one region whose tenant rows this request may touch (the active region of a region role); null for every other role. */
  regionId: string | null;
  /** Set for provider users: the provider whose rows they may see in every region it serves. */
  providerId: string | null;
  /** Set for supra coordinators. */
  supraRegionId: string | null;
}

export interface Membership {
  role: Role;
  regionId: string | null;
  providerId: string | null;
  supraRegionId: string | null;
}

/**
 * Chooses the membership a session acts under: the one for the requested region when the
 * user has it, else the first one. Region switching never grants access the user lacks.
 */
export function scopeFor(userId: string, memberships: Membership[], activeRegionId: string | null): TenantScope | null {
  if (memberships.length === 0) return null;
  const chosen = (activeRegionId ? memberships.find((m) => m.regionId === activeRegionId) : undefined) ?? memberships[0]!;
  return {
    userId,
    role: chosen.role,
    regionId: chosen.regionId,
    providerId: chosen.providerId,
    supraRegionId: chosen.supraRegionId,
  };
}
