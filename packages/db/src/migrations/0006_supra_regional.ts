import { sql, type Kysely } from "kysely";

/**
 * The supra-regional layer, first part: pooled locations visible across member regions, and the
 * "geen kind de regio uit" framework with out-of-region justifications that a second person
 * approves before an offer may leave the child's region.
 */
const upSql = sql.raw(/* sql */ `
/* Is this location's care pooled in a supra region that the current scope takes part in? */
create function app.pooled_for_scope(location_region uuid, care_types text[]) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (
    select 1
    from supra_region_members owner_member
    join supra_region_care_types pooled on pooled.supra_region_id = owner_member.supra_region_id and pooled.care_type = any(care_types)
    where owner_member.region_id = location_region
      and (owner_member.supra_region_id = app.supra_region_id()
           or exists (select 1 from supra_region_members mine
                      where mine.supra_region_id = owner_member.supra_region_id and mine.region_id = any(app.region_ids())))
  )
$$;
grant execute on function app.pooled_for_scope(uuid, text[]) to jeugdregie_app;

create policy locations_pooled_read on locations for select using (
  app.role() in ('placement_coordinator', 'crisis_team', 'supra_coordinator', 'region_admin') and app.pooled_for_scope(region_id, care_types)
);

/* Member regions of the same supra region know each other's names (for pooled places and negotiations). */
create policy regions_supra_partners_read on regions for select using (
  exists (select 1 from supra_region_members a join supra_region_members b on a.supra_region_id = b.supra_region_id
          where a.region_id = regions.id and b.region_id = any(app.region_ids()))
);

create table oor_frameworks (
  region_id uuid primary key references regions(id),
  criteria jsonb not null,
  approver text not null default 'region_coordinator' check (approver in ('region_coordinator', 'supra_coordinator')),
  second_person boolean not null default true,
  updated_at timestamptz not null default now()
);

create table oor_justifications (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  request_id uuid not null,
  location_region_id uuid not null,
  location_id uuid not null,
  criteria text[] not null check (cardinality(criteria) > 0),
  evidence jsonb not null,
  in_region_reasons text not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected')),
  created_by uuid not null references users(id),
  created_at timestamptz not null default now(),
  decided_by uuid references users(id),
  decided_at timestamptz,
  decision_note text,
  primary key (region_id, id),
  foreign key (region_id, request_id) references placement_requests (region_id, id),
  foreign key (location_region_id, location_id) references locations (region_id, id)
);
create index oor_justifications_request_idx on oor_justifications (region_id, request_id);

grant select, insert, update on oor_frameworks, oor_justifications to jeugdregie_app;
alter table oor_frameworks enable row level security;
alter table oor_justifications enable row level security;

create policy oor_frameworks_region on oor_frameworks for select using (app.in_region(region_id) or
  exists (select 1 from supra_region_members m where m.region_id = oor_frameworks.region_id and m.supra_region_id = app.supra_region_id()));
create policy oor_frameworks_admin on oor_frameworks for all using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));

/* Justifications: the child's region writes them; the supra coordinator of a supra region the
   region belongs to reads and decides them. They carry criteria and evidence, not identities. */
create policy oor_justifications_region on oor_justifications for all
  using (app.in_region(region_id) and app.role() in ('placement_coordinator', 'crisis_team', 'region_admin'))
  with check (app.in_region(region_id) and app.role() in ('placement_coordinator', 'crisis_team'));
create policy oor_justifications_supra on oor_justifications for select using (
  exists (select 1 from supra_region_members m where m.region_id = oor_justifications.region_id and m.supra_region_id = app.supra_region_id())
);
create policy oor_justifications_supra_decide on oor_justifications for update using (
  exists (select 1 from supra_region_members m where m.region_id = oor_justifications.region_id and m.supra_region_id = app.supra_region_id())
) with check (
  exists (select 1 from supra_region_members m where m.region_id = oor_justifications.region_id and m.supra_region_id = app.supra_region_id())
);

/* For the supra coordinator: out-of-region offers and placements of member regions with their
   justification. Care type, age and places only; no name, BSN or documents. */
create function app.supra_out_of_region()
returns table (region_id uuid, justification_id uuid, region_name text, request_id uuid, care_type text, age_years int, location_name text, location_region_name text,
  offer_status text, placed boolean, criteria text[], evidence jsonb, in_region_reasons text, justification_status text, decided_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select o.region_id, j.id, rr.name, r.id, r.care_type, date_part('year', age(current_date, c.birth_date))::int, l.name, lr.name,
         o.status, exists (select 1 from placements p where p.region_id = o.region_id and p.offer_id = o.id),
         j.criteria, j.evidence, j.in_region_reasons, j.status, j.decided_at
  from offers o
  join placement_requests r on r.region_id = o.region_id and r.id = o.request_id
  join children c on c.region_id = r.region_id and c.id = r.child_id
  join regions rr on rr.id = o.region_id
  join locations l on l.region_id = o.location_region_id and l.id = o.location_id
  join regions lr on lr.id = o.location_region_id
  left join oor_justifications j on j.region_id = o.region_id and j.request_id = o.request_id and j.location_id = o.location_id
  where o.location_region_id <> o.region_id
    and exists (select 1 from supra_region_members m where m.region_id = o.region_id and m.supra_region_id = app.supra_region_id())
$$;
grant execute on function app.supra_out_of_region() to jeugdregie_app;

/* The supra coordinator's decisions land in the member region's audit chain. */
drop policy audit_log_insert on audit_log;
create policy audit_log_insert on audit_log for insert with check (
  region_id is null or region_id = any(app.region_ids()) or app.provider_id() is not null or app.role() = 'platform_admin'
  or exists (select 1 from supra_region_members m where m.region_id = audit_log.region_id and m.supra_region_id = app.supra_region_id())
);
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop function if exists app.supra_out_of_region();
    drop table if exists oor_justifications, oor_frameworks;
    drop policy if exists regions_supra_partners_read on regions;
    drop policy if exists locations_pooled_read on locations;
    drop function if exists app.pooled_for_scope(uuid, text[]);
  `,
    )
    .execute(db);
}
