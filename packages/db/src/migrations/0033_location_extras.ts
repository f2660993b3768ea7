import { sql, type Kysely } from "kysely";

/**
 * Issue 14, part 2: what the national release needs beyond 0029.
 *
 * - Locations may record hybrid places (of their capacity) and whether they offer support day and
 *   night. Both stay null where a location does not record them: the release says "niet
 *   geregistreerd" there, never 0.
 * - app.open_release_recorded: those two per region, only for regions where a location records
 *   them (a row with 0 is "recorded: none"); app.open_release_phase_out: the supra layer's
 *   phase-out plans summed per supra area for one year. Aggregates only, for the release's system
 *   actor only, as app.open_release_measures.
 */
const upSql = sql.raw(/* sql */ `
alter table locations
  -- not tied to capacity here: the provider confirms capacity on its own (confirmCapacity), and a
  -- lower capacity must not fail on a region's recording; the forms and the import check it.
  add column hybrid_places int check (hybrid_places >= 0),
  add column round_the_clock_support boolean;

create function app.open_release_recorded(as_of date)
returns table (measure text, region_code text, value bigint)
language sql stable security definer set search_path = public, pg_temp as $$
  with active as (
    select l.* from locations l
    where app.is_system_actor() and l.created_at < (as_of::timestamp at time zone 'Europe/Amsterdam')
      and (l.deactivated_at is null or l.deactivated_at >= (as_of::timestamp at time zone 'Europe/Amsterdam'))
  )
  select 'hybrid_places', r.code, sum(a.hybrid_places)::bigint
  from active a join regions r on r.id = a.region_id where a.hybrid_places is not null group by r.code
  union all
  select 'round_the_clock_places', r.code, (sum(a.capacity) filter (where a.round_the_clock_support))::bigint
  from active a join regions r on r.id = a.region_id where a.round_the_clock_support is not null group by r.code
$$;

create function app.open_release_phase_out(plan_year int)
returns table (supra_code text, places bigint)
language sql stable security definer set search_path = public, pg_temp as $$
  select s.code, sum(p.planned_places)::bigint
  from phase_out_plans p join supra_regions s on s.id = p.supra_region_id
  where app.is_system_actor() and p.year = plan_year
  group by s.code
$$;

grant execute on function app.open_release_recorded(date), app.open_release_phase_out(int) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function app.open_release_phase_out(int), app.open_release_recorded(date);
       alter table locations drop column round_the_clock_support, drop column hybrid_places;`,
    )
    .execute(db);
}
