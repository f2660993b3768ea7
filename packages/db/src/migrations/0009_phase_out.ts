import { sql, type Kysely } from "kysely";

/** Phase-out plans for closed care per provider in a supra region's pool, and the numbers to check them. */
const upSql = sql.raw(/* sql */ `
create table phase_out_plans (
  supra_region_id uuid not null references supra_regions(id),
  provider_id uuid not null references providers(id),
  year int not null check (year between 2020 and 2100),
  planned_places int not null check (planned_places >= 0),
  min_viable_pct int not null default 70 check (min_viable_pct between 0 and 100),
  updated_at timestamptz not null default now(),
  primary key (supra_region_id, provider_id, year)
);
grant select, insert, update, delete on phase_out_plans to jeugdregie_app;
alter table phase_out_plans enable row level security;
create policy phase_out_plans_supra on phase_out_plans for all
  using (supra_region_id = app.supra_region_id()) with check (supra_region_id = app.supra_region_id());

/* Per provider with closed care in the pool: its capacity and occupancy now (numbers only). */
create function app.closed_care_by_provider(supra uuid)
returns table (provider_id uuid, provider_name text, capacity int, occupied int)
language sql stable security definer set search_path = public, pg_temp as $$
  select p.id, p.name, sum(l.capacity)::int, sum(o.occupied)::int
  from locations l
  join providers p on p.id = l.provider_id
  join supra_region_members m on m.supra_region_id = supra and m.region_id = l.region_id
  cross join lateral app.location_occupancy(l.id) o
  where 'jeugdzorgplus' = any(l.care_types) and supra = app.supra_region_id()
  group by p.id, p.name
  order by p.name
$$;
grant execute on function app.closed_care_by_provider(uuid) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`drop function if exists app.closed_care_by_provider(uuid); drop table if exists phase_out_plans;`).execute(db);
}
