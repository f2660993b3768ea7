/** The roles of design section 2. A membership gives a user one role in one scope. */
export const ROLES = [
  "platform_admin",
  "region_admin",
  "placement_coordinator",
  "crisis_team",
  "referrer",
  "provider_user",
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
  supra_coordinator: { nl: "Bovenregionaal coördinator", en: "Supra-regional coordinator" },
  ministry_analyst: { nl: "Analist ministerie", en: "Ministry analyst" },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
