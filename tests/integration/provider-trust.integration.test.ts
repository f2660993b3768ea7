import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Issue 8, hole 1: a brand-new region proposed a contract with an existing provider, minted a
 * provider login for it and through that login read the provider's offers and dossiers in every
 * region. The whole attack path through the API and as straight SQL, and the legitimate path:
 * the provider's own admin confirms the proposal and manages the provider's logins.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

const deps = () => apiDeps(db.app, jobs);
const tokenOf = (url: string) => url.split("/uitnodiging/")[1]!;

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

async function signIn(email: string, password = DEMO_PASSWORD): Promise<Caller> {
  const session = new ApiSession(deps());
  await session.login(email, password);
  return (await session.caller()).caller;
}

async function accept(invitationUrl: string): Promise<Caller> {
  const session = new ApiSession(deps());
  const { caller, resHeaders } = await session.caller();
  await caller.invitations.accept({ token: tokenOf(invitationUrl), displayName: "Nieuwe collega", password: "lente-zomer-herfst-winter" });
  session.cookie = resHeaders.get("set-cookie")!.split(";")[0]!;
  return (await session.caller()).caller;
}

async function scopeOf(email: string, role: TenantScope["role"], regionId: string | null, providerId: string | null): Promise<TenantScope> {
  const user = await db.owner.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return { userId: user.id, role, regionId, providerId, supraRegionId: null };
}

const asApp = <T>(scope: TenantScope, fn: Parameters<typeof withTenant<T>>[2]) => withTenant(db.app, scope, fn);

let kapstokId = "";
let haaglandenOfferId = "";
let newRegionId = "";
let newAdmin: Caller;
let newCoordinator: Caller;
let contractId = "";
let newLocationId = "";
let requestId = "";

describe("before the attack: the provider works in its regions", () => {
  it("has an accepted offer and a running placement in Haaglanden", async () => {
    kapstokId = (await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150001").executeTakeFirstOrThrow()).id;
    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1);
    await db.owner.updateTable("children").set({ name_encrypted: null }).execute();
    const coordinator = await signIn("coordinator.haaglanden@jeugdregie.demo");
    const { matches } = await coordinator.placement.proposals({ requestId: requestIds[0]! });
    const kapstokLocations = await db.owner.selectFrom("locations").select("id").where("provider_id", "=", kapstokId).execute();
    const target = matches.find((m) => kapstokLocations.some((l) => l.id === m.locationId))!;
    const offer = await coordinator.placement.sendOffer({ requestId: requestIds[0]!, locationId: target.locationId });
    haaglandenOfferId = offer.id;
    const provider = await signIn("aanbieder@jeugdregie.demo");
    await provider.provider.answer({ offerId: offer.id, accept: true });
    await coordinator.placement.place({ requestId: requestIds[0]!, startsOn: "2026-03-01", schoolKept: null, siblingsTogether: null });
  });
});

describe("a new region proposes a contract with that provider", () => {
  it("is created by the platform admin with its own admin", async () => {
    const platform = await signIn("platform@jeugdregie.demo");
    const created = await platform.tenants.create({ name: "Regio Nieuw", code: "regio-nieuw", adminEmail: "beheer@nieuw.example" });
    newRegionId = created.region.id;
    newAdmin = await accept(created.invitationUrl);
    const choices = await newAdmin.onboarding.municipalities.list();
    const free = choices.find((c) => c.takenBy === null)!;
    await newAdmin.onboarding.municipalities.set({
      codes: choices.filter((c) => c.jeugdzorgregio === free.jeugdzorgregio && c.takenBy === null).map((c) => c.code),
    });
  });

  it("records the contract as a proposal until the provider answers", async () => {
    const segment = await newAdmin.onboarding.segments.create({ name: "Verblijf" });
    await newAdmin.contracts.create({
      providerId: kapstokId,
      segmentId: segment.id,
      providerRole: "tactical_core",
      financingForm: "pxq",
      startsOn: "2026-01-01",
      endsOn: "2027-12-31",
      products: [{ productCode: "43A01", productCategory: "43", unit: "14", tariffCents: 87_239, intensityBand: "R" }],
    });
    const [contract] = (await newAdmin.contracts.list()).items;
    expect(contract).toMatchObject({ providerId: kapstokId, status: "proposed" });
    contractId = contract!.id;
    const municipality = (await newAdmin.onboarding.municipalities.list()).find((m) => m.selected)!.code;
    newLocationId = (
      await newAdmin.locations.create({
        providerId: kapstokId,
        name: "Behandelgroep Nieuw",
        municipalityCode: municipality,
        careTypes: ["behandelgroep"],
        ageMin: 6,
        ageMax: 18,
        capacity: 4,
      })
    ).id;
  });
});

