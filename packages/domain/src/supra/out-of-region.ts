import { AppError } from "../errors.ts";
import { summariseExclusions } from "../placement/exclusion-summary.ts";
import type { Exclusion } from "../placement/matching.ts";

/**
 * "Geen kind de regio uit" (seeds/000, seeds/002 task 3): a child leaves its region only when
 * safety or specific expertise demands it, and "no fitting capacity in the region" is recorded
 * as what it is: a gap in the region's supply.
 */
export interface Criterion {
  code: string;
  label: string;
  /** What the justification must show for this criterion. */
  evidence: string;
}

export const DEFAULT_CRITERIA: Criterion[] = [
  {
    code: "safety",
    label: "Veiligheid",
    evidence: "Welk veiligheidsrisico in de eigen regio (netwerk, dader, weglopen) maakt plaatsing daar onverantwoord?",
  },
  {
    code: "specific_expertise",
    label: "Specifieke expertise",
    evidence: "Welke expertise uit de verklarende analyse is alleen buiten de regio beschikbaar?",
  },
  {
    code: "no_capacity_in_region",
    label: "Geen passende capaciteit in de regio",
    evidence: "Welke passende plekken in de regio zijn bekeken en waarom vielen ze af?",
  },
];

/** A criterion's name for the screen; a region's own framework may word it differently. */
export function criterionLabel(code: string): string {
  return DEFAULT_CRITERIA.find((c) => c.code === code)?.label ?? code;
}

/** Where an out-of-region offer stands, as the supra coordinator reads it. */
export const OUT_OF_REGION_OFFER_LABELS: Record<string, string> = {
  open: "Voorgelegd, wacht op de aanbieder",
  accepted: "Geaccepteerd door de aanbieder",
  declined: "Afgewezen door de aanbieder",
  expired: "Verlopen zonder antwoord",
  withdrawn: "Ingetrokken",
};

export const JUSTIFICATION_STATUSES = ["pending", "approved", "rejected"] as const;
export type JustificationStatus = (typeof JUSTIFICATION_STATUSES)[number];

export const JUSTIFICATION_STATUS_LABELS: Record<string, string> = {
  pending: "wacht op besluit",
  approved: "goedgekeurd",
  rejected: "afgewezen",
};

export type Approver = "region_coordinator" | "supra_coordinator";

export interface Framework {
  criteria: Criterion[];
  approver: Approver;
  secondPerson: boolean;
}

export const DEFAULT_FRAMEWORK: Framework = { criteria: DEFAULT_CRITERIA, approver: "region_coordinator", secondPerson: true };

const bad = (nl: string, en: string) => new AppError("BAD_INPUT", { nl, en });

/** A justification names at least one criterion of the framework and gives the evidence each asks for. */
export function validateJustification(framework: Framework, input: { criteria: string[]; evidence: Record<string, string> }): void {
  if (input.criteria.length === 0)
    throw bad("Kies minstens één criterium uit het afwegingskader.", "Choose at least one criterion of the framework.");
  for (const code of input.criteria) {
    const criterion = framework.criteria.find((c) => c.code === code);
    if (!criterion)
      throw bad(
        `"${code}" is geen criterium van het afwegingskader van deze regio.`,
        `"${code}" is not a criterion of this region's framework.`,
      );
    if ((input.evidence[code] ?? "").trim().length < 20) {
      throw bad(`Onderbouw "${criterion.label}": ${criterion.evidence}`, `Substantiate "${criterion.label}".`);
    }
  }
}

/** Who may approve: the role the framework names, and (when required) someone other than the author. */
export function assertMayDecide(
  framework: Framework,
  justification: { createdBy: string; status: string },
  decider: { userId: string; role: string },
): void {
  if (justification.status !== "pending") {
    throw new AppError("ILLEGAL_TRANSITION", {
      nl: "Over deze afweging is al besloten.",
      en: "This justification has already been decided.",
    });
  }
  const roleOk =
    framework.approver === "supra_coordinator"
      ? decider.role === "supra_coordinator"
      : ["placement_coordinator", "crisis_team", "supra_coordinator"].includes(decider.role);
  if (!roleOk) {
    throw new AppError("FORBIDDEN", {
      nl:
        framework.approver === "supra_coordinator"
          ? "Volgens het afwegingskader besluit de bovenregionaal coördinator."
          : "Alleen een coördinator kan deze afweging goedkeuren.",
      en: "You may not decide this justification under the region's framework.",
    });
  }
  if (framework.secondPerson && decider.userId === justification.createdBy) {
    throw new AppError("FORBIDDEN", {
      nl: "Je kunt je eigen afweging niet goedkeuren: het kader vraagt een tweede persoon.",
      en: "You cannot approve your own justification: the framework requires a second person.",
    });
  }
}

/**
 * Why the in-region options were not taken, summarised from matching's own reasons
 * ("12 locaties bieden geen JeugdzorgPlus (gesloten); 2 zijn vol"), not one line per location.
 */
export function inRegionSummary(
  inRegionExcluded: Pick<Exclusion, "blockers" | "expectedFreeOn">[],
  inRegionMatches: number,
  careType: string,
): string {
  if (inRegionMatches > 0)
    return `${inRegionMatches} passende ${inRegionMatches === 1 ? "plek" : "plekken"} in de eigen regio beschikbaar.`;
  if (inRegionExcluded.length === 0) return "Geen locaties in de eigen regio voor deze zorgvorm.";
  return `In de eigen regio: ${summariseExclusions(inRegionExcluded, careType)}.`;
}
