import { sql, type Kysely } from "kysely";

/**
 * Accounts are not everyone's to read. A transaction sees its own account, the accounts of the
 * people whose memberships it may see (an admin's organisation, a negotiation partner's
 * coordinators), the account an invitation in it is for, and the platform admin sees all. The
 * password hash is not readable by the application role at all: sign-in gets it through one
 * narrow function, and the names and addresses of professionals who appear in records the caller
 * can already see (audit trails, justifications, negotiation steps) come from another.
 */
const upSql = sql.raw(/* sql */ `
/* Memberships made by accepting an invitation: checked without reading users through its policy
   (which looks at memberships itself), so that the two policies do not call each other. */
create function app.invitation_matches_membership(member uuid, member_role text, member_region uuid, member_provider uuid)
returns boolean language sql stable security definer set search_path = public, pg_temp as $$
  select exists (
    select 1 from invitations i join users u on lower(u.email) = i.email
    where i.token_hash = nullif(current_setting('app.invitation_token_hash', true), '')
      and i.accepted_at is null and i.expires_at > now()
      and u.id = member and i.role = member_role
      and i.provider_id is not distinct from member_provider
      and (case when i.provider_id is null then i.region_id end) is not distinct from member_region)
$$;
drop policy memberships_by_invitation on memberships;
create policy memberships_by_invitation on memberships for insert with check (
  supra_region_id is null and app.invitation_matches_membership(user_id, role, region_id, provider_id)
);

drop policy users_read on users;
create policy users_read on users for select using (
  id = app.user_id()
  or app.role() = 'platform_admin'
  or app.invited(email)
  or exists (select 1 from memberships m where m.user_id = users.id)
);
revoke select on users from jeugdregie_app;
grant select (id, email, display_name, locale, created_at, disabled_at) on users to jeugdregie_app;

/* Sign-in (password or OIDC) looks an account up by address before anyone is known. */
create function app.login_account(address text)
returns table (id uuid, email text, display_name text, password_hash text, locale text, disabled_at timestamptz)
language sql stable security definer set search_path = public, pg_temp as $$
  select u.id, u.email, u.display_name, u.password_hash, u.locale, u.disabled_at
  from users u where lower(u.email) = lower(trim(address))
$$;

/* Accepting an invitation: the invited address's account, if any, and whether it has a password. */
create function app.invited_account(address text) returns table (id uuid, has_password boolean)
language sql stable security definer set search_path = public, pg_temp as $$
  select u.id, u.password_hash is not null from users u
  where lower(u.email) = lower(address) and app.invited(address)
$$;

/* Who acted, for records the caller can already read: name and address only. */
create function app.actor_identities(ids uuid[]) returns table (id uuid, email text, display_name text)
language sql stable security definer set search_path = public, pg_temp as $$
  select u.id, u.email, u.display_name from users u
  where u.id = any(ids) and (app.user_id() is not null or app.role() <> 'anonymous')
$$;

revoke execute on function app.login_account(text), app.invited_account(text), app.actor_identities(uuid[]),
  app.invitation_matches_membership(uuid, text, uuid, uuid) from public;
grant execute on function app.login_account(text), app.invited_account(text), app.actor_identities(uuid[]),
  app.invitation_matches_membership(uuid, text, uuid, uuid) to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `drop function if exists app.login_account(text), app.invited_account(text), app.actor_identities(uuid[]);
       -- memberships_by_invitation keeps using the definer function; 0010's down removes both.
       grant select on users to jeugdregie_app;
       drop policy if exists users_read on users;
       create policy users_read on users for select using (true);`,
    )
    .execute(db);
}
