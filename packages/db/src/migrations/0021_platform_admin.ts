import { sql, type Kysely } from "kysely";

/**
 * The platform admin's daily work (issue 10): each region's setup progress counted across
 * tenants in one narrow function; accounts deactivated and reactivated; invitations resent and
 * revoked; passwords reset by e-mail (a single-use link, stored hashed, in a table the application
 * role has no privilege on, like the sign-in links of 0017); and TOTP as a second factor, its
 * secret encrypted by the application (the key never reaches the database), required per role.
 */
const upSql = sql.raw(/* sql */ `
/* Invitations can be revoked; resending gives the invitation a new token (the old link stops working). */
alter table invitations add column revoked_at timestamptz, add column revoked_by uuid references users(id);

/* Setup progress of every region the caller administers (the platform admin: all), counted in one
   statement. The counts cross into rows the platform admin cannot read; only numbers come out. */
create function app.region_setup_counts()
returns table (region_id uuid, municipalities int, settings_saved boolean, segments int, contracted_providers int,
               contracts int, locations int, users int)
language sql stable security definer set search_path = public, pg_temp as $$
  select r.id,
    (select count(*) from municipalities m where m.region_id = r.id)::int,
    exists (select 1 from region_settings s where s.region_id = r.id),
    (select count(*) from segments s where s.region_id = r.id)::int,
    (select count(distinct c.provider_id) from contracts c where c.region_id = r.id and c.status <> 'declined')::int,
    (select count(*) from contracts c where c.region_id = r.id and c.status <> 'declined')::int,
    (select count(*) from locations l where l.region_id = r.id)::int,
    ((select count(distinct m.user_id) from memberships m where m.region_id = r.id and m.role <> 'region_admin')
      + (select count(*) from invitations i where i.region_id = r.id and i.role <> 'region_admin'
           and i.accepted_at is null and i.revoked_at is null and i.expires_at > now()))::int
  from regions r
  where app.role() = 'platform_admin' or app.is_region_admin(r.id)
$$;

-- A provider admin manages the invitations of its own provider (region admins and the platform
-- admin already may through invitations_accept).
create policy invitations_provider_admin_update on invitations for update
  using (app.role() = 'provider_admin' and provider_id = app.provider_id())
  with check (app.role() = 'provider_admin' and provider_id = app.provider_id());

/* Deactivating an account: it can no longer sign in (password, link, OIDC: all look at
   disabled_at) and its sessions end at once. Only the platform admin, never for itself. */
create function app.set_account_disabled(target uuid, disable boolean)
returns table (email text, display_name text, disabled_at timestamptz)
language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  if app.role() <> 'platform_admin' then
    raise exception 'only the platform admin' using errcode = '42501';
  end if;
  if target = app.user_id() then
    raise exception 'not_own_account' using errcode = '23514', constraint = 'not_own_account';
  end if;
  return query
    update users u set disabled_at = case when disable then coalesce(u.disabled_at, now()) end
    where u.id = target
    returning u.email, u.display_name, u.disabled_at;
  if not found then
    raise exception 'no such account' using errcode = 'P0002';
  end if;
  if disable then
    delete from sessions s where s.user_id = target;
  end if;
end $$;

/* Password reset by e-mail ("wachtwoord vergeten"): the same pattern as 0017's sign-in links. */
create table password_reset_tokens (
  token_hash text primary key check (token_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid not null references users(id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_reset_tokens_user_idx on password_reset_tokens (user_id, created_at);
revoke all on password_reset_tokens from public, jeugdregie_app;

/* A reset link for the enabled password account with this address, unless one went out within
   resend_after_seconds and still works. Returns the address to mail, or null; the caller answers
   the same either way. Marks the transaction as the one allowed to queue that mail. */
create function app.issue_password_reset(address text, new_token_hash text, ttl_seconds int, resend_after_seconds int)
returns text language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  account record;
begin
  select u.id, u.email into account from users u
  where lower(u.email) = lower(trim(address)) and u.password_hash is not null and u.disabled_at is null;
  if not found then
    return null;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('password-reset:' || account.id::text, 0));
  if exists (select 1 from password_reset_tokens t
             where t.user_id = account.id and t.used_at is null and t.expires_at > now()
               and t.created_at > now() - make_interval(secs => resend_after_seconds)) then
    return null;
  end if;
  insert into password_reset_tokens (token_hash, user_id, expires_at)
  values (new_token_hash, account.id, now() + make_interval(secs => least(greatest(ttl_seconds, 0), 86400)));
  perform set_config('app.password_reset_token_hash', new_token_hash, true);
  return account.email;
end $$;

create function app.password_reset_state(hash text)
returns table (email text, expires_at timestamptz, used_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select u.email, t.expires_at, t.used_at
  from password_reset_tokens t join users u on u.id = t.user_id where t.token_hash = hash and u.disabled_at is null
$$;

/* Spends a live link once, atomically: the new password, the account's other links done, every session ended. */
create function app.use_password_reset(hash text, new_password_hash text)
returns uuid language plpgsql volatile security definer set search_path = public, pg_temp as $$
declare
  who uuid;
begin
  update password_reset_tokens t set used_at = now()
  where t.token_hash = hash and t.used_at is null and t.expires_at > now()
    and exists (select 1 from users u where u.id = t.user_id and u.disabled_at is null)
  returning t.user_id into who;
  if who is null then
    return null;
  end if;
  update users set password_hash = new_password_hash where id = who;
  update password_reset_tokens set used_at = now() where user_id = who and used_at is null;
  delete from sessions where user_id = who;
  return who;
end $$;

create function app.password_reset_mail_allowed(recipient text)
returns boolean language sql stable security definer set search_path = public, pg_temp as $$
  select exists (
    select 1 from password_reset_tokens t join users u on u.id = t.user_id
    where t.token_hash = nullif(current_setting('app.password_reset_token_hash', true), '')
      and t.used_at is null and t.expires_at > now() and t.created_at > now() - interval '1 minute'
      and u.email = recipient)
$$;
create policy outbox_password_reset on outbox for insert with check (
  region_id is null and kind = 'email' and app.password_reset_mail_allowed(recipient)
);

/* TOTP (RFC 6238): one secret per account, encrypted by the application; only its owner's
   transactions see it. It counts once a first code confirmed it; a used time step is kept so the
   same code never signs in twice. */
create table mfa_totp (
  user_id uuid primary key references users(id) on delete cascade,
  secret_encrypted text not null check (secret_encrypted ~ '^v1:'),
  confirmed_at timestamptz,
  last_used_step bigint,
  created_at timestamptz not null default now()
);
alter table mfa_totp enable row level security;
alter table mfa_totp force row level security;
grant select, insert, update, delete on mfa_totp to jeugdregie_app;
create policy mfa_totp_own on mfa_totp for all using (user_id = app.user_id()) with check (user_id = app.user_id());

/* A sign-in that still owes its code: the session exists but opens nothing until the code is right. */
alter table sessions add column mfa_pending boolean not null default false, add column mfa_failures int not null default 0;

/* Roles that must use a second factor, set by the platform admin. */
create table mfa_required_roles (
  role text primary key check (role ~ '^[a-z_]{2,40}$'),
  set_by uuid references users(id),
  set_at timestamptz not null default now()
);
revoke all on mfa_required_roles from public, jeugdregie_app;

create function app.mfa_required_roles() returns setof text
language sql stable security definer set search_path = public, pg_temp as $$
  select role from mfa_required_roles where app.user_id() is not null order by role
$$;

create function app.set_mfa_required_roles(roles text[]) returns void
language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  if app.role() <> 'platform_admin' then
    raise exception 'only the platform admin' using errcode = '42501';
  end if;
  delete from mfa_required_roles where role <> all(roles);
  insert into mfa_required_roles (role, set_by) select distinct r, app.user_id() from unnest(roles) r
  on conflict (role) do nothing;
end $$;

/* For the signed-in account itself: whether one of its roles requires a second factor and whether it has one. */
create function app.mfa_status() returns table (required boolean, enrolled boolean)
language sql stable security definer set search_path = public, pg_temp as $$
  select
    exists (select 1 from memberships m join mfa_required_roles r on r.role = m.role where m.user_id = app.user_id()),
    exists (select 1 from mfa_totp t where t.user_id = app.user_id() and t.confirmed_at is not null)
$$;

/* The platform admin sees who has a second factor and can remove one (a lost phone). */
create function app.mfa_enrolled_users(ids uuid[]) returns setof uuid
language sql stable security definer set search_path = public, pg_temp as $$
  select t.user_id from mfa_totp t where t.user_id = any(ids) and t.confirmed_at is not null and app.role() = 'platform_admin'
$$;
create function app.reset_mfa(target uuid) returns boolean
language plpgsql volatile security definer set search_path = public, pg_temp as $$
begin
  if app.role() <> 'platform_admin' then
    raise exception 'only the platform admin' using errcode = '42501';
  end if;
  delete from mfa_totp where user_id = target;
  return found;
end $$;

revoke execute on function app.region_setup_counts(), app.set_account_disabled(uuid, boolean),
  app.issue_password_reset(text, text, int, int), app.password_reset_state(text), app.use_password_reset(text, text),
  app.password_reset_mail_allowed(text), app.mfa_required_roles(), app.set_mfa_required_roles(text[]), app.mfa_status(),
  app.mfa_enrolled_users(uuid[]), app.reset_mfa(uuid) from public;
grant execute on function app.region_setup_counts(), app.set_account_disabled(uuid, boolean),
  app.issue_password_reset(text, text, int, int), app.password_reset_state(text), app.use_password_reset(text, text),
  app.password_reset_mail_allowed(text), app.mfa_required_roles(), app.set_mfa_required_roles(text[]), app.mfa_status(),
  app.mfa_enrolled_users(uuid[]), app.reset_mfa(uuid) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function if exists app.region_setup_counts(), app.set_account_disabled(uuid, boolean),
         app.issue_password_reset(text, text, int, int), app.password_reset_state(text), app.use_password_reset(text, text),
         app.mfa_required_roles(), app.set_mfa_required_roles(text[]), app.mfa_status(), app.mfa_enrolled_users(uuid[]),
         app.reset_mfa(uuid);
       drop policy if exists outbox_password_reset on outbox;
       drop function if exists app.password_reset_mail_allowed(text);
       drop table if exists mfa_required_roles, mfa_totp, password_reset_tokens;
       alter table sessions drop column if exists mfa_pending, drop column if exists mfa_failures;
       drop policy if exists invitations_provider_admin_update on invitations;
       alter table invitations drop column if exists revoked_at, drop column if exists revoked_by;`,
    )
    .execute(db);
}
