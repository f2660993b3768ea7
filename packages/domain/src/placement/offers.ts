/** Coded reasons a provider declines an offer; they feed the picture of missing supply. */
export const DECLINE_REASONS = ["no_capacity", "no_fit_for_needs", "group_safety_risk", "age", "other"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Record<DeclineReason, { nl: string; en: string }> = {
  no_capacity: { nl: "Geen capaciteit", en: "No capacity" },
  no_fit_for_needs: { nl: "Past niet bij de zorgbehoefte", en: "Does not fit the needs" },
  group_safety_risk: { nl: "Veiligheidsrisico voor de groep", en: "Safety risk for the group" },
  age: { nl: "Leeftijd", en: "Age" },
  other: { nl: "Anders (met toelichting)", en: "Other (with explanation)" },
};

/** A decline for the reason "other" explains itself in at least this many characters. */
export const DECLINE_OTHER_TEXT_MIN_LENGTH = 5;
/** A signal that a running placement is at risk says what is going on, in at least this many characters. */
export const AT_RISK_NOTE_MIN_LENGTH = 5;
/** A decline text or an at-risk note has at most this many characters. */
export const OFFER_NOTE_MAX_LENGTH = 2000;

/** An offer's life: open until answered, expired at its deadline, withdrawn by the coordinator. */
export const OFFER_STATUSES = ["open", "accepted", "declined", "expired", "withdrawn"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer's outcome as the coordinator and the referrer read it. */
export const OFFER_STATUS_LABELS: Record<string, { nl: string; en: string }> = {
  open: { nl: "Wacht op reactie", en: "Awaiting an answer" },
  accepted: { nl: "Geaccepteerd", en: "Accepted" },
  declined: { nl: "Afgewezen", en: "Declined" },
  expired: { nl: "Verlopen", en: "Expired" },
  withdrawn: { nl: "Ingetrokken", en: "Withdrawn" },
};

/** Where a child goes when a placement ends; "another_placement" makes it a re-placement (doorplaatsing). */
export const END_DESTINATIONS = ["home", "lighter_care", "independent", "another_placement", "other"] as const;
export type EndDestination = (typeof END_DESTINATIONS)[number];
export const END_DESTINATION_LABELS: Record<EndDestination, { nl: string; en: string }> = {
  home: { nl: "Naar huis", en: "Home" },
  lighter_care: { nl: "Lichtere zorg", en: "Lighter care" },
  independent: { nl: "Zelfstandig wonen", en: "Independent living" },
  another_placement: { nl: "Andere plaatsing (doorplaatsing)", en: "Another placement (re-placement)" },
  other: { nl: "Anders", en: "Other" },
};

export const isRePlacement = (destination: EndDestination) => destination === "another_placement";

export function offerDeadline(sentAt: Date, responseHours: number): Date {
  return new Date(sentAt.getTime() + responseHours * 3_600_000);
}

/** The crisis cap and when to warn before it (three days, or half the cap if shorter). */
export function crisisDates(startsOn: Date, capDays: number): { capEndsAt: Date; warnAt: Date } {
  const capEndsAt = new Date(startsOn.getTime() + capDays * 86_400_000);
  const warnBeforeMs = Math.min(3, capDays / 2) * 86_400_000;
  return { capEndsAt, warnAt: new Date(capEndsAt.getTime() - warnBeforeMs) };
}
