import type { CareType } from "../care-types.ts";
import { AppError } from "../errors.ts";

export const DOCUMENT_TYPES = ["verklarende_analyse", "perspectiefplan", "veiligheidsplan", "dossier"] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_LABELS: Record<DocumentType, { nl: string; en: string }> = {
  verklarende_analyse: { nl: "Verklarende analyse", en: "Explanatory analysis" },
  perspectiefplan: { nl: "Perspectiefplan", en: "Perspective plan" },
  veiligheidsplan: { nl: "Veiligheidsplan", en: "Safety plan" },
  dossier: { nl: "Dossier", en: "Case file" },
};

export interface PlacementPointSettings {
  requiredDocuments: DocumentType[];
  offerResponseHours: number;
  /** How long a provider has to answer a crisis offer: hours, not days. */
  crisisOfferResponseHours: number;
  crisisCapDays: number;
  capacityFreshnessDays: number;
  careTypes: CareType[];
}

export const DEFAULT_PLACEMENT_POINT_SETTINGS: PlacementPointSettings = {
  requiredDocuments: ["verklarende_analyse", "perspectiefplan", "veiligheidsplan"],
  offerResponseHours: 72,
  crisisOfferResponseHours: 4,
  crisisCapDays: 28,
  capacityFreshnessDays: 7,
  careTypes: [],
};

export function validateSettings(settings: PlacementPointSettings): void {
  if (settings.careTypes.length === 0) {
    throw new AppError("BAD_INPUT", {
      nl: "Kies minstens één zorgvorm die het centraal punt behandelt.",
      en: "Choose at least one care type the placement point handles.",
    });
  }
  if (settings.crisisOfferResponseHours > settings.offerResponseHours) {
    throw new AppError("BAD_INPUT", {
      nl: "De reactietermijn voor een crisisvoorlegging is korter dan (of gelijk aan) de gewone reactietermijn.",
      en: "The response time for a crisis offer is at most the regular response time.",
    });
  }
  if (settings.crisisCapDays > 28) {
    // Seeds/000: small crisis facilities are capped at four weeks; a region may be stricter, not looser.
    throw new AppError("BAD_INPUT", {
      nl: "De maximale duur van een crisisplaatsing is hoogstens 28 dagen.",
      en: "The crisis placement cap is at most 28 days.",
    });
  }
}

/** The hours a provider has to answer an offer: the crisis deadline for a crisis request, else the regular one. */
export function offerResponseHoursFor(
  settings: Pick<PlacementPointSettings, "offerResponseHours" | "crisisOfferResponseHours">,
  urgency: string,
) {
  return urgency === "crisis" ? settings.crisisOfferResponseHours : settings.offerResponseHours;
}
