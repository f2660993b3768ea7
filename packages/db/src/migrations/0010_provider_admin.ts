import { sql, type Kysely } from "kysely";

/**
 * Providers decide who acts for them (issue 8, hole 1). A region could contract any provider and
 * then mint a login for it, and that login read the provider's offers and dossiers in every region.
 * Now: a provider admin role manages the provider's logins (the first one invited by the platform
 * admin), a region's contract is a proposal until that admin confirms it, offers need a confirmed
 * contract, region roles can never answer for a provider, and the app role's rights on users and
 * memberships shrink to what login, invitations and user lists need.
 */
const upSql = sql.raw(/* sql */ `
-- The provider admin works for one provider, in every region it serves, like a provider user.
alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_check check (role in ('platform_admin', 'region_admin',
  'placement_coordinator', 'crisis_team', 'referrer', 'provider_user', 'provider_admin', 'supra_coordinator', 'ministry_analyst'));
alter table memberships drop constraint memberships_scope_check;
alter table memberships add constraint memberships_scope_check check (
  (role in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer')
    and region_id is not null and provider_id is null and supra_region_id is null)
  or (role in ('provider_user', 'provider_admin') and provider_id is not null and region_id is null and supra_region_id is null)
  or (role = 'supra_coordinator' and supra_region_id is not null and region_id is null and provider_id is null)
  or (role in ('platform_admin', 'ministry_analyst') and region_id is null and provider_id is null and supra_region_id is null)
);

-- Provider logins a region invited were the breach: their open invitations stop working. Invitations
-- for provider roles carry the provider and no region from now on (existing rows are kept as history).
update invitations set expires_at = least(expires_at, now())
  where role = 'provider_user' and region_id is not null and accepted_at is null;
alter table invitations drop constraint invitations_check;
alter table invitations add constraint invitations_scope_check check (
  (role in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer') and region_id is not null and provider_id is null)
  or (role in ('provider_user', 'provider_admin') and provider_id is not null and region_id is null)
) not valid;

/* Who may invite whom: a region admin its region's roles; the platform admin region admins and the
   first admin of a provider; a provider admin its own provider's users. Nobody else. */
drop policy invitations_insert on invitations;
create policy invitations_insert on invitations for insert with check (
  (role in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer') and app.is_region_admin(region_id))
  or (app.role() = 'platform_admin' and role in ('region_admin', 'provider_admin'))
  or (app.role() = 'provider_admin' and role in ('provider_user', 'provider_admin') and provider_id = app.provider_id())
);
create policy invitations_provider_admin_read on invitations for select using (
  app.role() = 'provider_admin' and provider_id = app.provider_id()
);

/* The invitation with the token in this transaction, still usable, for this e-mail address. */
create function app.invited(address text) returns boolean language sql stable as $$
  select exists (select 1 from invitations i
                 where i.token_hash = nullif(current_setting('app.invitation_token_hash', true), '')
                   and i.accepted_at is null and i.expires_at > now() and i.email = lower(address))
$$;

-- Users: everyone may be looked up (login happens before any scope), but an account is only made
-- or given its password through an invitation, and never deleted by the application.
alter table users enable row level security;
create policy users_read on users for select using (true);
create policy users_by_invitation on users for insert with check (app.invited(email));
create policy users_password_by_invitation on users for update using (app.invited(email)) with check (app.invited(email));
revoke update, delete on users from jeugdregie_app;
grant update (display_name, password_hash) on users to jeugdregie_app;

-- Memberships: your own, your organisation's for its admin, all for the platform admin; written
-- only by accepting the invitation for exactly that role and organisation; never changed or removed.
alter table memberships enable row level security;
create policy memberships_own on memberships for select using (user_id = app.user_id());
create policy memberships_region_admin on memberships for select using (app.is_region_admin(region_id));
create policy memberships_provider_admin on memberships for select using (
  app.role() = 'provider_admin' and provider_id = app.provider_id()
);
create policy memberships_platform_admin on memberships for select using (app.role() = 'platform_admin');
-- The other party of a capacity negotiation is told by e-mail: its coordinators, nothing else.
create policy memberships_negotiation_partners on memberships for select using (
  role = 'placement_coordinator' and app.role() in ('region_admin', 'placement_coordinator', 'supra_coordinator')
  and exists (select 1 from capacity_negotiations n where memberships.region_id in (n.opener_region_id, n.counterparty_region_id))
);
create policy memberships_by_invitation on memberships for insert with check (
  supra_region_id is null
  and exists (select 1 from invitations i join users u on lower(u.email) = i.email
              where i.token_hash = nullif(current_setting('app.invitation_token_hash', true), '')
                and i.accepted_at is null and i.expires_at > now()
                and u.id = memberships.user_id and i.role = memberships.role
                and i.provider_id is not distinct from memberships.provider_id
                and (case when i.provider_id is null then i.region_id end) is not distinct from memberships.region_id)
);
revoke update, delete on memberships from jeugdregie_app;

-- A contract a region records is a proposal until the provider's admin answers it. Contracts from
-- before this rule are what regions and providers have worked with: they stand as confirmed.
alter table contracts
  add column status text not null default 'proposed' check (status in ('proposed', 'confirmed', 'declined')),
  add column answered_at timestamptz,
  add column answered_by uuid references users(id),
  add column decline_reason text;
update contracts set status = 'confirmed', answered_at = created_at;
alter table contracts add constraint contracts_answer_check check (
  (status = 'proposed') = (answered_at is null) and (status = 'declined') = (decline_reason is not null)
);

-- The region proposes; only the provider's answer (below) changes the status. What the provider
-- agreed to cannot change afterwards: products are written on proposals only.
create policy contracts_region_proposes on contracts as restrictive for insert with check (status = 'proposed');
create policy contracts_region_edits_proposals on contracts as restrictive for update
  using (status = 'proposed') with check (status = 'proposed');
create function app.contract_is_proposal(region uuid, contract uuid) returns boolean language sql stable as
  $$ select exists (select 1 from contracts c where c.region_id = region and c.id = contract and c.status = 'proposed') $$;
create policy contract_products_on_proposals_insert on contract_products as restrictive for insert
  with check (app.contract_is_proposal(region_id, contract_id));
create policy contract_products_on_proposals_update on contract_products as restrictive for update
  using (app.contract_is_proposal(region_id, contract_id));
create policy contract_products_on_proposals_delete on contract_products as restrictive for delete
  using (app.contract_is_proposal(region_id, contract_id));

/* The provider admin confirms or declines a proposal made to its own provider; nothing else changes.
   A declined proposal frees its products' periods so the region can propose again (its terms stay in
   the audit log). */
create function app.answer_contract(contract uuid, confirm boolean, reason text)
returns table (region_id uuid, provider_id uuid, status text)
language sql volatile security definer set search_path = public, pg_temp as $$
  with answered as (
    update contracts c
    set status = case when confirm then 'confirmed' else 'declined' end,
        answered_at = now(), answered_by = app.user_id(), decline_reason = case when confirm then null else reason end
    where c.id = contract and c.status = 'proposed' and app.role() = 'provider_admin' and c.provider_id = app.provider_id()
    returning c.region_id, c.id, c.provider_id, c.status
  ), freed as (
    delete from contract_products p using answered a
    where not confirm and p.region_id = a.region_id and p.contract_id = a.id
  )
  select a.region_id, a.provider_id, a.status from answered a
$$;
grant execute on function app.answer_contract(uuid, boolean, text) to jeugdregie_app;

/* Has the provider confirmed a contract with this region? A yes or no, for matching across regions. */
create function app.contract_confirmed(region uuid, provider uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as
  $$ select exists (select 1 from contracts c where c.region_id = region and c.provider_id = provider and c.status = 'confirmed') $$;
grant execute on function app.contract_confirmed(uuid, uuid) to jeugdregie_app;

/* An offer goes to the location's own provider, under a contract that provider confirmed. */
create function app.offerable(location_region uuid, location uuid, provider uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from locations l where l.region_id = location_region and l.id = location and l.provider_id = provider)
     and app.contract_confirmed(location_region, provider)
$$;
grant execute on function app.offerable(uuid, uuid, uuid) to jeugdregie_app;
create policy offers_need_confirmed_contract on offers as restrictive for insert
  with check (app.offerable(location_region_id, location_id, provider_id));

-- A region's users never answer for a provider: accepting or declining an offer is the provider's.
create policy offers_answered_by_provider on offers as restrictive for update using (true)
  with check (status not in ('accepted', 'declined') or provider_id = app.provider_id());

/* Confirming capacity is the provider's statement; owner maintenance without a scope (seed) may set it. */
create function app.capacity_confirmed_by_provider() returns trigger language plpgsql as $$
begin
  if app.role() <> 'anonymous' and new.provider_id is distinct from app.provider_id() then
    raise exception 'alleen de aanbieder van de locatie bevestigt de capaciteit (only the provider confirms capacity)'
      using errcode = '42501';
  end if;
  return new;
end $$;
create trigger locations_capacity_confirmed_by_provider before update of capacity_confirmed_at on locations
  for each row when (new.capacity_confirmed_at is distinct from old.capacity_confirmed_at)
  execute function app.capacity_confirmed_by_provider();

-- A region's tariff table reaches a provider through a confirmed contract only.
drop policy intensity_tariffs_read on intensity_tariffs;
create policy intensity_tariffs_read on intensity_tariffs for select using (app.in_region(region_id)
  or exists (select 1 from contracts c where c.region_id = intensity_tariffs.region_id
             and c.provider_id = app.provider_id() and c.status = 'confirmed'));

grant execute on all functions in schema app to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop policy if exists intensity_tariffs_read on intensity_tariffs;
    create policy intensity_tariffs_read on intensity_tariffs for select using (app.in_region(region_id)
      or exists (select 1 from contracts c where c.region_id = intensity_tariffs.region_id and c.provider_id = app.provider_id()));
    drop trigger if exists locations_capacity_confirmed_by_provider on locations;
    drop policy if exists offers_answered_by_provider on offers;
    drop policy if exists offers_need_confirmed_contract on offers;
    drop policy if exists contract_products_on_proposals_insert on contract_products;
    drop policy if exists contract_products_on_proposals_update on contract_products;
    drop policy if exists contract_products_on_proposals_delete on contract_products;
    drop policy if exists contracts_region_proposes on contracts;
    drop policy if exists contracts_region_edits_proposals on contracts;
    drop function if exists app.capacity_confirmed_by_provider(), app.offerable(uuid, uuid, uuid), app.contract_confirmed(uuid, uuid),
      app.answer_contract(uuid, boolean, text), app.contract_is_proposal(uuid, uuid);
    alter table contracts drop constraint if exists contracts_answer_check;
    alter table contracts drop column if exists status, drop column if exists answered_at, drop column if exists answered_by,
      drop column if exists decline_reason;
    alter table memberships disable row level security;
    drop policy if exists memberships_own on memberships;
    drop policy if exists memberships_region_admin on memberships;
    drop policy if exists memberships_provider_admin on memberships;
    drop policy if exists memberships_platform_admin on memberships;
    drop policy if exists memberships_negotiation_partners on memberships;
    drop policy if exists memberships_by_invitation on memberships;
    grant update, delete on memberships, users to jeugdregie_app;
    alter table users disable row level security;
    drop policy if exists users_read on users;
    drop policy if exists users_by_invitation on users;
    drop policy if exists users_password_by_invitation on users;
    drop function if exists app.invited(text);
    drop policy if exists invitations_provider_admin_read on invitations;
    drop policy if exists invitations_insert on invitations;
    create policy invitations_insert on invitations for insert with check (
      app.is_region_admin(region_id) or (app.role() = 'platform_admin' and role = 'region_admin'));
    alter table invitations drop constraint if exists invitations_scope_check;
  `,
    )
    .execute(db);
}
