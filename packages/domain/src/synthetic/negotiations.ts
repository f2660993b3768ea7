import type { CareType } from "../care-types.ts";
import { assertAllocationsFit } from "../supra/allocations.ts";
import { assertGiverHasPlaces, respond, type NegotiationAction, type NegotiationState, type Side } from "../supra/negotiations.ts";
import type { SyntheticCountry } from "./country.ts";
import { DAY_MS, HOUR_MS, type SyntheticHistory } from "./history-model.ts";
import { seededRandom, type Random } from "./random.ts";

export interface SyntheticAllocation {
  supraRegionId: string;
  careType: CareType;
  year: number;
  regionId: string;
  places: number;
}

export interface SyntheticNegotiationStep {
  side: Side;
  action: "open" | NegotiationAction;
  places: number;
  note: string | null;
  actorUserId: string;
  actorRole: string;
  createdAt: number;
}

export interface SyntheticNegotiation {
  id: string;
  supraRegionId: string;
  careType: CareType;
  openerRegionId: string;
  /** Null: the pool (its places not yet allocated), answered by the supra coordinator. */
  counterpartyRegionId: string | null;
  periodStart: string;
  periodEnd: string;
  state: NegotiationState;
  createdAt: number;
  updatedAt: number;
  steps: SyntheticNegotiationStep[];
}

export interface SupraPlanning {
  allocations: SyntheticAllocation[];
  negotiations: SyntheticNegotiation[];
}

/** Of the pooled places, the share the supra coordinator allocates up front; the rest stays in the pool. */
const ALLOCATED_SHARE = 0.85;
const NOTES = {
  open: "Structureel wachtenden voor deze zorgvorm; we vragen extra plekken voor volgend jaar.",
  growth: "Ons gebruik van deze zorgvorm groeit; we vragen extra plekken voor volgend jaar.",
  counter: "Zoveel kunnen we niet missen; dit aantal wel.",
  reject: "Onze eigen wachtlijst laat dit niet toe.",
};

/**
 * Next year's planning of the pooled care of every supra region, from the history: the supra
 * coordinator allocates the pool to the member regions by their use (allocations never exceed the
 * pool, assertAllocationsFit), and the regions that kept children waiting negotiate for more with a
 * partner region or the pool, in turns by the negotiation rules (`respond`); an accepted
 * negotiation moves places only from a giver that has them (assertGiverHasPlaces). About next
 * year, so no offer of the history falls under an allocation it did not know about.
 */
