import { sql, type Kysely } from "kysely";

/**
 * Login throttling without lockout (docs/decisions/0006-login-throttling.md). Attempts are counted
 * by the address the throttle uses (an IPv4 address, an IPv6 /64), kept next to the raw address.
 * An account guessed at from many addresses is opened from a new address only with a single-use
 * link from its mailbox: the links live in a table the application role has no privilege on,
 * reached only through four narrow functions, and the one e-mail an anonymous sign-in may queue is that link,
 * to the account's own address, in the transaction that issued it.
 */
const upSql = sql.raw(/* sql */ `
-- Rows from before this migration count by their raw address (an IPv6 one then by itself) until they age out.
alter table login_attempts add column network text;
update login_attempts set network = ip;
alter table login_attempts alter column network set not null;
create index login_attempts_network_idx on login_attempts (network, attempted_at);
create index login_attempts_pair_idx on login_attempts (lower(email), network, attempted_at);

create table login_unlock_tokens (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  password_failures int not null default 0,
  used_at timestamptz,
  used_from text
);
create index login_unlock_tokens_user_idx on login_unlock_tokens (user_id, created_at);
-- No privilege at all (so no row-level security to write): the application role reaches these
-- rows through the functions below only.
revoke all on login_unlock_tokens from public, jeugdregie_app;

/* A link for the enabled password account with this address, unless one went out within
   resend_after_seconds and still works (an attacker cannot flood the mailbox). Returns the
   address to mail, or null; the caller answers the same either way. Marks the transaction as the
   one allowed to queue that mail (outbox_login_unlock). */
create function app.issue_login_unlock(address text, new_token_hash text, ttl_seconds int, resend_after_seconds int)
returns text language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  account record;
begin
  select u.id, u.email into account from users u
  where lower(u.email) = lower(trim(address)) and u.password_hash is not null and u.disabled_at is null;
  if not found then
    return null;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('login-unlock:' || account.id::text, 0));
  if exists (select 1 from login_unlock_tokens t
             where t.user_id = account.id and t.used_at is null and t.expires_at > now()
               and t.created_at > now() - make_interval(secs => resend_after_seconds)) then
    return null;
  end if;
  insert into login_unlock_tokens (token_hash, user_id, expires_at)
  values (new_token_hash, account.id, now() + make_interval(secs => least(greatest(ttl_seconds, 0), 86400)));
  perform set_config('app.login_unlock_token_hash', new_token_hash, true);
  return account.email;
end $$;

/* What the link page shows and checks: whose link it is and whether it still works. */
create function app.login_unlock_state(hash text)
returns table (email text, expires_at timestamptz, used_at timestamptz, password_failures int)
language sql stable security definer set search_path = public, pg_temp as $$
  select u.email, t.expires_at, t.used_at, t.password_failures
  from login_unlock_tokens t join users u on u.id = t.user_id where t.token_hash = hash
$$;

/* Spends a live link after its password was right: once, atomically. The account's other links are done too. */
create function app.use_login_unlock(hash text, from_address text, max_password_failures int)
returns uuid language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  who uuid;
begin
  update login_unlock_tokens set used_at = now(), used_from = from_address
  where token_hash = hash and used_at is null and expires_at > now() and password_failures < max_password_failures
  returning user_id into who;
  if who is not null then
    update login_unlock_tokens set used_at = now() where user_id = who and used_at is null;
  end if;
  return who;
end $$;

/* A wrong password typed with the link: a few are allowed (login_unlock_state shows how many). */
create function app.fail_login_unlock(hash text)
returns void language sql volatile security definer set search_path = public, pg_temp as $$
  update login_unlock_tokens set password_failures = password_failures + 1 where token_hash = hash and used_at is null
$$;

/* The unlock mail: to the account of the link this transaction just issued, nobody else. */
create function app.login_unlock_mail_allowed(recipient text)
returns boolean language sql stable security definer set search_path = public, pg_temp as $$
  select exists (
    select 1 from login_unlock_tokens t join users u on u.id = t.user_id
    where t.token_hash = nullif(current_setting('app.login_unlock_token_hash', true), '')
      and t.used_at is null and t.expires_at > now() and t.created_at > now() - interval '1 minute'
      and u.email = recipient)
$$;
create policy outbox_login_unlock on outbox for insert with check (
  region_id is null and kind = 'email' and app.login_unlock_mail_allowed(recipient)
);

revoke execute on function app.issue_login_unlock(text, text, int, int), app.login_unlock_state(text),
  app.use_login_unlock(text, text, int), app.fail_login_unlock(text), app.login_unlock_mail_allowed(text) from public;
grant execute on function app.issue_login_unlock(text, text, int, int), app.login_unlock_state(text),
  app.use_login_unlock(text, text, int), app.fail_login_unlock(text), app.login_unlock_mail_allowed(text) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop policy if exists outbox_login_unlock on outbox;
       drop function if exists app.issue_login_unlock(text, text, int, int), app.login_unlock_state(text),
         app.use_login_unlock(text, text, int), app.fail_login_unlock(text), app.login_unlock_mail_allowed(text);
       drop table if exists login_unlock_tokens;
       drop index if exists login_attempts_pair_idx, login_attempts_network_idx;
       alter table login_attempts drop column if exists network;`,
    )
    .execute(db);
}
