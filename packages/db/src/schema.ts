import type { ColumnType, Generated, Selectable } from "kysely";
import type {
  CareType,
  ContractStatus,
  DocumentType,
  FinancingForm,
  ImportKind,
  ImportStatus,
  IntensityBand,
  ProviderRole,
  Role,
  SettlementStatus,
} from "@jeugdregie/domain";
import type {
  ChildrenTable,
  PlacementRequestsTable,
  RequestDocumentsTable,
  RequestStatusChangesTable,
  OffersTable,
  PlacementsTable,
  NeedRecordsTable,
  NotificationsTable,
  OorFrameworksTable,
  OorJustificationsTable,
  SupraAllocationsTable,
  CapacityNegotiationsTable,
  NegotiationStepsTable,
  PhaseOutPlansTable,
} from "./schema-placement.ts";

export type * from "./schema-placement.ts";

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

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
  /** A pooled care type: supra regions name their own (no check in the database), so text. */
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
  care_types: CareType[];
  expertise_tags: ColumnType<string[], string[] | undefined, string[]>;
  age_min: number;
  age_max: number;
  intensity_band: string | null;
  capacity: number;
  /** Migration 0033: recorded where the location records it, null where it does not (never read as 0). */
  hybrid_places: ColumnType<number | null, number | null | undefined, number | null>;
  round_the_clock_support: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  capacity_confirmed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  deactivated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Maintained by the database (migration 0020): running placements, and offers holding a place. */
  occupied: ColumnType<number, never, never>;
  reserved: ColumnType<number, never, never>;
  /** The earliest planned end of a running placement here (maintained with the counts). */
  next_planned_end: ColumnType<string | null, never, never>;
  /** Generated (migration 0035): 'region/care type' per care type, compared with app.pooled_keys(). */
  pool_keys: ColumnType<string[], never, never>;
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
  role: Role;
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
  /** Signed in with a password but the second factor (TOTP code) is still owed: opens nothing yet. */
  mfa_pending: ColumnType<boolean, boolean | undefined, boolean>;
  mfa_failures: ColumnType<number, number | undefined, number>;
}

/** A TOTP secret (encrypted by the application); only its owner's transactions see it. */
export interface MfaTotpTable {
  user_id: string;
  secret_encrypted: string;
  confirmed_at: Date | null;
  last_used_step: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  created_at: Timestamp;
}

export interface LoginAttemptsTable {
  id: Generated<string>;
  email: string;
  /** The client address as resolved (audit, support). */
  ip: string;
  /** The address the throttle counts by: IPv4 as is, IPv6 by its /64 (throttleAddress in @jeugdregie/auth). */
  network: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

/** Single-use sign-in links for an account under a distributed guess; reached only through app.*_login_unlock functions. */
export interface LoginUnlockTokensTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  password_failures: ColumnType<number, number | undefined, number>;
  used_at: Date | null;
  used_from: string | null;
}

/** Single-use password reset links (hashes); reached only through app.*password_reset* functions (migration 0021). */
export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Date | null;
}

/** Roles whose users must sign in with a second factor; set by the platform admin (migration 0021). */
export interface MfaRequiredRolesTable {
  role: string;
  set_by: string | null;
  set_at: Timestamp;
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
  required_documents: DocumentType[];
  offer_response_hours: number;
  crisis_offer_response_hours: ColumnType<number, number | undefined, number>;
  crisis_cap_days: number;
  capacity_freshness_days: number;
  care_types: CareType[];
  updated_at: Timestamp;
}

export interface SegmentsTable {
  region_id: string;
  id: Generated<string>;
  name: string;
  description: ColumnType<string, string | undefined, string>;
}

export type DateColumn = ColumnType<string, string, string>;

export interface ContractsTable {
  region_id: string;
  id: Generated<string>;
  provider_id: string;
  segment_id: string;
  provider_role: ProviderRole;
  financing_form: FinancingForm;
  starts_on: DateColumn;
  ends_on: DateColumn;
  revision_clause: ColumnType<string, string | undefined, string>;
  guarantee_amount_cents: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: Timestamp;
  status: ColumnType<ContractStatus, ContractStatus | undefined, ContractStatus>;
  answered_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  answered_by: ColumnType<string | null, string | null | undefined, string | null>;
  decline_reason: ColumnType<string | null, string | null | undefined, string | null>;
  /** A change the region proposed to a confirmed contract (snake_case terms and products), until the provider answers. */
  pending_change: ColumnType<unknown, string | null | undefined, string | null>;
  change_proposed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  change_decline_reason: ColumnType<string | null, string | null | undefined, string | null>;
  ended_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  end_reason: ColumnType<string | null, string | null | undefined, string | null>;
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
  band: IntensityBand;
  min_hours: ColumnType<string, number, number>;
  max_hours: ColumnType<string, number, number>;
  tariff_cents: number;
  valid_from: DateColumn;
}

/** Money as bigint: PostgreSQL answers it as text (client.ts), written as a number of cents. */
type BigCents = ColumnType<string, number, number>;

