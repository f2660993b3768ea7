/** The onboarding wizard's steps, in order; progress is derived from what the region holds. */
export const ONBOARDING_STEPS = ["municipalities", "settings", "segments", "providers", "contracts", "locations", "users"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const ONBOARDING_STEP_LABELS: Record<OnboardingStep, { nl: string; en: string }> = {
  municipalities: { nl: "Gemeenten", en: "Municipalities" },
  settings: { nl: "Centraal punt", en: "Placement point" },
  segments: { nl: "Segmenten", en: "Segments" },
  providers: { nl: "Aanbieders", en: "Providers" },
  contracts: { nl: "Contracten", en: "Contracts" },
  locations: { nl: "Locaties", en: "Locations" },
  users: { nl: "Gebruikers", en: "Users" },
};

/** What a region holds, counted in one query for any number of regions (app.region_setup_counts). */
export interface RegionCounts {
  municipalities: number;
  settingsSaved: boolean;
  segments: number;
  /** Providers with a contract that is not declined. */
  contractedProviders: number;
  /** Contracts proposed or confirmed (a declined one does not count). */
  contracts: number;
  locations: number;
  /** People who work in the region besides its admins: members, and invitations still open. */
  users: number;
}

export interface OnboardingProgress {
  steps: { step: OnboardingStep; done: boolean }[];
  doneCount: number;
  percentage: number;
  /** Where a returning admin resumes: the first step not done yet. */
  nextStep: OnboardingStep | null;
}

export function onboardingProgress(counts: RegionCounts): OnboardingProgress {
  const done: Record<OnboardingStep, boolean> = {
    municipalities: counts.municipalities > 0,
    settings: counts.settingsSaved,
    segments: counts.segments > 0,
    providers: counts.contractedProviders > 0,
    contracts: counts.contracts > 0,
    locations: counts.locations > 0,
    users: counts.users > 0,
  };
  const steps = ONBOARDING_STEPS.map((step) => ({ step, done: done[step] }));
  const doneCount = steps.filter((s) => s.done).length;
  return { steps, doneCount, percentage: Math.round((doneCount / steps.length) * 100), nextStep: steps.find((s) => !s.done)?.step ?? null };
}
