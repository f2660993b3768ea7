import type { ColumnType, Generated } from "kysely";
import type {
  Approver,
  CareType,
  DeclineReason,
  DocumentType,
  EndDestination,
  JustificationStatus,
  NegotiationStatus,
  OfferStatus,
  RequestStatus,
  Side,
  Urgency,
} from "@jeugdregie/domain";
import type { Timestamp } from "./schema.ts";

/** Table types of the placement point and the supra-regional layer (the rest are in schema.ts). */
export interface ChildrenTable {
  region_id: string;
  id: Generated<string>;
  pseudonym: string;
  bsn_hash: string;
  bsn_encrypted: string;
  name_encrypted: string | null;
  /** The child's initials ("S.d.V."), encrypted: what a referrer's list shows instead of the name. */
  initials_encrypted: ColumnType<string | null, string | null | undefined, string | null>;
  birth_date: ColumnType<string, string, string>;
  gender: string;
  home_municipality_code: string;
  created_at: Timestamp;
}

export interface PlacementRequestsTable {
  region_id: string;
  id: Generated<string>;
  child_id: string;
  referrer_user_id: string;
  referrer_kind: string;
  urgency: ColumnType<Urgency, Urgency | undefined, Urgency>;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  care_type: CareType;
  expertise_tags: ColumnType<string[], string[] | undefined, string[]>;
  intensity_band: string | null;
  keep_school: ColumnType<boolean, boolean | undefined, boolean>;
  school_name: string | null;
  siblings_together: ColumnType<boolean, boolean | undefined, boolean>;
  constraints: ColumnType<string, string | undefined, string>;
  analysis_summary: ColumnType<string, string | undefined, string>;
  interim_help: string | null;
  waiting_since: Date | null;
  submitted_at: Date | null;
  /** Set when a coordinator deliberately runs a further active request for the same child. */
  linked_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** The referrer's own reference for this request ("eigen kenmerk"), free text. */
  referrer_reference: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Every status a request passed through, written by a trigger (migration 0018). */
export interface RequestStatusChangesTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  status: RequestStatus;
  changed_at: Timestamp;
}

export interface RequestDocumentsTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  kind: DocumentType;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
  /** Migration 0037: the request's referrer, set by the database (what the referrer's read policy compares). */
  referrer_user_id: ColumnType<string | null, never, never>;
}

export interface OffersTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  location_region_id: string;
  location_id: string;
  provider_id: string;
  status: ColumnType<OfferStatus, OfferStatus | undefined, OfferStatus>;
  sent_by: string | null;
  sent_at: Timestamp;
  deadline_at: Timestamp;
  responded_at: Date | null;
  responded_by: string | null;
  decline_reason: DeclineReason | null;
  decline_text: string | null;
  over_allocation_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PlacementsTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  offer_id: string;
  location_region_id: string;
  location_id: string;
  provider_id: string;
  starts_on: ColumnType<string, string, string>;
  planned_end_on: string | null;
  crisis_cap_ends_on: string | null;
  follow_up_decision: string | null;
  ended_on: string | null;
  end_destination: EndDestination | null;
  end_note: string | null;
  at_risk: ColumnType<boolean, boolean | undefined, boolean>;
  at_risk_note: string | null;
  at_risk_since: Date | null;
  created_at: Timestamp;
}

export interface NeedRecordsTable {
  region_id: string;
  request_id: string;
  needed_care_type: CareType;
  needed_expertise: ColumnType<string[], string[] | undefined, string[]>;
  needed_intensity: string | null;
  urgency: Urgency;
  offers_made: ColumnType<number, number | undefined, number>;
  declines: ColumnType<unknown, string | undefined, string>;
  waited_days: number | null;
  placed_care_types: string[] | null;
  placed_location_id: string | null;
  placed_provider_id: string | null;
  fit_score: number | null;
  in_region: boolean | null;
  distance_tier: number | null;
  school_kept: boolean | null;
  siblings_together: boolean | null;
  daily_cost_cents: number | null;
  end_destination: string | null;
  updated_at: Timestamp;
}

export interface NotificationsTable {
  region_id: string;
  id: Generated<string>;
  kind: string;
  request_id: string | null;
  message: string;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface OorFrameworksTable {
  region_id: string;
  criteria: ColumnType<unknown, string, string>;
  approver: Approver;
  second_person: boolean;
  updated_at: Timestamp;
}

export interface OorJustificationsTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  location_region_id: string;
  location_id: string;
  criteria: string[];
  evidence: ColumnType<Record<string, string>, string, string>;
  in_region_reasons: string;
  status: ColumnType<JustificationStatus, JustificationStatus | undefined, JustificationStatus>;
  created_by: string;
  created_at: Timestamp;
  decided_by: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

export interface SupraAllocationsTable {
  supra_region_id: string;
  care_type: string;
  year: number;
  region_id: string;
  places: number;
  updated_at: Timestamp;
}

export interface CapacityNegotiationsTable {
  id: Generated<string>;
  supra_region_id: string;
  care_type: string;
  location_id: string | null;
  opener_region_id: string | null;
  counterparty_region_id: string | null;
  places: number;
  period_start: ColumnType<string, string, string>;
  period_end: ColumnType<string, string, string>;
  status: ColumnType<NegotiationStatus, NegotiationStatus | undefined, NegotiationStatus>;
  last_move: ColumnType<Side, Side | undefined, Side>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Set by app.apply_negotiation when the agreed places moved: exactly once. */
  applied_at: ColumnType<Date | null, never, never>;
}

export interface NegotiationStepsTable {
  id: Generated<string>;
  negotiation_id: string;
  side: Side;
  action: string;
  places: number;
  note: string | null;
  actor_user_id: string;
  actor_role: string;
  created_at: Timestamp;
}

export interface PhaseOutPlansTable {
  supra_region_id: string;
  provider_id: string;
  year: number;
  planned_places: number;
  min_viable_pct: ColumnType<number, number | undefined, number>;
  updated_at: Timestamp;
}
