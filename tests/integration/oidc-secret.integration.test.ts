import { setupServer } from "msw/node";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import { createMockIdentityProvider } from "../mocks/identity-provider.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";
import { demoEmails, demoScope } from "./helpers/demo-scopes.ts";

/*
 * A region's OIDC client secret is encrypted at rest and never readable in clear by straight SQL
 * as the application role, whatever scope the transaction carries. Only the login flow, through
 * app.oidc_config_for_region and the field crypto, turns it back into the secret.
 */
let db: TestDatabase;
let idp: Awaited<ReturnType<typeof createMockIdentityProvider>>;
const server = setupServer();
const secret = "a-very-distinctive-client-secret-42";

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  idp = await createMockIdentityProvider("https://idp.example.test", { id: "jeugdregie", secret });
  server.use(...idp.handlers);
  server.listen({ onUnhandledFrame: "error" });
  const admin = new ApiSession(apiDeps(db.app));
  await admin.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  await (
    await admin.caller()
  ).caller.onboarding.oidc.save({
    issuer: idp.issuer,
    clientId: idp.client.id,
    clientSecret: secret,
    scopes: "openid email",
    enabled: true,
  });
});
afterAll(async () => {
  server.close();
  await db.drop();
});

const rowsAsJson = (rows: unknown[]) => JSON.stringify(rows);

describe("OIDC client secrets at rest", () => {
  it("stores the secret only as field-crypto ciphertext", async () => {
    const { rows } = await sql<Record<string, unknown>>`select * from oidc_providers`.execute(db.owner);
    expect(rows).toHaveLength(1);
    expect(rowsAsJson(rows)).not.toContain(secret);
    const sealed = Object.values(rows[0]!).filter((v): v is string => typeof v === "string" && v.startsWith("v1:"));
    expect(sealed.map((v) => testCrypto.decrypt(v))).toEqual([secret]);
  });

  it("gives no plaintext secret to straight SQL as the app role, in any scope", async () => {
    const haaglanden = (await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow()).id;
    for (const email of demoEmails()) {
      const scope = await demoScope(db.app, email);
      const { table, fn } = await withTenant(db.app, scope, async (tx) => ({
        table: (await sql<Record<string, unknown>>`select * from oidc_providers`.execute(tx)).rows,
        fn: (await sql<Record<string, unknown>>`select * from app.oidc_config_for_region('haaglanden')`.execute(tx)).rows,
      }));
      expect(rowsAsJson(table), email).not.toContain(secret);
      expect(rowsAsJson(fn), email).not.toContain(secret);
      // Only the region's own admin sees its row at all (the settings page; the secret is never shown).
      const ownAdmin = scope.role === "region_admin" && scope.regionId === haaglanden;
      expect(table.length, email).toBe(ownAdmin ? 1 : 0);
    }
    const anonymous = await db.app.transaction().execute(async (tx) => ({
      table: (await sql`select * from oidc_providers`.execute(tx)).rows,
      fn: (await sql`select * from app.oidc_config_for_region('haaglanden')`.execute(tx)).rows,
    }));
    expect(anonymous.table).toEqual([]);
    expect(rowsAsJson(anonymous.fn)).not.toContain(secret);
  });

  it("still signs in through the identity provider with the decrypted secret", async () => {
    const session = new ApiSession(apiDeps(db.app));
    const { caller } = await session.caller();
    const { redirectTo } = await caller.auth.oidcStart({ regionCode: "haaglanden" });
    const { caller: back, resHeaders } = await session.caller();
    await back.auth.oidcFinish(idp.login(redirectTo, "coordinator.haaglanden@jeugdregie.demo"));
    session.cookie = (resHeaders.get("set-cookie") ?? "").split(";")[0]!;
    expect((await (await session.caller()).caller.me()).role).toBe("placement_coordinator");
    expect(idp.requests).toContain("token");
  });

  it("keeps the secret when the admin saves other settings without it", async () => {
    const admin = new ApiSession(apiDeps(db.app));
    await admin.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const { caller } = await admin.caller();
    await caller.onboarding.oidc.save({
      issuer: idp.issuer,
      clientId: idp.client.id,
      clientSecret: "",
      scopes: "openid email profile",
      enabled: true,
    });
    expect(await caller.onboarding.oidc.get()).toMatchObject({ scopes: "openid email profile", secretSet: true });
    const { rows } = await sql<Record<string, unknown>>`select * from oidc_providers`.execute(db.owner);
    const sealed = Object.values(rows[0]!).filter((v): v is string => typeof v === "string" && v.startsWith("v1:"));
    expect(sealed.map((v) => testCrypto.decrypt(v))).toEqual([secret]);
  });
});
