import { sql, type Kysely } from "kysely";

/**
 * Every list is a keyset page (issue 12): `(sort keys..., id) > cursor order by sort keys, id
 * limit n`. These indexes hold the lists' orders, so a page reads about n index entries whatever
 * the region's history:
 * - the coordinator's queue: crisis first, then the longest waiting, then id; active work
 *   (ACTIVE_REQUEST_STATUSES) has its own partial index, so history never slows the work list;
 * - the referrer's own requests, newest first, with the id as tie-breaker;
 * - a request's documents by request (the queue shows each request's document kinds);
 * - the board's placements: at risk first, newest first; the audit trail, newest first.
 * `app.supra_out_of_region()` now also answers the offer's id: the tie-breaker of its page.
 */
const ACTIVE = `('draft', 'submitted', 'triage', 'matching', 'offered', 'accepted', 'waiting')`;

const upSql = sql.raw(/* sql */ `
create index placement_requests_active_queue_idx on placement_requests
  (region_id, (urgency <> 'crisis'), (coalesce(submitted_at, created_at)), id) where status in ${ACTIVE};
create index placement_requests_queue_idx on placement_requests
  (region_id, (urgency <> 'crisis'), (coalesce(submitted_at, created_at)), id);
drop index placement_requests_referrer_idx;
create index placement_requests_referrer_idx on placement_requests (region_id, referrer_user_id, created_at, id);
create index request_documents_request_idx on request_documents (region_id, request_id);
create index placements_board_idx on placements (region_id, at_risk, starts_on, id);
create index audit_log_page_idx on audit_log (region_id, chain_seq, id);

drop function app.supra_out_of_region();
create function app.supra_out_of_region()
returns table (offer_id uuid, region_id uuid, justification_id uuid, region_name text, request_id uuid, care_type text, age_years int,
  location_name text, location_region_name text, offer_status text, placed boolean, criteria text[], evidence jsonb,
  in_region_reasons text, justification_status text, decided_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select o.id, o.region_id, j.id, rr.name, r.id, r.care_type, date_part('year', age(current_date, c.birth_date))::int, l.name, lr.name,
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
revoke execute on function app.supra_out_of_region() from public;
grant execute on function app.supra_out_of_region() to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop index if exists placement_requests_active_queue_idx, placement_requests_queue_idx, request_documents_request_idx,
      placements_board_idx, audit_log_page_idx, placement_requests_referrer_idx;
    create index placement_requests_referrer_idx on placement_requests (region_id, referrer_user_id, created_at);
  `,
    )
    .execute(db);
}
