import type { Database } from "@jeugdregie/db";
import { testCrypto } from "./api.ts";

/** A tenant's own identity-provider settings and a sign-in in progress, every secret carrying its marker. */
export async function arrangeIdentityProvider(owner: Database, regionId: string, marker: string, lower: string): Promise<void> {
  await owner
    .insertInto("oidc_providers")
    .values({
      region_id: regionId,
      issuer: `https://idp-${lower}.wereld.test`,
      client_id: `${marker}-client`,
      client_secret_encrypted: testCrypto.encrypt(`${marker}-secret`),
    })
    .execute();
  await owner
    .insertInto("oidc_login_states")
    .values({
      state: `${marker}-state`,
      region_id: regionId,
      region_code: `wereld-${lower}`,
      code_verifier: `${marker}-verifier`,
      nonce: `${marker}-nonce`,
    })
    .execute();
}
