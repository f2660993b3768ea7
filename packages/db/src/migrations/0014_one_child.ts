import { sql, type Kysely } from "kysely";

/**
 * One child, one active request: at most one request per child that is still in progress
 * (draft up to accepted, or waiting), unless a coordinator linked a further one on purpose with
 * a recorded reason. Requests already doubled before this migration keep the oldest as the
 * active one and get a reason saying so, so the index can be built on existing data.
 */
const upSql = sql.raw(/* sql */ `
alter table placement_requests add column linked_reason text
  check (linked_reason is null or length(btrim(linked_reason)) between 5 and 500);

update placement_requests r set linked_reason = 'Tweede lopende aanmelding van voor de regel één kind, één aanmelding'
where r.status in ('draft', 'submitted', 'triage', 'matching', 'offered', 'accepted', 'waiting')
  and exists (
    select 1 from placement_requests older
    where older.region_id = r.region_id and older.child_id = r.child_id and older.id <> r.id
      and older.status in ('draft', 'submitted', 'triage', 'matching', 'offered', 'accepted', 'waiting')
      and (older.created_at, older.id) < (r.created_at, r.id)
  );

create unique index placement_requests_one_active_per_child on placement_requests (region_id, child_id)
  where linked_reason is null and status in ('draft', 'submitted', 'triage', 'matching', 'offered', 'accepted', 'waiting');
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop index if exists placement_requests_one_active_per_child; alter table placement_requests drop column if exists linked_reason;`,
    )
    .execute(db);
}
