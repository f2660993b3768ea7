import { sql, type Kysely } from "kysely";

/**
 * Issue 12: the pooled-locations check without a function call per row. `app.location_keys` has a
 * `set search_path` clause, so PostgreSQL calls it as a function (never inlined) for every
 * location the policy and matching look at: at national scale 19 of matching's 28 ms went to the
 * ~3,700 locations of the pooled regions. The same keys are now a stored column, computed when a
 * location's region or care types are written, and compared with one array overlap.
 */
const upSql = sql.raw(/* sql */ `
alter table locations add column pool_keys text[] not null generated always as (app.location_keys(region_id, care_types)) stored;

drop policy locations_pooled_read on locations;
create policy locations_pooled_read on locations for select using (pool_keys && (select app.pooled_keys()));

create or replace function app.location_occupancy(location uuid)
returns table (occupied int, reserved int, next_planned_end date)
language sql stable security definer set search_path = public, pg_temp as $$
  select l.occupied, l.reserved, l.next_planned_end from locations l
  where l.id = location and (
    l.region_id = any(app.region_ids()) or l.provider_id = app.provider_id()
    or l.pool_keys && app.pooled_keys())
$$;

/* Matching passes one (region, provider) pair per candidate: each distinct pair is looked up once, by
   the confirmed-pair index (as a semi join the planner hashed all 5,400 contracts for 250 pairs). */
create or replace function app.confirmed_contracts(regions uuid[], providers uuid[]) returns table (region_id uuid, provider_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
  select x.region_id, x.provider_id from (select distinct * from unnest(regions, providers) as u(region_id, provider_id)) x
  cross join lateral (select 1 from contracts c where c.region_id = x.region_id and c.provider_id = x.provider_id
                      and c.status = 'confirmed' and c.ends_on >= current_date limit 1) confirmed
$$;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop policy locations_pooled_read on locations;
       create policy locations_pooled_read on locations for select using (
         app.location_keys(region_id, care_types) && (select app.pooled_keys()));
       create or replace function app.location_occupancy(location uuid)
       returns table (occupied int, reserved int, next_planned_end date)
       language sql stable security definer set search_path = public, pg_temp as $$
         select l.occupied, l.reserved, l.next_planned_end from locations l
         where l.id = location and (
           l.region_id = any(app.region_ids()) or l.provider_id = app.provider_id()
           or app.location_keys(l.region_id, l.care_types) && app.pooled_keys())
       $$;
       alter table locations drop column pool_keys;`,
    )
    .execute(db);
}
