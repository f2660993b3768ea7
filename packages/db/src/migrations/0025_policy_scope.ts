import { sql, type Kysely } from "kysely";

/**
 * Row-level security that costs what it checks (issue 12, part 3). Same rows visible to the same
 * callers as before (the RLS matrix, the catalog test and the procedure matrix prove it); three
 * costs of the old policies are gone:
 *
 * 1. Per row. \`app.in_region(region_id)\` and friends are inlined SQL, so every row of every
 *    table evaluated \`current_setting('app.region_ids')::uuid[]\` (and the role, and the provider)
 *    again. Every scope value is now read once per statement, as an InitPlan:
 *    \`(select app.region_ids_as('region_admin'))\` (the region list when the caller has that role,
 *    else empty), \`(select app.has_role(...))\`, \`(select app.provider_id())\`. Where PostgreSQL
 *    would read \`any((select ...))\` as a subquery, the \`::uuid[]\` makes it one array.
 * 2. Per statement. Policy arms that looked into another table with RLS (the provider's offers,
 *    the caller's memberships, the regions a provider has contracts in) made the planner expand
 *    that table's policies, and theirs, on every statement: 4-5 ms of planning and 1.5-2 ms of
 *    parsing inlined helpers for a queue page whose execution takes 1-2 ms. Where the nested
 *    policy could not change the answer (the arm asks for the caller's own provider, membership or
 *    invitation, which that table's policy always shows), the arm asks a narrow SECURITY DEFINER
 *    function instead: per row only once the cheap arms failed, and only for a provider
 *    (\`app.offered_to_provider\` ...), or once per statement (\`app.related_region_ids()\`). Arms
 *    where the nested policy decides (a status change is visible when its request is, a user when
 *    one of their memberships is, a referrer's document when its request is theirs) keep theirs.
 * 3. Plans. The planner could not estimate the role checks (0.5% each), so a page of the board
 *    under RLS was planned for 3 of a region's 2,077 placements and read all of them; see
 *    \`app.in_regions\` for how the tables the lists join are now estimated.
 *
 * Scope helpers are PARALLEL SAFE (they read settings parallel workers share), so a policy no
 * longer rules out a parallel plan the owner would get.
 */
const helpersSql = sql.raw(/* sql */ `
alter function app.region_ids() parallel safe;
alter function app.role() parallel safe;
alter function app.provider_id() parallel safe;
alter function app.user_id() parallel safe;
alter function app.supra_region_id() parallel safe;

/*
 * The scope's regions when the caller has one of these roles, else none; and whether it has one.
 * PL/pgSQL, so the planner does not inline (and parse again) their bodies at each of the dozens of
 * places a statement's policies name them: each runs once per statement, in its InitPlan.
 */
create function app.region_ids_as(variadic roles text[]) returns uuid[]
language plpgsql stable parallel safe as $$
begin
  return case when app.role() = any(roles) then app.region_ids() else '{}'::uuid[] end;
end $$;

/*
 * region = any(regions), written so the planner can estimate it. A list filters its region itself
 * (\`where region_id = $1\`) and the policy then keeps every row of it; but \`region_id = any(<InitPlan>)\`
 * is estimated at about 20% of the rows (ten unknown values assumed), and that guess is multiplied
 * in again for every joined table's policy, so a 100-row page of the board looked like 131 rows in
 * all and was read by sorting all 2,077 of the region's placements. \`array_position(...) is not
 * null\` is estimated at 99.5%, so the plan under RLS is the owner's plan. Same truth value: a
 * null region is in no list (it is in the policy's filter either way not true). Inlined.
 */
create function app.in_regions(region uuid, regions uuid[]) returns boolean
language sql immutable parallel safe as $$ select region is not null and array_position(regions, region) is not null $$;

create function app.has_role(variadic roles text[]) returns boolean
language plpgsql stable parallel safe as $$
begin
  return app.role() = any(roles);
end $$;

create function app.invitation_token_hash() returns text
language sql stable parallel safe as $$ select nullif(current_setting('app.invitation_token_hash', true), '') $$;

/* The addresses the caller's invitation token invites (the invoker's own policy on invitations decides, as app.invited did). */
create function app.invited_emails() returns text[]
language sql stable as $$
  select coalesce(array_agg(i.email), '{}') from invitations i
  where i.token_hash = app.invitation_token_hash() and i.accepted_at is null and i.expires_at > now()
$$;

/*
 * Regions the caller is related to beyond its scope: its memberships, the region of its invitation,
 * where its provider has contracts or locations, the members of its supra region. Each is a row
 * the caller's own policy on that table shows it, so reading them as the owner changes nothing.
 */
create function app.related_region_ids() returns uuid[]
language sql stable security definer set search_path = public, pg_temp as $$
  select coalesce(array_agg(distinct s.region_id), '{}') from (
    select m.region_id from memberships m where m.user_id = app.user_id()
    union all select i.region_id from invitations i where i.token_hash = app.invitation_token_hash()
    union all select c.region_id from contracts c where c.provider_id = app.provider_id()
    union all select l.region_id from locations l where l.provider_id = app.provider_id()
    union all select m.region_id from supra_region_members m where m.supra_region_id = app.supra_region_id()
  ) s where s.region_id is not null
$$;

/* Whether the caller's provider has an offer (an accepted one) for the request or the child: the provider's own offers, which offers_provider_read shows it. */
create function app.offered_to_provider(region uuid, request uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from offers o where o.region_id = region and o.request_id = request and o.provider_id = app.provider_id())
$$;
create function app.accepted_by_provider(region uuid, request uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from offers o where o.region_id = region and o.request_id = request
                 and o.provider_id = app.provider_id() and o.status = 'accepted')
$$;
create function app.child_accepted_by_provider(region uuid, child uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from placement_requests r join offers o on o.region_id = r.region_id and o.request_id = r.id
                 where r.region_id = region and r.child_id = child and o.provider_id = app.provider_id() and o.status = 'accepted')
$$;

grant execute on function app.region_ids_as(text[]), app.in_regions(uuid, uuid[]), app.has_role(text[]), app.invitation_token_hash(), app.invited_emails(),
  app.related_region_ids(), app.offered_to_provider(uuid, uuid), app.accepted_by_provider(uuid, uuid),
  app.child_accepted_by_provider(uuid, uuid) to jeugdregie_app;
`);