/** A yearly guarantee settlement of one contract (migration 0026): computed by the worker, approved by a second region admin. */
export interface SettlementsTable {
  region_id: string;
  id: Generated<string>;
  contract_id: string;
  provider_id: string;
  period_year: number;
  period_start: DateColumn;
  period_end: DateColumn;
  guarantee_cents: BigCents;
  placement_days: number;
  unpriced_days: number;
  pxq_cents: BigCents;
  vacancy_percent: number;
  vacancy_cents: BigCents;
  counted_cents: BigCents;
  settlement_cents: BigCents;
  status: ColumnType<SettlementStatus, SettlementStatus | undefined, SettlementStatus>;
  requested_by: string;
  computed_by_job: string;
  computed_at: Timestamp;
  approved_by: ColumnType<string | null, string | null | undefined, string | null>;
  approved_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface InvitationsTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  role: Role;
  region_id: string | null;
  provider_id: string | null;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Date | null;
  accepted_user_id: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface ImportJobsTable {
  region_id: string;
  id: Generated<string>;
  kind: ImportKind;
  filename: string;
  content: string;
  status: ColumnType<ImportStatus, ImportStatus | undefined, ImportStatus>;
  total_rows: ColumnType<number, number | undefined, number>;
  processed_rows: ColumnType<number, number | undefined, number>;
  errors: ColumnType<{ line: number; message: string }[], string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

/** pending and failed are due (failed after a back-off); skipped without SMTP; dead after the last attempt. */
export type OutboxStatus = "pending" | "sent" | "failed" | "skipped" | "dead";

export interface OutboxTable {
  id: Generated<string>;
  region_id: string | null;
  kind: string;
  recipient: string;
  subject: string;
  /** Field-crypto ciphertext ("v1:..."): only the mail relay decrypts it, when sending. */
  body: string;
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
  /** When the relay may try a pending or failed message (again); it backs off after every failure. */
  next_attempt_at: Timestamp;
}

export interface OidcProvidersTable {
  region_id: string;
  issuer: string;
  client_id: string;
  /** Field-crypto ciphertext; null after migration 0011 dropped a secret stored in clear. */
  client_secret_encrypted: string | null;
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

/** A KPI a region asks the provider of a contract to report (migration 0034). */
export interface ContractKpiRequestsTable {
  region_id: string;
  id: Generated<string>;
  contract_id: string;
  provider_id: string;
  kpi: string;
  requested_by: string;
  requested_at: Timestamp;
}

/** A region's monthly figure (migration 0027): one value per KPI and split; null splits mean "all". */
export interface KpiSnapshotsTable {
  region_id: string;
  id: Generated<string>;
  /** The month's first day, "2026-10-01". */
  month: DateColumn;
  kpi: string;
  care_type: string | null;
  provider_id: string | null;
  location_id: string | null;
  /** The child's home municipality (CBS code, "GM0363"), for KPIs about requests. */
  municipality_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** A code within the KPI: a decline reason, an expertise. */
  breakdown: string | null;
  /** numeric and bigint come back as text (exact). */
  value: ColumnType<string, number, number>;
  numerator: ColumnType<string | null, number | null, number | null>;
  denominator: ColumnType<string | null, number | null, number | null>;
  computed_at: Timestamp;
  definitions_version: number;
}

/** A frozen weekly open release (migration 0029): the published document only. Written through app.store_open_release. */
export interface OpenReleasesTable {
  /** The Monday the release is as of ("2026-11-23"). */
  as_of: DateColumn;
  definitions_version: number;
  document: ColumnType<unknown, string, string>;
  created_at: Timestamp;
}

/** The true values behind a release; no grant to the application role (only the owner and the system actor's functions). */
export interface OpenReleaseTruthsTable {
  as_of: DateColumn;
  cells: ColumnType<unknown, string, string>;
  published: ColumnType<unknown, string, string>;
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
  mfa_totp: MfaTotpTable;
  login_attempts: LoginAttemptsTable;
  login_unlock_tokens: LoginUnlockTokensTable;
  audit_log: AuditLogTable;
  worker_heartbeats: WorkerHeartbeatsTable;
  region_settings: RegionSettingsTable;
  segments: SegmentsTable;
  contracts: ContractsTable;
  contract_products: ContractProductsTable;
  password_reset_tokens: PasswordResetTokensTable;
  mfa_required_roles: MfaRequiredRolesTable;
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
  request_status_changes: RequestStatusChangesTable;
  notifications: NotificationsTable;
  oor_frameworks: OorFrameworksTable;
  oor_justifications: OorJustificationsTable;
  supra_allocations: SupraAllocationsTable;
  capacity_negotiations: CapacityNegotiationsTable;
  negotiation_steps: NegotiationStepsTable;
  phase_out_plans: PhaseOutPlansTable;
  settlements: SettlementsTable;
  kpi_snapshots: KpiSnapshotsTable;
  contract_kpi_requests: ContractKpiRequestsTable;
  open_releases: OpenReleasesTable;
  open_release_truths: OpenReleaseTruthsTable;
}

export type Region = Selectable<RegionsTable>;
export type Location = Selectable<LocationsTable>;
export type User = Selectable<UsersTable>;
export type Provider = Selectable<ProvidersTable>;
