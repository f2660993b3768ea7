import { CARE_TYPE_LABELS, isCareType } from "../care-types.ts";
import { AppError } from "../errors.ts";

/**
 * Capacity negotiations ("capaciteitsafspraak"): one side opens ("N places of care type X for
 * period P"), the other side accepts, rejects or counters, and so on in turns. An accepted
 * negotiation moves places between the two parties' allocations.
 */
export type NegotiationStatus = "open" | "countered" | "accepted" | "rejected";
export type NegotiationAction = "accept" | "reject" | "counter";
export type Side = "opener" | "counterparty";

export interface NegotiationState {
  status: NegotiationStatus;
  places: number;
  /** Who made the last move: the other side is to answer. */
  lastMove: Side;
}

/** A negotiation takes moves while it is open or countered; accepted and rejected are final. */
export const OPEN_NEGOTIATION_STATUSES = ["open", "countered"] as const satisfies NegotiationStatus[];

export function isNegotiationOpen(status: NegotiationStatus): boolean {
  return (OPEN_NEGOTIATION_STATUSES as readonly NegotiationStatus[]).includes(status);
}

/** The other party of a negotiation: the side that answers this side's move. */
export function otherSide(side: Side): Side {
  return side === "opener" ? "counterparty" : "opener";
}

/** The region that speaks for a side; null for the pool (the supra coordinator answers for it). */
export function regionOfSide(side: Side, n: { openerRegionId: string | null; counterpartyRegionId: string | null }): string | null {
  return side === "opener" ? n.openerRegionId : n.counterpartyRegionId;
}

/** Whether `side` may move now: the negotiation is open and the other side moved last. */
export function isTurnOf(state: Pick<NegotiationState, "status" | "lastMove">, side: Side | null): boolean {
  return side !== null && isNegotiationOpen(state.status) && side !== state.lastMove;
}

export function validateNegotiationOpening(input: {
  places: number;
  periodStart: string;
  periodEnd: string;
  pooledCareTypes: string[];
  careType: string;
}): void {
  if (!input.pooledCareTypes.includes(input.careType)) {
    throw new AppError("BAD_INPUT", {
      nl: `Zorgvorm ${input.careType} wordt in dit verband niet gedeeld.`,
      en: `Care type ${input.careType} is not pooled in this supra region.`,
    });
  }
  if (!Number.isInteger(input.places) || input.places < 1)
    throw new AppError("BAD_INPUT", { nl: "Onderhandel over minstens één plek.", en: "Negotiate at least one place." });
  if (input.periodEnd < input.periodStart)
    throw new AppError("BAD_INPUT", { nl: "De periode eindigt voordat ze begint.", en: "The period ends before it starts." });
}

export function respond(state: NegotiationState, by: Side, action: NegotiationAction, counterPlaces?: number): NegotiationState {
  if (!isNegotiationOpen(state.status)) {
    throw new AppError("ILLEGAL_TRANSITION", { nl: "Deze onderhandeling is al afgerond.", en: "This negotiation is already closed." });
  }
  if (by === state.lastMove) {
    throw new AppError("ILLEGAL_TRANSITION", { nl: "De andere partij is aan zet.", en: "It is the other party's turn." });
  }
  if (action === "counter") {
    if (!Number.isInteger(counterPlaces) || counterPlaces! < 1)
      throw new AppError("BAD_INPUT", {
        nl: "Een tegenvoorstel noemt minstens één plek.",
        en: "A counter-offer names at least one place.",
      });
    return { status: "countered", places: counterPlaces!, lastMove: by };
  }
  return { status: action === "accept" ? "accepted" : "rejected", places: state.places, lastMove: by };
}

/** Who gives the agreed places: a member region from its allocation, or the pool from its places not yet allocated. */
export type Giver = { kind: "region"; name: string; allocated: number } | { kind: "pool"; unallocated: number };

/**
 * Places are conserved: what the opener takes, the counterparty gives. A region cannot give more
 * than it was allocated for that year, the pool no more than it has left to allocate.
 */
export function assertGiverHasPlaces(giver: Giver, places: number, about: { year: number; careType: string }): void {
  const label = isCareType(about.careType) ? CARE_TYPE_LABELS[about.careType].nl : about.careType;
  if (giver.kind === "region" && giver.allocated < places) {
    throw new AppError("BAD_INPUT", {
      nl: `${giver.name} heeft voor ${about.year} ${giver.allocated} plek(ken) ${label} toegewezen en kan er geen ${places} afstaan.`,
      en: `${giver.name} holds ${giver.allocated} place(s) of ${about.careType} for ${about.year} and cannot give ${places}.`,
    });
  }
  if (giver.kind === "pool" && giver.unallocated < places) {
    throw new AppError("BAD_INPUT", {
      nl: `Dat is meer dan de gedeelde capaciteit: de pool heeft voor ${about.year} nog ${Math.max(0, giver.unallocated)} plek(ken) ${label} die niet zijn toegewezen.`,
      en: `That exceeds the pooled capacity: the pool has ${Math.max(0, giver.unallocated)} place(s) of ${about.careType} left to allocate for ${about.year}.`,
    });
  }
}

/**
 * Which side the caller speaks for: its region when that region is a party, the supra coordinator
 * only for the pool (a missing region). Nobody answers for another region.
 */
export function sideOf(
  caller: { regionId: string | null; supraRegionId: string | null },
  n: { supraRegionId: string; openerRegionId: string | null; counterpartyRegionId: string | null },
): Side | null {
  if (caller.regionId && caller.regionId === n.openerRegionId) return "opener";
  if (caller.regionId && caller.regionId === n.counterpartyRegionId) return "counterparty";
  if (caller.supraRegionId && caller.supraRegionId === n.supraRegionId) {
    if (n.openerRegionId === null) return "opener";
    if (n.counterpartyRegionId === null) return "counterparty";
  }
  return null;
}
