import { ONBOARDING_STEPS, type OnboardingStep } from "@jeugdregie/domain";

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

/** The step after the one at this path, if it is a step of the wizard. */
export function stepAfter(pathname: string): { path: string; number: number; step: OnboardingStep } | null {
  const steps = ONBOARDING_STEPS;
  const index = steps.findIndex((s) => STEP_PATHS[s] === pathname);
  const next = index >= 0 ? steps[index + 1] : undefined;
  return next ? { path: STEP_PATHS[next], number: index + 2, step: next } : null;
}

/** Where a saved step goes: the next step, told what was saved (the layout shows it). */
export function savedRedirect(step: OnboardingStep): string {
  const next = stepAfter(STEP_PATHS[step]);
  return `${next?.path ?? STEP_PATHS[step]}?opgeslagen=${step}`;
}
