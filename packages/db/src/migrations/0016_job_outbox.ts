import { sql, type Kysely } from "kysely";

/**
 * Nothing lost, nothing crashes (issue 9). The database is the source of truth for work the
 * worker must do; Redis only carries nudges and precise timers:
 * - mail: the outbox is a transactional outbox. The relay retries a message the SMTP server did
 *   not take with a growing delay (`next_attempt_at`) and, after the maximum, marks it `dead`;
 *   the platform admin can send a dead or failed message again, never reading its body.
 * - offer deadlines: the worker's sweep finds open offers past their deadline itself (and puts
 *   back the delayed jobs Redis lost), through one narrow function that returns ids only.
 */
const upSql = sql.raw(/* sql */ `
alter table outbox add column next_attempt_at timestamptz not null default now();
alter table outbox drop constraint outbox_status_check;
alter table outbox add constraint outbox_status_check check (status in ('pending', 'sent', 'failed', 'skipped', 'dead'));
-- 'failed' now means "to be tried again". Bodies removed by 0011 can never be sent: dead, not retried.
update outbox set status = 'dead' where status = 'failed' and body !~ '^v1:';
create index outbox_due_idx on outbox (next_attempt_at) where status in ('pending', 'failed');
grant update (next_attempt_at) on outbox to jeugdregie_app;

/* "Opnieuw proberen" on the platform admin's mail page: back to pending with a fresh series of
   attempts. The admin may read the outbox (not its bodies, which stay encrypted) but not update
   it; this function changes exactly the fields a retry needs, for that role only. */
create function app.retry_outbox_message(message_id bigint) returns boolean
language sql volatile security definer set search_path = public, pg_temp as $$
  with retried as (
    update outbox set status = 'pending', attempts = 0, next_attempt_at = now()
    where id = message_id and status in ('failed', 'dead') and app.role() = 'platform_admin'
    returning 1)
  select count(*) > 0 from retried
$$;

/* The worker's sweep (app.role = 'scheduler', set by withScheduler; no session can hold that
   role): which offers are open with a deadline up to due_by, in every region. Ids and deadlines
   only: expiring each one happens in that region's own scope. */
create index offers_open_deadline_idx on offers (deadline_at) where status = 'open';
create function app.open_offer_deadlines(due_by timestamptz)
returns table (region_id uuid, offer_id uuid, deadline_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select o.region_id, o.id, o.deadline_at from offers o
  where o.status = 'open' and o.deadline_at <= due_by and app.role() = 'scheduler'
  order by o.deadline_at
  limit 5000
$$;

revoke execute on function app.retry_outbox_message(bigint), app.open_offer_deadlines(timestamptz) from public;
grant execute on function app.retry_outbox_message(bigint), app.open_offer_deadlines(timestamptz) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function if exists app.open_offer_deadlines(timestamptz), app.retry_outbox_message(bigint);
       drop index if exists offers_open_deadline_idx;
       drop index if exists outbox_due_idx;
       revoke update (next_attempt_at) on outbox from jeugdregie_app;
       update outbox set status = 'failed' where status = 'dead';
       alter table outbox drop constraint outbox_status_check;
       alter table outbox add constraint outbox_status_check check (status in ('pending', 'sent', 'failed', 'skipped'));
       alter table outbox drop column next_attempt_at;`,
    )
    .execute(db);
}
