import { sql, type Kysely } from "kysely";

/**
 * A region's monthly figures (issue 13, part 1): stored, so a trend never depends on recomputing
 * history, and recomputed idempotently (delete + insert of one region-month in one transaction).
 *
 * - One value per region, month, KPI and split; a split column that is null means "all", and
 *   `nulls not distinct` makes the whole region's row as unique as a care type's.
 * - Read by the region's admins and coordinators. Written only by the platform's own computation
 *   (the system actor, acting for the region's placement point): no person's session can insert
 *   a number, whatever the application does.
 * - Two narrow SECURITY DEFINER functions give the computation what the caller's policies hide
 *   and the figures need, as aggregates only: the days a region's locations were occupied (also
 *   by other regions' children), and whether the place of the region's own placement offered
 *   the care type and expertise asked (also a location of another region).
 */
const upSql = sql.raw(/* sql */ `
create table kpi_snapshots (
  region_id uuid not null references regions(id) on delete cascade,
  id uuid not null default gen_random_uuid(),
  month date not null check (month = date_trunc('month', month)::date),
  kpi text not null check (kpi ~ '^[a-z0-9_]{1,60}$'),
  care_type text,
  provider_id uuid,
  location_id uuid,
  breakdown text check (breakdown is null or length(breakdown) between 1 and 100),
  value numeric not null,
  numerator bigint check (numerator >= 0),
  denominator bigint check (denominator >= 0),
  computed_at timestamptz not null default now(),
  definitions_version int not null check (definitions_version > 0),
  primary key (region_id, id)
);
create unique index kpi_snapshots_one_value_idx
  on kpi_snapshots (region_id, month, kpi, care_type, provider_id, location_id, breakdown) nulls not distinct;
-- A series per KPI and split, over months: the order the snapshots page is read in.
create index kpi_snapshots_series_idx on kpi_snapshots
  (region_id, kpi, coalesce(care_type, ''), coalesce(provider_id::text, ''), coalesce(location_id::text, ''),
   coalesce(breakdown, ''), month, id);

grant select, insert, delete on kpi_snapshots to jeugdregie_app;
alter table kpi_snapshots enable row level security;
alter table kpi_snapshots force row level security;
create policy kpi_snapshots_read on kpi_snapshots for select using (
  region_id = any((select app.region_ids_as('region_admin', 'placement_coordinator'))::uuid[]));
create policy kpi_snapshots_insert on kpi_snapshots for insert with check (
  region_id = any((select app.region_ids_as('placement_coordinator'))::uuid[])
  and (select app.user_id()) = '00000000-0000-0000-0000-000000000000'::uuid);
create policy kpi_snapshots_delete on kpi_snapshots for delete using (
  region_id = any((select app.region_ids_as('placement_coordinator'))::uuid[])
  and (select app.user_id()) = '00000000-0000-0000-0000-000000000000'::uuid);

-- Historical occupancy reads every placement in a region's locations, whoever placed it.
create index placements_location_period_idx on placements (location_region_id, location_id, starts_on);
-- Placements that started or ended in a month, and offers answered in it.
create index placements_region_start_idx on placements (region_id, starts_on);
create index placements_region_end_idx on placements (region_id, ended_on) where ended_on is not null;
create index offers_region_responded_idx on offers (region_id, responded_at) where responded_at is not null;

/*
 * Per location of the region: place-days available (current capacity times days) and occupied
 * (placements of any region overlapping [from_day, to_day), ended_on exclusive) in the period.
 * Only for the region's own placement point or admin; locations closed before the period are left out.
 */
create function app.kpi_location_days(region uuid, from_day date, to_day date)
returns table (location_id uuid, provider_id uuid, capacity_days bigint, occupied_days bigint)
language sql stable security definer set search_path = public, pg_temp as $$
  select l.id, l.provider_id, l.capacity::bigint * (to_day - from_day),
    -- greatest() skips nulls: a location without placements must not count the whole period.
    coalesce(sum(greatest(0, least(coalesce(p.ended_on, to_day), to_day) - greatest(p.starts_on, from_day))) filter (where p.id is not null), 0)::bigint
  from locations l
  left join placements p on p.location_region_id = l.region_id and p.location_id = l.id
    and p.starts_on < to_day and (p.ended_on is null or p.ended_on > from_day)
  where region = any(app.region_ids()) and app.role() in ('placement_coordinator', 'region_admin')
    and l.region_id = region and to_day > from_day
    and (l.deactivated_at is null or l.deactivated_at >= from_day)
  group by l.id, l.provider_id, l.capacity
$$;

/* Per placement of the region that started in the period: did its place offer the care type and every expertise asked? */
create function app.kpi_placement_fit(region uuid, from_day date, to_day date)
returns table (placement_id uuid, fits boolean)
language sql stable security definer set search_path = public, pg_temp as $$
  select p.id, (r.care_type = any(l.care_types) and r.expertise_tags <@ l.expertise_tags)
  from placements p
  join placement_requests r on r.region_id = p.region_id and r.id = p.request_id
  join locations l on l.region_id = p.location_region_id and l.id = p.location_id
  where region = any(app.region_ids()) and app.role() in ('placement_coordinator', 'region_admin')
    and p.region_id = region and p.starts_on >= from_day and p.starts_on < to_day
$$;

grant execute on function app.kpi_location_days(uuid, date, date), app.kpi_placement_fit(uuid, date, date) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function app.kpi_location_days(uuid, date, date), app.kpi_placement_fit(uuid, date, date);
       drop index placements_location_period_idx, placements_region_start_idx, placements_region_end_idx, offers_region_responded_idx;
       drop table kpi_snapshots;`,
    )
    .execute(db);
}