describe("the breach path is closed", () => {
  it("refuses a provider login from the region admin through the API", async () => {
    const invite = newAdmin.onboarding.users.invite as (input: unknown) => Promise<unknown>;
    await refused(invite({ email: "spion@nieuw.example", role: "provider_user", providerId: kapstokId }), "BAD_REQUEST");
    await refused(invite({ email: "spion@nieuw.example", role: "provider_admin", providerId: kapstokId }), "BAD_REQUEST");
    await refused(newAdmin.providerAccounts.invite({ email: "spion@nieuw.example", role: "provider_user" }), "FORBIDDEN");
    await refused(newAdmin.providerAccounts.inviteAdmin({ providerId: kapstokId, email: "spion@nieuw.example" }), "FORBIDDEN");
    expect(await db.owner.selectFrom("invitations").select("id").where("email", "=", "spion@nieuw.example").execute()).toEqual([]);
  });

  it("refuses a provider-role invitation or membership written straight into the database as the region admin", async () => {
    const scope = await scopeOf("beheer@nieuw.example", "region_admin", newRegionId, null);
    for (const [role, region] of [
      ["provider_user", null],
      ["provider_user", newRegionId],
      ["provider_admin", null],
    ] as const) {
      const insert = asApp(scope, (tx) =>
        sql`insert into invitations (token_hash, email, role, region_id, provider_id, expires_at)
            values (${`sneaky-${role}-${region}`}, 'spion@nieuw.example', ${role}, ${region}, ${kapstokId}, now() + interval '7 days')`.execute(
          tx,
        ),
      );
      await expect(insert).rejects.toThrow(/row-level security/);
    }
    const membership = asApp(scope, (tx) =>
      sql`insert into memberships (user_id, role, provider_id) values (${scope.userId}, 'provider_user', ${kapstokId})`.execute(tx),
    );
    await expect(membership).rejects.toThrow(/row-level security/);
    const promote = asApp(scope, (tx) => sql`update memberships set role = 'provider_user' where user_id = ${scope.userId}`.execute(tx));
    await expect(promote).rejects.toThrow(/permission denied/);
    const confirmOwn = asApp(scope, (tx) => sql`update contracts set status = 'confirmed' where id = ${contractId}`.execute(tx));
    await expect(confirmOwn).rejects.toThrow(/row-level security/);
    await refused(newAdmin.contracts.answer({ contractId, confirm: true }), "FORBIDDEN");
  });

  it("shows nobody in the new region anything of the provider's other regions", async () => {
    const invited = await newAdmin.onboarding.users.invite({ email: "coordinator@nieuw.example", role: "placement_coordinator" });
    newCoordinator = await accept(invited.invitationUrl);
    for (const [email, role] of [
      ["beheer@nieuw.example", "region_admin"],
      ["coordinator@nieuw.example", "placement_coordinator"],
    ] as const) {
      const scope = await scopeOf(email, role, newRegionId, null);
      const seen = await asApp(scope, async (tx) => ({
        contracts: (await sql<{ region_id: string }>`select region_id from contracts where provider_id = ${kapstokId}`.execute(tx)).rows,
        locations: (await sql<{ region_id: string }>`select region_id from locations where provider_id = ${kapstokId}`.execute(tx)).rows,
        offers: (await sql`select id from offers`.execute(tx)).rows,
        placements: (await sql`select id from placements`.execute(tx)).rows,
        children: (await sql`select id from children`.execute(tx)).rows,
        inbox: (await sql`select * from app.provider_offers()`.execute(tx)).rows,
        memberships: (await sql<{ role: string }>`select role from memberships where provider_id is not null`.execute(tx)).rows,
      }));
      expect(seen.contracts.every((c) => c.region_id === newRegionId)).toBe(true);
      expect(seen.locations.every((l) => l.region_id === newRegionId)).toBe(true);
      expect(seen).toMatchObject({ offers: [], placements: [], children: [], inbox: [], memberships: [] });
    }
    const users = await newAdmin.onboarding.users.list();
    expect(users.items.every((u) => u.email.endsWith("@nieuw.example"))).toBe(true);
    for (const api of [newAdmin, newCoordinator]) {
      await refused(api.provider.inbox(), "FORBIDDEN");
      await refused(api.provider.dossier({ offerId: haaglandenOfferId }), "FORBIDDEN");
      await refused(api.provider.overview(), "FORBIDDEN");
    }
  });

  it("refuses offers to the provider's locations in the new region until the provider confirms", async () => {
    requestId = (await arrangeRequests(db.owner, "regio-nieuw", 1)).requestIds[0]!;
    const { matches, excluded } = await newCoordinator.placement.proposals({ requestId });
    expect(matches.map((m) => m.locationId)).not.toContain(newLocationId);
    expect(excluded.find((e) => e.locationId === newLocationId)?.reasons).toContain("contract nog niet bevestigd door de aanbieder");
    await refused(
      newCoordinator.placement.sendOffer({ requestId, locationId: newLocationId }),
      "PRECONDITION_FAILED",
      /nog niet bevestigd/,
    );
    const scope = await scopeOf("coordinator@nieuw.example", "placement_coordinator", newRegionId, null);
    const straight = asApp(scope, (tx) =>
      sql`insert into offers (region_id, request_id, location_region_id, location_id, provider_id, deadline_at)
          values (${newRegionId}, ${requestId}, ${newRegionId}, ${newLocationId}, ${kapstokId}, now() + interval '3 days')`.execute(tx),
    );
    await expect(straight).rejects.toThrow(/row-level security/);
    const provider = await signIn("aanbieder@jeugdregie.demo");
    expect((await provider.provider.overview()).regions.map((r) => r.name)).not.toContain("Regio Nieuw");
    expect((await provider.contracts.list()).items.map((c) => c.regionName)).not.toContain("Regio Nieuw");
  });
});

