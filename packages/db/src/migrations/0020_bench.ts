import { sql, type Kysely } from "kysely";

/**
 * National scale (issue 12). Matching read every location the region could see and, per row,
 * asked `app.pooled_for_scope()` (in the RLS policy) and `app.location_occupancy()` (counting
 * every historic offer of the location). Now:
 * - occupancy is a count kept on the location (`occupied`, `reserved`, `next_planned_end`),
 *   maintained by statement triggers on offers and placements in the same transaction that
 *   writes them, so under the location's lock (app.lock_location) when an offer or placement is
 *   made; the application role can never set the counts itself;
 * - pooled visibility is resolved once per statement: `app.pooled_keys()` lists the
 *   'region/care type' pairs the scope sees pooled, and the policy compares a location's own
 *   pairs with it through an InitPlan instead of a subquery per row;
 * - `app.pooled_regions()` names the regions of those pairs, so matching reads only the region's
 *   own and those regions' locations (by the primary key's region_id), of the asked care type.
 */
const upSql = sql.raw(/* sql */ `
alter table locations
  add column occupied int not null default 0 check (occupied >= 0),
  add column reserved int not null default 0 check (reserved >= 0),
  add column next_planned_end date;

/* Places in use from scratch (the owner only: the migration, the synthetic country's bulk load,
   and tests that prove the maintained counts agree). */
create function app.recount_occupancy() returns void
language sql volatile set search_path = public, pg_temp as $$
  with running as (
    select location_region_id as r, location_id as id, count(*)::int as n, min(planned_end_on) as next_end
    from placements where ended_on is null group by 1, 2
  ), held as (
    select o.location_region_id as r, o.location_id as id, count(*)::int as n from offers o
    where o.status in ('open', 'accepted')
      and not exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id)
    group by 1, 2
  ), counted as (
    select l.region_id, l.id, coalesce(running.n, 0) as occupied, coalesce(held.n, 0) as reserved, running.next_end
    from locations l
    left join running on running.r = l.region_id and running.id = l.id
    left join held on held.r = l.region_id and held.id = l.id
  )
  update locations l set occupied = c.occupied, reserved = c.reserved, next_planned_end = c.next_end
  from counted c
  where c.region_id = l.region_id and c.id = l.id
    and (l.occupied, l.reserved, l.next_planned_end) is distinct from (c.occupied, c.reserved, c.next_end)
$$;
revoke execute on function app.recount_occupancy() from public;

/* Adds changes to the counts of the locations named, and keeps their earliest planned end. */
create function app.shift_places(regions uuid[], locations uuid[], occupied int[], reserved int[]) returns void
language sql volatile set search_path = public, pg_temp as $$
  with delta as (
    select x.r, x.id, sum(x.occ)::int as occ, sum(x.res)::int as res
    from unnest(regions, locations, occupied, reserved) as x(r, id, occ, res) group by 1, 2
  )
  update locations l set occupied = l.occupied + d.occ, reserved = l.reserved + d.res, next_planned_end = e.next_end
  from delta d
  cross join lateral (select min(p.planned_end_on) as next_end from placements p
                      where p.location_region_id = d.r and p.location_id = d.id and p.ended_on is null) e
  where l.region_id = d.r and l.id = d.id
    and (d.occ <> 0 or d.res <> 0 or l.next_planned_end is distinct from e.next_end)
$$;
revoke execute on function app.shift_places(uuid[], uuid[], int[], int[]) from public;

/* An offer holds a place while it is open or accepted and not yet a placement. Statement
   triggers: a bulk write is one update per location, not one per row. */
create function app.offers_hold_places() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  rs uuid[] := '{}'; ids uuid[] := '{}'; occ int[] := '{}'; res int[] := '{}';
begin
  if tg_op <> 'DELETE' then
    select coalesce(array_agg(o.location_region_id), '{}'), coalesce(array_agg(o.location_id), '{}'),
           coalesce(array_agg(0), '{}'), coalesce(array_agg(1), '{}')
      into rs, ids, occ, res
      from new_rows o
      where o.status in ('open', 'accepted')
        and not exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id);
  end if;
  if tg_op <> 'INSERT' then
    select rs || coalesce(array_agg(o.location_region_id), '{}'), ids || coalesce(array_agg(o.location_id), '{}'),
           occ || coalesce(array_agg(0), '{}'), res || coalesce(array_agg(-1), '{}')
      into rs, ids, occ, res
      from old_rows o
      where o.status in ('open', 'accepted')
        and not exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id);
  end if;
  perform app.shift_places(rs, ids, occ, res);
  return null;
end $$;
create trigger offers_hold_places_insert after insert on offers
  referencing new table as new_rows for each statement execute function app.offers_hold_places();
create trigger offers_hold_places_update after update on offers
  referencing old table as old_rows new table as new_rows for each statement execute function app.offers_hold_places();
create trigger offers_hold_places_delete after delete on offers
  referencing old table as old_rows for each statement execute function app.offers_hold_places();

/* A running placement occupies a place; the offer it came from stops holding one. */
create function app.placements_occupy_places() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  rs uuid[] := '{}'; ids uuid[] := '{}'; occ int[] := '{}'; res int[] := '{}';
begin
  if tg_op <> 'DELETE' then
    select coalesce(array_agg(n.location_region_id), '{}'), coalesce(array_agg(n.location_id), '{}'),
           coalesce(array_agg((n.ended_on is null)::int), '{}'),
           coalesce(array_agg(case when tg_op = 'INSERT' then -(select count(*)::int from offers o
             where o.region_id = n.region_id and o.id = n.offer_id and o.status in ('open', 'accepted')) else 0 end), '{}')
      into rs, ids, occ, res
      from new_rows n;
  end if;
  if tg_op <> 'INSERT' then
    select rs || coalesce(array_agg(o.location_region_id), '{}'), ids || coalesce(array_agg(o.location_id), '{}'),
           occ || coalesce(array_agg(-(o.ended_on is null)::int), '{}'),
           res || coalesce(array_agg(case when tg_op = 'DELETE' then (select count(*)::int from offers f
             where f.region_id = o.region_id and f.id = o.offer_id and f.status in ('open', 'accepted')) else 0 end), '{}')
      into rs, ids, occ, res
      from old_rows o;
  end if;
  perform app.shift_places(rs, ids, occ, res);
  return null;
end $$;
create trigger placements_occupy_places_insert after insert on placements
  referencing new table as new_rows for each statement execute function app.placements_occupy_places();
create trigger placements_occupy_places_update after update on placements
  referencing old table as old_rows new table as new_rows for each statement execute function app.placements_occupy_places();
create trigger placements_occupy_places_delete after delete on placements
  referencing old table as old_rows for each statement execute function app.placements_occupy_places();
`);

