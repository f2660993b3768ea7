import { sql, type Kysely } from "kysely";

/**
 * Allocations: how many pooled places of a care type each member region may use in a year, and
 * use against them, counted across regions (numbers only). Going over needs a recorded reason.
 */
const upSql = sql.raw(/* sql */ `
create table supra_allocations (
  supra_region_id uuid not null references supra_regions(id),
  care_type text not null,
  year int not null check (year between 2020 and 2100),
  region_id uuid not null references regions(id),
  places int not null check (places >= 0),
  updated_at timestamptz not null default now(),
  primary key (supra_region_id, care_type, year, region_id),
  foreign key (supra_region_id, care_type) references supra_region_care_types (supra_region_id, care_type),
  foreign key (supra_region_id, region_id) references supra_region_members (supra_region_id, region_id)
);

alter table offers add column over_allocation_reason text;

grant select, insert, update, delete on supra_allocations to jeugdregie_app;
alter table supra_allocations enable row level security;
create policy supra_allocations_supra on supra_allocations for all
  using (supra_region_id = app.supra_region_id()) with check (supra_region_id = app.supra_region_id());
create policy supra_allocations_members on supra_allocations for select using (
  exists (select 1 from supra_region_members m where m.supra_region_id = supra_allocations.supra_region_id and m.region_id = any(app.region_ids()))
);

/* Places of a pooled care type in use per member region (running placements and open or accepted
   offers of that region's children at pooled locations), and the pool's capacity. Numbers only. */
create function app.pool_use(supra uuid, pooled_care_type text)
returns table (region_id uuid, used int)
language sql stable security definer set search_path = public, pg_temp as $$
  select m.region_id,
    (select count(*)::int from offers o
       join locations l on l.region_id = o.location_region_id and l.id = o.location_id
       join supra_region_members lm on lm.supra_region_id = supra and lm.region_id = l.region_id
       where o.region_id = m.region_id and pooled_care_type = any(l.care_types)
         and (o.status in ('open', 'accepted') and not exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id and p.ended_on is not null)))
  from supra_region_members m
  where m.supra_region_id = supra
    and (supra = app.supra_region_id() or exists (select 1 from supra_region_members mine where mine.supra_region_id = supra and mine.region_id = any(app.region_ids())))
$$;
grant execute on function app.pool_use(uuid, text) to jeugdregie_app;

create function app.pool_capacity(supra uuid, pooled_care_type text) returns int
language sql stable security definer set search_path = public, pg_temp as $$
  select coalesce(sum(l.capacity), 0)::int from locations l
  join supra_region_members m on m.supra_region_id = supra and m.region_id = l.region_id
  where pooled_care_type = any(l.care_types)
$$;
grant execute on function app.pool_capacity(uuid, text) to jeugdregie_app;

/* Offers that took a member region over its allocation, with the recorded reason (flagged). */
create function app.pool_over_allocations()
returns table (region_name text, care_type text, reason text, sent_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select r.name, pr.care_type, o.over_allocation_reason, o.sent_at
  from offers o
  join placement_requests pr on pr.region_id = o.region_id and pr.id = o.request_id
  join regions r on r.id = o.region_id
  where o.over_allocation_reason is not null
    and exists (select 1 from supra_region_members m where m.region_id = o.region_id and m.supra_region_id = app.supra_region_id())
  order by o.sent_at desc
$$;
grant execute on function app.pool_over_allocations() to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop function if exists app.pool_use(uuid, text), app.pool_capacity(uuid, text), app.pool_over_allocations();
    alter table offers drop column if exists over_allocation_reason;
    drop table if exists supra_allocations;
  `,
    )
    .execute(db);
}
