import { describe, expect, it } from "vitest";
import { allowedActions, CLOSED_REQUEST_STATUSES, requestAllows } from "./request-actions.ts";
import {
  ACTIVE_REQUEST_STATUSES,
  REQUEST_EVENT_TYPES,
  REQUEST_STATUSES,
  transition,
  type RequestEvent,
  type RequestEventType,
} from "./states.ts";

/** Each event with the payload that passes its guards, so only the status decides. */
const passing: Record<RequestEventType, RequestEvent> = {
  submit: { type: "submit" },
  startTriage: { type: "startTriage" },
  startMatching: { type: "startMatching", missingDocuments: [] },
  sendOffer: { type: "sendOffer", openOffers: 0 },
  offerAccepted: { type: "offerAccepted" },
  offerDeclined: { type: "offerDeclined" },
  offerExpired: { type: "offerExpired" },
  wait: { type: "wait", interimHelp: "ambulant gezinsteam" },
  resumeMatching: { type: "resumeMatching" },
  place: { type: "place", hasAcceptedOffer: true },
  end: { type: "end" },
  withdraw: { type: "withdraw" },
};

describe("allowedActions", () => {
  it("offers exactly the events the state machine takes, status by status", () => {
    for (const status of REQUEST_STATUSES) {
      for (const event of REQUEST_EVENT_TYPES) {
        const takes = (() => {
          try {
            transition(status, passing[event]);
            return true;
          } catch {
            return false;
          }
        })();
        expect({ status, event, allowed: requestAllows(status, event) }).toEqual({ status, event, allowed: takes });
      }
    }
  });

  it("names what the coordinator and the referrer can do per status", () => {
    expect(allowedActions("draft")).toEqual(["submit", "withdraw", "addDocument", "deleteDraft"]);
    expect(allowedActions("submitted")).toEqual(["startTriage", "startMatching", "withdraw", "addDocument"]);
    expect(allowedActions("triage")).toEqual(["startMatching", "wait", "withdraw", "addDocument"]);
    expect(allowedActions("matching")).toEqual(["sendOffer", "wait", "withdraw", "addDocument"]);
    expect(allowedActions("offered")).toEqual(["offerAccepted", "offerDeclined", "offerExpired", "addDocument"]);
    expect(allowedActions("accepted")).toEqual(["place", "addDocument"]);
    expect(allowedActions("waiting")).toEqual(["resumeMatching", "withdraw", "addDocument"]);
    expect(allowedActions("ended")).toEqual([]);
    expect(allowedActions("withdrawn")).toEqual([]);
  });

  it("lets a running placement take an early signal, and a follow-up decision only when it is a crisis placement", () => {
    expect(allowedActions("placed")).toEqual(["end", "signalAtRisk"]);
    expect(allowedActions("placed", { crisisPlacement: true })).toEqual(["end", "signalAtRisk", "recordFollowUp"]);
    expect(requestAllows("accepted", "recordFollowUp", { crisisPlacement: true })).toBe(false);
  });

  it("closes a placed, ended or withdrawn request to new documents and deletes only drafts", () => {
    expect(REQUEST_STATUSES.filter((s) => !requestAllows(s, "addDocument"))).toEqual(["placed", "ended", "withdrawn"]);
    expect(REQUEST_STATUSES.filter((s) => requestAllows(s, "deleteDraft"))).toEqual(["draft"]);
  });
});

describe("active and closed statuses", () => {
  it("split the request statuses between them, each status in exactly one", () => {
    const both = [...ACTIVE_REQUEST_STATUSES, ...CLOSED_REQUEST_STATUSES];
    expect(new Set(both).size).toBe(both.length);
    expect([...both].sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});
