import { sql, type Kysely } from "kysely";

/**
 * Core schema: tenants (regions), reference data, the shared provider registry, tenant-owned
 * locations, users and sessions, the append-only audit log, and the row-level security that
 * makes the `jeugdregie_app` role see only its tenant's rows.
 */
const upSql = sql.raw(/* sql */ `
create schema if not exists app;

-- The request's tenant scope, set per transaction by withTenant() through set_config(..., true).
create function app.user_id() returns uuid language sql stable as
  $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;
create function app.role() returns text language sql stable as
  $$ select coalesce(nullif(current_setting('app.role', true), ''), 'anonymous') $$;
create function app.region_ids() returns uuid[] language sql stable as
  $$ select coalesce(nullif(current_setting('app.region_ids', true), '')::uuid[], '{}'::uuid[]) $$;
create function app.provider_id() returns uuid language sql stable as
  $$ select nullif(current_setting('app.provider_id', true), '')::uuid $$;
create function app.supra_region_id() returns uuid language sql stable as
  $$ select nullif(current_setting('app.supra_region_id', true), '')::uuid $$;

create table regions (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z0-9-]+$'),
  name text not null,
  created_at timestamptz not null default now()
);

create table reference_municipalities (
  code text primary key check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  province text not null,
  jeugdzorgregio text not null,
  valid_from date not null
);

-- A municipality belongs to at most one region tenant.
create table municipalities (
  region_id uuid not null references regions(id),
  code text not null references reference_municipalities(code),
  name text not null,
  primary key (region_id, code),
  unique (code)
);

create table supra_regions (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z0-9-]+$'),
  name text not null,
  created_at timestamptz not null default now()
);

create table supra_region_members (
  supra_region_id uuid not null references supra_regions(id),
  region_id uuid not null references regions(id),
  primary key (supra_region_id, region_id)
);

create table supra_region_care_types (
  supra_region_id uuid not null references supra_regions(id),
  care_type text not null,
  primary key (supra_region_id, care_type)
);

-- The national provider registry is shared by all tenants: one row per KvK number.
create table providers (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kvk text not null unique check (kvk ~ '^[0-9]{8}$'),
  agb text unique check (agb ~ '^[0-9]{8}$'),
  created_at timestamptz not null default now()
);

create table locations (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null references providers(id),
  name text not null,
  municipality_code text not null references reference_municipalities(code),
  care_types text[] not null check (cardinality(care_types) > 0),
  expertise_tags text[] not null default '{}',
  age_min int not null check (age_min between 0 and 27),
  age_max int not null check (age_max between 0 and 27),
  intensity_band text check (intensity_band ~ '^[K-Z]$'),
  capacity int not null check (capacity >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (region_id, id),
  check (age_min <= age_max)
);
create index locations_provider_idx on locations (provider_id);

create table users (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  display_name text not null,
  password_hash text,
  locale text not null default 'nl' check (locale in ('nl', 'en')),
  created_at timestamptz not null default now(),
  disabled_at timestamptz
);
create unique index users_email_idx on users (lower(email));

create table memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references users(id) on delete cascade,
  role text not null check (role in ('platform_admin', 'region_admin', 'placement_coordinator', 'referrer',
                                     'provider_user', 'supra_coordinator', 'ministry_analyst')),
  region_id uuid references regions(id),
  provider_id uuid references providers(id),
  supra_region_id uuid references supra_regions(id),
  created_at timestamptz not null default now(),
  -- The scope columns must match the role: exactly the one organisation the role works for.
  check (
    (role in ('region_admin', 'placement_coordinator', 'referrer')
      and region_id is not null and provider_id is null and supra_region_id is null)
    or (role = 'provider_user' and provider_id is not null and region_id is null and supra_region_id is null)
    or (role = 'supra_coordinator' and supra_region_id is not null and region_id is null and provider_id is null)
    or (role in ('platform_admin', 'ministry_analyst')
      and region_id is null and provider_id is null and supra_region_id is null)
  )
);
create unique index memberships_unique_idx on memberships
  (user_id, role, coalesce(region_id, '00000000-0000-0000-0000-000000000000'),
   coalesce(provider_id, '00000000-0000-0000-0000-000000000000'),
   coalesce(supra_region_id, '00000000-0000-0000-0000-000000000000'));

-- Server-side sessions: the id is the SHA-256 of the cookie token, so a leaked table grants nothing.
create table sessions (
  id text primary key,
  user_id uuid not null references users(id) on delete cascade,
  active_region_id uuid references regions(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now(),
  user_agent text
);
create index sessions_user_idx on sessions (user_id);

create table login_attempts (
  id bigserial primary key,
  email text not null,
  ip text not null,
  succeeded boolean not null,
  attempted_at timestamptz not null default now()
);
create index login_attempts_email_idx on login_attempts (lower(email), attempted_at);
create index login_attempts_ip_idx on login_attempts (ip, attempted_at);

-- NEN 7513-style audit log: append-only and hash-chained per region (or per platform for
-- events without a region), so a removed or altered row breaks the chain.
create table audit_log (
  id bigserial primary key,
  region_id uuid references regions(id),
  chain_seq bigint not null default 0,
  occurred_at timestamptz not null default clock_timestamp(),
  user_id uuid,
  on_behalf_of uuid,
  role text not null,
  organisation text,
  action text not null,
  entity text not null,
  entity_id text,
  details jsonb not null default '{}',
  emergency_access boolean not null default false,
  prev_hash text not null default '',
  hash text not null default ''
);
create index audit_log_region_idx on audit_log (region_id, chain_seq);
create index audit_log_entity_idx on audit_log (entity, entity_id);

create function app.audit_log_chain() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
declare
  previous record;
begin
  perform pg_advisory_xact_lock(7513, hashtext(coalesce(new.region_id::text, 'platform')));
  select chain_seq, hash into previous from audit_log
    where region_id is not distinct from new.region_id order by chain_seq desc limit 1;
  new.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  new.prev_hash := coalesce(previous.hash, '');
  new.occurred_at := clock_timestamp();
  new.hash := encode(sha256(convert_to(concat_ws('|', new.prev_hash, new.chain_seq, new.occurred_at, new.region_id,
    new.user_id, new.on_behalf_of, new.role, new.organisation, new.action, new.entity, new.entity_id,
    new.details::text, new.emergency_access), 'UTF8')), 'hex');
  return new;
end $$;
create trigger audit_log_chain before insert on audit_log for each row execute function app.audit_log_chain();

create function app.audit_log_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each statement execute function app.audit_log_immutable();

create table worker_heartbeats (
  worker_id text primary key,
  hostname text not null,
  pid int not null,
  started_at timestamptz not null,
  last_beat_at timestamptz not null,
  beats bigint not null default 0
);

-- The application role: no superuser, no BYPASSRLS, owns nothing, so every policy applies.
do $$ begin
  if not exists (select from pg_roles where rolname = 'jeugdregie_app') then
    create role jeugdregie_app login nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
end $$;
grant usage on schema public, app to jeugdregie_app;
grant execute on all functions in schema app to jeugdregie_app;
grant select on reference_municipalities, supra_regions, supra_region_members, supra_region_care_types to jeugdregie_app;
grant select, insert, update on regions, providers, municipalities to jeugdregie_app;
grant select, insert, update, delete on locations, users, memberships, sessions, login_attempts, worker_heartbeats to jeugdregie_app;
grant select, insert on audit_log to jeugdregie_app;
grant usage on all sequences in schema public to jeugdregie_app;

-- Row-level security on every tenant-owned table.
alter table regions enable row level security;
alter table municipalities enable row level security;
alter table locations enable row level security;
alter table audit_log enable row level security;

create policy regions_read on regions for select using (
  id = any(app.region_ids())
  or exists (select 1 from memberships m where m.region_id = regions.id and m.user_id = app.user_id())
  or app.role() in ('platform_admin', 'ministry_analyst')
  or (app.provider_id() is not null
      and exists (select 1 from locations l where l.region_id = regions.id and l.provider_id = app.provider_id()))
  or (app.supra_region_id() is not null
      and exists (select 1 from supra_region_members m
                  where m.region_id = regions.id and m.supra_region_id = app.supra_region_id()))
);
create policy regions_write on regions for insert with check (app.role() = 'platform_admin');
create policy regions_update on regions for update using (app.role() = 'platform_admin');

create policy municipalities_read on municipalities for select using (
  region_id = any(app.region_ids()) or app.role() in ('platform_admin', 'ministry_analyst')
);
create policy municipalities_write on municipalities for insert with check (
  region_id = any(app.region_ids()) and app.role() = 'region_admin'
);
create policy municipalities_update on municipalities for update using (
  region_id = any(app.region_ids()) and app.role() = 'region_admin'
);

create policy locations_read on locations for select using (
  region_id = any(app.region_ids()) or provider_id = app.provider_id()
);
create policy locations_insert on locations for insert with check (
  region_id = any(app.region_ids()) and app.role() in ('region_admin', 'placement_coordinator')
);
create policy locations_update on locations for update using (
  region_id = any(app.region_ids()) and app.role() in ('region_admin', 'placement_coordinator')
) with check (
  region_id = any(app.region_ids()) and app.role() in ('region_admin', 'placement_coordinator')
);
create policy locations_delete on locations for delete using (
  region_id = any(app.region_ids()) and app.role() = 'region_admin'
);

create policy audit_log_insert on audit_log for insert with check (
  region_id is null or region_id = any(app.region_ids()) or app.provider_id() is not null
);
create policy audit_log_read on audit_log for select using (
  (region_id = any(app.region_ids()) and app.role() = 'region_admin') or app.role() = 'platform_admin'
);
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop table if exists worker_heartbeats, audit_log, login_attempts, sessions, memberships, users, locations,
      providers, supra_region_care_types, supra_region_members, supra_regions, municipalities,
      reference_municipalities, regions cascade;
    drop schema if exists app cascade;
  `,
    )
    .execute(db);
}
