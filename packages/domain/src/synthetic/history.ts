import { CARE_TYPES, type CareType } from "../care-types.ts";
import { DEFAULT_PLACEMENT_POINT_SETTINGS } from "../onboarding/settings.ts";
import { ageOn, rankCandidates, type Need, type RankedMatch } from "../placement/matching.ts";
import type { EndDestination } from "../placement/offers.ts";
import { transition, type RequestEvent } from "../placement/states.ts";
import { ASSUMPTIONS, CHILD_AGES, PROFILES, STAY_DAYS } from "./assumptions.ts";
import type { SyntheticCountry } from "./country.ts";
import {
  bsnSequence,
  DAY_MS,
  EventQueue,
  HOUR_MS,
  isoDate,
  pseudonymOf,
  type SyntheticChild,
  type SyntheticHistory,
  type SyntheticOffer,
  type SyntheticPlacement,
  type SyntheticRequest,
} from "./history-model.ts";
import { seededRandom, type Random } from "./random.ts";
import { buildWorld, type LocationState } from "./history-world.ts";

export interface HistoryParams {
  seed: number;
  /** History ends here: open offers have deadlines after it, running placements are still running. */
  now: Date;
  /** How far back history starts (whole days before the day of `now`). */
  days: number;
  /** Multiplies every arrival rate (1: requests that would fill places to the occupancy target; default 0.95). */
  demand?: number;
  /** Record each request's events (for tests that replay them through the state machine). */
  trace?: boolean;
  /** Record each request's statuses with their times (the status history a referrer reads). */
  timeline?: boolean;
}

interface RequestState {
  row: SyntheticRequest;
  child: SyntheticChild;
  tried: Set<string>;
}

type SimEvent =
  | { kind: "arrival"; regionId: string; careType: CareType }
  | { kind: "submit" | "triage" | "match" | "withdraw"; request: RequestState }
  | { kind: "answer"; offer: SyntheticOffer; request: RequestState; outcome: "accepted" | "declined" | "expired" }
  | { kind: "start"; offer: SyntheticOffer; request: RequestState }
  | { kind: "end"; placement: SyntheticPlacement; request: RequestState; destination: EndDestination };

/** Slightly below the occupancy target: waiting lists stay in the thousands nationally, not tens of thousands. */
export const DEFAULT_DEMAND = 0.95;

const INTERIM_HELP = "Ambulante hulp in het gezin en een vaste contactpersoon tot er een passende plek is.";
const DECLINE_TEXT = "Groepssamenstelling laat dit nu niet toe; toelichting telefonisch gegeven.";

/**
 * A history of requests arriving over time per region and care type, matched with the domain's own
 * rules: the ranking (`rankCandidates`), the state machine (`transition`), one offer at a time,
 * providers answering, placements with lengths per care type, breakdowns and re-placements, waiting
 * with interim help and re-matching when a place frees up. Pure and deterministic from the seed.
 */
export function simulateHistory(country: SyntheticCountry, params: HistoryParams): SyntheticHistory {
  const random = seededRandom(params.seed);
  const endMs = params.now.getTime();
  const startMs = Math.floor(endMs / DAY_MS) * DAY_MS - params.days * DAY_MS;
  const sim = new Simulation(country, random, startMs, endMs, params);
  return sim.run();
}

class Simulation {
  private readonly queue = new EventQueue<SimEvent>();
  private readonly history: SyntheticHistory = { children: [], requests: [], offers: [], placements: [], justifications: [] };
  private readonly candidatesOf: Map<string, Map<string, LocationState[]>>;
  /** Waiting children per region and care type, oldest first (answered requests are dropped lazily). */
  private readonly waiting = new Map<string, RequestState[]>();
  private readonly locations: Map<string, LocationState>;
  private readonly referrers: Map<string, string[]>;
  private readonly coordinators: Map<string, string[]>;
  private readonly regionById: Map<string, SyntheticCountry["regions"][number]>;
  private readonly nextBsn = bsnSequence();
  private readonly fallbackUser: string;

  constructor(
    private readonly country: SyntheticCountry,
    private readonly random: Random,
    private readonly startMs: number,
    private readonly endMs: number,
    private readonly params: HistoryParams,
  ) {
    this.regionById = new Map(country.regions.map((r) => [r.id, r]));
    const world = buildWorld(country);
    this.locations = world.locations;
    this.candidatesOf = world.candidatesOf;
    this.referrers = world.referrers;
    this.coordinators = world.coordinators;
    this.fallbackUser = country.users[0]?.id ?? "";
  }

