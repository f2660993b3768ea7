import { sql, type Kysely } from "kysely";

/**
 * Issue 10 (region admin, provider, supra coordinator): what a region set up can be changed,
 * ended and deactivated, not only created, within the rules of issue 8.
 *
 * - A region changes a proposal directly (RLS already allows it); a confirmed contract keeps its
 *   terms until the provider's admin confirms a change the region proposed (`pending_change`), and
 *   a region ends a confirmed contract on a day of its period. Both through narrow functions, as
 *   the region cannot write a confirmed contract itself. An ended contract offers no more places.
 * - A deactivated location gets no new offers; running placements stay where they are.
 * - A region admin takes a person's access to the region away (its memberships there only) or
 *   changes their role; never their own, and the region keeps an admin.
 * - The national registry is shared: only the platform admin corrects a provider's name or AGB.
 * - Who may see a region may see its municipalities (a provider, a supra coordinator too).
 *
 * Errors carry SQLSTATEs the repositories map: 42501 no right, P0002 not yours (or absent),
 * 22023 bad input, 55000 wrong state, 23514 (with a constraint name) a rule the data breaks.
 */
const upSql = sql.raw(/* sql */ `
alter table contracts
  add column pending_change jsonb,
  add column change_proposed_at timestamptz,
  add column change_decline_reason text,
  add column ended_at timestamptz,
  add column end_reason text;
alter table contracts add constraint contracts_change_check check (
  (pending_change is null) = (change_proposed_at is null)
  and (pending_change is null or (status = 'confirmed' and jsonb_typeof(pending_change) = 'object'))
  and (ended_at is null or status = 'confirmed') and (ended_at is null) = (end_reason is null)
);

/* The region proposes a change to a confirmed, running contract of its own; the contract keeps
   its terms (and the region keeps offering) until the provider's admin answers. */
create function app.propose_contract_change(contract uuid, change jsonb)
returns table (region_id uuid, provider_id uuid, pending_before jsonb)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  c record;
begin
  select k.region_id, k.id, k.provider_id, k.status, k.ends_on, k.ended_at, k.pending_change into c
    from contracts k where k.id = contract and app.is_region_admin(k.region_id) for update;
  if not found then raise exception 'contract % is not a contract of this region', contract using errcode = 'P0002'; end if;
  if c.status <> 'confirmed' then raise exception 'only a confirmed contract gets a change proposal' using errcode = '55000'; end if;
  if c.ended_at is not null or c.ends_on < current_date then
    raise exception 'an ended contract does not change' using errcode = '55000';
  end if;
  if change is null or jsonb_typeof(change) <> 'object' or jsonb_typeof(change->'products') <> 'array'
     or jsonb_array_length(change->'products') = 0 then
    raise exception 'a change names the contract terms and at least one product' using errcode = '22023';
  end if;
  update contracts k set pending_change = change, change_proposed_at = now(), change_decline_reason = null
    where k.region_id = c.region_id and k.id = c.id;
  return query select c.region_id, c.provider_id, c.pending_change;
end $$;

/* The provider's admin answers a change proposed to its own contract: confirmed, the new terms and
   products replace the old ones (the exclusion constraint still guards overlapping periods);
   declined, the contract stays as it was and the region sees the reason. */
create function app.answer_contract_change(contract uuid, confirm boolean, reason text)
returns table (region_id uuid, provider_id uuid, change jsonb)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  c record;
  ch jsonb;
begin
  if app.role() <> 'provider_admin' or app.provider_id() is null then
    raise exception 'only the provider admin answers a contract change' using errcode = '42501';
  end if;
  select k.region_id, k.id, k.provider_id, k.pending_change into c from contracts k
    where k.id = contract and k.provider_id = app.provider_id() and k.status = 'confirmed' and k.pending_change is not null
    for update;
  if not found then raise exception 'no change of contract % waits for this provider', contract using errcode = 'P0002'; end if;
  if confirm is null then raise exception 'an answer confirms or declines' using errcode = '22023'; end if;
  ch := c.pending_change;
  if not confirm then
    if reason is null or length(btrim(reason)) < 5 or length(reason) > 2000 then
      raise exception 'a declined change needs a reason of 5 to 2000 characters' using errcode = '22023';
    end if;
    update contracts k set pending_change = null, change_proposed_at = null, change_decline_reason = btrim(reason)
      where k.region_id = c.region_id and k.id = c.id;
    return query select c.region_id, c.provider_id, ch;
    return;
  end if;
  update contracts k set
      segment_id = (ch->>'segment_id')::uuid,
      provider_role = ch->>'provider_role',
      financing_form = ch->>'financing_form',
      starts_on = (ch->>'starts_on')::date,
      ends_on = (ch->>'ends_on')::date,
      revision_clause = coalesce(ch->>'revision_clause', ''),
      guarantee_amount_cents = (ch->>'guarantee_amount_cents')::bigint,
      pending_change = null, change_proposed_at = null, change_decline_reason = null,
      answered_at = now(), answered_by = app.user_id()
    where k.region_id = c.region_id and k.id = c.id;
  delete from contract_products p where p.region_id = c.region_id and p.contract_id = c.id;
  insert into contract_products (region_id, contract_id, provider_id, product_code, product_category, unit, tariff_cents,
                                 intensity_band, starts_on, ends_on)
    select c.region_id, c.id, c.provider_id, x.product_code, x.product_category, x.unit, x.tariff_cents, x.intensity_band,
           (ch->>'starts_on')::date, (ch->>'ends_on')::date
    from jsonb_to_recordset(ch->'products')
      as x(product_code text, product_category text, unit text, tariff_cents int, intensity_band text);
  return query select c.region_id, c.provider_id, ch;
end $$;

/* The region ends a confirmed contract of its own on a day of its period: never before its start,
   never later than agreed. Its products end with it; a change still waiting is dropped. */
create function app.end_contract(contract uuid, end_on date, reason text)
returns table (region_id uuid, provider_id uuid, ends_on_before date, pending_before jsonb)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  c record;
begin
  select k.region_id, k.id, k.provider_id, k.status, k.starts_on, k.ends_on, k.pending_change into c
    from contracts k where k.id = contract and app.is_region_admin(k.region_id) for update;
  if not found then raise exception 'contract % is not a contract of this region', contract using errcode = 'P0002'; end if;
  if c.status <> 'confirmed' then raise exception 'only a confirmed contract is ended' using errcode = '55000'; end if;
  if end_on is null or end_on < c.starts_on then
    raise exception 'a contract does not end before its start' using errcode = '23514', constraint = 'contract_ends_after_start';
  end if;
  if end_on > c.ends_on then
    raise exception 'ending does not extend a contract' using errcode = '23514', constraint = 'contract_end_not_extended';
  end if;
  if reason is null or length(btrim(reason)) < 5 or length(reason) > 2000 then
    raise exception 'ending a contract needs a reason of 5 to 2000 characters' using errcode = '22023';
  end if;
  update contracts k set ends_on = end_on, ended_at = now(), end_reason = btrim(reason), pending_change = null, change_proposed_at = null
    where k.region_id = c.region_id and k.id = c.id;
  update contract_products p set ends_on = greatest(p.starts_on, least(p.ends_on, end_on))
    where p.region_id = c.region_id and p.contract_id = c.id;
  return query select c.region_id, c.provider_id, c.ends_on, c.pending_change;
end $$;

/* A contract the provider confirmed and that has not ended yet: only then does the region offer. */
create or replace function app.contract_confirmed(region uuid, provider uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from contracts c where c.region_id = region and c.provider_id = provider
                 and c.status = 'confirmed' and c.ends_on >= current_date)
$$;

-- A location the region deactivated gets no new offers; its running placements stay.
alter table locations add column deactivated_at timestamptz;
create or replace function app.offerable(location_region uuid, location uuid, provider uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from locations l where l.region_id = location_region and l.id = location and l.provider_id = provider
                 and l.deactivated_at is null)
     and app.contract_confirmed(location_region, provider)
$$;

/* A location out of use needs no capacity reminders. */
create or replace function app.stale_locations(freshness_days int) returns table (location_id uuid, provider_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
  select l.id, l.provider_id from locations l
  where l.deactivated_at is null
    and (l.capacity_confirmed_at is null or l.capacity_confirmed_at < now() - make_interval(days => freshness_days))
    and (app.role() = 'platform_admin' or l.provider_id = app.provider_id())
$$;

/* A region admin takes a person's access to its region away: every membership of that region (the
   account, and memberships elsewhere, stay). Never their own access, and the region keeps an admin. */
create function app.remove_region_member(region uuid, member uuid)
returns table (roles text[])
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  removed text[];
begin
  if not app.is_region_admin(region) then raise exception 'only the region admin removes access' using errcode = '42501'; end if;
  select array_agg(m.role order by m.role) into removed from memberships m where m.user_id = member and m.region_id = region;
  if removed is null then raise exception 'user % has no access to this region', member using errcode = 'P0002'; end if;
  if member = app.user_id() then
    raise exception 'a region admin does not remove their own access' using errcode = '23514', constraint = 'not_own_access';
  end if;
  if 'region_admin' = any(removed) and not exists (
       select 1 from memberships m where m.region_id = region and m.role = 'region_admin' and m.user_id <> member) then
    raise exception 'the region keeps an admin' using errcode = '23514', constraint = 'region_keeps_an_admin';
  end if;
  delete from memberships m where m.user_id = member and m.region_id = region;
  return query select removed;
end $$;

/* A region admin gives a member of its region another region role (one membership changes). */
create function app.change_region_member_role(region uuid, member uuid, from_role text, to_role text)
returns void
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if not app.is_region_admin(region) then raise exception 'only the region admin changes roles' using errcode = '42501'; end if;
  if to_role is null or to_role not in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer') then
    raise exception 'a region member gets a region role' using errcode = '22023';
  end if;
  perform 1 from memberships m where m.user_id = member and m.region_id = region and m.role = from_role for update;
  if not found then raise exception 'user % has no such role in this region', member using errcode = 'P0002'; end if;
  if member = app.user_id() then
    raise exception 'a region admin does not change their own role' using errcode = '23514', constraint = 'not_own_access';
  end if;
  update memberships m set role = to_role where m.user_id = member and m.region_id = region and m.role = from_role;
end $$;

/* The registry is shared by every region: only the platform admin corrects a provider's name or
   AGB code (the KvK number is the provider's identity and stays). */
revoke update on providers from jeugdregie_app;
create function app.correct_provider(provider uuid, new_name text, new_agb text)
returns table (name_before text, agb_before text)
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  p record;
begin
  if app.role() <> 'platform_admin' then raise exception 'only the platform admin corrects the registry' using errcode = '42501'; end if;
  if new_name is null or length(btrim(new_name)) < 2 or length(new_name) > 200 then
    raise exception 'a provider name has 2 to 200 characters' using errcode = '22023';
  end if;
  select r.name, r.agb into p from providers r where r.id = provider for update;
  if not found then raise exception 'provider % is not in the registry', provider using errcode = 'P0002'; end if;
  update providers r set name = btrim(new_name), agb = nullif(btrim(coalesce(new_agb, '')), '') where r.id = provider;
  return query select p.name, p.agb;
end $$;

/* The municipalities of a region the caller works with: its own, a provider's regions under a
   confirmed contract, a supra region's members, every region for the platform admin and ministry. */
create function app.region_municipality_names(region uuid) returns table (code text, name text)
language sql stable security definer set search_path = public, pg_temp as $$
  select m.code, m.name from municipalities m
  where m.region_id = region and (
    region = any(app.region_ids())
    or app.role() in ('platform_admin', 'ministry_analyst')
    or (app.provider_id() is not null and exists (
          select 1 from contracts c where c.region_id = region and c.provider_id = app.provider_id() and c.status = 'confirmed'))
    or (app.supra_region_id() is not null and exists (
          select 1 from supra_region_members s where s.region_id = region and s.supra_region_id = app.supra_region_id())))
  order by m.name
$$;

grant execute on function app.propose_contract_change(uuid, jsonb), app.answer_contract_change(uuid, boolean, text),
  app.end_contract(uuid, date, text), app.remove_region_member(uuid, uuid), app.change_region_member_role(uuid, uuid, text, text),
  app.correct_provider(uuid, text, text), app.region_municipality_names(uuid) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop function if exists app.propose_contract_change(uuid, jsonb), app.answer_contract_change(uuid, boolean, text),
      app.end_contract(uuid, date, text), app.remove_region_member(uuid, uuid), app.change_region_member_role(uuid, uuid, text, text),
      app.correct_provider(uuid, text, text), app.region_municipality_names(uuid);
    grant update on providers to jeugdregie_app;
    create or replace function app.stale_locations(freshness_days int) returns table (location_id uuid, provider_id uuid)
    language sql stable security definer set search_path = public, pg_temp as $$
      select l.id, l.provider_id from locations l
      where (l.capacity_confirmed_at is null or l.capacity_confirmed_at < now() - make_interval(days => freshness_days))
        and (app.role() = 'platform_admin' or l.provider_id = app.provider_id())
    $$;
    create or replace function app.offerable(location_region uuid, location uuid, provider uuid) returns boolean
    language sql stable security definer set search_path = public, pg_temp as $$
      select exists (select 1 from locations l where l.region_id = location_region and l.id = location and l.provider_id = provider)
         and app.contract_confirmed(location_region, provider)
    $$;
    create or replace function app.contract_confirmed(region uuid, provider uuid) returns boolean
    language sql stable security definer set search_path = public, pg_temp as
      $$ select exists (select 1 from contracts c where c.region_id = region and c.provider_id = provider and c.status = 'confirmed') $$;
    alter table locations drop column if exists deactivated_at;
    alter table contracts drop constraint if exists contracts_change_check;
    alter table contracts drop column if exists pending_change, drop column if exists change_proposed_at,
      drop column if exists change_decline_reason, drop column if exists ended_at, drop column if exists end_reason;
  `,
    )
    .execute(db);
}
