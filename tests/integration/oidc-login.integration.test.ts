import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createMockIdentityProvider } from "../mocks/identity-provider.ts";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

let db: TestDatabase;
let idp: Awaited<ReturnType<typeof createMockIdentityProvider>>;
const server = setupServer();

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  idp = await createMockIdentityProvider();
  // An issuer nobody answers for: the network fails, as it would for a mistyped URL.
  server.use(
    ...idp.handlers,
    http.get("https://unknown.example.test/*", () => HttpResponse.error()),
  );
  server.listen({ onUnhandledFrame: "error" });
});
afterAll(async () => {
  server.close();
  await db.drop();
});

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

async function oidcLogin(email: string) {
  const session = new ApiSession(apiDeps(db.app));
  const { caller } = await session.caller();
  const { redirectTo } = await caller.auth.oidcStart({ regionCode: "haaglanden", returnTo: "/locaties" });
  const callback = idp.login(redirectTo, email);
  const { caller: back, resHeaders } = await session.caller();
  const result = await back.auth.oidcFinish(callback);
  session.cookie = (resHeaders.get("set-cookie") ?? "").split(";")[0]!;
  return { session, result, callback, redirectTo };
}

describe("OIDC login per region (authorization code + PKCE, discovery)", () => {
  it("lets the region admin configure the provider after discovery answers", async () => {
    const admin = new ApiSession(apiDeps(db.app));
    await admin.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const { caller } = await admin.caller();
    await refused(
      caller.onboarding.oidc.save({
        issuer: "https://unknown.example.test",
        clientId: "x",
        clientSecret: "y",
        scopes: "openid",
        enabled: true,
      }),
      "BAD_REQUEST",
      /niet bruikbaar/,
    );
    await refused(
      caller.onboarding.oidc.save({ issuer: "http://idp.example.test", clientId: "x", clientSecret: "y", scopes: "openid", enabled: true }),
      "BAD_REQUEST",
      /https/,
    );
    await caller.onboarding.oidc.save({
      issuer: idp.issuer,
      clientId: idp.client.id,
      clientSecret: idp.client.secret,
      scopes: "openid email profile",
      enabled: true,
    });
    const saved = await caller.onboarding.oidc.get();
    expect(saved).toMatchObject({ issuer: idp.issuer, clientId: idp.client.id, enabled: true });
    expect(JSON.stringify(saved)).not.toContain(idp.client.secret);
  });

  it("signs in a known user of the region and opens a session", async () => {
    const { session, result, redirectTo } = await oidcLogin("coordinator.haaglanden@jeugdregie.demo");
    const url = new URL(redirectTo);
    expect(url.origin + url.pathname).toBe(`${idp.issuer}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: "code",
      client_id: idp.client.id,
      code_challenge_method: "S256",
      redirect_uri: "http://jeugdregie.test/inloggen/oidc/terug",
    });
    expect(result.returnTo).toBe("/locaties");
    const me = await (await session.caller()).caller.me();
    expect(me).toMatchObject({ role: "placement_coordinator", organisationName: "Haaglanden" });
  });

  it("refuses a replayed callback, an unknown user and a forged token", async () => {
    const { callback } = await oidcLogin("beheer.haaglanden@jeugdregie.demo");
    const { caller } = await new ApiSession(apiDeps(db.app)).caller();
    await refused(caller.auth.oidcFinish(callback), "BAD_REQUEST", /verlopen of al gebruikt/);
    await refused(oidcLogin("onbekend@haaglanden.example"), "FORBIDDEN", /geen account voor onbekend@haaglanden.example in Haaglanden/);
    await refused(oidcLogin("coordinator.twente@jeugdregie.demo"), "FORBIDDEN", /geen account/);
    await idp.forgeSignatures();
    await refused(oidcLogin("coordinator.haaglanden@jeugdregie.demo"), "BAD_REQUEST", /ID token rejected/);
  });

  it("says so when a region has no identity provider", async () => {
    const { caller } = await new ApiSession(apiDeps(db.app)).caller();
    await refused(caller.auth.oidcStart({ regionCode: "twente" }), "NOT_FOUND", /geen inloggen via een identiteitsprovider/);
  });
});