  run(): SyntheticHistory {
    const demand = this.params.demand ?? DEFAULT_DEMAND;
    for (const region of this.country.regions)
      for (const careType of CARE_TYPES) {
        const own = this.country.locations
          .filter((l) => l.regionId === region.id && l.careTypes.includes(careType))
          .reduce((sum, l) => sum + l.capacity / l.careTypes.length, 0);
        if (own === 0) continue;
        const [minStay, maxStay] = STAY_DAYS[careType];
        // Re-placements come on top of first requests: the first requests leave room for them.
        const firstShare = careType === "crisisplek" ? 1 : 1 - ASSUMPTIONS.rePlacementRate;
        const perDay = (demand * firstShare * ASSUMPTIONS.occupancyTarget * own) / ((minStay + maxStay) / 2);
        this.arrivalRates.set(`${region.id}|${careType}`, perDay);
        this.queue.push(this.startMs + this.random.exponential(DAY_MS / perDay), { kind: "arrival", regionId: region.id, careType });
      }
    for (let next = this.queue.peekAt(); next !== undefined && next <= this.endMs; next = this.queue.peekAt()) {
      const { at, event } = this.queue.pop()!;
      this.handle(at, event);
    }
    return this.history;
  }

  private readonly arrivalRates = new Map<string, number>();

  private handle(at: number, event: SimEvent) {
    switch (event.kind) {
      case "arrival": {
        const rate = this.arrivalRates.get(`${event.regionId}|${event.careType}`)!;
        this.queue.push(at + this.random.exponential(DAY_MS / rate), event);
        this.newRequest(at, event.regionId, event.careType, null);
        return;
      }
      case "submit":
        return this.submit(event.request, at);
      case "triage":
        if (event.request.row.status !== "submitted") return;
        this.apply(event.request, at, { type: "startTriage" });
        this.queue.push(at + this.random.between(24, 240) * HOUR_MS, { kind: "match", request: event.request });
        return;
      case "match":
        if (event.request.row.status === "triage" || event.request.row.status === "submitted") {
          event.request.row.documents = [...DEFAULT_PLACEMENT_POINT_SETTINGS.requiredDocuments];
          this.apply(event.request, at, { type: "startMatching", missingDocuments: [] });
        }
        if (event.request.row.status === "matching") this.match(event.request, at);
        return;
      case "withdraw":
        if (["submitted", "triage", "waiting"].includes(event.request.row.status)) this.apply(event.request, at, { type: "withdraw" });
        return;
      case "answer":
        return this.answer(at, event.offer, event.request, event.outcome);
      case "start":
        return this.start(at, event.offer, event.request);
      case "end":
        return this.end(at, event.placement, event.request, event.destination);
    }
  }

  private apply(request: RequestState, at: number, event: RequestEvent) {
    const row = request.row;
    row.status = transition(row.status, event, row.urgency);
    row.updatedAt = at;
    row.trail?.push(event.type);
    row.statusChanges?.push([row.status, at]);
  }

  private newRequest(at: number, regionId: string, careType: CareType, child: SyntheticChild | null) {
    const region = this.regionById.get(regionId)!;
    const [minAge, maxAge] = CHILD_AGES[careType];
    if (!child) {
      const n = this.history.children.length;
      const age = this.random.int(minAge, maxAge);
      child = {
        id: this.random.uuid(),
        regionId,
        pseudonym: pseudonymOf(n),
        bsn: this.nextBsn(),
        birthDate: isoDate(at - age * 365.25 * DAY_MS - this.random.int(0, 364) * DAY_MS),
        gender: this.random.pick(["0", "1", "1", "2", "2"] as const),
        homeMunicipalityCode: this.random.pick(region.municipalities).code,
        createdAt: at,
      };
      this.history.children.push(child);
    }
    const profile = Object.values(PROFILES).find((p) => p.careTypes[0] === careType) ?? Object.values(PROFILES)[0]!;
    const crisis = careType === "crisisplek";
    const row: SyntheticRequest = {
      id: this.random.uuid(),
      regionId,
      childId: child.id,
      referrerUserId: this.random.pick(this.referrers.get(regionId) ?? this.coordinators.get(regionId) ?? [this.fallbackUser]),
      referrerKind: this.random.pick(["01", "02", "03", "04"]),
      urgency: crisis ? "crisis" : "regular",
      status: "draft",
      careType,
      expertiseTags: this.random.sample(profile.expertise, this.random.int(0, 2)),
      intensityBand: this.random.chance(0.8) ? this.random.pick(profile.bands) : null,
      createdAt: at,
      submittedAt: null,
      updatedAt: at,
      waitingSince: null,
      interimHelp: null,
      documents: [],
      ...(this.params.trace ? { trail: [] } : {}),
      ...(this.params.timeline ? { statusChanges: [["draft", at]] } : {}),
    };
    this.history.requests.push(row);
    const request: RequestState = { row, child, tried: new Set() };
    // The crisis team submits at once; a referrer finishes a draft (documents, analysis) within hours or days.
    if (crisis) this.submit(request, at);
    else this.queue.push(at + this.random.between(1, ASSUMPTIONS.draftHours) * HOUR_MS, { kind: "submit", request });
  }

