import { sql, type Kysely } from "kysely";

/**
 * Secrets at rest (issue 8): OIDC client secrets and e-mail bodies are field-crypto ciphertext
 * ("v1:", AES-256-GCM under DATA_ENCRYPTION_KEY, which the database never sees), and the outbox
 * gets row-level security: writers write in their own scope, only the mail relay reads and updates.
 */
const upSql = sql.raw(/* sql */ `
-- OIDC client secrets. A secret stored in clear before this migration is dropped, not converted:
-- the migration has no key, and a plaintext secret must not keep working silently. Login through
-- that region's identity provider is off until its admin enters the secret again; the settings
-- page says the secret is missing (secretSet = false).
alter table oidc_providers add column client_secret_encrypted text check (client_secret_encrypted ~ '^v1:');
alter table oidc_providers drop column client_secret;

-- Only the region's own admin reads its row (the settings page; the secret is never shown). Login,
-- which starts without a session, reads the one row it needs through app.oidc_config_for_region.
drop policy oidc_providers_read on oidc_providers;
create policy oidc_providers_read on oidc_providers for select using (app.is_region_admin(region_id));

drop function app.oidc_config_for_region(text);
create function app.oidc_config_for_region(region_code text)
returns table (region_id uuid, region_name text, issuer text, client_id text, client_secret_encrypted text, scopes text)
language sql stable security definer set search_path = public, pg_temp as
  $$ select r.id, r.name, o.issuer, o.client_id, o.client_secret_encrypted, o.scopes
     from regions r join oidc_providers o on o.region_id = r.id
     where r.code = region_code and o.enabled and o.client_secret_encrypted is not null $$;
revoke execute on function app.oidc_config_for_region(text) from public;
grant execute on function app.oidc_config_for_region(text) to jeugdregie_app;

-- Outbox bodies written before this migration are in clear and may hold live invitation tokens:
-- they are removed. A message still pending cannot be sent any more (the admin saw the link on
-- screen and can invite again). The check holds for every new row (not valid: old rows keep the marker).
update outbox set
  body = '[verwijderd: onversleuteld opgeslagen]',
  status = case when status = 'pending' then 'failed' else status end,
  last_error = case when status = 'pending' then 'body stored in clear before encryption; removed' else last_error end;
alter table outbox add constraint outbox_body_encrypted check (body ~ '^v1:') not valid;

alter table outbox enable row level security;
alter table outbox force row level security;

-- Mail is written within the writer's own scope: its region; the platform admin (new tenants'
-- first invitation, system reminders to provider users); a provider admin inviting its own people
-- (no region); a supra coordinator or a region to the other party of a capacity negotiation in
-- their supra region.
create policy outbox_insert on outbox for insert with check (
  region_id = any(app.region_ids())
  or app.role() = 'platform_admin'
  or (region_id is null and app.role() = 'provider_admin' and app.provider_id() is not null)
  or (app.supra_region_id() is not null and exists (
        select 1 from supra_region_members m
        where m.supra_region_id = app.supra_region_id() and m.region_id = outbox.region_id))
  or exists (
        select 1 from capacity_negotiations n
        where (n.opener_region_id = any(app.region_ids()) and n.counterparty_region_id = outbox.region_id)
           or (n.counterparty_region_id = any(app.region_ids()) and n.opener_region_id = outbox.region_id))
);
-- The mail relay (the worker, app.role = 'mail_relay', see withMailRelay) reads and marks messages;
-- the platform admin reads them (dead letters). No user session can act as the relay: session
-- roles come from memberships, whose roles are checked against the known ones.
create policy outbox_read on outbox for select using (app.role() in ('mail_relay', 'platform_admin'));
create policy outbox_relay_update on outbox for update
  using (app.role() = 'mail_relay') with check (app.role() = 'mail_relay');
revoke update on outbox from jeugdregie_app;
grant update (status, attempts, last_error, sent_at) on outbox to jeugdregie_app;
`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await upSql.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `
    drop policy if exists outbox_insert on outbox;
    drop policy if exists outbox_read on outbox;
    drop policy if exists outbox_relay_update on outbox;
    alter table outbox no force row level security;
    alter table outbox disable row level security;
    alter table outbox drop constraint if exists outbox_body_encrypted;
    grant update on outbox to jeugdregie_app;
    drop function app.oidc_config_for_region(text);
    drop policy oidc_providers_read on oidc_providers;
    create policy oidc_providers_read on oidc_providers for select using (true);
    alter table oidc_providers add column client_secret text not null default '';
    alter table oidc_providers drop column client_secret_encrypted;
    create function app.oidc_config_for_region(region_code text)
    returns table (region_id uuid, region_name text, issuer text, client_id text, client_secret text, scopes text)
    language sql stable security definer set search_path = public, pg_temp as
      $$ select r.id, r.name, o.issuer, o.client_id, o.client_secret, o.scopes
         from regions r join oidc_providers o on o.region_id = r.id where r.code = region_code and o.enabled $$;
    grant execute on function app.oidc_config_for_region(text) to jeugdregie_app;
  `,
    )
    .execute(db);
}
