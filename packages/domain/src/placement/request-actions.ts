import { REQUEST_EVENT_TYPES, takesEvent, type RequestEventType, type RequestStatus } from "./states.ts";

/** A request that is placed, ended or withdrawn: its file is closed to new documents. */
export const CLOSED_REQUEST_STATUSES = ["placed", "ended", "withdrawn"] as const satisfies RequestStatus[];

/**
 * What can be done with a request: the state machine's events, and the actions that hang on its
 * status without changing it (documents, deleting a draft, a running placement's follow-up and
 * early signal).
 */
export type RequestAction = RequestEventType | "addDocument" | "deleteDraft" | "recordFollowUp" | "signalAtRisk";

/**
 * The actions a request in this status allows, for pages that show only what can be done and for
 * the code that refuses the rest. `crisisPlacement`: its running placement has a crisis cap.
 * Guards that need more than the status (missing documents, an open offer) are checked on the act.
 */
export function allowedActions(status: RequestStatus, facts: { crisisPlacement?: boolean } = {}): RequestAction[] {
  const actions: RequestAction[] = REQUEST_EVENT_TYPES.filter((event) => takesEvent(status, event));
  if (!(CLOSED_REQUEST_STATUSES as readonly RequestStatus[]).includes(status)) actions.push("addDocument");
  if (status === "draft") actions.push("deleteDraft");
  // A placed request has a running placement (ending it ends the request).
  if (status === "placed") {
    actions.push("signalAtRisk");
    if (facts.crisisPlacement) actions.push("recordFollowUp");
  }
  return actions;
}

/** One action's answer from allowedActions. */
export function requestAllows(status: RequestStatus, action: RequestAction, facts: { crisisPlacement?: boolean } = {}): boolean {
  return allowedActions(status, facts).includes(action);
}