  private submit(request: RequestState, at: number) {
    request.row.submittedAt = at;
    this.apply(request, at, { type: "submit" });
    if (request.row.urgency === "crisis") {
      this.apply(request, at, { type: "startMatching", missingDocuments: [] });
      this.match(request, at);
    } else if (this.random.chance(ASSUMPTIONS.withdrawnInTriageRate)) {
      this.queue.push(at + this.random.between(4, 72) * HOUR_MS, { kind: "triage", request });
      this.queue.push(at + this.random.between(24, 200) * HOUR_MS, { kind: "withdraw", request });
    } else {
      this.queue.push(at + this.random.between(4, 72) * HOUR_MS, { kind: "triage", request });
    }
  }

  private needOf(request: RequestState, at: number): Need {
    const row = request.row;
    const home = request.child.homeMunicipalityCode;
    const region = this.regionById.get(row.regionId)!;
    return {
      careType: row.careType,
      expertiseTags: row.expertiseTags,
      ageYears: ageOn(request.child.birthDate, isoDate(at)),
      intensityBand: row.intensityBand,
      homeRegionId: row.regionId,
      homeMunicipalityCode: home,
      homeProvince: region.municipalities.find((m) => m.code === home)?.province ?? region.province,
    };
  }

  /** The coordinator's step: rank the free places, offer the best one in the region (else the best outside, justified). */
  private match(request: RequestState, at: number): boolean {
    const need = this.needOf(request, at);
    const pool = this.candidatesOf.get(request.row.regionId)?.get(request.row.careType) ?? [];
    // Locations that cannot take the child now are excluded by rankCandidates anyway; filtering first keeps it fast.
    const open = pool.filter(
      (s) =>
        s.confirmed &&
        !request.tried.has(s.location.id) &&
        s.candidate.capacity - s.candidate.occupied - s.candidate.reserved > 0 &&
        need.ageYears >= s.candidate.ageMin &&
        need.ageYears <= s.candidate.ageMax,
    );
    const { matches } = rankCandidates(
      need,
      open.map((s) => s.candidate),
    );
    const best: RankedMatch | undefined = matches.find((m) => m.inRegion) ?? matches[0];
    if (!best) {
      this.apply(request, at, { type: "wait", interimHelp: INTERIM_HELP });
      request.row.waitingSince = at;
      request.row.interimHelp = INTERIM_HELP;
      const key = `${request.row.regionId}|${request.row.careType}`;
      const list = this.waiting.get(key) ?? [];
      list.push(request);
      this.waiting.set(key, list);
      if (this.random.chance(ASSUMPTIONS.waitingResolvedAtHomeRate))
        this.queue.push(at + this.random.between(14, 120) * DAY_MS, { kind: "withdraw", request });
      return false;
    }
    const state = this.locations.get(best.locationId)!;
    this.apply(request, at, { type: "sendOffer", openOffers: 0 });
    request.tried.add(best.locationId);
    const sentBy = this.random.pick(this.coordinators.get(request.row.regionId) ?? [this.fallbackUser]);
    const offer: SyntheticOffer = {
      id: this.random.uuid(),
      regionId: request.row.regionId,
      requestId: request.row.id,
      locationRegionId: state.location.regionId,
      locationId: state.location.id,
      providerId: state.location.providerId,
      status: "open",
      sentBy,
      sentAt: at,
      deadlineAt: at + ASSUMPTIONS.offerResponseHours * HOUR_MS,
      respondedAt: null,
      declineReason: null,
      declineText: null,
    };
    this.history.offers.push(offer);
    if (!best.inRegion)
      this.history.justifications.push({
        id: this.random.uuid(),
        regionId: offer.regionId,
        requestId: offer.requestId,
        locationRegionId: offer.locationRegionId,
        locationId: offer.locationId,
        createdBy: sentBy,
        createdAt: at,
      });
    state.candidate.reserved++;
    const accept = Math.min(0.95, ASSUMPTIONS.acceptBase + (ASSUMPTIONS.acceptPerFit * (best.fit - 100)) / 100);
    const roll = this.random.next();
    const outcome = roll < ASSUMPTIONS.expireRate ? "expired" : roll < ASSUMPTIONS.expireRate + accept ? "accepted" : "declined";
    const answerAt = outcome === "expired" ? offer.deadlineAt : at + Math.min(71, this.random.exponential(20)) * HOUR_MS;
    this.queue.push(answerAt, { kind: "answer", offer, request, outcome });
    return true;
  }