export function simulateSupraPlanning(
  country: SyntheticCountry,
  history: SyntheticHistory,
  params: { seed: number; now: Date },
): SupraPlanning {
  const random = seededRandom(params.seed + 1);
  const year = params.now.getUTCFullYear() + 1;
  const endMs = params.now.getTime();
  const confirmed = new Set(country.contracts.filter((c) => c.confirmed).map((c) => `${c.regionId}|${c.providerId}`));
  const requestsById = new Map(history.requests.map((r) => [r.id, r]));
  const allocations: SyntheticAllocation[] = [];
  const negotiations: SyntheticNegotiation[] = [];
  const actorOf = (regionId: string | null, supraRegionId: string) => {
    const user = country.users.find((u) =>
      regionId ? u.regionId === regionId && u.role === "region_admin" : u.supraRegionId === supraRegionId && u.role === "supra_coordinator",
    );
    return user && { id: user.id, role: user.role };
  };

  for (const supra of country.supraRegions)
    for (const careType of supra.pooledCareTypes) {
      const members = supra.memberRegionIds;
      const capacity = country.locations
        .filter((l) => members.includes(l.regionId) && l.careTypes.includes(careType) && confirmed.has(`${l.regionId}|${l.providerId}`))
        .reduce((sum, l) => sum + l.capacity, 0);
      if (capacity === 0 || members.length < 2) continue;
      const used = new Map(members.map((m) => [m, 1]));
      const waited = new Map(members.map((m) => [m, 0]));
      for (const p of history.placements) {
        const r = requestsById.get(p.requestId);
        if (r?.careType === careType && used.has(p.regionId)) used.set(p.regionId, used.get(p.regionId)! + 1);
      }
      for (const r of history.requests)
        if (r.careType === careType && waited.has(r.regionId) && (r.status === "waiting" || r.waitingSince !== null))
          waited.set(r.regionId, waited.get(r.regionId)! + 1);
      const totalUse = [...used.values()].reduce((a, b) => a + b, 0);
      const places = new Map(members.map((m) => [m, Math.floor((capacity * ALLOCATED_SHARE * used.get(m)!) / totalUse)]));
      assertAllocationsFit(
        [...places.values()].map((p) => ({ places: p })),
        capacity,
      );

      // The regions that kept the most children waiting (else used the most) open; the pool or the partner with most places answers.
      const openers = [...members].sort((a, b) => waited.get(b)! - waited.get(a)! || used.get(b)! - used.get(a)! || a.localeCompare(b));
      for (const [n, opener] of openers.slice(0, 2).entries()) {
        const partners = members.filter((m) => m !== opener).sort((a, b) => places.get(b)! - places.get(a)! || a.localeCompare(b));
        const unallocated = capacity - [...places.values()].reduce((a, b) => a + b, 0);
        const poolAnswers = n === 0 && unallocated > 0 && actorOf(null, supra.id) !== undefined;
        const counterparty = poolAnswers ? null : (partners[0] ?? null);
        const openerActor = actorOf(opener, supra.id);
        const counterActor = actorOf(counterparty, supra.id);
        if (!openerActor || !counterActor) continue;
        const asked = random.int(1, 3);
        const openedAt = endMs - random.int(10, 50) * DAY_MS;
        let at = openedAt;
        const negotiation: SyntheticNegotiation = {
          id: random.uuid(),
          supraRegionId: supra.id,
          careType,
          openerRegionId: opener,
          counterpartyRegionId: counterparty,
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-12-31`,
          state: { status: "open", places: asked, lastMove: "opener" },
          createdAt: openedAt,
          updatedAt: openedAt,
          steps: [step("opener", "open", asked, waited.get(opener)! > 0 ? NOTES.open : NOTES.growth, openerActor, openedAt)],
        };
        // Up to three moves in turns; some still wait for an answer.
        for (let move = 0; move < 3 && (negotiation.state.status === "open" || negotiation.state.status === "countered"); move++) {
          at += random.between(6, 120) * HOUR_MS;
          if (at >= endMs || random.chance(0.3)) break;
          const side: Side = negotiation.state.lastMove === "opener" ? "counterparty" : "opener";
          const action = moveOf(random, side, negotiation.state.places);
          const counterPlaces = action === "counter" ? Math.max(1, negotiation.state.places - 1) : undefined;
          let next = respond(negotiation.state, side, action, counterPlaces);
          if (next.status === "accepted") {
            const giver =
              counterparty === null
                ? ({ kind: "pool", unallocated } as const)
                : ({ kind: "region", name: counterparty, allocated: places.get(counterparty)! } as const);
            try {
              assertGiverHasPlaces(giver, next.places, { year, careType });
            } catch {
              next = respond(negotiation.state, side, "reject");
            }
          }
          negotiation.state = next;
          negotiation.updatedAt = at;
          const actor = side === "opener" ? openerActor : counterActor;
          const note = action === "counter" ? NOTES.counter : next.status === "rejected" ? NOTES.reject : null;
          negotiation.steps.push(step(side, next.status === "rejected" ? "reject" : action, next.places, note, actor, at));
        }
        if (negotiation.state.status === "accepted") {
          places.set(opener, places.get(opener)! + negotiation.state.places);
          if (counterparty) places.set(counterparty, places.get(counterparty)! - negotiation.state.places);
        }
        negotiations.push(negotiation);
      }
      for (const m of members) allocations.push({ supraRegionId: supra.id, careType, year, regionId: m, places: places.get(m)! });
    }
  return { allocations, negotiations };
}

function moveOf(random: Random, side: Side, places: number): NegotiationAction {
  const roll = random.next();
  // The answering partner mostly agrees or meets halfway; an opener mostly takes a counter-offer.
  if (side === "opener") return roll < 0.8 ? "accept" : "reject";
  return roll < 0.45 ? "accept" : roll < 0.8 && places > 1 ? "counter" : "reject";
}

function step(
  side: Side,
  action: SyntheticNegotiationStep["action"],
  places: number,
  note: string | null,
  actor: { id: string; role: string },
  at: number,
): SyntheticNegotiationStep {
  return { side, action, places, note, actorUserId: actor.id, actorRole: actor.role, createdAt: at };
}
