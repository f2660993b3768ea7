import { sql, type Kysely } from "kysely";

/**
 * Region onboarding: placement-point settings, segments, contracts with products and the
 * intensity tariff table, invitations, CSV import jobs, the e-mail outbox and per-region OIDC.
 */
const upSql = sql.raw(/* sql */ `
create extension if not exists btree_gist;

create table region_settings (
  region_id uuid primary key references regions(id),
  required_documents text[] not null default '{verklarende_analyse,perspectiefplan,veiligheidsplan}',
  offer_response_hours int not null default 72 check (offer_response_hours between 1 and 720),
  crisis_cap_days int not null default 28 check (crisis_cap_days between 1 and 90),
  capacity_freshness_days int not null default 7 check (capacity_freshness_days between 1 and 90),
  care_types text[] not null default '{}',
  updated_at timestamptz not null default now()
);

create table segments (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(name) between 1 and 120),
  description text not null default '',
  primary key (region_id, id),
  unique (region_id, name)
);

create table contracts (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null references providers(id),
  segment_id uuid not null,
  provider_role text not null check (provider_role in ('strategic_partner', 'tactical_core', 'operational')),
  financing_form text not null check (financing_form in ('pxq', 'capacity', 'output', 'guarantee_budget')),
  starts_on date not null,
  ends_on date not null,
  revision_clause text not null default '',
  guarantee_amount_cents bigint check (guarantee_amount_cents >= 0),
  created_at timestamptz not null default now(),
  primary key (region_id, id),
  foreign key (region_id, segment_id) references segments (region_id, id),
  check (ends_on >= starts_on)
);
create index contracts_provider_idx on contracts (provider_id);

-- One product of one provider may not be contracted twice for overlapping periods in a region.
create table contract_products (
  region_id uuid not null,
  id uuid not null default gen_random_uuid(),
  contract_id uuid not null,
  provider_id uuid not null references providers(id),
  product_code text not null check (product_code ~ '^[0-9A-Z]{5}$'),
  product_category text not null check (product_category ~ '^[0-9]{2}$'),
  unit text not null check (unit ~ '^[0-9]{2}$'),
  tariff_cents int not null check (tariff_cents >= 0),
  intensity_band text check (intensity_band ~ '^[K-Z]$'),
  starts_on date not null,
  ends_on date not null,
  primary key (region_id, id),
  foreign key (region_id, contract_id) references contracts (region_id, id) on delete cascade,
  check (ends_on >= starts_on),
  exclude using gist (region_id with =, provider_id with =, product_code with =, daterange(starts_on, ends_on, '[]') with &&)
);

create table intensity_tariffs (
  region_id uuid not null references regions(id),
  band text not null check (band ~ '^[K-Z]$'),
  min_hours numeric(4,2) not null,
  max_hours numeric(4,2) not null,
  tariff_cents int not null check (tariff_cents >= 0),
  valid_from date not null,
  primary key (region_id, band, valid_from),
  check (max_hours > min_hours)
);

-- Invitations: the token is shown once; the table keeps its SHA-256. Acceptance runs without a
-- session and finds the row through app.invitation_token_hash only.
create table invitations (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  email text not null,
  role text not null,
  region_id uuid references regions(id),
  provider_id uuid references providers(id),
  invited_by uuid references users(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_user_id uuid references users(id),
  check ((role = 'provider_user') = (provider_id is not null))
);
create index invitations_region_idx on invitations (region_id);

create table import_jobs (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('providers', 'locations', 'contracts')),
  filename text not null,
  content text not null,
  status text not null default 'queued' check (status in ('queued', 'validating', 'failed', 'committed')),
  total_rows int not null default 0,
  processed_rows int not null default 0,
  errors jsonb not null default '[]',
  created_by uuid references users(id),
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  primary key (region_id, id)
);

create table outbox (
  id bigserial primary key,
  region_id uuid references regions(id),
  kind text not null check (kind in ('email')),
  recipient text not null,
  subject text not null,
  body text not null,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed', 'skipped')),
  attempts int not null default 0,
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);

create table oidc_providers (
  region_id uuid primary key references regions(id),
  issuer text not null check (issuer ~ '^https://'),
  client_id text not null,
  client_secret text not null,
  scopes text not null default 'openid email profile',
  enabled boolean not null default true,
  updated_at timestamptz not null default now()
);

create table oidc_login_states (
  state text primary key,
  region_id uuid not null references regions(id),
  region_code text not null,
  code_verifier text not null,
  nonce text not null,
  return_to text not null default '/overzicht',
  created_at timestamptz not null default now()
);

grant select, insert, update on region_settings, segments, intensity_tariffs, oidc_providers to jeugdregie_app;
grant select, insert, update, delete on contracts, contract_products, invitations, import_jobs, oidc_login_states to jeugdregie_app;
grant delete on segments, municipalities, intensity_tariffs to jeugdregie_app;
grant select, insert, update on outbox to jeugdregie_app;
grant usage on all sequences in schema public to jeugdregie_app;

alter table region_settings enable row level security;
alter table segments enable row level security;
alter table contracts enable row level security;
alter table contract_products enable row level security;
alter table intensity_tariffs enable row level security;
alter table invitations enable row level security;
alter table import_jobs enable row level security;
alter table oidc_providers enable row level security;

create function app.is_region_admin(region uuid) returns boolean language sql stable as
  $$ select region = any(app.region_ids()) and app.role() = 'region_admin' $$;
create function app.in_region(region uuid) returns boolean language sql stable as
  $$ select region = any(app.region_ids()) $$;

create policy region_settings_read on region_settings for select using (app.in_region(region_id));
create policy region_settings_write on region_settings for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

create policy segments_read on segments for select using (app.in_region(region_id)
  or exists (select 1 from contracts c where c.segment_id = segments.id and c.region_id = segments.region_id and c.provider_id = app.provider_id()));
create policy segments_write on segments for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

-- A provider user reads its own contracts in every region: the basis of its one login.
create policy contracts_read on contracts for select using (app.in_region(region_id) or provider_id = app.provider_id());
create policy contracts_write on contracts for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
create policy contract_products_read on contract_products for select using (app.in_region(region_id) or provider_id = app.provider_id());
create policy contract_products_write on contract_products for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

create policy intensity_tariffs_read on intensity_tariffs for select using (app.in_region(region_id)
  or exists (select 1 from contracts c where c.region_id = intensity_tariffs.region_id and c.provider_id = app.provider_id()));
create policy intensity_tariffs_write on intensity_tariffs for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

create policy invitations_read on invitations for select using (
  app.is_region_admin(region_id) or app.role() = 'platform_admin'
  or token_hash = nullif(current_setting('app.invitation_token_hash', true), '')
);
create policy invitations_insert on invitations for insert with check (
  app.is_region_admin(region_id) or (app.role() = 'platform_admin' and role = 'region_admin')
);
create policy invitations_accept on invitations for update using (
  token_hash = nullif(current_setting('app.invitation_token_hash', true), '')
  or app.is_region_admin(region_id) or app.role() = 'platform_admin'
);

create policy import_jobs_all on import_jobs for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
create policy oidc_providers_read on oidc_providers for select using (true);
create policy oidc_providers_write on oidc_providers for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

-- Providers serve the regions they hold a contract with (not only where they have locations).
drop policy regions_read on regions;
create policy regions_read on regions for select using (
  id = any(app.region_ids())
  or exists (select 1 from memberships m where m.region_id = regions.id and m.user_id = app.user_id())
  or app.role() in ('platform_admin', 'ministry_analyst')
  or exists (select 1 from invitations i where i.region_id = regions.id
             and i.token_hash = nullif(current_setting('app.invitation_token_hash', true), ''))
  or (app.provider_id() is not null and (
        exists (select 1 from contracts c where c.region_id = regions.id and c.provider_id = app.provider_id())
        or exists (select 1 from locations l where l.region_id = regions.id and l.provider_id = app.provider_id())))
  or (app.supra_region_id() is not null
      and exists (select 1 from supra_region_members m
                  where m.region_id = regions.id and m.supra_region_id = app.supra_region_id()))
);

-- Which region holds a municipality is public (CBS): this gives exactly that, across tenants.
create function app.municipality_holders() returns table (code text, region_id uuid, region_name text)
language sql stable security definer set search_path = public, pg_temp as
  $$ select m.code, m.region_id, r.name from municipalities m join regions r on r.id = m.region_id $$;
grant execute on function app.municipality_holders() to jeugdregie_app;

-- OIDC login starts without a session: this gives the login configuration of one region by its code.
create function app.oidc_config_for_region(region_code text)
returns table (region_id uuid, region_name text, issuer text, client_id text, client_secret text, scopes text)
language sql stable security definer set search_path = public, pg_temp as
  $$ select r.id, r.name, o.issuer, o.client_id, o.client_secret, o.scopes
     from regions r join oidc_providers o on o.region_id = r.id where r.code = region_code and o.enabled $$;
grant execute on function app.oidc_config_for_region(text) to jeugdregie_app;

-- The platform admin records tenant creation and first invitations in the new region's chain.
drop policy audit_log_insert on audit_log;
create policy audit_log_insert on audit_log for insert with check (
  region_id is null or region_id = any(app.region_ids()) or app.provider_id() is not null or app.role() = 'platform_admin'
);

-- Region admins may manage their municipalities; providers are a shared registry any region admin may add to.
create policy municipalities_delete on municipalities for delete using (app.is_region_admin(region_id));
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop table if exists oidc_login_states, oidc_providers, outbox, import_jobs, invitations, intensity_tariffs,
      contract_products, contracts, segments, region_settings cascade;
    drop function if exists app.is_region_admin(uuid), app.in_region(uuid), app.municipality_holders();
  `,
    )
    .execute(db);
}
