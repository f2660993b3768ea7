import type { OnboardingStep } from "@jeugdregie/domain";

export const STEP_PATHS: Record<OnboardingStep, string> = {
  municipalities: "/inrichting/gemeenten",
  settings: "/inrichting/centraal-punt",
  segments: "/inrichting/segmenten",
  providers: "/inrichting/aanbieders",
  contracts: "/inrichting/contracten",
  locations: "/inrichting/locaties",
  users: "/inrichting/gebruikers",
};

export const EXTRA_PAGES = [
  { to: "/inrichting/tarieven", label: "Intensiteitstarieven" },
  { to: "/inrichting/inloggen", label: "Inloggen via identiteitsprovider" },
  { to: "/inrichting/afwegingskader", label: "Afwegingskader buiten de regio" },
  { to: "/inrichting/import", label: "Importeren en exporteren" },
  { to: "/inrichting/audit", label: "Wijzigingen (audit)" },
];