describe("the provider's own admin answers the proposal", () => {
  it("sees the proposal (a provider user does not) and confirms it; only then the region can offer", async () => {
    const providerUser = await signIn("aanbieder@jeugdregie.demo");
    expect((await providerUser.provider.overview()).proposals).toEqual([]);
    await refused(providerUser.contracts.answer({ contractId, confirm: true }), "FORBIDDEN");

    const providerAdmin = await signIn("aanbiederbeheer@jeugdregie.demo");
    const { proposals } = await providerAdmin.provider.overview();
    expect(proposals.map((p) => [p.id, p.regionName])).toEqual([[contractId, "Regio Nieuw"]]);
    await refused(providerAdmin.contracts.answer({ contractId, confirm: false }), "BAD_REQUEST", /reden/);
    const other = await db.owner.selectFrom("contracts").select("id").where("provider_id", "<>", kapstokId).executeTakeFirstOrThrow();
    await refused(providerAdmin.contracts.answer({ contractId: other.id, confirm: true }), "NOT_FOUND");
    await providerAdmin.contracts.answer({ contractId, confirm: true });
    await refused(providerAdmin.contracts.answer({ contractId, confirm: false, reason: "Toch niet" }), "NOT_FOUND");
    expect((await newAdmin.contracts.list()).items[0]).toMatchObject({ id: contractId, status: "confirmed" });

    const { matches } = await newCoordinator.placement.proposals({ requestId });
    expect(matches.map((m) => m.locationId)).toContain(newLocationId);
    const offer = await newCoordinator.placement.sendOffer({ requestId, locationId: newLocationId });
    const inbox = (await providerUser.provider.inbox()).items;
    expect(inbox.map((o) => o.offerId)).toContain(offer.id);
    expect((await providerUser.provider.overview()).regions.map((r) => r.name)).toContain("Regio Nieuw");

    // Region roles never act for the provider: not through the API, not in the database.
    for (const api of [newAdmin, newCoordinator]) {
      await refused(api.provider.answer({ offerId: offer.id, accept: true }), "FORBIDDEN");
      await refused(api.provider.confirmCapacity({ locationId: newLocationId, capacity: 9 }), "FORBIDDEN");
      await refused(api.provider.signalRisk({ placementId: offer.id, note: "Namens de aanbieder" }), "FORBIDDEN");
      await refused(api.providerAccounts.list(), "FORBIDDEN");
    }
    const coordinatorScope = await scopeOf("coordinator@nieuw.example", "placement_coordinator", newRegionId, null);
    await expect(
      asApp(coordinatorScope, (tx) => sql`update offers set status = 'accepted' where id = ${offer.id}`.execute(tx)),
    ).rejects.toThrow(/row-level security/);
    await expect(asApp(coordinatorScope, (tx) => sql`select app.apply_offer_response(${offer.id})`.execute(tx))).rejects.toThrow();
    await expect(
      asApp(coordinatorScope, (tx) => sql`update locations set capacity_confirmed_at = now() where id = ${newLocationId}`.execute(tx)),
    ).rejects.toThrow(/aanbieder/);
    expect(await db.owner.selectFrom("offers").select("status").where("id", "=", offer.id).executeTakeFirstOrThrow()).toEqual({
      status: "open",
    });
    expect(await providerUser.provider.answer({ offerId: offer.id, accept: true })).toMatchObject({ requestStatus: "accepted" });
  });

  it("lets the provider admin invite its own users, and only for its own provider", async () => {
    const providerAdmin = await signIn("aanbiederbeheer@jeugdregie.demo");
    const invited = await providerAdmin.providerAccounts.invite({ email: "planning@kapstok.example", role: "provider_user" });
    const colleague = await accept(invited.invitationUrl);
    expect(await colleague.me()).toMatchObject({ role: "provider_user", organisationName: "Stichting De Kapstok Jeugdzorg" });
    expect((await colleague.provider.overview()).regions.map((r) => r.name)).toContain("Regio Nieuw");
    await refused(colleague.providerAccounts.invite({ email: "x@kapstok.example", role: "provider_user" }), "FORBIDDEN");
    const listed = await providerAdmin.providerAccounts.list();
    const invitedList = await providerAdmin.providerAccounts.invitations();
    expect(listed.items.map((u) => u.email)).toEqual(expect.arrayContaining(["aanbieder@jeugdregie.demo", "planning@kapstok.example"]));
    expect(invitedList.items.map((i) => i.email)).toContain("planning@kapstok.example");

    const horizonland = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150002").executeTakeFirstOrThrow();
    const scope = await scopeOf("aanbiederbeheer@jeugdregie.demo", "provider_admin", null, kapstokId);
    const foreign = asApp(scope, (tx) =>
      sql`insert into invitations (token_hash, email, role, provider_id, expires_at)
          values ('sneaky-foreign', 'x@horizon.example', 'provider_admin', ${horizonland.id}, now() + interval '7 days')`.execute(tx),
    );
    await expect(foreign).rejects.toThrow(/row-level security/);
    const seen = await asApp(
      scope,
      async (tx) => (await sql<{ provider_id: string | null }>`select provider_id from memberships`.execute(tx)).rows,
    );
    expect(seen.every((m) => m.provider_id === kapstokId)).toBe(true);
  });
});

