import { sql, type Kysely } from "kysely";

/**
 * The placement roles' daily work (issue 10):
 * - crisis offers get the region's crisis response deadline in hours;
 * - the referrer's own reference and the child's initials (encrypted, like the name) for their list;
 * - every status a request passes through, recorded by the database itself (whatever changed it:
 *   a coordinator, a provider's answer, an expiring offer), readable as far as the request is;
 * - a referrer deletes their own drafts (and the child, when nothing else refers to it) through one
 *   narrow function;
 * - documents: a referrer sees only their own requests' documents, a region admin none;
 * - indexes for the coordinator's work list.
 */
const upSql = sql.raw(/* sql */ `
alter table region_settings add column crisis_offer_response_hours int not null default 4
  check (crisis_offer_response_hours between 1 and 72);

alter table placement_requests add column referrer_reference text
  check (referrer_reference is null or length(referrer_reference) between 1 and 100);
alter table children add column initials_encrypted text;

create table request_status_changes (
  region_id uuid not null,
  id bigint generated always as identity,
  request_id uuid not null,
  status text not null,
  changed_at timestamptz not null default clock_timestamp(),
  primary key (region_id, id),
  foreign key (region_id, request_id) references placement_requests (region_id, id) on delete cascade
);
create index request_status_changes_request_idx on request_status_changes (region_id, request_id, changed_at);
grant select on request_status_changes to jeugdregie_app;
alter table request_status_changes enable row level security;
alter table request_status_changes force row level security;
-- As far as the caller sees the request itself (the subquery runs under the caller's policies), in its own region.
create policy request_status_changes_read on request_status_changes for select using (
  app.in_region(region_id)
  and exists (select 1 from placement_requests r where r.region_id = request_status_changes.region_id and r.id = request_status_changes.request_id)
);

/* Written by the database on every insert and status change, so no code path can forget it. */
create function app.record_request_status() returns trigger
language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'INSERT' or new.status is distinct from old.status then
    insert into request_status_changes (region_id, request_id, status) values (new.region_id, new.id, new.status);
  end if;
  return null;
end $$;
create trigger placement_requests_status_history after insert or update of status on placement_requests
  for each row execute function app.record_request_status();

-- What is known of requests made before this migration: created, submitted, and where they are now.
insert into request_status_changes (region_id, request_id, status, changed_at)
select region_id, id, 'draft', created_at from placement_requests
union all
select region_id, id, 'submitted', submitted_at from placement_requests where submitted_at is not null and status <> 'draft'
union all
select region_id, id, status, updated_at from placement_requests where status not in ('draft', 'submitted');

/*
 * A referrer deletes their own draft, nothing else: the draft's documents and history go with it,
 * and the child too when no other request refers to it (it was made for this draft). Returns the
 * child's pseudonym for the audit record, or null when there is no such draft of the caller.
 */
create function app.delete_draft_request(region uuid, request uuid) returns text
language plpgsql security definer set search_path = public, pg_temp as $$
declare
  child uuid;
  child_pseudonym text;
begin
  if not app.in_region(region) or app.role() not in ('referrer', 'placement_coordinator', 'crisis_team') then
    return null;
  end if;
  delete from placement_requests r
  where r.region_id = region and r.id = request and r.status = 'draft' and r.referrer_user_id = app.user_id()
  returning r.child_id into child;
  if child is null then return null; end if;
  select c.pseudonym into child_pseudonym from children c where c.region_id = region and c.id = child;
  delete from children c where c.region_id = region and c.id = child
    and not exists (select 1 from placement_requests o where o.region_id = region and o.child_id = child);
  return child_pseudonym;
end $$;
grant execute on function app.delete_draft_request(uuid, uuid) to jeugdregie_app;

-- Documents: the coordinator sees the region's, a referrer only those of their own requests.
drop policy documents_region on request_documents;
create policy documents_region on request_documents for all using (
  app.in_region(region_id) and (
    app.role() = 'placement_coordinator'
    or (app.role() = 'referrer' and exists (
      select 1 from placement_requests r
      where r.region_id = request_documents.region_id and r.id = request_documents.request_id and r.referrer_user_id = app.user_id()))
  )
) with check (
  app.in_region(region_id) and (
    app.role() = 'placement_coordinator'
    or (app.role() = 'referrer' and exists (
      select 1 from placement_requests r
      where r.region_id = request_documents.region_id and r.id = request_documents.request_id and r.referrer_user_id = app.user_id()))
  )
);

-- The work list: requests waiting for action (oldest first), open offers by deadline, signals, waiting children.
drop index placement_requests_status_idx;
create index placement_requests_worklist_idx on placement_requests (region_id, status, submitted_at, id);
create index placement_requests_waiting_idx on placement_requests (region_id, waiting_since, id) where status = 'waiting';
create index placement_requests_referrer_idx on placement_requests (region_id, referrer_user_id, created_at);
create index offers_open_region_deadline_idx on offers (region_id, deadline_at) where status = 'open';
create index placements_at_risk_idx on placements (region_id, at_risk_since) where at_risk and ended_on is null;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop index if exists placement_requests_worklist_idx, placement_requests_waiting_idx, placement_requests_referrer_idx,
      offers_open_region_deadline_idx, placements_at_risk_idx;
    create index if not exists placement_requests_status_idx on placement_requests (region_id, status);
    drop policy if exists documents_region on request_documents;
    create policy documents_region on request_documents for all using (app.in_region(region_id) and app.placement_point_role())
      with check (app.in_region(region_id) and app.role() in ('placement_coordinator', 'referrer'));
    drop function if exists app.delete_draft_request(uuid, uuid);
    drop trigger if exists placement_requests_status_history on placement_requests;
    drop function if exists app.record_request_status();
    drop table if exists request_status_changes;
    alter table children drop column if exists initials_encrypted;
    alter table placement_requests drop column if exists referrer_reference;
    alter table region_settings drop column if exists crisis_offer_response_hours;
  `,
    )
    .execute(db);
}
