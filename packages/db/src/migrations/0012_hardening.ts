import { sql, type Kysely } from "kysely";

/**
 * Issue 8, holes 5-7. Providers change exactly what their actions need, through narrow functions
 * instead of whole-row UPDATE policies. An accepted negotiation moves places exactly once and
 * conserves them; phase-out plans cover only providers with closed care in the supra region.
 * Nothing is usable by PUBLIC, and every SECURITY DEFINER function answers only for the caller's
 * scope. Errors carry SQLSTATEs the repositories map: 42501 no scope, P0002 not yours (or absent),
 * 22023 bad input, 55000 wrong state, 23514 (with a constraint name) a rule the data breaks.
 */
const upSql = sql.raw(/* sql */ `
-- Nothing for PUBLIC: the app role works with its explicit grants only, also for functions added later.
revoke all on schema public from public;
revoke all on schema app from public;
revoke execute on all functions in schema app from public;
alter default privileges revoke execute on functions from public;
-- Policy helpers that the app role reached through PUBLIC until now.
grant execute on function app.is_region_admin(uuid), app.in_region(uuid), app.placement_point_role(), app.is_crisis_team(),
  app.negotiation_party(uuid, uuid, uuid) to jeugdregie_app;

-- Providers: no UPDATE through RLS on locations, offers or placements any more.
drop policy locations_provider_capacity on locations;
drop policy offers_provider_answer on offers;
drop policy placements_provider_signal on placements;
drop function app.apply_offer_response(uuid);

/* A provider confirms or corrects the capacity of one of its own locations: capacity and its
   confirmation time, nothing else, never below the places in use (under the location's lock). */
create function app.confirm_capacity(location uuid, new_capacity int)
returns table (location_region uuid, capacity_before int)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  l record;
  in_use int;
begin
  if app.provider_id() is null then raise exception 'only a provider confirms capacity' using errcode = '42501'; end if;
  if new_capacity is null or new_capacity < 0 or new_capacity > 500 then
    raise exception 'capacity must be a whole number from 0 to 500' using errcode = '22023';
  end if;
  select loc.region_id, loc.id, loc.capacity into l from locations loc where loc.id = location and loc.provider_id = app.provider_id();
  if not found then raise exception 'location % is not a location of this provider', location using errcode = 'P0002'; end if;
  perform app.lock_location(location);
  select o.occupied + o.reserved into in_use from app.location_occupancy(location) o;
  if new_capacity < in_use then
    raise exception 'capacity % is below the % places in use', new_capacity, in_use
      using errcode = '23514', constraint = 'capacity_not_below_in_use';
  end if;
  update locations loc set capacity = new_capacity, capacity_confirmed_at = now(), updated_at = now()
    where loc.region_id = l.region_id and loc.id = l.id;
  return query select l.region_id, l.capacity;
end $$;

/* A provider answers its own open offer: accept, or decline with a coded reason (and text for
   'other'). The request moves on in the child's region, which the provider cannot write itself. */
create function app.answer_offer(offer uuid, accept boolean, reason text, note text)
returns table (offer_region uuid, request uuid, request_status text)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  o record;
  next_status text;
begin
  if app.provider_id() is null then raise exception 'only a provider answers an offer' using errcode = '42501'; end if;
  select off.region_id, off.id, off.request_id, off.status, off.deadline_at into o
    from offers off where off.id = offer and off.provider_id = app.provider_id() for update;
  if not found then raise exception 'offer % is not an offer to this provider', offer using errcode = 'P0002'; end if;
  if o.status <> 'open' or o.deadline_at <= now() then raise exception 'offer % is not open', offer using errcode = '55000'; end if;
  if accept is null then raise exception 'an answer accepts or declines' using errcode = '22023'; end if;
  if not accept and (reason is null or reason not in ('no_capacity', 'no_fit_for_needs', 'group_safety_risk', 'age', 'other')) then
    raise exception 'a decline needs a known reason' using errcode = '22023';
  end if;
  if accept and reason is not null then raise exception 'an acceptance has no decline reason' using errcode = '22023'; end if;
  if not accept and reason = 'other' and length(btrim(coalesce(note, ''))) < 5 then
    raise exception 'the reason other needs a text of at least 5 characters' using errcode = '22023';
  end if;
  if length(coalesce(note, '')) > 2000 then raise exception 'a decline text has at most 2000 characters' using errcode = '22023'; end if;
  update offers off set status = case when accept then 'accepted' else 'declined' end, responded_at = now(), responded_by = app.user_id(),
      decline_reason = case when accept then null else reason end,
      decline_text = case when accept then null else nullif(btrim(note), '') end
    where off.region_id = o.region_id and off.id = o.id;
  update placement_requests r set status = case when accept then 'accepted' else 'matching' end, updated_at = now()
    where r.region_id = o.region_id and r.id = o.request_id and r.status = 'offered'
    returning r.status into next_status;
  if next_status is null then
    select r.status into next_status from placement_requests r where r.region_id = o.region_id and r.id = o.request_id;
  end if;
  return query select o.region_id, o.request_id, next_status;
end $$;

/* A provider signals that its own running placement is at risk: the signal, its note and time only. */
create function app.signal_at_risk(placement uuid, note text)
returns table (placement_region uuid, request uuid)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  p record;
begin
  if app.provider_id() is null then raise exception 'only a provider signals a placement at risk' using errcode = '42501'; end if;
  if note is null or length(btrim(note)) < 5 or length(note) > 2000 then
    raise exception 'an at-risk note has 5 to 2000 characters' using errcode = '22023';
  end if;
  update placements pl set at_risk = true, at_risk_note = btrim(note), at_risk_since = now()
    where pl.id = placement and pl.provider_id = app.provider_id() and pl.ended_on is null
    returning pl.region_id, pl.request_id into p;
  if not found then raise exception 'placement % is not a running placement of this provider', placement using errcode = 'P0002'; end if;
  return query select p.region_id, p.request_id;
end $$;
grant execute on function app.confirm_capacity(uuid, int), app.answer_offer(uuid, boolean, text, text),
  app.signal_at_risk(uuid, text) to jeugdregie_app;

-- Negotiations: applied exactly once; parties, care type and period are fixed once opened.
alter table capacity_negotiations add column applied_at timestamptz;
revoke update on capacity_negotiations from jeugdregie_app;
grant update (status, places, last_move, updated_at) on capacity_negotiations to jeugdregie_app;

/* A party moves a negotiation only in its turn and for its own side (the supra coordinator for the
   pool only); an accept or reject keeps the places on the table. The same rules as the domain's. */
create function app.negotiation_move_guard() returns trigger language plpgsql as $$
declare
  side text;
begin
  -- apply_negotiation records that the places moved; the app role cannot write applied_at.
  if new.applied_at is distinct from old.applied_at then return new; end if;
  side := case
    when old.opener_region_id = any(app.region_ids()) then 'opener'
    when old.counterparty_region_id = any(app.region_ids()) then 'counterparty'
    when old.supra_region_id = app.supra_region_id() and old.opener_region_id is null then 'opener'
    when old.supra_region_id = app.supra_region_id() and old.counterparty_region_id is null then 'counterparty'
  end;
  if old.status not in ('open', 'countered') or side is null or side = old.last_move or new.last_move is distinct from side
     or new.status not in ('countered', 'accepted', 'rejected') or (new.status <> 'countered' and new.places <> old.places) then
    raise exception 'not a move of this party in its turn' using errcode = '42501';
  end if;
  return new;
end $$;
create trigger capacity_negotiations_moves before update on capacity_negotiations
  for each row execute function app.negotiation_move_guard();

/* Is the caller a member region, or the supra coordinator, of this supra region? */
create function app.supra_in_scope(supra uuid) returns boolean language sql stable as $$
  select coalesce(supra = app.supra_region_id(), false)
    or exists (select 1 from supra_region_members m where m.supra_region_id = supra and m.region_id = any(app.region_ids()))
$$;
grant execute on function app.supra_in_scope(uuid) to jeugdregie_app;

/* The counterparty gives what the opener takes: a region from its allocation, the pool from its
   places not yet allocated. A second call (a replayed accept) finds it applied and does nothing. */
create or replace function app.apply_negotiation(negotiation uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  n record;
  y int;
  held int;
  unallocated int;
begin
  select * into n from capacity_negotiations c where c.id = negotiation for update;
  if not found or not app.negotiation_party(n.supra_region_id, n.opener_region_id, n.counterparty_region_id) then
    raise exception 'not a party to negotiation %', negotiation using errcode = 'P0002';
  end if;
  if n.status <> 'accepted' then raise exception 'negotiation % is not accepted', negotiation using errcode = '55000'; end if;
  if n.applied_at is not null then return; end if;
  y := extract(year from n.period_start)::int;
  -- One pool, care type and year at a time: two agreements cannot spend the same places.
  perform pg_advisory_xact_lock(hashtextextended(n.supra_region_id::text || '/' || n.care_type || '/' || y::text, 44));
  if n.counterparty_region_id is not null then
    select a.places into held from supra_allocations a
      where a.supra_region_id = n.supra_region_id and a.care_type = n.care_type and a.year = y and a.region_id = n.counterparty_region_id
      for update;
    if coalesce(held, 0) < n.places then
      raise exception 'the giving region holds % places, fewer than the % agreed', coalesce(held, 0), n.places
        using errcode = '23514', constraint = 'negotiation_giver_holds_places';
    end if;
    update supra_allocations a set places = a.places - n.places, updated_at = now()
      where a.supra_region_id = n.supra_region_id and a.care_type = n.care_type and a.year = y and a.region_id = n.counterparty_region_id;
  else
    select app.pool_capacity(n.supra_region_id, n.care_type) - coalesce(sum(a.places), 0) into unallocated from supra_allocations a
      where a.supra_region_id = n.supra_region_id and a.care_type = n.care_type and a.year = y;
    if unallocated < n.places then
      raise exception 'the pool has % places not allocated, fewer than the % agreed', unallocated, n.places
        using errcode = '23514', constraint = 'negotiation_pool_has_places';
    end if;
  end if;
  if n.opener_region_id is not null then
    insert into supra_allocations (supra_region_id, care_type, year, region_id, places)
    values (n.supra_region_id, n.care_type, y, n.opener_region_id, n.places)
    on conflict (supra_region_id, care_type, year, region_id)
      do update set places = supra_allocations.places + excluded.places, updated_at = now();
  end if;
  update capacity_negotiations c set applied_at = now() where c.id = negotiation;
end $$;
grant execute on function app.apply_negotiation(uuid) to jeugdregie_app;

/* A phase-out plan is for a provider with closed care in one of the supra region's member regions. */
create function app.phase_out_provider_in_supra() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if not exists (select 1 from locations l
                 join supra_region_members m on m.region_id = l.region_id and m.supra_region_id = new.supra_region_id
                 where l.provider_id = new.provider_id and 'jeugdzorgplus' = any(l.care_types)) then
    raise exception 'provider % has no closed care in supra region %', new.provider_id, new.supra_region_id
      using errcode = '23514', constraint = 'phase_out_plans_provider_in_supra';
  end if;
  return new;
end $$;
create trigger phase_out_plans_provider_in_supra before insert or update on phase_out_plans
  for each row execute function app.phase_out_provider_in_supra();

-- Scope checks on security-definer functions that answered for any scope.
create or replace function app.pool_capacity(supra uuid, pooled_care_type text) returns int
language plpgsql stable security definer set search_path = public, pg_temp as $$
begin
  if app.supra_in_scope(supra) is not true then
    raise exception 'not a member of supra region %', supra using errcode = '42501';
  end if;
  return (select coalesce(sum(l.capacity), 0)::int from locations l
          join supra_region_members m on m.supra_region_id = supra and m.region_id = l.region_id
          where pooled_care_type = any(l.care_types));
end $$;

/* Numbers only, and only for a location the scope may see (its region, its provider, or pooled for it). */
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

create or replace function app.crisis_request(region uuid, request uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select app.in_region(region)
    and exists (select 1 from placement_requests r where r.region_id = region and r.id = request and r.urgency = 'crisis')
$$;

create or replace function app.crisis_child(region uuid, child uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select app.in_region(region)
    and exists (select 1 from placement_requests r where r.region_id = region and r.child_id = child and r.urgency = 'crisis')
$$;

/* Stale locations: the platform's reminder job sees all, a provider its own, anyone else nothing. */
create or replace function app.stale_locations(freshness_days int) returns table (location_id uuid, provider_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
  select l.id, l.provider_id from locations l
  where (l.capacity_confirmed_at is null or l.capacity_confirmed_at < now() - make_interval(days => freshness_days))
    and (app.role() = 'platform_admin' or l.provider_id = app.provider_id())
$$;

/* Who holds a municipality: for the region admins choosing theirs and the platform admin. */
create or replace function app.municipality_holders() returns table (code text, region_id uuid, region_name text)
language sql stable security definer set search_path = public, pg_temp as $$
  select m.code, m.region_id, r.name from municipalities m join regions r on r.id = m.region_id
  where app.role() in ('region_admin', 'platform_admin')
$$;

-- Functions created or replaced above: still nothing for PUBLIC.
revoke execute on all functions in schema app from public;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop trigger if exists phase_out_plans_provider_in_supra on phase_out_plans;
    drop trigger if exists capacity_negotiations_moves on capacity_negotiations;
    drop function if exists app.negotiation_move_guard();
    drop function if exists app.phase_out_provider_in_supra(), app.confirm_capacity(uuid, int),
      app.answer_offer(uuid, boolean, text, text), app.signal_at_risk(uuid, text);
    alter table capacity_negotiations drop column if exists applied_at;
    grant update on capacity_negotiations to jeugdregie_app;
    create policy locations_provider_capacity on locations for update using (provider_id = app.provider_id())
      with check (provider_id = app.provider_id());
    create policy offers_provider_answer on offers for update using (provider_id = app.provider_id() and status = 'open')
      with check (provider_id = app.provider_id() and status in ('accepted', 'declined'));
    create policy placements_provider_signal on placements for update using (provider_id = app.provider_id())
      with check (provider_id = app.provider_id());
    alter default privileges grant execute on functions to public;
    grant usage on schema public to public;
  `,
    )
    .execute(db);
}
