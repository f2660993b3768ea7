import { sql } from "kysely";
import type { TenantScope } from "@jeugdregie/domain";
import type { Database } from "../../client.ts";
import type { FieldCipher } from "../../field-cipher.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";

export interface OidcLoginConfig {
  regionId: string;
  regionName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
}

/** The login configuration of one region, its client secret decrypted: for the OIDC login flow only. */
export async function oidcConfigForRegion(
  db: Database,
  regionCode: string,
  cipher: Pick<FieldCipher, "decrypt">,
): Promise<OidcLoginConfig | undefined> {
  const { rows } = await sql<{
    region_id: string;
    region_name: string;
    issuer: string;
    client_id: string;
    client_secret_encrypted: string;
    scopes: string;
  }>`
    select * from app.oidc_config_for_region(${regionCode})`.execute(db);
  const r = rows[0];
  return (
    r && {
      regionId: r.region_id,
      regionName: r.region_name,
      issuer: r.issuer,
      clientId: r.client_id,
      clientSecret: cipher.decrypt(r.client_secret_encrypted),
      scopes: r.scopes,
    }
  );
}

/** The admin view never returns the client secret, only whether one is set. */
export async function getOidcSettings(tx: Tx, regionId: string) {
  const row = await tx
    .selectFrom("oidc_providers")
    .select((eb) => [
      "issuer",
      "client_id",
      "scopes",
      "enabled",
      "updated_at",
      eb("client_secret_encrypted", "is not", null).as("secret_set"),
    ])
    .where("region_id", "=", regionId)
    .executeTakeFirst();
  return row
    ? {
        issuer: row.issuer,
        clientId: row.client_id,
        scopes: row.scopes,
        enabled: row.enabled,
        updatedAt: row.updated_at,
        secretSet: row.secret_set,
      }
    : null;
}

/** Saves the region's provider; a new client secret is stored encrypted, an empty one keeps the old. */
export async function saveOidcSettings(
  tx: Tx,
  scope: TenantScope,
  regionId: string,
  input: { issuer: string; clientId: string; clientSecret: string | null; scopes: string; enabled: boolean },
  cipher: Pick<FieldCipher, "encrypt">,
) {
  const before = await getOidcSettings(tx, regionId);
  const values = {
    issuer: input.issuer,
    client_id: input.clientId,
    scopes: input.scopes,
    enabled: input.enabled,
    updated_at: new Date(),
    ...(input.clientSecret ? { client_secret_encrypted: cipher.encrypt(input.clientSecret) } : {}),
  };
  await tx
    .insertInto("oidc_providers")
    .values({ region_id: regionId, ...values })
    .onConflict((oc) => oc.column("region_id").doUpdateSet(values))
    .execute();
  const { clientSecret: _secret, ...after } = input;
  await writeAudit(tx, scope, {
    action: "update",
    entity: "oidc_provider",
    entityId: regionId,
    regionId,
    details: { before, after: { ...after, secretChanged: Boolean(input.clientSecret) } },
  });
}

const STATE_TTL_MS = 10 * 60 * 1000;

export async function saveLoginState(
  db: Database,
  state: { state: string; regionId: string; regionCode: string; codeVerifier: string; nonce: string; returnTo: string },
) {
  await db
    .deleteFrom("oidc_login_states")
    .where("created_at", "<", new Date(Date.now() - STATE_TTL_MS))
    .execute();
  await db
    .insertInto("oidc_login_states")
    .values({
      state: state.state,
      region_id: state.regionId,
      region_code: state.regionCode,
      code_verifier: state.codeVerifier,
      nonce: state.nonce,
      return_to: state.returnTo,
    })
    .execute();
}

/** Takes a login state once (deletes it): a replayed callback finds nothing. */
export async function takeLoginState(db: Database, state: string) {
  const row = await db.deleteFrom("oidc_login_states").where("state", "=", state).returningAll().executeTakeFirst();
  if (!row || row.created_at.getTime() < Date.now() - STATE_TTL_MS) return undefined;
  return {
    regionId: row.region_id,
    regionCode: row.region_code,
    codeVerifier: row.code_verifier,
    nonce: row.nonce,
    returnTo: row.return_to,
  };
}