describe("a provider without a login yet", () => {
  it("gets its first admin from the platform admin; that admin can decline a proposal with a reason", async () => {
    const segment = (await newAdmin.onboarding.segments.list())[0]!;
    const registered = await newAdmin.onboarding.providers.register({ name: "Jeugdhulp Nieuwkoop", kvk: "55599999", agb: "" });
    const nieuwkoopContract = {
      providerId: registered.id,
      segmentId: segment.id,
      providerRole: "operational" as const,
      financingForm: "pxq" as const,
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
      products: [{ productCode: "44G01", productCategory: "44", unit: "14", tariffCents: 20_000, intensityBand: "M" }],
    };
    await newAdmin.contracts.create(nieuwkoopContract);
    const platform = await signIn("platform@jeugdregie.demo");
    expect((await platform.providerAccounts.search({ query: "Nieuwkoop" })).items.map((p) => [p.name, p.admins])).toEqual([
      ["Jeugdhulp Nieuwkoop", 0],
    ]);
    await refused(platform.providerAccounts.inviteAdmin({ providerId: newRegionId, email: "a@nieuwkoop.example" }), "NOT_FOUND");
    const invited = await platform.providerAccounts.inviteAdmin({ providerId: registered.id, email: "directie@nieuwkoop.example" });
    const admin = await accept(invited.invitationUrl);
    expect(await admin.me()).toMatchObject({ role: "provider_admin", organisationName: "Jeugdhulp Nieuwkoop" });
    const [proposal] = (await admin.provider.overview()).proposals;
    await admin.contracts.answer({ contractId: proposal!.id, confirm: false, reason: "Tarief past niet bij onze kostprijs" });
    const mine = (await newAdmin.contracts.list()).items.find((c) => c.id === proposal!.id)!;
    expect(mine).toMatchObject({ status: "declined", declineReason: "Tarief past niet bij onze kostprijs" });
    expect((await admin.provider.overview()).proposals).toEqual([]);
    // The declined proposal no longer holds its product's period: the region can propose again.
    await newAdmin.contracts.create(nieuwkoopContract);
    expect((await admin.provider.overview()).proposals).toHaveLength(1);
  });
});

