import { AppError } from "../errors.ts";

/** The placement request's life (design section 6). */
export const REQUEST_STATUSES = [
  "draft",
  "submitted",
  "triage",
  "matching",
  "offered",
  "accepted",
  "placed",
  "ended",
  "waiting",
  "withdrawn",
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Still in progress: a child has at most one of these unless a coordinator links another on purpose. */
export const ACTIVE_REQUEST_STATUSES = [
  "draft",
  "submitted",
  "triage",
  "matching",
  "offered",
  "accepted",
  "waiting",
] as const satisfies RequestStatus[];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, { nl: string; en: string }> = {
  draft: { nl: "Concept", en: "Draft" },
  submitted: { nl: "Aangemeld", en: "Submitted" },
  triage: { nl: "In triage", en: "In triage" },
  matching: { nl: "Zoeken naar passende plek", en: "Matching" },
  offered: { nl: "Voorgelegd aan aanbieder", en: "Offered to a provider" },
  accepted: { nl: "Geaccepteerd door aanbieder", en: "Accepted by provider" },
  placed: { nl: "Geplaatst", en: "Placed" },
  ended: { nl: "Beëindigd", en: "Ended" },
  waiting: { nl: "Wacht op passende plek (overbrugging)", en: "Waiting for a fitting place (interim help)" },
  withdrawn: { nl: "Ingetrokken", en: "Withdrawn" },
};

export const URGENCIES = ["regular", "crisis"] as const;
export type Urgency = (typeof URGENCIES)[number];

export type RequestEvent =
  | { type: "submit" }
  | { type: "startTriage" }
  | { type: "startMatching"; missingDocuments: string[] }
  | { type: "sendOffer"; openOffers: number }
  | { type: "offerAccepted" }
  | { type: "offerDeclined" }
  | { type: "offerExpired" }
  | { type: "wait"; interimHelp: string }
  | { type: "resumeMatching" }
  | { type: "place"; hasAcceptedOffer: boolean }
  | { type: "end" }
  | { type: "withdraw" };

export type RequestEventType = RequestEvent["type"];

const ALLOWED: Record<RequestEventType, RequestStatus[]> = {
  submit: ["draft"],
  startTriage: ["submitted"],
  startMatching: ["submitted", "triage"],
  sendOffer: ["matching"],
  offerAccepted: ["offered"],
  offerDeclined: ["offered"],
  offerExpired: ["offered"],
  wait: ["matching", "triage"],
  resumeMatching: ["waiting"],
  place: ["accepted"],
  end: ["placed"],
  withdraw: ["draft", "submitted", "triage", "matching", "waiting"],
};

const TARGET: Record<RequestEventType, RequestStatus> = {
  submit: "submitted",
  startTriage: "triage",
  startMatching: "matching",
  sendOffer: "offered",
  offerAccepted: "accepted",
  offerDeclined: "matching",
  offerExpired: "matching",
  wait: "waiting",
  resumeMatching: "matching",
  place: "placed",
  end: "ended",
  withdraw: "withdrawn",
};

/** Every event of the machine, in the order of its table. */
export const REQUEST_EVENT_TYPES = Object.keys(ALLOWED) as RequestEventType[];

/**
 * Whether a request in this status takes this event at all: what a page asks before it offers the
 * action. The event's guards (the document gate, one open offer) are checked when it happens.
 */
export function takesEvent(status: RequestStatus, event: RequestEventType): boolean {
  return ALLOWED[event].includes(status);
}

const illegal = (nl: string, en: string) => new AppError("ILLEGAL_TRANSITION", { nl, en });

/**
 * The only way a request changes status. Guards carry the rules: the document gate (skipped
 * for crisis), one open offer at a time, placing only after an accepted offer.
 */
export function transition(current: RequestStatus, event: RequestEvent, urgency: Urgency = "regular"): RequestStatus {
  if (event.type === "sendOffer" && current === "offered") {
    throw illegal(
      "Deze aanmelding ligt al bij een aanbieder: één voorlegging tegelijk.",
      "This request is already with a provider: one offer at a time.",
    );
  }
  if (!takesEvent(current, event.type)) {
    throw illegal(
      `Dit kan niet bij een aanmelding met status "${REQUEST_STATUS_LABELS[current].nl}".`,
      `This is not possible for a request with status "${REQUEST_STATUS_LABELS[current].en}".`,
    );
  }
  switch (event.type) {
    case "startMatching":
      if (urgency !== "crisis" && event.missingDocuments.length > 0) {
        throw illegal(
          `Matchen kan pas als deze documenten er zijn: ${event.missingDocuments.join(", ")}.`,
          `Matching needs these documents first: ${event.missingDocuments.join(", ")}.`,
        );
      }
      break;
    case "sendOffer":
      if (event.openOffers > 0) {
        throw illegal(
          "Deze aanmelding ligt al bij een aanbieder: één voorlegging tegelijk.",
          "This request is already with a provider: one offer at a time.",
        );
      }
      break;
    case "wait":
      if (event.interimHelp.trim().length < 3) {
        throw new AppError("BAD_INPUT", {
          nl: "Leg vast welke overbruggingshulp er is geregeld.",
          en: "Record the interim help that has been arranged.",
        });
      }
      break;
    case "place":
      if (!event.hasAcceptedOffer)
        throw illegal("Plaatsen kan alleen na een geaccepteerde voorlegging.", "A placement needs an accepted offer.");
      break;
  }
  return TARGET[event.type];
}

/** Documents the region requires that the request does not have yet. */
export function missingDocuments(required: readonly string[], present: readonly string[]): string[] {
  return required.filter((d) => !present.includes(d));
}