/** Every tenant policy that reads the caller's scope, each scope value read once per statement. */
const policiesSql = sql.raw(/* sql */ `
alter policy regions_read on regions using (
  id = any((select app.region_ids())::uuid[])
  or (select app.has_role('platform_admin', 'ministry_analyst'))
  or id = any((select app.related_region_ids())::uuid[]));
alter policy regions_supra_partners_read on regions using (
  exists (select 1 from supra_region_members a join supra_region_members b on b.supra_region_id = a.supra_region_id
          where a.region_id = regions.id and b.region_id = any((select app.region_ids())::uuid[])));
alter policy regions_write on regions with check ((select app.has_role('platform_admin')));
alter policy regions_update on regions using ((select app.has_role('platform_admin')));

alter policy municipalities_read on municipalities using (
  region_id = any((select app.region_ids())::uuid[]) or (select app.has_role('platform_admin', 'ministry_analyst')));
alter policy municipalities_write on municipalities with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy municipalities_update on municipalities using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy municipalities_delete on municipalities using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));

alter policy locations_read on locations using (
  region_id = any((select app.region_ids())::uuid[]) or provider_id = (select app.provider_id()));
alter policy locations_insert on locations with check (
  region_id = any((select app.region_ids_as('region_admin', 'placement_coordinator'))::uuid[]));
alter policy locations_update on locations
  using (region_id = any((select app.region_ids_as('region_admin', 'placement_coordinator'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin', 'placement_coordinator'))::uuid[]));
alter policy locations_delete on locations using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));

alter policy audit_log_read on audit_log using (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]) or (select app.has_role('platform_admin')));
alter policy audit_log_dossier_read on audit_log using (
  region_id = any((select app.region_ids_as('placement_coordinator'))::uuid[])
  and entity in ('placement_request', 'request_document', 'child', 'offer', 'placement'));
alter policy audit_log_crisis_team on audit_log using (
  region_id = any((select app.region_ids_as('crisis_team'))::uuid[])
  and entity in ('placement_request', 'request_document', 'child', 'offer', 'placement'));
alter policy audit_log_insert on audit_log with check (
  region_id is null or region_id = any((select app.region_ids())::uuid[])
  or (select app.provider_id() is not null) or (select app.has_role('platform_admin'))
  or exists (select 1 from supra_region_members m where m.region_id = audit_log.region_id and m.supra_region_id = (select app.supra_region_id())));

alter policy memberships_own on memberships using (user_id = (select app.user_id()));
alter policy memberships_region_admin on memberships using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy memberships_platform_admin on memberships using ((select app.has_role('platform_admin')));
alter policy memberships_provider_admin on memberships using (
  (select app.has_role('provider_admin')) and provider_id = (select app.provider_id()));
alter policy memberships_negotiation_partners on memberships using (
  role = 'placement_coordinator' and (select app.has_role('region_admin', 'placement_coordinator', 'supra_coordinator'))
  and exists (select 1 from capacity_negotiations n
              where memberships.region_id = n.opener_region_id or memberships.region_id = n.counterparty_region_id));

alter policy users_read on users using (
  id = (select app.user_id()) or (select app.has_role('platform_admin'))
  or lower(email) = any((select app.invited_emails())::text[])
  or exists (select 1 from memberships m where m.user_id = users.id));

alter policy invitations_read on invitations using (
  region_id = any((select app.region_ids_as('region_admin'))::uuid[]) or (select app.has_role('platform_admin'))
  or token_hash = (select app.invitation_token_hash()));
alter policy invitations_insert on invitations with check (
  (role in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer') and region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  or ((select app.has_role('platform_admin')) and role in ('region_admin', 'provider_admin'))
  or ((select app.has_role('provider_admin')) and role in ('provider_user', 'provider_admin') and provider_id = (select app.provider_id())));
alter policy invitations_accept on invitations using (
  token_hash = (select app.invitation_token_hash()) or region_id = any((select app.region_ids_as('region_admin'))::uuid[])
  or (select app.has_role('platform_admin')));
alter policy invitations_provider_admin_read on invitations using (
  (select app.has_role('provider_admin')) and provider_id = (select app.provider_id()));
alter policy invitations_provider_admin_update on invitations
  using ((select app.has_role('provider_admin')) and provider_id = (select app.provider_id()))
  with check ((select app.has_role('provider_admin')) and provider_id = (select app.provider_id()));

alter policy mfa_totp_own on mfa_totp using (user_id = (select app.user_id())) with check (user_id = (select app.user_id()));

alter policy region_settings_read on region_settings using (region_id = any((select app.region_ids())::uuid[]));
alter policy region_settings_write on region_settings
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy oidc_providers_read on oidc_providers using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy oidc_providers_write on oidc_providers
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy import_jobs_all on import_jobs
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));

alter policy contracts_read on contracts using (
  region_id = any((select app.region_ids())::uuid[]) or provider_id = (select app.provider_id()));
alter policy contracts_write on contracts
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy contract_products_read on contract_products using (
  region_id = any((select app.region_ids())::uuid[]) or provider_id = (select app.provider_id()));
alter policy contract_products_write on contract_products
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy segments_read on segments using (
  region_id = any((select app.region_ids())::uuid[])
  or exists (select 1 from contracts c
             where c.segment_id = segments.id and c.region_id = segments.region_id and c.provider_id = (select app.provider_id())));
alter policy segments_write on segments
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy intensity_tariffs_read on intensity_tariffs using (
  region_id = any((select app.region_ids())::uuid[])
  or exists (select 1 from contracts c
             where c.region_id = intensity_tariffs.region_id and c.provider_id = (select app.provider_id()) and c.status = 'confirmed'));
alter policy intensity_tariffs_write on intensity_tariffs
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));

alter policy requests_region on placement_requests
  using (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'region_admin')))
         or (app.in_regions(region_id, (select app.region_ids())) and referrer_user_id = (select app.user_id())))
  with check (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'referrer'))));
alter policy requests_crisis_team on placement_requests
  using (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and urgency = 'crisis')
  with check (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and urgency = 'crisis');
alter policy requests_offered_provider on placement_requests using (
  (select app.provider_id() is not null) and app.offered_to_provider(region_id, id));

alter policy children_region on children
  using (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'referrer', 'region_admin'))))
  with check (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'referrer'))));
alter policy children_crisis_team on children
  using (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_child(region_id, id))
  with check (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))));
alter policy children_accepting_provider on children using (
  (select app.provider_id() is not null) and app.child_accepted_by_provider(region_id, id));

alter policy documents_region on request_documents
  using (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator')))
         or (app.in_regions(region_id, (select app.region_ids_as('referrer')))
             and exists (select 1 from placement_requests r where r.region_id = request_documents.region_id
                         and r.id = request_documents.request_id and r.referrer_user_id = (select app.user_id()))))
  with check (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator')))
         or (app.in_regions(region_id, (select app.region_ids_as('referrer')))
             and exists (select 1 from placement_requests r where r.region_id = request_documents.region_id
                         and r.id = request_documents.request_id and r.referrer_user_id = (select app.user_id()))));
alter policy documents_crisis_team on request_documents
  using (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id))
  with check (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id));
alter policy documents_accepting_provider on request_documents using (
  (select app.provider_id() is not null) and app.accepted_by_provider(region_id, request_id));

alter policy request_status_changes_read on request_status_changes using (
  region_id = any((select app.region_ids())::uuid[])
  and exists (select 1 from placement_requests r where r.region_id = request_status_changes.region_id and r.id = request_status_changes.request_id));

alter policy need_records_region on need_records
  using (region_id = any((select app.region_ids_as('placement_coordinator', 'region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('placement_coordinator'))::uuid[]));
alter policy need_records_crisis_team on need_records
  using (region_id = any((select app.region_ids_as('crisis_team'))::uuid[]) and app.crisis_request(region_id, request_id))
  with check (region_id = any((select app.region_ids_as('crisis_team'))::uuid[]) and app.crisis_request(region_id, request_id));

alter policy offers_region on offers
  using (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator'))))
  with check (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator'))));
alter policy offers_region_read on offers using (
  app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'referrer', 'region_admin'))));
alter policy offers_crisis_team on offers
  using (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id))
  with check (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id));
alter policy offers_provider_read on offers using (provider_id = (select app.provider_id()));
alter policy offers_answered_by_provider on offers using (true) with check (
  status not in ('accepted', 'declined') or provider_id = (select app.provider_id()));

alter policy placements_region on placements
  using (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator'))))
  with check (app.in_regions(region_id, (select app.region_ids_as('placement_coordinator'))));
alter policy placements_region_read on placements using (
  app.in_regions(region_id, (select app.region_ids_as('placement_coordinator', 'referrer', 'region_admin'))));
alter policy placements_crisis_team on placements
  using (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id))
  with check (app.in_regions(region_id, (select app.region_ids_as('crisis_team'))) and app.crisis_request(region_id, request_id));
alter policy placements_provider_read on placements using (provider_id = (select app.provider_id()));

alter policy notifications_region on notifications
  using (region_id = any((select app.region_ids_as('placement_coordinator', 'region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('placement_coordinator'))::uuid[]));
alter policy notifications_crisis_team on notifications
  using (region_id = any((select app.region_ids_as('crisis_team'))::uuid[]) and request_id is not null and app.crisis_request(region_id, request_id))
  with check (region_id = any((select app.region_ids_as('crisis_team'))::uuid[]));

alter policy oor_frameworks_region on oor_frameworks using (
  region_id = any((select app.region_ids())::uuid[])
  or exists (select 1 from supra_region_members m where m.region_id = oor_frameworks.region_id and m.supra_region_id = (select app.supra_region_id())));
alter policy oor_frameworks_admin on oor_frameworks
  using (region_id = any((select app.region_ids_as('region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('region_admin'))::uuid[]));
alter policy oor_justifications_region on oor_justifications
  using (region_id = any((select app.region_ids_as('placement_coordinator', 'crisis_team', 'region_admin'))::uuid[]))
  with check (region_id = any((select app.region_ids_as('placement_coordinator', 'crisis_team'))::uuid[]));
alter policy oor_justifications_supra on oor_justifications using (
  exists (select 1 from supra_region_members m where m.region_id = oor_justifications.region_id and m.supra_region_id = (select app.supra_region_id())));
alter policy oor_justifications_supra_decide on oor_justifications
  using (exists (select 1 from supra_region_members m
                 where m.region_id = oor_justifications.region_id and m.supra_region_id = (select app.supra_region_id())))
  with check (exists (select 1 from supra_region_members m
                      where m.region_id = oor_justifications.region_id and m.supra_region_id = (select app.supra_region_id())));

alter policy supra_allocations_supra on supra_allocations
  using (supra_region_id = (select app.supra_region_id())) with check (supra_region_id = (select app.supra_region_id()));
alter policy supra_allocations_members on supra_allocations using (
  exists (select 1 from supra_region_members m
          where m.supra_region_id = supra_allocations.supra_region_id and m.region_id = any((select app.region_ids())::uuid[])));
alter policy phase_out_plans_supra on phase_out_plans
  using (supra_region_id = (select app.supra_region_id())) with check (supra_region_id = (select app.supra_region_id()));
alter policy negotiations_parties on capacity_negotiations
  using (opener_region_id = any((select app.region_ids())::uuid[]) or counterparty_region_id = any((select app.region_ids())::uuid[])
         or supra_region_id = (select app.supra_region_id()))
  with check (opener_region_id = any((select app.region_ids())::uuid[]) or counterparty_region_id = any((select app.region_ids())::uuid[])
         or supra_region_id = (select app.supra_region_id()));

alter policy outbox_read on outbox using ((select app.has_role('mail_relay', 'platform_admin')));
alter policy outbox_relay_update on outbox using ((select app.has_role('mail_relay'))) with check ((select app.has_role('mail_relay')));
alter policy outbox_insert on outbox with check (
  region_id = any((select app.region_ids())::uuid[])
  or (select app.has_role('platform_admin'))
  or (region_id is null and (select app.has_role('provider_admin')) and (select app.provider_id() is not null))
  or ((select app.supra_region_id() is not null)
      and exists (select 1 from supra_region_members m where m.supra_region_id = (select app.supra_region_id()) and m.region_id = outbox.region_id))
  or exists (select 1 from capacity_negotiations n
             where (n.opener_region_id = any((select app.region_ids())::uuid[]) and n.counterparty_region_id = outbox.region_id)
                or (n.counterparty_region_id = any((select app.region_ids())::uuid[]) and n.opener_region_id = outbox.region_id)));
`);

