import { sql, type Kysely } from "kysely";

/**
 * The crisis team: a region role that handles crisis requests only (crisis places, no document
 * gate, the four-week cap). The database lets it see crisis requests and their children, offers
 * and placements, and nothing of the regular queue.
 */
const upSql = sql.raw(/* sql */ `
alter table memberships drop constraint memberships_role_check;
alter table memberships add constraint memberships_role_check check (role in ('platform_admin', 'region_admin',
  'placement_coordinator', 'crisis_team', 'referrer', 'provider_user', 'supra_coordinator', 'ministry_analyst'));
alter table memberships drop constraint memberships_check;
alter table memberships add constraint memberships_scope_check check (
  (role in ('region_admin', 'placement_coordinator', 'crisis_team', 'referrer')
    and region_id is not null and provider_id is null and supra_region_id is null)
  or (role = 'provider_user' and provider_id is not null and region_id is null and supra_region_id is null)
  or (role = 'supra_coordinator' and supra_region_id is not null and region_id is null and provider_id is null)
  or (role in ('platform_admin', 'ministry_analyst') and region_id is null and provider_id is null and supra_region_id is null)
);

/* A crisis request of the region: what the crisis team may work on. */
create function app.crisis_request(region uuid, request uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as
  $$ select exists (select 1 from placement_requests r where r.region_id = region and r.id = request and r.urgency = 'crisis') $$;
grant execute on function app.crisis_request(uuid, uuid) to jeugdregie_app;

create function app.crisis_child(region uuid, child uuid) returns boolean
language sql stable security definer set search_path = public, pg_temp as
  $$ select exists (select 1 from placement_requests r where r.region_id = region and r.child_id = child and r.urgency = 'crisis') $$;
grant execute on function app.crisis_child(uuid, uuid) to jeugdregie_app;

create function app.is_crisis_team() returns boolean language sql stable as $$ select app.role() = 'crisis_team' $$;

create policy children_crisis_team on children for all
  using (app.in_region(region_id) and app.is_crisis_team() and app.crisis_child(region_id, id))
  with check (app.in_region(region_id) and app.is_crisis_team());
create policy requests_crisis_team on placement_requests for all
  using (app.in_region(region_id) and app.is_crisis_team() and urgency = 'crisis')
  with check (app.in_region(region_id) and app.is_crisis_team() and urgency = 'crisis');
create policy documents_crisis_team on request_documents for all
  using (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id))
  with check (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id));
create policy offers_crisis_team on offers for all
  using (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id))
  with check (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id));
create policy placements_crisis_team on placements for all
  using (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id))
  with check (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id));
create policy need_records_crisis_team on need_records for all
  using (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id))
  with check (app.in_region(region_id) and app.is_crisis_team() and app.crisis_request(region_id, request_id));
create policy notifications_crisis_team on notifications for all
  using (app.in_region(region_id) and app.is_crisis_team() and request_id is not null and app.crisis_request(region_id, request_id))
  with check (app.in_region(region_id) and app.is_crisis_team());
create policy audit_log_crisis_team on audit_log for select using (
  app.in_region(region_id) and app.is_crisis_team() and entity in ('placement_request', 'request_document', 'child', 'offer', 'placement')
);
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop policy if exists children_crisis_team on children;
    drop policy if exists requests_crisis_team on placement_requests;
    drop policy if exists documents_crisis_team on request_documents;
    drop policy if exists offers_crisis_team on offers;
    drop policy if exists placements_crisis_team on placements;
    drop policy if exists need_records_crisis_team on need_records;
    drop policy if exists notifications_crisis_team on notifications;
    drop policy if exists audit_log_crisis_team on audit_log;
    drop function if exists app.crisis_request(uuid, uuid), app.crisis_child(uuid, uuid), app.is_crisis_team();
  `,
    )
    .execute(db);
}
