/** The roles of design section 2. A membership gives a user one role in one scope. */
export const ROLES = [
  "platform_admin",
  "region_admin",
  "placement_coordinator",
  "crisis_team",
  "referrer",
  "provider_user",
  "provider_admin",
  "supra_coordinator",
  "ministry_analyst",
] as const;

export type Role = (typeof ROLES)[number];

/** Which kind of organisation a role's membership is scoped to. */
export const ROLE_SCOPE: Record<Role, "platform" | "region" | "provider" | "supra_region" | "national"> = {
  platform_admin: "platform",
  region_admin: "region",
  placement_coordinator: "region",
  crisis_team: "region",
  referrer: "region",
  provider_user: "provider",
  provider_admin: "provider",
  supra_coordinator: "supra_region",
  ministry_analyst: "national",
};

export const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  platform_admin: { nl: "Platformbeheerder", en: "Platform administrator" },
  region_admin: { nl: "Regiobeheerder", en: "Region administrator" },
  placement_coordinator: { nl: "Coördinator plaatsingen", en: "Placement coordinator" },
  crisis_team: { nl: "Crisisteam", en: "Crisis team" },
  referrer: { nl: "Verwijzer", en: "Referrer" },
  provider_user: { nl: "Medewerker aanbieder", en: "Provider user" },
  provider_admin: { nl: "Beheerder aanbieder", en: "Provider administrator" },
  supra_coordinator: { nl: "Bovenregionaal coördinator", en: "Supra-regional coordinator" },
  ministry_analyst: { nl: "Analist ministerie", en: "Ministry analyst" },
};

/** Roles that work for a provider organisation (in every region it has a confirmed contract with). */
export const PROVIDER_SCOPED_ROLES = ["provider_user", "provider_admin"] as const satisfies readonly Role[];
export type ProviderScopedRole = (typeof PROVIDER_SCOPED_ROLES)[number];

/** Roles that work for one region; a region admin invites these, and only these. */
export const REGION_SCOPED_ROLES = ["region_admin", "placement_coordinator", "crisis_team", "referrer"] as const satisfies readonly Role[];
export type RegionScopedRole = (typeof REGION_SCOPED_ROLES)[number];

export function isProviderRole(role: Role): role is ProviderScopedRole {
  return ROLE_SCOPE[role] === "provider";
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
