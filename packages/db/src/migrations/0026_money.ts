import { sql, type Kysely } from "kysely";

/**
 * Money (issue 13, part 5). What a contract is financed by was already recorded: its financing
 * form (P x Q, capacity, output, guarantee budget) and guarantee amount on `contracts`, the
 * intensity band of every place on `locations`, the tariff per band in `intensity_tariffs`. This
 * adds the yearly guarantee settlement: one row per guarantee contract and year, computed by the
 * worker at a region admin's request and approved by another region admin (four eyes: the
 * database refuses approved_by = requested_by too). A recomputation replaces computed rows only:
 * the policies let nobody update or delete an approved settlement. The provider reads its own.
 *
 * `app.settlement_stays` gives a region admin the days and intensity band of the region's
 * placements at one provider, also at locations in other regions (which the region cannot read):
 * dates and a band, nothing about the child.
 */
const upSql = sql.raw(/* sql */ `
create table settlements (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  contract_id uuid not null,
  provider_id uuid not null references providers(id),
  period_year int not null check (period_year between 2020 and 2100),
  period_start date not null,
  period_end date not null,
  guarantee_cents bigint not null check (guarantee_cents >= 0),
  placement_days int not null check (placement_days >= 0),
  unpriced_days int not null check (unpriced_days >= 0),
  pxq_cents bigint not null check (pxq_cents >= 0),
  vacancy_percent int not null check (vacancy_percent between 0 and 99),
  vacancy_cents bigint not null check (vacancy_cents >= 0),
  counted_cents bigint not null check (counted_cents >= 0),
  settlement_cents bigint not null check (settlement_cents >= 0),
  status text not null default 'computed' check (status in ('computed', 'approved')),
  requested_by uuid not null references users(id),
  computed_by_job text not null,
  computed_at timestamptz not null default now(),
  approved_by uuid references users(id),
  approved_at timestamptz,
  primary key (region_id, id),
  unique (region_id, contract_id, period_year),
  foreign key (region_id, contract_id) references contracts (region_id, id),
  check (period_end >= period_start and extract(year from period_start) = period_year and extract(year from period_end) = period_year),
  check ((status = 'approved') = (approved_by is not null and approved_at is not null)),
  check (approved_by <> requested_by)
);
create index settlements_page_idx on settlements (region_id, period_year, id);
create index settlements_provider_idx on settlements (provider_id, period_year, id);

grant select, insert, update, delete on settlements to jeugdregie_app;
alter table settlements enable row level security;
alter table settlements force row level security;

create policy settlements_read on settlements for select using (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]) or provider_id = (select app.provider_id()));
create policy settlements_insert on settlements for insert with check (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]) and status = 'computed');
create policy settlements_update on settlements for update
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]) and status = 'computed')
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
create policy settlements_delete on settlements for delete using (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]) and status = 'computed');

create function app.settlement_stays(region uuid, provider uuid, from_date date, to_date date)
returns table (starts_on date, ended_on date, intensity_band text)
language sql stable security definer set search_path = public, pg_temp as $$
  select p.starts_on, p.ended_on, l.intensity_band
  from placements p
  join locations l on l.region_id = p.location_region_id and l.id = p.location_id
  where p.region_id = region and p.provider_id = provider
    and p.starts_on <= to_date and (p.ended_on is null or p.ended_on > from_date)
    and region = any(app.region_ids_as('region_admin'))
$$;
revoke execute on function app.settlement_stays(uuid, uuid, date, date) from public;
grant execute on function app.settlement_stays(uuid, uuid, date, date) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop function if exists app.settlement_stays(uuid, uuid, date, date); drop table if exists settlements;`).execute(db);
}