  private answer(at: number, offer: SyntheticOffer, request: RequestState, outcome: "accepted" | "declined" | "expired") {
    offer.status = outcome;
    offer.respondedAt = at;
    if (outcome === "accepted") {
      this.apply(request, at, { type: "offerAccepted" });
      const startDay = Math.floor(at / DAY_MS) * DAY_MS + this.random.int(1, 4) * DAY_MS;
      this.queue.push(startDay + 8 * HOUR_MS, { kind: "start", offer, request });
      return;
    }
    if (outcome === "declined") {
      offer.declineReason = this.random.weighted(ASSUMPTIONS.declineReasons);
      offer.declineText = offer.declineReason === "other" ? DECLINE_TEXT : null;
    }
    this.apply(request, at, { type: outcome === "declined" ? "offerDeclined" : "offerExpired" });
    this.locations.get(offer.locationId)!.candidate.reserved--;
    this.queue.push(at + this.random.between(1, 24) * HOUR_MS, { kind: "match", request });
    this.freed(at, offer.locationId);
  }

  private start(at: number, offer: SyntheticOffer, request: RequestState) {
    this.apply(request, at, { type: "place", hasAcceptedOffer: true });
    const state = this.locations.get(offer.locationId)!;
    state.candidate.reserved--;
    state.candidate.occupied++;
    const crisis = request.row.urgency === "crisis";
    const [minStay, maxStay] = STAY_DAYS[request.row.careType as CareType];
    const planned = this.random.int(minStay, maxStay);
    const breaksDown = !crisis && this.random.chance(ASSUMPTIONS.rePlacementRate);
    const stay = breaksDown ? Math.max(7, Math.round(planned * this.random.between(0.2, 0.8))) : planned;
    const startDay = Math.floor(at / DAY_MS) * DAY_MS;
    const capEnds = crisis ? startDay + ASSUMPTIONS.crisisCapDays * DAY_MS : null;
    const placement: SyntheticPlacement = {
      id: this.random.uuid(),
      regionId: request.row.regionId,
      requestId: request.row.id,
      offerId: offer.id,
      locationRegionId: offer.locationRegionId,
      locationId: offer.locationId,
      providerId: offer.providerId,
      startsOn: isoDate(startDay),
      plannedEndOn: crisis ? null : isoDate(startDay + planned * DAY_MS),
      crisisCapEndsOn: capEnds === null ? null : isoDate(capEnds),
      endedOn: null,
      endDestination: null,
      atRisk: false,
      createdAt: at,
    };
    this.history.placements.push(placement);
    const endAt = startDay + stay * DAY_MS;
    if (breaksDown && endAt > this.endMs && endAt - this.endMs < 45 * DAY_MS) placement.atRisk = true;
    const destination: EndDestination = breaksDown
      ? "another_placement"
      : crisis
        ? this.random.chance(ASSUMPTIONS.crisisContinuesRate)
          ? "another_placement"
          : "home"
        : this.random.weighted([
            ["home", 45],
            ["lighter_care", 30],
            ["independent", request.row.careType === "kleinschalige_woonvoorziening" ? 30 : 5],
            ["other", 5],
          ] as const);
    this.queue.push(endAt + HOUR_MS, { kind: "end", placement, request, destination });
  }

  private end(at: number, placement: SyntheticPlacement, request: RequestState, destination: EndDestination) {
    this.apply(request, at, { type: "end" });
    placement.endedOn = isoDate(at);
    placement.endDestination = destination;
    this.locations.get(placement.locationId)!.candidate.occupied--;
    if (destination === "another_placement") {
      const age = ageOn(request.child.birthDate, isoDate(at));
      const next: CareType =
        request.row.careType !== "crisisplek"
          ? (request.row.careType as CareType)
          : age < 12
            ? "gezinshuis"
            : age < 16
              ? "behandelgroep"
              : "kleinschalige_woonvoorziening";
      this.newRequest(at, request.row.regionId, next, request.child);
    }
    this.freed(at, placement.locationId);
  }

  /** A place came free: children waiting in the regions that see it resume matching, oldest first. */
  private freed(at: number, locationId: string) {
    const state = this.locations.get(locationId)!;
    const c = state.candidate;
    if (!state.confirmed) return;
    const today = isoDate(at);
    for (const regionId of state.visibleTo)
      for (const careType of state.location.careTypes) {
        const list = this.waiting.get(`${regionId}|${careType}`);
        if (!list) continue;
        const still = list.filter((r) => r.row.status === "waiting");
        this.waiting.set(`${regionId}|${careType}`, still);
        for (let i = 0, n = still.length; i < n; i++) {
          const request = still[i]!;
          if (c.capacity - c.occupied - c.reserved <= 0) return;
          if (request.row.status !== "waiting") continue;
          const age = ageOn(request.child.birthDate, today);
          if (age < c.ageMin || age > c.ageMax) continue;
          this.apply(request, at, { type: "resumeMatching" });
          request.row.waitingSince = null;
          request.tried.clear();
          this.match(request, at);
        }
      }
  }
}
