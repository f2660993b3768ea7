import { sql, type Kysely } from "kysely";

/**
 * Provider figures (issue 13, part 6). A region asks a provider, per contract, to report some of
 * the region's KPIs (those stored per provider); the provider reads exactly those values of its
 * own, per month, and nothing else of the region's snapshots.
 *
 * - `contract_kpi_requests`: one row per contract and KPI, written by the region's admins, read by
 *   them, the region's coordinators and the contract's provider. Its provider is the contract's
 *   (a composite foreign key), so a request can never point a provider at another's contract.
 * - `app.provider_kpi_values`: the provider's own split (provider_id = the caller's provider) of
 *   the requested KPIs, one keyset page at a time (a definer function is never inlined, so it
 *   takes the cursor itself). The snapshots' policy keeps every other row hidden from providers.
 */
const upSql = sql.raw(/* sql */ `
create unique index contracts_region_id_provider_idx on contracts (region_id, id, provider_id);

create table contract_kpi_requests (
  region_id uuid not null references regions(id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  contract_id uuid not null,
  provider_id uuid not null references providers(id),
  kpi text not null check (kpi ~ '^[a-z0-9_]{1,60}$'),
  requested_by uuid not null references users(id),
  requested_at timestamptz not null default now(),
  primary key (region_id, id),
  unique (region_id, contract_id, kpi),
  foreign key (region_id, contract_id, provider_id) references contracts (region_id, id, provider_id) on delete cascade
);
create index contract_kpi_requests_provider_idx on contract_kpi_requests (provider_id, region_id, kpi);

grant select, insert, delete on contract_kpi_requests to jeugdregie_app;
alter table contract_kpi_requests enable row level security;
alter table contract_kpi_requests force row level security;
create policy contract_kpi_requests_read on contract_kpi_requests for select using (
  region_id = any((select app.region_ids_as('region_admin', 'placement_coordinator'))::uuid[])
  or provider_id = (select app.provider_id()));
create policy contract_kpi_requests_insert on contract_kpi_requests for insert with check (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
create policy contract_kpi_requests_delete on contract_kpi_requests for delete using (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]));

-- A provider's own figures read its placements per region (its offers have offers_provider_sent_idx).
create index placements_provider_region_idx on placements (provider_id, region_id, starts_on);
create index kpi_snapshots_provider_idx on kpi_snapshots (provider_id, region_id, kpi, month) where provider_id is not null;

create function app.provider_kpi_values(from_month date, to_month date, after_region_name text default null, after_kpi text default null,
  after_month date default null, after_id uuid default null, page_size int default 101)
returns table (snapshot_id uuid, region_id uuid, region_name text, kpi text, month date, location_id uuid, location_name text,
  value numeric, numerator bigint, denominator bigint)
language sql stable security definer set search_path = public, pg_temp as $$
  select s.id, s.region_id, rg.name, s.kpi, s.month, s.location_id, l.name, s.value, s.numerator, s.denominator
  from kpi_snapshots s
  join regions rg on rg.id = s.region_id
  left join locations l on l.region_id = s.region_id and l.id = s.location_id
  where app.provider_id() is not null and s.provider_id = app.provider_id()
    and s.care_type is null and s.municipality_code is null and s.breakdown is null
    and s.month between from_month and to_month
    and exists (select 1 from contract_kpi_requests q
                where q.provider_id = s.provider_id and q.region_id = s.region_id and q.kpi = s.kpi)
    and (after_region_name is null or (rg.name, s.kpi, s.month, s.id) > (after_region_name, after_kpi, after_month, after_id))
  order by rg.name, s.kpi, s.month, s.id
  limit least(greatest(page_size, 1), 101)
$$;
revoke execute on function app.provider_kpi_values(date, date, text, text, date, uuid, int) from public;
grant execute on function app.provider_kpi_values(date, date, text, text, date, uuid, int) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function if exists app.provider_kpi_values(date, date, text, text, date, uuid, int);
       drop index if exists kpi_snapshots_provider_idx, placements_provider_region_idx;
       drop table if exists contract_kpi_requests;
       drop index if exists contracts_region_id_provider_idx;`,
    )
    .execute(db);
}
