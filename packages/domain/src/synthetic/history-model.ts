import type { DocumentType } from "../onboarding/settings.ts";
import type { EndDestination, DeclineReason } from "../placement/offers.ts";
import type { RequestEvent, RequestStatus, Urgency } from "../placement/states.ts";

/** The rows a simulated history consists of; times are epoch milliseconds, calendar dates ISO strings. */
export interface SyntheticChild {
  id: string;
  regionId: string;
  pseudonym: string;
  /** Synthetic 11-proef numbers from the 9xxxxxxxx range: no test BSNs, never anyone's. */
  bsn: string;
  birthDate: string;
  gender: "0" | "1" | "2";
  homeMunicipalityCode: string;
  createdAt: number;
}

export interface SyntheticRequest {
  id: string;
  regionId: string;
  childId: string;
  referrerUserId: string;
  referrerKind: string;
  urgency: Urgency;
  status: RequestStatus;
  careType: string;
  expertiseTags: string[];
  intensityBand: string | null;
  createdAt: number;
  /** Null while the referrer's draft is not submitted yet. */
  submittedAt: number | null;
  updatedAt: number;
  waitingSince: number | null;
  interimHelp: string | null;
  /** Document kinds present (the region's gate before matching; none for crisis). */
  documents: DocumentType[];
  /** The events it went through, in order (only when the simulation is asked to trace). */
  trail?: RequestEvent["type"][];
  /** Every status it had, from draft on, with the time it got it (only when asked for a timeline). */
  statusChanges?: [RequestStatus, number][];
}

export type SyntheticOfferStatus = "open" | "accepted" | "declined" | "expired";

export interface SyntheticOffer {
  id: string;
  regionId: string;
  requestId: string;
  locationRegionId: string;
  locationId: string;
  providerId: string;
  status: SyntheticOfferStatus;
  sentBy: string | null;
  sentAt: number;
  deadlineAt: number;
  respondedAt: number | null;
  declineReason: DeclineReason | null;
  declineText: string | null;
}

export interface SyntheticPlacement {
  id: string;
  regionId: string;
  requestId: string;
  offerId: string;
  locationRegionId: string;
  locationId: string;
  providerId: string;
  startsOn: string;
  plannedEndOn: string | null;
  crisisCapEndsOn: string | null;
  endedOn: string | null;
  endDestination: EndDestination | null;
  atRisk: boolean;
  createdAt: number;
}

/** An approved "geen kind de regio uit" justification: every out-of-region offer has one. */
export interface SyntheticJustification {
  id: string;
  regionId: string;
  requestId: string;
  locationRegionId: string;
  locationId: string;
  createdBy: string;
  createdAt: number;
}

export interface SyntheticHistory {
  children: SyntheticChild[];
  requests: SyntheticRequest[];
  offers: SyntheticOffer[];
  placements: SyntheticPlacement[];
  justifications: SyntheticJustification[];
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A min-heap of timed events; ties keep insertion order so a seed replays exactly. */
export class EventQueue<T> {
  private heap: { at: number; seq: number; event: T }[] = [];
  private seq = 0;
  get size() {
    return this.heap.length;
  }
  push(at: number, event: T) {
    const heap = this.heap;
    heap.push({ at, seq: this.seq++, event });
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }
  peekAt(): number | undefined {
    return this.heap[0]?.at;
  }
  pop(): { at: number; event: T } | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (!top || !last) return top;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let smallest = i;
        if (l < heap.length && this.less(l, smallest)) smallest = l;
        if (r < heap.length && this.less(r, smallest)) smallest = r;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
        i = smallest;
      }
    }
    return top;
  }
  private less(a: number, b: number) {
    const x = this.heap[a]!;
    const y = this.heap[b]!;
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }
}

const PSEUDONYM_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Pseudonyms from a counter through a bijection: unique by construction, random-looking. */
export function pseudonymOf(n: number): string {
  let x = (n * 1_000_003 + 7_919) % 32 ** 7;
  let out = "";
  for (let i = 0; i < 7; i++) {
    out = PSEUDONYM_ALPHABET[x % 32]! + out;
    x = Math.floor(x / 32);
  }
  return `J-${out}`;
}

/** Synthetic BSNs in order: 9 digits starting with 9 that pass the 11-proef (never a test BSN 99999...). */
export function bsnSequence(): () => string {
  let base = 90_000_000;
  return () => {
    for (;;) {
      const digits = String(base++);
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
      const check = sum % 11;
      if (check < 10) return `${digits}${check}`;
    }
  };
}
