import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { handleTrpcRequest } from "@jeugdregie/api";
import { LOGIN_THROTTLE } from "@jeugdregie/auth";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

const session = async (email: string) => {
  const s = new ApiSession(apiDeps(db.app));
  await s.login(email, DEMO_PASSWORD);
  return (await s.caller()).caller;
};

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

describe("API tenant scoping on the demo data", () => {
  it("shows a coordinator only the locations of their own region", async () => {
    const api = await session("coordinator.haaglanden@jeugdregie.demo");
    const me = await api.me();
    expect(me.role).toBe("placement_coordinator");
    expect(me.organisationName).toBe("Haaglanden");
    const locations = (await api.locations.list()).items;
    expect(locations.length).toBeGreaterThan(5);
    expect(new Set(locations.map((l) => l.regionName))).toEqual(new Set(["Haaglanden"]));
    const truth = await db.owner
      .selectFrom("locations as l")
      .innerJoin("regions as r", "r.id", "l.region_id")
      .select("l.id")
      .where("r.code", "=", "haaglanden")
      .execute();
    expect(locations.map((l) => l.id).sort()).toEqual(truth.map((l) => l.id).sort());
    expect((await api.regions.list()).map((r) => r.name)).toEqual(["Haaglanden"]);
  });

  it("refuses a region filter pointing at another tenant (NOT_FOUND, not an empty answer)", async () => {
    const api = await session("coordinator.haaglanden@jeugdregie.demo");
    const twente = await db.owner.selectFrom("regions").select("id").where("code", "=", "twente").executeTakeFirstOrThrow();
    await expect(api.locations.list({ regionId: twente.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows a provider user its own locations in every region it serves, and no other provider's", async () => {
    const api = await session("aanbieder@jeugdregie.demo");
    const locations = (await api.locations.list()).items;
    const provider = await db.owner.selectFrom("providers").select(["id", "name"]).where("kvk", "=", "41150001").executeTakeFirstOrThrow();
    expect(locations.every((l) => l.providerId === provider.id)).toBe(true);
    const regions = await api.regions.list();
    expect(regions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(locations.map((l) => l.regionId))).toEqual(new Set(regions.map((r) => r.id)));
    const truth = await db.owner.selectFrom("locations").select("id").where("provider_id", "=", provider.id).execute();
    expect(locations.length).toBe(truth.length);
  });

  it("lets a coordinator of two regions switch, and refuses a region they do not work for", async () => {
    const s = new ApiSession(apiDeps(db.app));
    await s.login("coordinator.gelderland@jeugdregie.demo", DEMO_PASSWORD);
    const first = (await (await s.caller()).caller.locations.list()).items;
    expect(new Set(first.map((l) => l.regionName)).size).toBe(1);
    const me = await (await s.caller()).caller.me();
    const other = me.memberships.find((m) => m.regionId !== me.activeRegionId)!;
    await (await s.caller()).caller.auth.switchRegion({ regionId: other.regionId! });
    const second = (await (await s.caller()).caller.locations.list()).items;
    expect(second[0]!.regionName).toBe(other.organisationName);
    expect(second.every((l) => l.regionId === other.regionId)).toBe(true);

    const haaglanden = await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
    await expectTrpcError((await s.caller()).caller.auth.switchRegion({ regionId: haaglanden.id }), "FORBIDDEN", /niet voor deze regio/);
  });

  it("gives the ministry no locations and non-admins no system status", async () => {
    await expectTrpcError((await session("ministerie@jeugdregie.demo")).locations.list(), "FORBIDDEN", /geen toegang/);
    await expectTrpcError((await session("coordinator.twente@jeugdregie.demo")).system.status(), "FORBIDDEN");
    const status = await (await session("platform@jeugdregie.demo")).system.status();
    expect(status.workers).toEqual([]);
  });

  it("refuses anonymous calls", async () => {
    const { caller } = await new ApiSession(apiDeps(db.app)).caller();
    await expectTrpcError(caller.me(), "UNAUTHORIZED", /niet ingelogd/);
    await expectTrpcError(caller.locations.list(), "UNAUTHORIZED");
  });

  it("audits logins, region switches and failed attempts", async () => {
    const actions = (await db.owner.selectFrom("audit_log").select("action").execute()).map((a) => a.action);
    expect(actions).toContain("login");
    expect(actions).toContain("switch_region");
    await new ApiSession(apiDeps(db.app), "192.0.2.9").login("coordinator.twente@jeugdregie.demo", "wrong").catch(() => undefined);
    const failed = await db.owner.selectFrom("audit_log").select(["role", "details"]).where("action", "=", "login_failed").execute();
    expect(failed).toContainEqual({ role: "anonymous", details: { email: "coordinator.twente@jeugdregie.demo", ip: "192.0.2.9" } });
  });
});

describe("login", () => {
  it("says clearly when the input is wrong, without a 500", async () => {
    const { caller } = await new ApiSession(apiDeps(db.app), "198.51.100.1").caller();
    await expectTrpcError(caller.auth.login({ email: "geen-email", password: "x" }), "BAD_REQUEST");
    await expectTrpcError(
      caller.auth.login({ email: "beheer.haaglanden@jeugdregie.demo", password: "fout" }),
      "UNAUTHORIZED",
      /klopt niet/,
    );
    await expectTrpcError(caller.auth.login({ email: "onbekend@jeugdregie.demo", password: "fout" }), "UNAUTHORIZED", /klopt niet/);
  });

  it("makes an account wait at an address after a few failures, also with the right password, without locking it", async () => {
    const at = new Date(); // the throttle's clock stands still: the wait does not run out while the test runs
    const frozen = { ...apiDeps(db.app), clock: () => at };
    const s = new ApiSession(frozen, "198.51.100.2");
    for (let i = 0; i < LOGIN_THROTTLE.pair.freeFailures + 1; i++) {
      await expectTrpcError(s.login("verwijzer.haaglanden@jeugdregie.demo", `wrong-${i}`), "UNAUTHORIZED");
    }
    await expectTrpcError(
      s.login("verwijzer.haaglanden@jeugdregie.demo", DEMO_PASSWORD),
      "TOO_MANY_REQUESTS",
      /Probeer het over 1 seconde/,
    );
    await new ApiSession(frozen, "198.51.100.4").login("verwijzer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  });

  it("sets an httpOnly SameSite=Lax session cookie and logs out", async () => {
    const s = new ApiSession(apiDeps(db.app), "198.51.100.3");
    const { caller, resHeaders } = await s.caller();
    await caller.auth.login({ email: "coordinator.twente@jeugdregie.demo", password: DEMO_PASSWORD });
    const cookie = resHeaders.get("set-cookie")!;
    expect(cookie).toMatch(/^jr_session=[\w-]{40,};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    s.cookie = cookie.split(";")[0]!;
    expect((await (await s.caller()).caller.me()).role).toBe("placement_coordinator");
    await (await s.caller()).caller.auth.logout();
    await expectTrpcError((await s.caller()).caller.me(), "UNAUTHORIZED");
  });
});

describe("HTTP endpoint", () => {
  it("maps bad input to 400 with a Dutch message and refuses cross-origin writes", async () => {
    const deps = apiDeps(db.app);
    const bad = await handleTrpcRequest(
      deps,
      new Request("http://localhost/api/trpc/auth.login", {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost" },
        body: JSON.stringify({ email: "x", password: "" }),
      }),
      "198.51.100.20",
    );
    expect(bad.status).toBe(400);
    const body = await bad.json();
    expect(body.error.message).toMatch(/invoer is niet geldig/);
    expect(body.error.data.appCode).toBe("BAD_INPUT");

    const crossOrigin = await handleTrpcRequest(
      deps,
      new Request("http://localhost/api/trpc/auth.logout", {
        method: "POST",
        headers: { "content-type": "application/json", host: "localhost", origin: "https://evil.example" },
        body: "{}",
      }),
      "198.51.100.20",
    );
    expect(crossOrigin.status).toBe(403);

    const anonymous = await handleTrpcRequest(
      deps,
      new Request("http://localhost/api/trpc/locations.list", { headers: { host: "localhost" } }),
      "198.51.100.20",
    );
    expect(anonymous.status).toBe(401);
  });
});
