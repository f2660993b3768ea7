import { sql, type Kysely } from "kysely";

/**
 * The weekly open releases (issue 14, part 4): national figures, disclosure-controlled before they
 * are stored, frozen per as-of week.
 *
 * - `open_releases`: one row per week, the published document as one JSONB value (what the open
 *   API serves, nothing else). Public by design: every role, and the anonymous open API, may read
 *   it (docs/decisions/0010-open-api-is-public.md). The application role cannot write it: only the
 *   system actor, through app.store_open_release, and a stored week is never changed
 *   (`on conflict do nothing`), so a re-run of the same week is the same release.
 * - `open_release_truths`: the true values of the published count cells and what was shown,
 *   which the next week's disclosure control needs (docs/disclosure-control.md, "Consecutive
 *   releases") and nobody may ever read: no grant to the application role at all; only the system
 *   actor reaches the previous week's through app.previous_open_release_truth.
 * - app.open_release_areas / app.open_release_measures: the computation's one read across all
 *   regions, aggregates only (counts per region, care type and region pair; waiting days as a
 *   bare list of numbers per region), for the system actor only: no person's session gets them.
 */
const upSql = sql.raw(/* sql */ `
create table open_releases (
  as_of date primary key check (extract(isodow from as_of) = 1),
  definitions_version int not null check (definitions_version > 0),
  document jsonb not null,
  created_at timestamptz not null default now()
);
grant select on open_releases to jeugdregie_app;

create table open_release_truths (
  as_of date primary key references open_releases(as_of) on delete cascade,
  cells jsonb not null,
  published jsonb not null
);
revoke all on open_release_truths from jeugdregie_app;

create function app.is_system_actor() returns boolean language sql stable as $$
  select app.role() = 'platform_admin' and app.user_id() is not distinct from '00000000-0000-0000-0000-000000000000'::uuid
$$;

/* Stores a week once; a second call for a stored week changes nothing and says false. */
create function app.store_open_release(week date, version int, doc jsonb, truth_cells jsonb, truth_published jsonb)
returns boolean language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  if not app.is_system_actor() then
    raise exception 'only the platform''s own release job stores open releases' using errcode = '42501';
  end if;
  insert into open_releases (as_of, definitions_version, document) values (week, version, doc) on conflict (as_of) do nothing;
  if not found then return false; end if;
  insert into open_release_truths (as_of, cells, published) values (week, truth_cells, truth_published);
  return true;
end $$;

/* The true cells and published marks of the last release before a week: the next release must stay consistent with it. */
create function app.previous_open_release_truth(week date)
returns table (as_of date, cells jsonb, published jsonb)
language sql stable security definer set search_path = public, pg_temp as $$
  select t.as_of, t.cells, t.published from open_release_truths t
  where app.is_system_actor() and t.as_of < week order by t.as_of desc limit 1
$$;

/*
 * Every region with its area for the national tables: the supra region that pools closed care
 * (the landsdeel) if any, else its first supra region by code; and whether it has any data yet
 * (a location or a submitted request).
 */
create function app.open_release_areas()
returns table (region_code text, region_name text, supra_code text, supra_name text, has_data boolean)
language sql stable security definer set search_path = public, pg_temp as $$
  select r.code, r.name, s.code, s.name,
    exists (select 1 from locations l where l.region_id = r.id)
      or exists (select 1 from placement_requests q where q.region_id = r.id and q.status <> 'draft')
  from regions r
  left join lateral (
    select sr.code, sr.name from supra_region_members m join supra_regions sr on sr.id = m.supra_region_id
    where m.region_id = r.id
    order by exists (select 1 from supra_region_care_types c where c.supra_region_id = sr.id and c.care_type = 'jeugdzorgplus') desc, sr.code
    limit 1
  ) s on true
  where app.is_system_actor()
$$;

/*
 * The raw counts of one as-of date (the state at 00:00 Dutch time on that Monday, i.e. at the end
 * of the week before; events: the 28 days before it), per region code, in one statement.
 * Placements run from starts_on up to ended_on (exclusive).
 */
create function app.open_release_measures(as_of date)
returns table (measure text, region_code text, other_region_code text, care_type text, value bigint, samples int[])
language sql stable security definer set search_path = public, pg_temp as $$
  with t as (
    select as_of as d1, as_of - 28 as d0, (as_of::timestamp at time zone 'Europe/Amsterdam') as t1 where app.is_system_actor()
  ),
  codes as (select id, code from regions),
  running as (
    select pl.region_id, pl.location_region_id, r.care_type, pl.crisis_cap_ends_on
    from placements pl cross join t
    join placement_requests r on r.region_id = pl.region_id and r.id = pl.request_id
    where pl.starts_on < t.d1 and (pl.ended_on is null or pl.ended_on >= t.d1)
  ),
  placed_before as (
    select distinct pl.region_id, pl.request_id from placements pl cross join t where pl.starts_on < t.d1
  ),
  waiting as (
    select r.region_id, (t.d1 - 1) - (r.submitted_at at time zone 'Europe/Amsterdam')::date as days
    from placement_requests r cross join t
    where r.status <> 'draft' and r.submitted_at < t.t1
      and not (r.status = 'withdrawn' and r.updated_at < t.t1)
      and not exists (select 1 from placed_before p where p.region_id = r.region_id and p.request_id = r.id)
  ),
  ended as (
    select pl.region_id, pl.end_destination = 'another_placement' as replaced
    from placements pl cross join t where pl.ended_on >= t.d0 and pl.ended_on < t.d1
  ),
  places as (
    select l.region_id, ct as care_type, sum(l.capacity)::bigint as places
    from locations l cross join t cross join unnest(l.care_types) ct
    where l.created_at < t.t1 and (l.deactivated_at is null or l.deactivated_at >= t.t1)
    group by l.region_id, ct
  ),
  measures as (
    select 'places' as measure, region_id, null::uuid as other, care_type::text, places as value, null::int[] as samples from places
    union all
    select 'occupied', location_region_id, null, care_type::text, count(*), null from running group by location_region_id, care_type
    union all
    select 'placed', region_id, null, null, count(*), null from running group by region_id
    union all
    select 'out_of_region', region_id, null, null, count(*), null from running where location_region_id <> region_id group by region_id
    union all
    select 'flow', region_id, location_region_id, null, count(*), null from running where location_region_id <> region_id
      group by region_id, location_region_id
    union all
    select 'crisis_running', region_id, null, null, count(*), null from running where crisis_cap_ends_on is not null group by region_id
    union all
    select 'crisis_over_cap', region_id, null, null, count(*), null from running cross join t
      where crisis_cap_ends_on is not null and crisis_cap_ends_on < t.d1 group by region_id
    union all
    select 'waiting_list', region_id, null, null, count(*), array_agg(days order by days) from waiting group by region_id
    union all
    select 'ended', region_id, null, null, count(*), null from ended group by region_id
    union all
    select 'replacements', region_id, null, null, count(*) filter (where replaced), null from ended group by region_id
  )
  select m.measure, c.code, o.code, m.care_type, m.value, m.samples
  from measures m join codes c on c.id = m.region_id left join codes o on o.id = m.other
$$;

grant execute on function app.is_system_actor(), app.store_open_release(date, int, jsonb, jsonb, jsonb),
  app.previous_open_release_truth(date), app.open_release_areas(), app.open_release_measures(date) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function app.open_release_measures(date), app.open_release_areas(), app.previous_open_release_truth(date),
         app.store_open_release(date, int, jsonb, jsonb, jsonb), app.is_system_actor();
       drop table open_release_truths, open_releases;`,
    )
    .execute(db);
}
