import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { hashPassword } from "@jeugdregie/auth";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import type { TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Issue 10: what a region admin, a provider and the platform admin set up can be corrected,
 * taken out of use and taken away, not only created: locations (master data, deactivation without
 * new offers), a region's people (access and role), the national registry (platform admin only).
 * And what providers see of their regions, their capacity in one action, the audit trail in pages.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

async function signIn(email: string): Promise<Caller> {
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login(email, DEMO_PASSWORD);
  return (await session.caller()).caller;
}

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

const userId = async (email: string) =>
  (await db.owner.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;
const regionId = async (code: string) =>
  (await db.owner.selectFrom("regions").select("id").where("code", "=", code).executeTakeFirstOrThrow()).id;
const lastAudit = (entity: string, entityId: string) =>
  db.owner
    .selectFrom("audit_log")
    .select(["action", "details", "region_id"])
    .where("entity", "=", entity)
    .where("entity_id", "=", entityId)
    .orderBy("chain_seq", "desc")
    .executeTakeFirstOrThrow();

/** A region admin for Twente, to try Haaglanden's ids with. */
async function twenteAdmin(): Promise<Caller> {
  const email = "beheer.twente@jeugdregie.test";
  const existing = await db.owner.selectFrom("users").select("id").where("email", "=", email).executeTakeFirst();
  if (!existing) {
    const user = await db.owner
      .insertInto("users")
      .values({ email, display_name: "Beheer Twente", password_hash: await hashPassword(DEMO_PASSWORD) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.owner
      .insertInto("memberships")
      .values({ user_id: user.id, role: "region_admin", region_id: await regionId("twente") })
      .execute();
  }
  return signIn(email);
}

let admin: Caller;
let haaglanden = "";
let locationId = "";

describe("a region corrects and deactivates its locations", () => {
  it("corrects a location's master data, audited with before and after", async () => {
    admin = await signIn("beheer.haaglanden@jeugdregie.demo");
    haaglanden = await regionId("haaglanden");
    const [first] = (await admin.locations.list()).items;
    locationId = first!.id;
    const before = await admin.locations.get({ locationId });
    const municipalities = (await admin.onboarding.municipalities.list()).filter((m) => m.selected);
    const other = municipalities.find((m) => m.code !== before.municipalityCode)!;
    await admin.locations.update({
      locationId,
      name: "Groep De Duinen",
      municipalityCode: other.code,
      careTypes: ["behandelgroep", "gezinshuis"],
      expertiseTags: ["trauma"],
      ageMin: 8,
      ageMax: 17,
      intensityBand: "S",
    });
    const after = await admin.locations.get({ locationId });
    expect(after).toMatchObject({
      name: "Groep De Duinen",
      municipalityCode: other.code,
      ageMin: 8,
      ageMax: 17,
      capacity: before.capacity,
    });
    expect((await lastAudit("location", locationId)).details).toMatchObject({
      before: { name: before.name, municipalityName: before.municipalityName },
      after: { name: "Groep De Duinen", municipalityName: other.name, careTypes: ["behandelgroep", "gezinshuis"] },
    });
  });

  it("records a new location by provider and municipality name, not by id and CBS code", async () => {
    const [provider] = (await admin.onboarding.providers.contracted()).items;
    const municipality = (await admin.onboarding.municipalities.list()).find((m) => m.selected)!;
    const { id } = await admin.locations.create({
      providerId: provider!.id,
      name: "Groep Het Nieuwe Huis",
      municipalityCode: municipality.code,
      careTypes: ["gezinshuis"],
      expertiseTags: [],
      ageMin: 4,
      ageMax: 12,
      intensityBand: null,
      capacity: 2,
    });
    const { details } = await lastAudit("location", id);
    expect(details).toMatchObject({
      after: { providerName: provider!.name, municipalityName: municipality.name, name: "Groep Het Nieuwe Huis", capacity: 2 },
    });
    expect(JSON.stringify(details)).not.toContain(municipality.code);
    expect(JSON.stringify(details)).not.toContain(provider!.id);
  });

  it("refuses a municipality outside the region and ages out of order, in Dutch", async () => {
    const outside = (await admin.onboarding.municipalities.list()).find((m) => !m.selected)!;
    const base = { locationId, name: "Groep De Duinen", careTypes: ["behandelgroep" as const], ageMin: 8, ageMax: 17 };
    expect((await refusal(admin.locations.update({ ...base, municipalityCode: outside.code }))).message).toContain(
      "hoort niet bij de regio",
    );
    const ages = await refusal(
      admin.locations.update({
        ...base,
        municipalityCode: (await admin.locations.get({ locationId })).municipalityCode,
        ageMin: 18,
        ageMax: 6,
      }),
    );
    expect(ages.message).toContain("minimumleeftijd");
  });

  it("takes a location out of use: no new offers, matching leaves it out; and back", async () => {
    const location = await db.owner.selectFrom("locations").select(["provider_id"]).where("id", "=", locationId).executeTakeFirstOrThrow();
    const offerable = async () =>
      (await sql<{ ok: boolean }>`select app.offerable(${haaglanden}, ${locationId}, ${location.provider_id}) as ok`.execute(db.owner))
        .rows[0]!.ok;
    expect(await offerable()).toBe(true);
    await admin.locations.setActive({ locationId, active: false });
    expect(await offerable()).toBe(false);
    expect((await admin.locations.get({ locationId })).active).toBe(false);
    expect((await lastAudit("location", locationId)).details).toMatchObject({ before: { active: true }, after: { active: false } });

    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1);
    const coordinator = await signIn("coordinator.haaglanden@jeugdregie.demo");
    const proposals = await coordinator.placement.proposals({ requestId: requestIds[0]! });
    expect([...proposals.matches, ...proposals.excluded].some((m) => m.locationId === locationId)).toBe(false);
    expect((await refusal(coordinator.placement.sendOffer({ requestId: requestIds[0]!, locationId }))).code).toBe("PRECONDITION_FAILED");

    await admin.locations.setActive({ locationId, active: true });
    expect(await offerable()).toBe(true);
  });

  it("answers NOT_FOUND for another region's location and changes nothing", async () => {
    const stranger = await twenteAdmin();
    const before = await db.owner.selectFrom("locations").selectAll().where("id", "=", locationId).executeTakeFirstOrThrow();
    expect((await refusal(stranger.locations.get({ locationId }))).code).toBe("NOT_FOUND");
    expect((await refusal(stranger.locations.setActive({ locationId, active: false }))).code).toBe("NOT_FOUND");
    const update = stranger.locations.update({
      locationId,
      name: "Overgenomen",
      municipalityCode: before.municipality_code,
      careTypes: ["behandelgroep"],
      ageMin: 0,
      ageMax: 18,
    });
    expect((await refusal(update)).code).toBe("NOT_FOUND");
    expect(await db.owner.selectFrom("locations").selectAll().where("id", "=", locationId).executeTakeFirstOrThrow()).toEqual(before);
  });
});

describe("a region admin manages its people", () => {
  let gijs = "";
  it("takes a person's access to the region away; their account and other regions stay", async () => {
    gijs = await userId("coordinator.gelderland@jeugdregie.demo");
    await db.owner.insertInto("memberships").values({ user_id: gijs, role: "referrer", region_id: haaglanden }).execute();
    expect((await admin.onboarding.users.list()).items.some((u) => u.id === gijs)).toBe(true);

    await admin.onboarding.users.remove({ userId: gijs });
    expect((await admin.onboarding.users.list()).items.some((u) => u.id === gijs)).toBe(false);
    const left = await db.owner.selectFrom("memberships").select(["role", "region_id"]).where("user_id", "=", gijs).execute();
    expect(left).toHaveLength(2);
    expect(left.every((m) => m.region_id !== haaglanden)).toBe(true);
    expect(await db.owner.selectFrom("users").select("disabled_at").where("id", "=", gijs).executeTakeFirstOrThrow()).toEqual({
      disabled_at: null,
    });
    const audit = await lastAudit("membership", gijs);
    expect(audit).toMatchObject({
      action: "delete",
      region_id: haaglanden,
      details: { before: { email: "coordinator.gelderland@jeugdregie.demo", roles: ["referrer"] }, after: null },
    });
    const gelderland = await signIn("coordinator.gelderland@jeugdregie.demo");
    expect((await gelderland.me()).memberships.map((m) => m.organisationName)).not.toContain("Haaglanden");
  });

  it("changes a member's role, audited", async () => {
    const chris = await userId("coordinator.haaglanden@jeugdregie.demo");
    await admin.onboarding.users.changeRole({ userId: chris, role: "placement_coordinator", newRole: "crisis_team" });
    const roles = (await admin.onboarding.users.list()).items.filter((u) => u.id === chris).map((u) => u.role);
    expect(roles).toEqual(["crisis_team"]);
    expect((await lastAudit("membership", chris)).details).toMatchObject({
      before: { role: "placement_coordinator" },
      after: { role: "crisis_team" },
    });
    await admin.onboarding.users.changeRole({ userId: chris, role: "crisis_team", newRole: "placement_coordinator" });
  });

  it("never takes away or changes the admin's own access", async () => {
    const self = await userId("beheer.haaglanden@jeugdregie.demo");
    expect((await refusal(admin.onboarding.users.remove({ userId: self }))).code).toBe("PRECONDITION_FAILED");
    const demote = admin.onboarding.users.changeRole({ userId: self, role: "region_admin", newRole: "referrer" });
    expect((await refusal(demote)).message).toContain("eigen toegang");
  });

  it("answers NOT_FOUND for a person of another region and leaves their access alone", async () => {
    const tessa = await userId("coordinator.twente@jeugdregie.demo");
    expect((await refusal(admin.onboarding.users.remove({ userId: tessa }))).code).toBe("NOT_FOUND");
    const change = admin.onboarding.users.changeRole({ userId: tessa, role: "placement_coordinator", newRole: "referrer" });
    expect((await refusal(change)).code).toBe("NOT_FOUND");
    const stranger = await twenteAdmin();
    const chris = await userId("coordinator.haaglanden@jeugdregie.demo");
    expect((await refusal(stranger.onboarding.users.remove({ userId: chris }))).code).toBe("NOT_FOUND");
    expect(await db.owner.selectFrom("memberships").select("role").where("user_id", "=", tessa).execute()).toEqual([
      { role: "placement_coordinator" },
    ]);
    expect(await db.owner.selectFrom("memberships").select("role").where("user_id", "=", chris).execute()).toEqual([
      { role: "placement_coordinator" },
    ]);
  });

  it("cannot remove a membership as straight SQL: the app role may not delete memberships", async () => {
    const self = await userId("beheer.haaglanden@jeugdregie.demo");
    const chris = await userId("coordinator.haaglanden@jeugdregie.demo");
    const scope: TenantScope = { userId: self, role: "region_admin", regionId: haaglanden, providerId: null, supraRegionId: null };
    await expect(
      withTenant(db.app, scope, (tx) => tx.deleteFrom("memberships").where("user_id", "=", chris).execute()),
    ).rejects.toMatchObject({
      code: "42501",
    });
  });
});

describe("the national registry is corrected by the platform admin only", () => {
  it("refuses a region admin, through the API and as straight SQL", async () => {
    const kapstok = (await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150001").executeTakeFirstOrThrow()).id;
    expect((await refusal(admin.registry.correct({ providerId: kapstok, name: "Overgenomen", agb: "" }))).code).toBe("FORBIDDEN");
    const self = await userId("beheer.haaglanden@jeugdregie.demo");
    const scope: TenantScope = { userId: self, role: "region_admin", regionId: haaglanden, providerId: null, supraRegionId: null };
    await expect(
      withTenant(db.app, scope, (tx) => tx.updateTable("providers").set({ name: "Overgenomen" }).where("id", "=", kapstok).execute()),
    ).rejects.toMatchObject({ code: "42501" });
    await expect(
      withTenant(db.app, scope, (tx) => sql`select * from app.correct_provider(${kapstok}, 'Overgenomen', null)`.execute(tx)),
    ).rejects.toMatchObject({ code: "42501" });
    expect((await db.owner.selectFrom("providers").select("name").where("id", "=", kapstok).executeTakeFirstOrThrow()).name).toBe(
      "Stichting De Kapstok Jeugdzorg",
    );
  });

  it("lets the platform admin correct name and AGB code, audited; a taken AGB code is refused", async () => {
    const platform = await signIn("platform@jeugdregie.demo");
    const kapstok = (await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150001").executeTakeFirstOrThrow()).id;
    const taken = await refusal(platform.registry.correct({ providerId: kapstok, name: "Stichting De Kapstok", agb: "98010002" }));
    expect(taken.code).toBe("CONFLICT");
    expect((await refusal(platform.registry.correct({ providerId: kapstok, name: "Stichting De Kapstok", agb: "123" }))).message).toContain(
      "8 cijfers",
    );
    await platform.registry.correct({ providerId: kapstok, name: "Stichting De Kapstok", agb: "98019999" });
    expect(
      await db.owner.selectFrom("providers").select(["name", "agb", "kvk"]).where("id", "=", kapstok).executeTakeFirstOrThrow(),
    ).toEqual({
      name: "Stichting De Kapstok",
      agb: "98019999",
      kvk: "41150001",
    });
    expect((await lastAudit("provider", kapstok)).details).toEqual({
      before: { name: "Stichting De Kapstok Jeugdzorg", agb: "98010001" },
      after: { name: "Stichting De Kapstok", agb: "98019999" },
    });
  });
});

describe("providers", () => {
  it("see the municipalities of every region they serve", async () => {
    const provider = await signIn("aanbieder@jeugdregie.demo");
    const regions = await provider.regions.list();
    const haaglandenRow = regions.find((r) => r.name === "Haaglanden")!;
    expect(haaglandenRow.municipalities).toEqual(expect.arrayContaining(["'s-Gravenhage", "Delft"]));
    expect(regions.every((r) => r.municipalityCount > 0 && r.municipalityCount === r.municipalities.length)).toBe(true);
  });

  it("never see the municipalities of a region they do not serve", async () => {
    const horizon = await signIn("aanbieder.horizonland@jeugdregie.demo");
    const user = await userId("aanbieder.horizonland@jeugdregie.demo");
    const provider = (await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150002").executeTakeFirstOrThrow()).id;
    const twente = await regionId("twente");
    expect((await horizon.regions.list()).map((r) => r.name)).not.toContain("Twente");
    const scope: TenantScope = { userId: user, role: "provider_user", regionId: null, providerId: provider, supraRegionId: null };
    const rows = await withTenant(db.app, scope, (tx) => sql`select * from app.region_municipality_names(${twente})`.execute(tx));
    expect(rows.rows).toEqual([]);
  });

  it("confirm the capacity of all their locations in one action, all or nothing", async () => {
    const provider = await signIn("aanbieder@jeugdregie.demo");
    const locations = (await provider.provider.capacity()).items;
    expect(locations.length).toBeGreaterThan(3);
    const stamp = async () =>
      db.owner
        .selectFrom("locations")
        .select(["id", "capacity", "capacity_confirmed_at"])
        .where(
          "id",
          "in",
          locations.map((l) => l.id),
        )
        .orderBy("id")
        .execute();
    const before = await stamp();
    // one location below what is in use: nothing is confirmed
    const busy = locations.find((l) => l.occupied + l.reserved > 0);
    if (busy) {
      const tooLow = locations.map((l) => ({ locationId: l.id, capacity: l.id === busy.id ? 0 : l.capacity }));
      expect((await refusal(provider.provider.confirmAllCapacity({ capacities: tooLow }))).message).toContain(busy.name);
      expect(await stamp()).toEqual(before);
    }
    const other = await db.owner
      .selectFrom("locations as l")
      .innerJoin("providers as p", "p.id", "l.provider_id")
      .select("l.id")
      .where("p.kvk", "!=", "41150001")
      .executeTakeFirstOrThrow();
    const withForeign = [...locations.map((l) => ({ locationId: l.id, capacity: l.capacity })), { locationId: other.id, capacity: 3 }];
    expect((await refusal(provider.provider.confirmAllCapacity({ capacities: withForeign }))).code).toBe("NOT_FOUND");
    expect(await stamp()).toEqual(before);

    const result = await provider.provider.confirmAllCapacity({
      capacities: locations.map((l, i) => ({ locationId: l.id, capacity: i === 0 ? l.capacity + 1 : l.capacity })),
    });
    expect(result).toEqual({ confirmed: locations.length });
    const after = await stamp();
    expect(after.every((l) => l.capacity_confirmed_at && Date.now() - l.capacity_confirmed_at.getTime() < 60_000)).toBe(true);
  });
});

describe("the audit trail in pages", () => {
  it("pages newest first without gaps or overlaps, with the kinds of records it holds", async () => {
    const first = await admin.audit.page({ limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).toBeTruthy();
    const second = await admin.audit.page({ limit: 5, cursor: first.nextCursor! });
    expect(second.items[0]!.chainSeq).toBeLessThan(first.items[4]!.chainSeq);
    const all = (await admin.audit.list({ limit: 10 })).items;
    expect([...first.items, ...second.items].map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(first.entities).toEqual(expect.arrayContaining(["location", "membership"]));
    const locations = await admin.audit.page({ entity: "location", limit: 50 });
    expect(locations.items.every((e) => e.entity === "location")).toBe(true);
  });
});
