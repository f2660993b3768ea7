import { sql, type Kysely } from "kysely";

/** In-app notifications for a region's placement point (fitting capacity appeared, crisis caps). */
const upSql = sql.raw(/* sql */ `
create table notifications (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('capacity_for_waiting', 'crisis_cap', 'stale_capacity')),
  request_id uuid,
  message text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (region_id, id)
);
-- One unread notification of a kind per request: a re-match that finds the same thing again stays quiet.
create unique index notifications_unread_idx on notifications (region_id, kind, request_id) where read_at is null;

grant select, insert, update on notifications to jeugdregie_app;

-- Locations whose capacity was not confirmed within the window, over all regions: ids only.
create function app.stale_locations(freshness_days int) returns table (location_id uuid, provider_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
  select id, provider_id from locations
  where capacity_confirmed_at is null or capacity_confirmed_at < now() - make_interval(days => freshness_days)
$$;
grant execute on function app.stale_locations(int) to jeugdregie_app;
alter table notifications enable row level security;
create policy notifications_region on notifications for all
  using (app.in_region(region_id) and app.role() in ('placement_coordinator', 'region_admin'))
  with check (app.in_region(region_id) and app.role() = 'placement_coordinator');
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop table if exists notifications; drop function if exists app.stale_locations(int);`).execute(db);
}