describe("the application role's rights on users and memberships", () => {
  it("makes or re-keys an account only through its invitation, and never deletes users or memberships", async () => {
    const scope = await scopeOf("beheer@nieuw.example", "region_admin", newRegionId, null);
    const coordinatorBefore = await db.owner
      .selectFrom("users")
      .select(["id", "password_hash"])
      .where("email", "=", "coordinator@nieuw.example")
      .executeTakeFirstOrThrow();
    await expect(
      asApp(scope, (tx) => sql`insert into users (email, display_name) values ('nep@nieuw.example', 'Nep')`.execute(tx)),
    ).rejects.toThrow(/row-level security/);
    const takeover = await asApp(scope, (tx) =>
      sql`update users set password_hash = 'overgenomen' where id = ${coordinatorBefore.id}`.execute(tx),
    );
    expect(Number(takeover.numAffectedRows)).toBe(0);
    await expect(
      asApp(scope, (tx) => sql`update users set email = 'x@nieuw.example' where id = ${coordinatorBefore.id}`.execute(tx)),
    ).rejects.toThrow(/permission denied/);
    await expect(asApp(scope, (tx) => sql`delete from users where id = ${coordinatorBefore.id}`.execute(tx))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asApp(scope, (tx) => sql`delete from memberships`.execute(tx))).rejects.toThrow(/permission denied/);
    expect(
      await db.owner.selectFrom("users").select(["id", "password_hash"]).where("id", "=", coordinatorBefore.id).executeTakeFirstOrThrow(),
    ).toEqual(coordinatorBefore);
  });

  it("shows a region admin the memberships of its own region only", async () => {
    const scope = await scopeOf("beheer@nieuw.example", "region_admin", newRegionId, null);
    const seen = await asApp(
      scope,
      async (tx) => (await sql<{ region_id: string | null }>`select region_id from memberships`.execute(tx)).rows,
    );
    expect(seen.length).toBe(2);
    expect(seen.every((m) => m.region_id === newRegionId)).toBe(true);
  });
});