/** The policies before this migration (0001-0023), as the catalog printed them. */
const oldPoliciesSql = sql.raw(/* sql */ `
alter policy audit_log_crisis_team on audit_log using ((app.in_region(region_id) AND app.is_crisis_team() AND (entity = ANY (ARRAY['placement_request', 'request_document', 'child', 'offer', 'placement']))));
alter policy audit_log_dossier_read on audit_log using ((app.in_region(region_id) AND (app.role() = 'placement_coordinator') AND (entity = ANY (ARRAY['placement_request', 'request_document', 'child', 'offer', 'placement']))));
alter policy audit_log_insert on audit_log with check (((region_id IS NULL) OR (region_id = ANY (app.region_ids())) OR (app.provider_id() IS NOT NULL) OR (app.role() = 'platform_admin') OR (EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = audit_log.region_id) AND (m.supra_region_id = app.supra_region_id()))))));
alter policy audit_log_read on audit_log using ((((region_id = ANY (app.region_ids())) AND (app.role() = 'region_admin')) OR (app.role() = 'platform_admin')));
alter policy negotiations_parties on capacity_negotiations using (app.negotiation_party(supra_region_id, opener_region_id, counterparty_region_id)) with check (app.negotiation_party(supra_region_id, opener_region_id, counterparty_region_id));
alter policy children_accepting_provider on children using ((EXISTS ( SELECT 1 FROM (placement_requests r JOIN offers o ON (((o.region_id = r.region_id) AND (o.request_id = r.id)))) WHERE ((r.region_id = children.region_id) AND (r.child_id = children.id) AND (o.provider_id = app.provider_id()) AND (o.status = 'accepted')))));
alter policy children_crisis_team on children using ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_child(region_id, id))) with check ((app.in_region(region_id) AND app.is_crisis_team()));
alter policy children_region on children using ((app.in_region(region_id) AND app.placement_point_role())) with check ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'referrer']))));
alter policy contract_products_read on contract_products using ((app.in_region(region_id) OR (provider_id = app.provider_id())));
alter policy contract_products_write on contract_products using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy contracts_read on contracts using ((app.in_region(region_id) OR (provider_id = app.provider_id())));
alter policy contracts_write on contracts using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy import_jobs_all on import_jobs using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy intensity_tariffs_read on intensity_tariffs using ((app.in_region(region_id) OR (EXISTS ( SELECT 1 FROM contracts c WHERE ((c.region_id = intensity_tariffs.region_id) AND (c.provider_id = app.provider_id()) AND (c.status = 'confirmed'))))));
alter policy intensity_tariffs_write on intensity_tariffs using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy invitations_accept on invitations using (((token_hash = NULLIF(current_setting('app.invitation_token_hash', true), '')) OR app.is_region_admin(region_id) OR (app.role() = 'platform_admin')));
alter policy invitations_insert on invitations with check ((((role = ANY (ARRAY['region_admin', 'placement_coordinator', 'crisis_team', 'referrer'])) AND app.is_region_admin(region_id)) OR ((app.role() = 'platform_admin') AND (role = ANY (ARRAY['region_admin', 'provider_admin']))) OR ((app.role() = 'provider_admin') AND (role = ANY (ARRAY['provider_user', 'provider_admin'])) AND (provider_id = app.provider_id()))));
alter policy invitations_provider_admin_read on invitations using (((app.role() = 'provider_admin') AND (provider_id = app.provider_id())));
alter policy invitations_provider_admin_update on invitations using (((app.role() = 'provider_admin') AND (provider_id = app.provider_id()))) with check (((app.role() = 'provider_admin') AND (provider_id = app.provider_id())));
alter policy invitations_read on invitations using ((app.is_region_admin(region_id) OR (app.role() = 'platform_admin') OR (token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''))));
alter policy locations_delete on locations using (((region_id = ANY (app.region_ids())) AND (app.role() = 'region_admin')));
alter policy locations_insert on locations with check (((region_id = ANY (app.region_ids())) AND (app.role() = ANY (ARRAY['region_admin', 'placement_coordinator']))));
alter policy locations_read on locations using (((region_id = ANY (app.region_ids())) OR (provider_id = app.provider_id())));
alter policy locations_update on locations using (((region_id = ANY (app.region_ids())) AND (app.role() = ANY (ARRAY['region_admin', 'placement_coordinator'])))) with check (((region_id = ANY (app.region_ids())) AND (app.role() = ANY (ARRAY['region_admin', 'placement_coordinator']))));
alter policy memberships_negotiation_partners on memberships using (((role = 'placement_coordinator') AND (app.role() = ANY (ARRAY['region_admin', 'placement_coordinator', 'supra_coordinator'])) AND (EXISTS ( SELECT 1 FROM capacity_negotiations n WHERE ((memberships.region_id = n.opener_region_id) OR (memberships.region_id = n.counterparty_region_id))))));
alter policy memberships_own on memberships using ((user_id = app.user_id()));
alter policy memberships_platform_admin on memberships using ((app.role() = 'platform_admin'));
alter policy memberships_provider_admin on memberships using (((app.role() = 'provider_admin') AND (provider_id = app.provider_id())));
alter policy memberships_region_admin on memberships using (app.is_region_admin(region_id));
alter policy mfa_totp_own on mfa_totp using ((user_id = app.user_id())) with check ((user_id = app.user_id()));
alter policy municipalities_delete on municipalities using (app.is_region_admin(region_id));
alter policy municipalities_read on municipalities using (((region_id = ANY (app.region_ids())) OR (app.role() = ANY (ARRAY['platform_admin', 'ministry_analyst']))));
alter policy municipalities_update on municipalities using (((region_id = ANY (app.region_ids())) AND (app.role() = 'region_admin')));
alter policy municipalities_write on municipalities with check (((region_id = ANY (app.region_ids())) AND (app.role() = 'region_admin')));
alter policy need_records_crisis_team on need_records using ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id))) with check ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id)));
alter policy need_records_region on need_records using ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'region_admin'])))) with check ((app.in_region(region_id) AND (app.role() = 'placement_coordinator')));
alter policy notifications_crisis_team on notifications using ((app.in_region(region_id) AND app.is_crisis_team() AND (request_id IS NOT NULL) AND app.crisis_request(region_id, request_id))) with check ((app.in_region(region_id) AND app.is_crisis_team()));
alter policy notifications_region on notifications using ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'region_admin'])))) with check ((app.in_region(region_id) AND (app.role() = 'placement_coordinator')));
alter policy offers_answered_by_provider on offers using (true) with check (((status <> ALL (ARRAY['accepted', 'declined'])) OR (provider_id = app.provider_id())));
alter policy offers_crisis_team on offers using ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id))) with check ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id)));
alter policy offers_provider_read on offers using ((provider_id = app.provider_id()));
alter policy offers_region on offers using ((app.in_region(region_id) AND (app.role() = 'placement_coordinator'))) with check ((app.in_region(region_id) AND (app.role() = 'placement_coordinator')));
alter policy offers_region_read on offers using ((app.in_region(region_id) AND app.placement_point_role()));
alter policy oidc_providers_read on oidc_providers using (app.is_region_admin(region_id));
alter policy oidc_providers_write on oidc_providers using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy oor_frameworks_admin on oor_frameworks using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy oor_frameworks_region on oor_frameworks using ((app.in_region(region_id) OR (EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = oor_frameworks.region_id) AND (m.supra_region_id = app.supra_region_id()))))));
alter policy oor_justifications_region on oor_justifications using ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'crisis_team', 'region_admin'])))) with check ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'crisis_team']))));
alter policy oor_justifications_supra on oor_justifications using ((EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = oor_justifications.region_id) AND (m.supra_region_id = app.supra_region_id())))));
alter policy oor_justifications_supra_decide on oor_justifications using ((EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = oor_justifications.region_id) AND (m.supra_region_id = app.supra_region_id()))))) with check ((EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = oor_justifications.region_id) AND (m.supra_region_id = app.supra_region_id())))));
alter policy outbox_insert on outbox with check (((region_id = ANY (app.region_ids())) OR (app.role() = 'platform_admin') OR ((region_id IS NULL) AND (app.role() = 'provider_admin') AND (app.provider_id() IS NOT NULL)) OR ((app.supra_region_id() IS NOT NULL) AND (EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.supra_region_id = app.supra_region_id()) AND (m.region_id = outbox.region_id))))) OR (EXISTS ( SELECT 1 FROM capacity_negotiations n WHERE (((n.opener_region_id = ANY (app.region_ids())) AND (n.counterparty_region_id = outbox.region_id)) OR ((n.counterparty_region_id = ANY (app.region_ids())) AND (n.opener_region_id = outbox.region_id)))))));
alter policy outbox_read on outbox using ((app.role() = ANY (ARRAY['mail_relay', 'platform_admin'])));
alter policy outbox_relay_update on outbox using ((app.role() = 'mail_relay')) with check ((app.role() = 'mail_relay'));
alter policy phase_out_plans_supra on phase_out_plans using ((supra_region_id = app.supra_region_id())) with check ((supra_region_id = app.supra_region_id()));
alter policy requests_crisis_team on placement_requests using ((app.in_region(region_id) AND app.is_crisis_team() AND (urgency = 'crisis'))) with check ((app.in_region(region_id) AND app.is_crisis_team() AND (urgency = 'crisis')));
alter policy requests_offered_provider on placement_requests using ((EXISTS ( SELECT 1 FROM offers o WHERE ((o.region_id = placement_requests.region_id) AND (o.request_id = placement_requests.id) AND (o.provider_id = app.provider_id())))));
alter policy requests_region on placement_requests using ((app.in_region(region_id) AND ((app.role() = ANY (ARRAY['placement_coordinator', 'region_admin'])) OR (referrer_user_id = app.user_id())))) with check ((app.in_region(region_id) AND (app.role() = ANY (ARRAY['placement_coordinator', 'referrer']))));
alter policy placements_crisis_team on placements using ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id))) with check ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id)));
alter policy placements_provider_read on placements using ((provider_id = app.provider_id()));
alter policy placements_region on placements using ((app.in_region(region_id) AND (app.role() = 'placement_coordinator'))) with check ((app.in_region(region_id) AND (app.role() = 'placement_coordinator')));
alter policy placements_region_read on placements using ((app.in_region(region_id) AND app.placement_point_role()));
alter policy region_settings_read on region_settings using (app.in_region(region_id));
alter policy region_settings_write on region_settings using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy regions_read on regions using (((id = ANY (app.region_ids())) OR (EXISTS ( SELECT 1 FROM memberships m WHERE ((m.region_id = regions.id) AND (m.user_id = app.user_id())))) OR (app.role() = ANY (ARRAY['platform_admin', 'ministry_analyst'])) OR (EXISTS ( SELECT 1 FROM invitations i WHERE ((i.region_id = regions.id) AND (i.token_hash = NULLIF(current_setting('app.invitation_token_hash', true), ''))))) OR ((app.provider_id() IS NOT NULL) AND ((EXISTS ( SELECT 1 FROM contracts c WHERE ((c.region_id = regions.id) AND (c.provider_id = app.provider_id())))) OR (EXISTS ( SELECT 1 FROM locations l WHERE ((l.region_id = regions.id) AND (l.provider_id = app.provider_id())))))) OR ((app.supra_region_id() IS NOT NULL) AND (EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.region_id = regions.id) AND (m.supra_region_id = app.supra_region_id())))))));
alter policy regions_supra_partners_read on regions using ((EXISTS ( SELECT 1 FROM (supra_region_members a JOIN supra_region_members b ON ((a.supra_region_id = b.supra_region_id))) WHERE ((a.region_id = regions.id) AND (b.region_id = ANY (app.region_ids()))))));
alter policy regions_update on regions using ((app.role() = 'platform_admin'));
alter policy regions_write on regions with check ((app.role() = 'platform_admin'));
alter policy documents_accepting_provider on request_documents using ((EXISTS ( SELECT 1 FROM offers o WHERE ((o.region_id = request_documents.region_id) AND (o.request_id = request_documents.request_id) AND (o.provider_id = app.provider_id()) AND (o.status = 'accepted')))));
alter policy documents_crisis_team on request_documents using ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id))) with check ((app.in_region(region_id) AND app.is_crisis_team() AND app.crisis_request(region_id, request_id)));
alter policy documents_region on request_documents using ((app.in_region(region_id) AND ((app.role() = 'placement_coordinator') OR ((app.role() = 'referrer') AND (EXISTS ( SELECT 1 FROM placement_requests r WHERE ((r.region_id = request_documents.region_id) AND (r.id = request_documents.request_id) AND (r.referrer_user_id = app.user_id())))))))) with check ((app.in_region(region_id) AND ((app.role() = 'placement_coordinator') OR ((app.role() = 'referrer') AND (EXISTS ( SELECT 1 FROM placement_requests r WHERE ((r.region_id = request_documents.region_id) AND (r.id = request_documents.request_id) AND (r.referrer_user_id = app.user_id()))))))));
alter policy request_status_changes_read on request_status_changes using ((app.in_region(region_id) AND (EXISTS ( SELECT 1 FROM placement_requests r WHERE ((r.region_id = request_status_changes.region_id) AND (r.id = request_status_changes.request_id))))));
alter policy segments_read on segments using ((app.in_region(region_id) OR (EXISTS ( SELECT 1 FROM contracts c WHERE ((c.segment_id = segments.id) AND (c.region_id = segments.region_id) AND (c.provider_id = app.provider_id()))))));
alter policy segments_write on segments using (app.is_region_admin(region_id)) with check (app.is_region_admin(region_id));
alter policy supra_allocations_members on supra_allocations using ((EXISTS ( SELECT 1 FROM supra_region_members m WHERE ((m.supra_region_id = supra_allocations.supra_region_id) AND (m.region_id = ANY (app.region_ids()))))));
alter policy supra_allocations_supra on supra_allocations using ((supra_region_id = app.supra_region_id())) with check ((supra_region_id = app.supra_region_id()));
alter policy users_read on users using (((id = app.user_id()) OR (app.role() = 'platform_admin') OR app.invited(email) OR (EXISTS ( SELECT 1 FROM memberships m WHERE (m.user_id = users.id)))));
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await helpersSql.execute(db);
  await policiesSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await oldPoliciesSql.execute(db);
  await sql
    .raw(
      `drop function app.region_ids_as(text[]), app.in_regions(uuid, uuid[]), app.has_role(text[]), app.invited_emails(), app.related_region_ids(),
         app.offered_to_provider(uuid, uuid), app.accepted_by_provider(uuid, uuid), app.child_accepted_by_provider(uuid, uuid);
       drop function app.invitation_token_hash();
       alter function app.region_ids() parallel unsafe;
       alter function app.role() parallel unsafe;
       alter function app.provider_id() parallel unsafe;
       alter function app.user_id() parallel unsafe;
       alter function app.supra_region_id() parallel unsafe;`,
    )
    .execute(db);
}
