import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface RegionsTable {
  id: Generated<string>;
  code: string;
  name: string;
  created_at: Timestamp;
}

export interface ReferenceMunicipalitiesTable {
  code: string;
  name: string;
  province: string;
  jeugdzorgregio: string;
  valid_from: ColumnType<string, string, string>;
}

export interface MunicipalitiesTable {
  region_id: string;
  code: string;
  name: string;
}

export interface SupraRegionsTable {
  id: Generated<string>;
  code: string;
  name: string;
  created_at: Timestamp;
}

export interface SupraRegionMembersTable {
  supra_region_id: string;
  region_id: string;
}

export interface SupraRegionCareTypesTable {
  supra_region_id: string;
  care_type: string;
}

export interface ProvidersTable {
  id: Generated<string>;
  name: string;
  kvk: string;
  agb: string | null;
  created_at: Timestamp;
}

export interface LocationsTable {
  region_id: string;
  id: Generated<string>;
  provider_id: string;
  name: string;
  municipality_code: string;
  care_types: string[];
  expertise_tags: ColumnType<string[], string[] | undefined, string[]>;
  age_min: number;
  age_max: number;
  intensity_band: string | null;
  capacity: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  capacity_confirmed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  disabled_at: Date | null;
}

export interface MembershipsTable {
  id: Generated<string>;
  user_id: string;
  role: string;
  region_id: string | null;
  provider_id: string | null;
  supra_region_id: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  active_region_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  user_agent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  region_id: string | null;
  chain_seq: Generated<string>;
  occurred_at: Timestamp;
  user_id: string | null;
  on_behalf_of: string | null;
  role: string;
  organisation: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  details: ColumnType<unknown, string | undefined, string>;
  emergency_access: ColumnType<boolean, boolean | undefined, boolean>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

export interface WorkerHeartbeatsTable {
  worker_id: string;
  hostname: string;
  pid: number;
  started_at: Timestamp;
  last_beat_at: Timestamp;
  beats: ColumnType<string, number | undefined, number | string>;
}

export interface RegionSettingsTable {
  region_id: string;
  required_documents: string[];
  offer_response_hours: number;
  crisis_cap_days: number;
  capacity_freshness_days: number;
  care_types: string[];
  updated_at: Timestamp;
}

export interface SegmentsTable {
  region_id: string;
  id: Generated<string>;
  name: string;
  description: ColumnType<string, string | undefined, string>;
}

type DateColumn = ColumnType<string, string, string>;

export interface ContractsTable {
  region_id: string;
  id: Generated<string>;
  provider_id: string;
  segment_id: string;
  provider_role: string;
  financing_form: string;
  starts_on: DateColumn;
  ends_on: DateColumn;
  revision_clause: ColumnType<string, string | undefined, string>;
  guarantee_amount_cents: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: Timestamp;
}

export interface ContractProductsTable {
  region_id: string;
  id: Generated<string>;
  contract_id: string;
  provider_id: string;
  product_code: string;
  product_category: string;
  unit: string;
  tariff_cents: number;
  intensity_band: string | null;
  starts_on: DateColumn;
  ends_on: DateColumn;
}

export interface IntensityTariffsTable {
  region_id: string;
  band: string;
  min_hours: ColumnType<string, number, number>;
  max_hours: ColumnType<string, number, number>;
  tariff_cents: number;
  valid_from: DateColumn;
}

export interface InvitationsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  role: string;
  region_id: string | null;
  provider_id: string | null;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Date | null;
  accepted_user_id: string | null;
}

export interface ImportJobsTable {
  region_id: string;
  id: Generated<string>;
  kind: string;
  filename: string;
  content: string;
  status: ColumnType<string, string | undefined, string>;
  total_rows: ColumnType<number, number | undefined, number>;
  processed_rows: ColumnType<number, number | undefined, number>;
  errors: ColumnType<{ line: number; message: string }[], string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

export interface OutboxTable {
  id: Generated<string>;
  region_id: string | null;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  status: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}

export interface OidcProvidersTable {
  region_id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  scopes: ColumnType<string, string | undefined, string>;
  enabled: ColumnType<boolean, boolean | undefined, boolean>;
  updated_at: Timestamp;
}

export interface OidcLoginStatesTable {
  state: string;
  region_id: string;
  region_code: string;
  code_verifier: string;
  nonce: string;
  return_to: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
}

export interface ChildrenTable {
  region_id: string;
  id: Generated<string>;
  pseudonym: string;
  bsn_hash: string;
  bsn_encrypted: string;
  name_encrypted: string | null;
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
  urgency: ColumnType<string, string | undefined, string>;
  status: ColumnType<string, string | undefined, string>;
  care_type: string;
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
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RequestDocumentsTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  kind: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface OffersTable {
  region_id: string;
  id: Generated<string>;
  request_id: string;
  location_region_id: string;
  location_id: string;
  provider_id: string;
  status: ColumnType<string, string | undefined, string>;
  sent_by: string | null;
  sent_at: Timestamp;
  deadline_at: Timestamp;
  responded_at: Date | null;
  responded_by: string | null;
  decline_reason: string | null;
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
  end_destination: string | null;
  end_note: string | null;
  at_risk: ColumnType<boolean, boolean | undefined, boolean>;
  at_risk_note: string | null;
  at_risk_since: Date | null;
  created_at: Timestamp;
}

export interface NeedRecordsTable {
  region_id: string;
  request_id: string;
  needed_care_type: string;
  needed_expertise: ColumnType<string[], string[] | undefined, string[]>;
  needed_intensity: string | null;
  urgency: string;
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
  approver: string;
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
  status: ColumnType<string, string | undefined, string>;
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
  status: ColumnType<string, string | undefined, string>;
  last_move: ColumnType<string, string | undefined, string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NegotiationStepsTable {
  id: Generated<string>;
  negotiation_id: string;
  side: string;
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

export interface DB {
  regions: RegionsTable;
  reference_municipalities: ReferenceMunicipalitiesTable;
  municipalities: MunicipalitiesTable;
  supra_regions: SupraRegionsTable;
  supra_region_members: SupraRegionMembersTable;
  supra_region_care_types: SupraRegionCareTypesTable;
  providers: ProvidersTable;
  locations: LocationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  audit_log: AuditLogTable;
  worker_heartbeats: WorkerHeartbeatsTable;
  region_settings: RegionSettingsTable;
  segments: SegmentsTable;
  contracts: ContractsTable;
  contract_products: ContractProductsTable;
  intensity_tariffs: IntensityTariffsTable;
  invitations: InvitationsTable;
  import_jobs: ImportJobsTable;
  outbox: OutboxTable;
  oidc_providers: OidcProvidersTable;
  oidc_login_states: OidcLoginStatesTable;
  children: ChildrenTable;
  placement_requests: PlacementRequestsTable;
  request_documents: RequestDocumentsTable;
  offers: OffersTable;
  placements: PlacementsTable;
  need_records: NeedRecordsTable;
  notifications: NotificationsTable;
  oor_frameworks: OorFrameworksTable;
  oor_justifications: OorJustificationsTable;
  supra_allocations: SupraAllocationsTable;
  capacity_negotiations: CapacityNegotiationsTable;
  negotiation_steps: NegotiationStepsTable;
  phase_out_plans: PhaseOutPlansTable;
}

export type Region = Selectable<RegionsTable>;
export type Location = Selectable<LocationsTable>;
export type NewLocation = Insertable<LocationsTable>;
export type User = Selectable<UsersTable>;
export type Provider = Selectable<ProvidersTable>;
