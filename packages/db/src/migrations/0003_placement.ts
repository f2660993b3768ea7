import { sql, type Kysely } from "kysely";

/**
 * The central placement point: pseudonymised children, placement requests with documents,
 * offers to one provider at a time, placements, and the real-need record. Places are counted
 * across tenants by security-definer functions that return numbers only, never child data.
 */
const upSql = sql.raw(/* sql */ `
alter table locations add column capacity_confirmed_at timestamptz;

create table children (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  pseudonym text not null,
  bsn_hash text not null,
  bsn_encrypted text not null,
  name_encrypted text,
  birth_date date not null,
  gender text not null check (gender in ('0', '1', '2')),
  home_municipality_code text not null references reference_municipalities(code),
  created_at timestamptz not null default now(),
  primary key (region_id, id),
  unique (region_id, bsn_hash),
  unique (region_id, pseudonym)
);

create table placement_requests (
  region_id uuid not null references regions(id),
  id uuid not null default gen_random_uuid(),
  child_id uuid not null,
  referrer_user_id uuid not null references users(id),
  referrer_kind text not null check (referrer_kind ~ '^[0-9]{2}$'),
  urgency text not null default 'regular' check (urgency in ('regular', 'crisis')),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'triage', 'matching', 'offered', 'accepted', 'placed', 'ended', 'waiting', 'withdrawn')),
  care_type text not null,
  expertise_tags text[] not null default '{}',
  intensity_band text check (intensity_band ~ '^[K-Z]$'),
  keep_school boolean not null default false,
  school_name text,
  siblings_together boolean not null default false,
  constraints text not null default '',
  analysis_summary text not null default '',
  interim_help text,
  waiting_since timestamptz,
  submitted_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (region_id, id),
  foreign key (region_id, child_id) references children (region_id, id)
);
create index placement_requests_status_idx on placement_requests (region_id, status);

create table request_documents (
  region_id uuid not null,
  id uuid not null default gen_random_uuid(),
  request_id uuid not null,
  kind text not null check (kind in ('verklarende_analyse', 'perspectiefplan', 'veiligheidsplan', 'dossier')),
  filename text not null,
  content_type text not null,
  size_bytes int not null check (size_bytes > 0 and size_bytes <= 10485760),
  content bytea not null,
  uploaded_by uuid references users(id),
  uploaded_at timestamptz not null default now(),
  primary key (region_id, id),
  foreign key (region_id, request_id) references placement_requests (region_id, id) on delete cascade
);

create table offers (
  region_id uuid not null,
  id uuid not null default gen_random_uuid(),
  request_id uuid not null,
  location_region_id uuid not null,
  location_id uuid not null,
  provider_id uuid not null references providers(id),
  status text not null default 'open' check (status in ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
  sent_by uuid references users(id),
  sent_at timestamptz not null default now(),
  deadline_at timestamptz not null,
  responded_at timestamptz,
  responded_by uuid references users(id),
  decline_reason text check (decline_reason in ('no_capacity', 'no_fit_for_needs', 'group_safety_risk', 'age', 'other')),
  decline_text text,
  primary key (region_id, id),
  foreign key (region_id, request_id) references placement_requests (region_id, id),
  foreign key (location_region_id, location_id) references locations (region_id, id)
);
-- One open offer per request, enforced by the database.
create unique index offers_one_open_idx on offers (region_id, request_id) where status = 'open';
create index offers_location_idx on offers (location_id) where status in ('open', 'accepted');
create index offers_provider_idx on offers (provider_id, status);

create table placements (
  region_id uuid not null,
  id uuid not null default gen_random_uuid(),
  request_id uuid not null,
  offer_id uuid not null,
  location_region_id uuid not null,
  location_id uuid not null,
  provider_id uuid not null references providers(id),
  starts_on date not null,
  planned_end_on date,
  crisis_cap_ends_on date,
  follow_up_decision text,
  ended_on date,
  end_destination text check (end_destination in ('home', 'lighter_care', 'independent', 'another_placement', 'other')),
  end_note text,
  at_risk boolean not null default false,
  at_risk_note text,
  at_risk_since timestamptz,
  created_at timestamptz not null default now(),
  primary key (region_id, id),
  unique (region_id, offer_id),
  foreign key (region_id, request_id) references placement_requests (region_id, id),
  foreign key (region_id, offer_id) references offers (region_id, id),
  foreign key (location_region_id, location_id) references locations (region_id, id),
  check (ended_on is null or end_destination is not null)
);
create unique index placements_one_active_idx on placements (region_id, request_id) where ended_on is null;
create index placements_location_idx on placements (location_id) where ended_on is null;

-- What was needed against what was offered and placed: the raw material for need analysis.
create table need_records (
  region_id uuid not null,
  request_id uuid not null,
  needed_care_type text not null,
  needed_expertise text[] not null default '{}',
  needed_intensity text,
  urgency text not null,
  offers_made int not null default 0,
  declines jsonb not null default '[]',
  waited_days int,
  placed_care_types text[],
  placed_location_id uuid,
  placed_provider_id uuid,
  fit_score int,
  in_region boolean,
  distance_tier int,
  school_kept boolean,
  siblings_together boolean,
  daily_cost_cents int,
  end_destination text,
  updated_at timestamptz not null default now(),
  primary key (region_id, request_id),
  foreign key (region_id, request_id) references placement_requests (region_id, id)
);

-- Occupancy of a location across all regions' requests: numbers only.
create function app.location_occupancy(location uuid)
returns table (occupied int, reserved int, next_planned_end date)
language sql stable security definer set search_path = public, pg_temp as $$
  select
    (select count(*)::int from placements p where p.location_id = location and p.ended_on is null),
    (select count(*)::int from offers o where o.location_id = location and o.status in ('open', 'accepted')
       and not exists (select 1 from placements p where p.offer_id = o.id and p.region_id = o.region_id)),
    (select min(p.planned_end_on) from placements p where p.location_id = location and p.ended_on is null)
$$;
grant execute on function app.location_occupancy(uuid) to jeugdregie_app;

/* Serialises every reservation of one location's places: concurrent coordinators queue here. */
create function app.lock_location(location uuid) returns void
language sql volatile as $$ select pg_advisory_xact_lock(hashtextextended(location::text, 42)) $$;
grant execute on function app.lock_location(uuid) to jeugdregie_app;

grant select, insert, update on children, placement_requests, offers, placements, need_records to jeugdregie_app;
grant select, insert, delete on request_documents to jeugdregie_app;

alter table children enable row level security;
alter table placement_requests enable row level security;
alter table request_documents enable row level security;
alter table offers enable row level security;
alter table placements enable row level security;
alter table need_records enable row level security;

create function app.placement_point_role() returns boolean language sql stable as
  $$ select app.role() in ('placement_coordinator', 'referrer', 'region_admin') $$;

-- Children and requests stay in the child's region. A referrer sees the requests they made;
-- coordinators and region admins see the region's.
create policy children_region on children for all
  using (app.in_region(region_id) and app.placement_point_role())
  with check (app.in_region(region_id) and app.role() in ('placement_coordinator', 'referrer'));
create policy requests_region on placement_requests for all using (
  app.in_region(region_id) and (app.role() in ('placement_coordinator', 'region_admin') or referrer_user_id = app.user_id())
) with check (app.in_region(region_id) and app.role() in ('placement_coordinator', 'referrer'));
create policy documents_region on request_documents for all using (
  app.in_region(region_id) and app.placement_point_role()
) with check (app.in_region(region_id) and app.role() in ('placement_coordinator', 'referrer'));

-- Offers: the child's region manages them; the provider sees (and answers) offers made to it.
create policy offers_region on offers for all using (app.in_region(region_id) and app.role() = 'placement_coordinator')
  with check (app.in_region(region_id) and app.role() = 'placement_coordinator');
create policy offers_region_read on offers for select using (app.in_region(region_id) and app.placement_point_role());
create policy offers_provider_read on offers for select using (provider_id = app.provider_id());
create policy offers_provider_answer on offers for update using (provider_id = app.provider_id() and status = 'open')
  with check (provider_id = app.provider_id() and status in ('accepted', 'declined'));

create policy placements_region on placements for all using (app.in_region(region_id) and app.role() = 'placement_coordinator')
  with check (app.in_region(region_id) and app.role() = 'placement_coordinator');
create policy placements_region_read on placements for select using (app.in_region(region_id) and app.placement_point_role());
create policy placements_provider_read on placements for select using (provider_id = app.provider_id());
create policy placements_provider_signal on placements for update using (provider_id = app.provider_id())
  with check (provider_id = app.provider_id());

create policy need_records_region on need_records for all using (app.in_region(region_id) and app.role() in ('placement_coordinator', 'region_admin'))
  with check (app.in_region(region_id) and app.role() = 'placement_coordinator');

-- After acceptance, the accepting provider may open the child's dossier (and only then).
create policy children_accepting_provider on children for select using (
  exists (select 1 from placement_requests r join offers o on o.region_id = r.region_id and o.request_id = r.id
          where r.region_id = children.region_id and r.child_id = children.id
            and o.provider_id = app.provider_id() and o.status = 'accepted')
);
create policy requests_offered_provider on placement_requests for select using (
  exists (select 1 from offers o where o.region_id = placement_requests.region_id and o.request_id = placement_requests.id
          and o.provider_id = app.provider_id())
);
create policy documents_accepting_provider on request_documents for select using (
  exists (select 1 from offers o where o.region_id = request_documents.region_id and o.request_id = request_documents.request_id
          and o.provider_id = app.provider_id() and o.status = 'accepted')
);

-- The provider's answer moves the request on; the provider itself cannot write the child's region.
create function app.apply_offer_response(offer uuid) returns text
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  o record;
begin
  select * into o from offers where id = offer and provider_id = app.provider_id();
  if not found then raise exception 'offer % is not an offer to this provider', offer; end if;
  if o.status = 'accepted' then
    update placement_requests set status = 'accepted', updated_at = now() where region_id = o.region_id and id = o.request_id and status = 'offered';
    return 'accepted';
  elsif o.status = 'declined' then
    update placement_requests set status = 'matching', updated_at = now() where region_id = o.region_id and id = o.request_id and status = 'offered';
    return 'matching';
  end if;
  return o.status;
end $$;
grant execute on function app.apply_offer_response(uuid) to jeugdregie_app;

-- What a provider sees of an offer: anonymised (no name, no BSN, no address), only its own offers.
create function app.provider_offers()
returns table (
  offer_id uuid, region_id uuid, region_name text, status text, sent_at timestamptz, deadline_at timestamptz,
  location_id uuid, location_name text, urgency text, care_type text, expertise_tags text[], intensity_band text,
  birth_year int, gender text, home_municipality text, keep_school boolean, siblings_together boolean,
  constraints text, analysis_summary text, decline_reason text, placement_id uuid, placement_at_risk boolean
)
language sql stable security definer set search_path = public, pg_temp as $$
  select o.id, o.region_id, rg.name, o.status, o.sent_at, o.deadline_at, o.location_id, l.name, r.urgency, r.care_type,
    r.expertise_tags, r.intensity_band, extract(year from c.birth_date)::int, c.gender, m.name, r.keep_school,
    r.siblings_together, r.constraints, r.analysis_summary, o.decline_reason, p.id, p.at_risk
  from offers o
  join regions rg on rg.id = o.region_id
  join locations l on l.region_id = o.location_region_id and l.id = o.location_id
  join placement_requests r on r.region_id = o.region_id and r.id = o.request_id
  join children c on c.region_id = r.region_id and c.id = r.child_id
  join reference_municipalities m on m.code = c.home_municipality_code
  left join placements p on p.region_id = o.region_id and p.offer_id = o.id and p.ended_on is null
  where app.provider_id() is not null and o.provider_id = app.provider_id()
$$;
grant execute on function app.provider_offers() to jeugdregie_app;

-- A coordinator sees who opened the region's dossiers (not the rest of the audit log).
create policy audit_log_dossier_read on audit_log for select using (
  app.in_region(region_id) and app.role() = 'placement_coordinator'
  and entity in ('placement_request', 'request_document', 'child', 'offer', 'placement')
);

-- Providers keep their own locations' capacity current.
create policy locations_provider_capacity on locations for update using (provider_id = app.provider_id())
  with check (provider_id = app.provider_id());
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop table if exists need_records, placements, offers, request_documents, placement_requests, children cascade;
    drop function if exists app.location_occupancy(uuid), app.lock_location(uuid), app.placement_point_role(), app.apply_offer_response(uuid), app.provider_offers();
    drop policy if exists locations_provider_capacity on locations;
    drop policy if exists audit_log_dossier_read on audit_log;
    alter table locations drop column if exists capacity_confirmed_at;
  `,
    )
    .execute(db);
}
