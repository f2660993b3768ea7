import type { Role } from "@jeugdregie/domain";
import type { DemoRegionCode } from "./demo-regions.ts";

export const DEMO_PASSWORD = "Jeugdregie-demo-2026";

export interface DemoUser {
  email: string;
  displayName: string;
  memberships: { role: Role; region?: DemoRegionCode; providerKvk?: string; supraRegion?: string }[];
}

/** One demo login per role, plus a coordinator working for two regions (region switcher) and two provider admins. */
export const DEMO_USERS: DemoUser[] = [
  { email: "platform@jeugdregie.demo", displayName: "Pim Platform", memberships: [{ role: "platform_admin" }] },
  {
    email: "beheer.haaglanden@jeugdregie.demo",
    displayName: "Hanneke de Regio",
    memberships: [{ role: "region_admin", region: "haaglanden" }],
  },
  {
    email: "coordinator.haaglanden@jeugdregie.demo",
    displayName: "Chris Coördinator",
    memberships: [{ role: "placement_coordinator", region: "haaglanden" }],
  },
  {
    email: "coordinator.twente@jeugdregie.demo",
    displayName: "Tessa Twente",
    memberships: [{ role: "placement_coordinator", region: "twente" }],
  },
  {
    email: "coordinator2.twente@jeugdregie.demo",
    displayName: "Teun Tweede",
    memberships: [{ role: "placement_coordinator", region: "twente" }],
  },
  {
    email: "coordinator.gelderland@jeugdregie.demo",
    displayName: "Gijs Gelderland",
    memberships: [
      { role: "placement_coordinator", region: "centraal-gelderland" },
      { role: "placement_coordinator", region: "rijk-van-nijmegen" },
    ],
  },
  {
    email: "crisisteam.haaglanden@jeugdregie.demo",
    displayName: "Kees Crisisteam",
    memberships: [{ role: "crisis_team", region: "haaglanden" }],
  },
  {
    email: "verwijzer.haaglanden@jeugdregie.demo",
    displayName: "Vera Verwijzer",
    memberships: [{ role: "referrer", region: "haaglanden" }],
  },
  { email: "aanbieder@jeugdregie.demo", displayName: "Anouk Aanbieder", memberships: [{ role: "provider_user", providerKvk: "41150001" }] },
  {
    email: "aanbieder.horizonland@jeugdregie.demo",
    displayName: "Hugo Horizon",
    memberships: [{ role: "provider_user", providerKvk: "41150002" }],
  },
  // The providers' own admins: they confirm contract proposals and manage their provider's logins.
  {
    email: "aanbiederbeheer@jeugdregie.demo",
    displayName: "Bram Beheer",
    memberships: [{ role: "provider_admin", providerKvk: "41150001" }],
  },
  {
    email: "aanbiederbeheer.horizonland@jeugdregie.demo",
    displayName: "Hanna Horizon",
    memberships: [{ role: "provider_admin", providerKvk: "41150002" }],
  },
  {
    email: "bovenregionaal@jeugdregie.demo",
    displayName: "Bas Bovenregionaal",
    memberships: [{ role: "supra_coordinator", supraRegion: "landsdeel-oost" }],
  },
  { email: "ministerie@jeugdregie.demo", displayName: "Mira Ministerie", memberships: [{ role: "ministry_analyst" }] },
];
