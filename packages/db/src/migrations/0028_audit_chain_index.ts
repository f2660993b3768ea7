import { sql, type Kysely } from "kysely";

/**
 * Every audit write found the chain's previous entry with `region_id is not distinct from
 * new.region_id`, which no index serves: a sequential scan of the whole audit log per insert
 * (25 ms at 16,000 entries in the national bench's country at 0.3 scale, and linear in the log, which
 * only grows). It was half of an offer expiry's database time. The same lookup is now an equality
 * on the region (served by `audit_log_page_idx (region_id, chain_seq, id)`) or, for the platform's
 * own chain, `region_id is null` with a partial index. The hash, the lock and the sequence are
 * unchanged, so chains written before and after verify alike.
 */
const chainFunction = (lookup: string) => `
create or replace function app.audit_log_chain() returns trigger language plpgsql security definer
set search_path = public, pg_temp as $$
declare
  previous record;
begin
  perform pg_advisory_xact_lock(7513, hashtext(coalesce(new.region_id::text, 'platform')));
  ${lookup}
  new.chain_seq := coalesce(previous.chain_seq, 0) + 1;
  new.prev_hash := coalesce(previous.hash, '');
  new.occurred_at := clock_timestamp();
  new.hash := encode(sha256(convert_to(concat_ws('|', new.prev_hash, new.chain_seq, new.occurred_at, new.region_id,
    new.user_id, new.on_behalf_of, new.role, new.organisation, new.action, new.entity, new.entity_id,
    new.details::text, new.emergency_access), 'UTF8')), 'hex');
  return new;
end $$;`;

const BY_REGION = `if new.region_id is null then
    select chain_seq, hash into previous from audit_log where region_id is null order by chain_seq desc limit 1;
  else
    select chain_seq, hash into previous from audit_log where region_id = new.region_id order by chain_seq desc limit 1;
  end if;`;

const NOT_DISTINCT = `select chain_seq, hash into previous from audit_log
    where region_id is not distinct from new.region_id order by chain_seq desc limit 1;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `create index audit_log_platform_chain_idx on audit_log (chain_seq) where region_id is null;
${chainFunction(BY_REGION)}`,
    )
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`${chainFunction(NOT_DISTINCT)}\ndrop index if exists audit_log_platform_chain_idx;`).execute(db);
}
