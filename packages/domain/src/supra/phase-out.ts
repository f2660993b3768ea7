import { AppError } from "../errors.ts";

/**
 * Closed care (JeugdzorgPlus) goes to zero by 2030 (seeds/001 §4.3.1, §4.3.4): each provider in the
 * pool has a plan of places per year. The supra region watches two risks: capacity running ahead of
 * plan, and occupancy below the minimum a provider needs to keep the location viable.
 */
export const PHASE_OUT_TARGET_YEAR = 2030;

export interface PhaseOutYear {
  year: number;
  places: number;
}

export function validatePhaseOutPlan(plan: PhaseOutYear[], minViablePct: number): void {
  if (plan.some((p) => !Number.isInteger(p.places) || p.places < 0))
    throw new AppError("BAD_INPUT", {
      nl: "Geplande plekken zijn hele aantallen, nul of meer.",
      en: "Planned places are whole numbers, zero or more.",
    });
  const sorted = [...plan].sort((a, b) => a.year - b.year);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.places > sorted[i - 1]!.places) {
      throw new AppError("BAD_INPUT", {
        nl: `Een afbouwplan loopt af: ${sorted[i]!.year} heeft meer plekken dan ${sorted[i - 1]!.year}.`,
        en: "A phase-out plan decreases over the years.",
      });
    }
  }
  const target = sorted.find((p) => p.year === PHASE_OUT_TARGET_YEAR);
  if (target && target.places !== 0)
    throw new AppError("BAD_INPUT", {
      nl: "In 2030 staan er nul gesloten plekken in het plan.",
      en: "The plan has zero closed places in 2030.",
    });
  if (minViablePct < 0 || minViablePct > 100)
    throw new AppError("BAD_INPUT", {
      nl: "De minimale bezetting is een percentage van 0 tot 100.",
      en: "Minimum occupancy is a percentage from 0 to 100.",
    });
}

export interface PhaseOutWarning {
  kind: "ahead_of_plan" | "below_viable";
  message: string;
}

export function phaseOutWarnings(input: {
  planned: number | null;
  capacity: number;
  occupied: number;
  minViablePct: number;
}): PhaseOutWarning[] {
  const warnings: PhaseOutWarning[] = [];
  if (input.planned !== null && input.capacity > input.planned) {
    warnings.push({ kind: "ahead_of_plan", message: `${input.capacity} plekken terwijl het plan ${input.planned} noemt` });
  }
  if (input.capacity > 0 && (input.occupied / input.capacity) * 100 < input.minViablePct) {
    warnings.push({
      kind: "below_viable",
      message: `bezetting ${Math.round((input.occupied / input.capacity) * 100)}% onder het minimum van ${input.minViablePct}%`,
    });
  }
  return warnings;
}