const finishSql = sql.raw(/* sql */ `
select app.recount_occupancy();

/* The application role never writes the counts: what it inserts starts at zero, what it updates keeps them. */
create function app.occupancy_maintained_by_database() returns trigger language plpgsql as $$
begin
  if (select not (rolsuper or rolbypassrls) from pg_roles where rolname = current_user) then
    if tg_op = 'INSERT' then
      new.occupied := 0; new.reserved := 0; new.next_planned_end := null;
    else
      new.occupied := old.occupied; new.reserved := old.reserved; new.next_planned_end := old.next_planned_end;
    end if;
  end if;
  return new;
end $$;
create trigger locations_occupancy_maintained before insert or update on locations
  for each row execute function app.occupancy_maintained_by_database();

/* Numbers only, and only for a location the scope may see: now read from the maintained counts. */
create or replace function app.location_occupancy(location uuid)
returns table (occupied int, reserved int, next_planned_end date)
language sql stable security definer set search_path = public, pg_temp as $$
  select l.occupied, l.reserved, l.next_planned_end from locations l
  where l.id = location and (
    l.region_id = any(app.region_ids()) or l.provider_id = app.provider_id()
    or app.location_keys(l.region_id, l.care_types) && app.pooled_keys())
$$;
`);

const pooledSql = sql.raw(/* sql */ `
/* A location's own 'region/care type' pairs, to compare with app.pooled_keys(). */
create function app.location_keys(location_region uuid, location_care_types text[]) returns text[]
language sql immutable parallel safe set search_path = public, pg_temp as $$
  select array(select location_region::text || '/' || c from unnest(location_care_types) c)
$$;

/* The 'region/care type' pairs whose locations the current scope sees as pooled: the roles that
   match or oversee matching, in the supra regions the scope belongs to. Stable: used as
   (select app.pooled_keys()) it runs once per statement. */
create function app.pooled_keys() returns text[]
language sql stable security definer set search_path = public, pg_temp as $$
  select coalesce(array_agg(distinct owner_member.region_id::text || '/' || pooled.care_type), '{}')
  from supra_region_members owner_member
  join supra_region_care_types pooled on pooled.supra_region_id = owner_member.supra_region_id
  where app.role() in ('placement_coordinator', 'crisis_team', 'supra_coordinator', 'region_admin')
    and (owner_member.supra_region_id = app.supra_region_id()
         or exists (select 1 from supra_region_members mine
                    where mine.supra_region_id = owner_member.supra_region_id and mine.region_id = any(app.region_ids())))
$$;

drop policy locations_pooled_read on locations;
create policy locations_pooled_read on locations for select using (
  app.location_keys(region_id, care_types) && (select app.pooled_keys())
);

/* The regions of app.pooled_keys(): where matching looks beyond the region, read by region_id. */
create function app.pooled_regions() returns uuid[]
language sql stable set search_path = public, pg_temp as $$
  select coalesce(array_agg(distinct split_part(k, '/', 1)::uuid), '{}') from unnest(app.pooled_keys()) k
$$;

revoke execute on function app.location_keys(uuid, text[]), app.pooled_keys(), app.pooled_regions() from public;
grant execute on function app.location_keys(uuid, text[]), app.pooled_keys(), app.pooled_regions() to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
  await pooledSql.execute(db);
  await finishSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop trigger if exists locations_occupancy_maintained on locations;
       drop function if exists app.occupancy_maintained_by_database();
       drop trigger if exists offers_hold_places_insert on offers;
       drop trigger if exists offers_hold_places_update on offers;
       drop trigger if exists offers_hold_places_delete on offers;
       drop trigger if exists placements_occupy_places_insert on placements;
       drop trigger if exists placements_occupy_places_update on placements;
       drop trigger if exists placements_occupy_places_delete on placements;
       drop function if exists app.offers_hold_places(), app.placements_occupy_places(), app.recount_occupancy(), app.shift_places(uuid[], uuid[], int[], int[]);
       drop policy if exists locations_pooled_read on locations;
       create policy locations_pooled_read on locations for select using (
         app.role() in ('placement_coordinator', 'crisis_team', 'supra_coordinator', 'region_admin') and app.pooled_for_scope(region_id, care_types));
       create or replace function app.location_occupancy(location uuid)
       returns table (occupied int, reserved int, next_planned_end date)
       language sql stable security definer set search_path = public, pg_temp as $$
         select
           (select count(*)::int from placements p where p.location_id = location and p.ended_on is null),
           (select count(*)::int from offers o where o.location_id = location and o.status in ('open', 'accepted')
              and not exists (select 1 from placements p where p.offer_id = o.id and p.region_id = o.region_id)),
           (select min(p.planned_end_on) from placements p where p.location_id = location and p.ended_on is null)
         where exists (
           select 1 from locations l where l.id = location and (
             l.region_id = any(app.region_ids()) or l.provider_id = app.provider_id()
             or (app.role() in ('placement_coordinator', 'crisis_team', 'supra_coordinator', 'region_admin')
                 and app.pooled_for_scope(l.region_id, l.care_types))))
       $$;
       drop function if exists app.pooled_regions(), app.pooled_keys(), app.location_keys(uuid, text[]);
       alter table locations drop column if exists occupied, drop column if exists reserved, drop column if exists next_planned_end;`,
    )
    .execute(db);
}
