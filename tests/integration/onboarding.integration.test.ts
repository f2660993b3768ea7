import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { IMPORT_COLUMNS, readImportFile } from "@jeugdregie/domain";
import { importJob, processImport } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";

/*
 * A new region from nothing to a working placement point through the API, on real PostgreSQL,
 * with every "bad input" of the issue refused with its own message and nothing half-saved.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
let admin: ApiSession;
beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  admin = new ApiSession(deps());
});
afterAll(() => db.drop());

const deps = () => apiDeps(db.app, jobs);
const tokenOf = (url: string) => url.split("/uitnodiging/")[1]!;

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as TRPCError).message).toMatch(message);
}

async function signIn(email: string, password = DEMO_PASSWORD) {
  const session = new ApiSession(deps());
  await session.login(email, password);
  return session;
}

let regionId = "";
let kapstokId = "";
let newProviderId = "";
let segmentId = "";

describe("a platform admin brings in a new region", () => {
  it("creates the tenant with a single-use invitation for its first region admin", async () => {
    const platform = await signIn("platform@jeugdregie.demo");
    const { caller } = await platform.caller();
    const created = await caller.tenants.create({ name: "Utrecht West", code: "utrecht-west", adminEmail: "beheer@utrechtwest.example" });
    regionId = created.region.id;
    expect(created.invitationUrl).toMatch(/^http:\/\/jeugdregie\.test\/uitnodiging\/[\w-]{43}$/);
    expect(jobs.enqueued.at(-1)).toMatchObject({ queue: "outbox", name: "send-email" });
    const outbox = await db.owner
      .selectFrom("outbox")
      .selectAll()
      .where("recipient", "=", "beheer@utrechtwest.example")
      .executeTakeFirstOrThrow();
    expect(outbox.body).not.toContain(tokenOf(created.invitationUrl));
    expect(testCrypto.decrypt(outbox.body)).toContain(created.invitationUrl);
    await refused(
      caller.tenants.create({ name: "Dubbel", code: "utrecht-west", adminEmail: "x@y.nl" }),
      "CONFLICT",
      /al een regio met de code/,
    );
    expect(await db.owner.selectFrom("regions").select("id").where("name", "=", "Dubbel").execute()).toEqual([]);

    const { caller: anonymous } = await admin.caller();
    const token = tokenOf(created.invitationUrl);
    expect(await anonymous.invitations.get({ token })).toMatchObject({
      email: "beheer@utrechtwest.example",
      role: "region_admin",
      regionName: "Utrecht West",
    });
    await refused(anonymous.invitations.accept({ token, displayName: "Wendy", password: "kort" }), "BAD_REQUEST", /12 tekens/);
    const { caller: accepting, resHeaders } = await admin.caller();
    await accepting.invitations.accept({ token, displayName: "Wendy West", password: "een-lang-geheim-wachtwoord" });
    admin.cookie = resHeaders.get("set-cookie")!.split(";")[0]!;
    expect(await (await admin.caller()).caller.me()).toMatchObject({ role: "region_admin", organisationName: "Utrecht West" });
    await refused(
      anonymous.invitations.accept({ token, displayName: "Again", password: "een-lang-geheim-wachtwoord" }),
      "CONFLICT",
      /al gebruikt/,
    );
  });

  it("refuses an expired invitation", async () => {
    const { caller } = await (await signIn("platform@jeugdregie.demo")).caller();
    const created = await caller.tenants.create({ name: "Verlopen", code: "verlopen", adminEmail: "laat@example.nl" });
    await db.owner
      .updateTable("invitations")
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where("email", "=", "laat@example.nl")
      .execute();
    const { caller: anonymous } = await new ApiSession(deps()).caller();
    await refused(anonymous.invitations.get({ token: tokenOf(created.invitationUrl) }), "CONFLICT", /verlopen/);
  });
});

describe("the region admin onboards the region", () => {
  it("chooses municipalities, but none that another region holds", async () => {
    const { caller } = await admin.caller();
    const choices = await caller.onboarding.municipalities.list();
    expect(choices).toHaveLength(342);
    const delft = choices.find((c) => c.name === "Delft")!;
    expect(delft.takenBy).toBe("Haaglanden");
    const utrechtWest = choices.filter((c) => c.jeugdzorgregio === "Utrecht-West").map((c) => c.code);
    expect(utrechtWest.length).toBeGreaterThan(3);
    await refused(caller.onboarding.municipalities.set({ codes: [...utrechtWest, delft.code] }), "CONFLICT", /Delft \(Haaglanden\)/);
    expect((await caller.onboarding.progress()).steps[0]).toEqual({ step: "municipalities", done: false });
    await caller.onboarding.municipalities.set({ codes: utrechtWest });
    expect((await caller.onboarding.progress()).nextStep).toBe("settings");
  });

  it("saves the placement-point settings", async () => {
    const { caller } = await admin.caller();
    const settings = {
      requiredDocuments: ["verklarende_analyse" as const, "veiligheidsplan" as const],
      offerResponseHours: 48,
      crisisCapDays: 28,
      capacityFreshnessDays: 7,
      careTypes: ["behandelgroep" as const, "gezinshuis" as const, "crisisplek" as const],
    };
    await refused(caller.onboarding.settings.save({ ...settings, crisisCapDays: 42 }), "BAD_REQUEST", /28 dagen/);
    await refused(caller.onboarding.settings.save({ ...settings, offerResponseHours: 0 }), "BAD_REQUEST", /minstens 1 uur/);
    await caller.onboarding.settings.save(settings);
    expect(await caller.onboarding.settings.get()).toMatchObject({ ...settings, saved: true });
  });

  it("adds segments, once each", async () => {
    const { caller } = await admin.caller();
    segmentId = (
      await caller.onboarding.segments.create({ name: "Specialistisch verblijf", description: "Behandelgroepen en gezinshuizen" })
    ).id;
    await refused(caller.onboarding.segments.create({ name: "Specialistisch verblijf" }), "CONFLICT", /bestaat al/);
  });

  it("finds providers in the national registry and registers new ones without duplicates", async () => {
    const { caller } = await admin.caller();
    const { items: found } = await caller.onboarding.providers.search({ query: "kapstok" });
    expect(found.map((p) => p.kvk)).toEqual(["41150001"]);
    kapstokId = found[0]!.id;
    expect((await caller.onboarding.providers.search({ query: "98010002" })).items[0]?.name).toBe("Horizonland Jeugd & Opvoedhulp");
    await refused(
      caller.onboarding.providers.register({ name: "Nieuw", kvk: "1234567", agb: "" }),
      "BAD_REQUEST",
      /KvK-nummer bestaat uit precies 8 cijfers/,
    );
    await refused(
      caller.onboarding.providers.register({ name: "Nieuw", kvk: "12345678", agb: "123" }),
      "BAD_REQUEST",
      /AGB-code bestaat uit precies 8 cijfers/,
    );
    await refused(
      caller.onboarding.providers.register({ name: "Kopie", kvk: "41150001", agb: "" }),
      "CONFLICT",
      /staat al in het register/,
    );
    newProviderId = (await caller.onboarding.providers.register({ name: "Jeugdhulp Vecht en Venen", kvk: "55512345", agb: "98055512" })).id;
  });

  it("records contracts, refusing overlapping periods for the same product and negative tariffs", async () => {
    const { caller } = await admin.caller();
    const contract = (providerId: string, startsOn: string, endsOn: string, tariffCents = 87_239) => ({
      providerId,
      segmentId,
      providerRole: "tactical_core" as const,
      financingForm: "pxq" as const,
      startsOn,
      endsOn,
      revisionClause: "Jaarlijkse indexatie",
      products: [{ productCode: "43A01", productCategory: "43", unit: "14", tariffCents, intensityBand: "R" }],
    });
    await caller.contracts.create(contract(kapstokId, "2026-01-01", "2027-12-31"));
    await caller.contracts.create(contract(newProviderId, "2026-01-01", "2026-12-31"));
    await refused(
      caller.contracts.create(contract(kapstokId, "2027-06-01", "2028-12-31")),
      "CONFLICT",
      /Product 43A01 is voor deze aanbieder al gecontracteerd van 1 januari 2026 tot en met 31 december 2027/,
    );
    await refused(caller.contracts.create(contract(newProviderId, "2027-01-01", "2027-12-31", -100)), "BAD_REQUEST", /niet negatief/);
    await refused(
      caller.contracts.create(contract(newProviderId, "2027-12-31", "2027-01-01")),
      "BAD_REQUEST",
      /einddatum ligt voor de begindatum/,
    );
    const contracts = (await caller.contracts.list()).items;
    expect(contracts).toHaveLength(2);
    expect(await db.owner.selectFrom("contracts").select("id").where("region_id", "=", regionId).execute()).toHaveLength(2);
  });

  it("adds locations only for contracted providers in its own municipalities", async () => {
    const { caller } = await admin.caller();
    const municipality = (await caller.onboarding.municipalities.list()).find((m) => m.selected)!.code;
    const location = {
      providerId: newProviderId,
      name: "Gezinshuis De Vecht",
      municipalityCode: municipality,
      careTypes: ["gezinshuis" as const],
      ageMin: 0,
      ageMax: 12,
      capacity: 4,
    };
    await caller.locations.create(location);
    await refused(
      caller.locations.create({
        ...location,
        providerId: (await caller.onboarding.providers.search({ query: "Horizonland" })).items[0]!.id,
      }),
      "BAD_REQUEST",
      /geen contract/,
    );
    await refused(caller.locations.create({ ...location, municipalityCode: "GM0518" }), "BAD_REQUEST", /hoort niet bij de regio/);
    await refused(caller.locations.create({ ...location, capacity: -1 }), "BAD_REQUEST", /negatief/);
  });

  it("invites a coordinator, but no provider user: the provider's own admin does that after confirming", async () => {
    const { caller } = await admin.caller();
    const coordinator = await caller.onboarding.users.invite({ email: "coordinator@utrechtwest.example", role: "placement_coordinator" });
    const inviteAnyRole = caller.onboarding.users.invite as (input: unknown) => Promise<unknown>;
    await refused(
      inviteAnyRole({ email: "planning@vechtenvenen.example", role: "provider_user", providerId: newProviderId }),
      "BAD_REQUEST",
      /medewerkers van aanbieders nodigt de aanbieder zelf uit/,
    );
    const accept = async (url: string) => {
      const s = new ApiSession(deps());
      const { caller: c, resHeaders } = await s.caller();
      await c.invitations.accept({ token: tokenOf(url), displayName: "Nieuwe collega", password: "lente-zomer-herfst-winter" });
      s.cookie = resHeaders.get("set-cookie")!.split(";")[0]!;
      return (await s.caller()).caller;
    };
    expect((await (await accept(coordinator.invitationUrl)).me()).role).toBe("placement_coordinator");

    // The new provider has no login yet: the platform admin invites its first admin, who confirms the proposal.
    const platform = (await (await signIn("platform@jeugdregie.demo")).caller()).caller;
    const providerAdmin = await accept(
      (await platform.providerAccounts.inviteAdmin({ providerId: newProviderId, email: "directie@vechtenvenen.example" })).invitationUrl,
    );
    const [proposal] = (await providerAdmin.provider.overview()).proposals;
    expect(proposal).toMatchObject({ regionName: "Utrecht West", status: "proposed" });
    await providerAdmin.contracts.answer({ contractId: proposal!.id, confirm: true });
    const providerUser = await providerAdmin.providerAccounts.invite({ email: "planning@vechtenvenen.example", role: "provider_user" });
    const provider = await accept(providerUser.invitationUrl);
    const overview = await provider.provider.overview();
    expect(overview.provider.name).toBe("Jeugdhulp Vecht en Venen");
    expect(overview.regions.map((r) => r.name)).toEqual(["Utrecht West"]);
    expect(overview.regions[0]!.locationCount).toBe(1);
    expect((await caller.onboarding.progress()).percentage).toBe(100);
  });

  it("shows the region admin every change with before and after", async () => {
    const { caller } = await admin.caller();
    const entries = (await caller.audit.list()).items;
    const entities = new Set(entries.map((e) => e.entity));
    for (const entity of ["region_municipalities", "region_settings", "segment", "provider", "contract", "location", "invitation"])
      expect(entities).toContain(entity);
    const settingsChange = entries.find((e) => e.entity === "region_settings")!;
    expect(settingsChange.details).toMatchObject({ before: null, after: { crisisCapDays: 28 } });
    expect(settingsChange.userEmail).toBe("beheer@utrechtwest.example");
    const other = await signIn("beheer.haaglanden@jeugdregie.demo");
    const haaglandenEntries = (await (await other.caller()).caller.audit.list()).items;
    expect(
      haaglandenEntries.some(
        (e) =>
          e.entity === "contract" &&
          (e.details as { after?: { providerName?: string } }).after?.providerName === "Jeugdhulp Vecht en Venen",
      ),
    ).toBe(false);
  });
});

describe("CSV import", () => {
  const header = IMPORT_COLUMNS.locations.join(";");
  const file = (bad: boolean) => {
    const lines = [header];
    for (let i = 2; i <= 1001; i++) {
      const broken = bad && i % 100 === 0;
      lines.push(`55512345;Locatie ${i};${broken ? "GM0518" : "GM0632"};behandelgroep;trauma;6;18;R;${(i % 9) + 1}`);
    }
    return lines.join("\n");
  };

  async function runImport(content: string) {
    const { caller } = await admin.caller();
    const started = await caller.imports.start({ kind: "locations", filename: "locaties.csv", content });
    expect(started.status).toBe("queued");
    const queued = jobs.enqueued.at(-1)!;
    expect(queued).toMatchObject({ queue: "imports", name: "csv-import" });
    await processImport(db.app, importJob.payload.parse(queued.payload));
    return caller.imports.get({ importJobId: started.id });
  }

  it("reports exactly the 10 bad lines of 1,000 and saves nothing; the fixed file imports", async () => {
    const { caller } = await admin.caller();
    const municipalities = (await caller.onboarding.municipalities.list()).filter((m) => m.selected).map((m) => m.code);
    expect(municipalities).toContain("GM0632");
    const before = await db.owner.selectFrom("locations").select("id").where("region_id", "=", regionId).execute();

    const failed = await runImport(file(true));
    expect(failed.status).toBe("failed");
    expect(failed.totalRows).toBe(1000);
    expect(failed.errors.map((e) => e.line)).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(failed.errors[0]!.message).toMatch(/gemeente GM0518 hoort niet bij deze regio/);
    expect(await db.owner.selectFrom("locations").select("id").where("region_id", "=", regionId).execute()).toHaveLength(before.length);

    const committed = await runImport(file(false));
    expect(committed).toMatchObject({ status: "committed", totalRows: 1000, processedRows: 1000, errors: [] });
    expect(await db.owner.selectFrom("locations").select("id").where("region_id", "=", regionId).execute()).toHaveLength(
      before.length + 1000,
    );

    const exported = await caller.imports.export({ kind: "locations" });
    expect(exported.rows).toBe(before.length + 1000);
    expect(exported.content.split("\n")[0]).toBe(header);
  });

  it("exports a name that a spreadsheet would run as a formula as text", async () => {
    const { caller } = await admin.caller();
    const formula = '=HYPERLINK("http://evil.example","Klik")';
    await db.owner
      .updateTable("locations")
      .set({ name: formula })
      .where("region_id", "=", regionId)
      .where("name", "=", "Locatie 2")
      .execute();
    const exported = await caller.imports.export({ kind: "locations" });
    const line = exported.content.split("\n").find((l) => l.includes("HYPERLINK"))!;
    expect(line.split(";")[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""Klik"")"`);
    // and the export still imports as what it was
    const reread = readImportFile("locations", exported.content);
    expect(reread.records.some((r) => r.cells.naam === formula)).toBe(true);
  });

  it("does the same job only once", async () => {
    const queued = jobs.enqueued.filter((j) => j.queue === "imports").at(-1)!;
    expect(await processImport(db.app, importJob.payload.parse(queued.payload))).toBe("skipped");
  });
});

describe("one login for a provider serving several regions", () => {
  it("sees every region whose contract it confirmed, and nothing else", async () => {
    const provider = await signIn("aanbieder@jeugdregie.demo");
    const { caller } = await provider.caller();
    const contractRegions = async () =>
      db.owner
        .selectFrom("contracts as c")
        .innerJoin("providers as p", "p.id", "c.provider_id")
        .select("c.region_id")
        .distinct()
        .where("p.kvk", "=", "41150001")
        .where("c.status", "=", "confirmed")
        .execute();
    const confirmedBefore = await contractRegions();
    expect(confirmedBefore.length).toBeGreaterThanOrEqual(3);
    const regionsWithContracts = async () =>
      new Set((await caller.provider.overview()).regions.filter((r) => r.contracts.length > 0).map((r) => r.id));
    expect(await regionsWithContracts()).toEqual(new Set(confirmedBefore.map((r) => r.region_id)));
    // Utrecht West only proposed a contract to De Kapstok: not one of its regions until its admin confirms.
    expect(await regionsWithContracts()).not.toContain(regionId);
    const kapstokAdmin = (await (await signIn("aanbiederbeheer@jeugdregie.demo")).caller()).caller;
    const proposal = (await kapstokAdmin.provider.overview()).proposals.find((p) => p.regionId === regionId)!;
    await kapstokAdmin.contracts.answer({ contractId: proposal.id, confirm: true });
    expect(await regionsWithContracts()).toEqual(new Set((await contractRegions()).map((r) => r.region_id)));
    expect(await regionsWithContracts()).toContain(regionId);
    const contracts = (await caller.contracts.list()).items;
    expect(contracts.every((c) => c.providerName === "Stichting De Kapstok Jeugdzorg")).toBe(true);
    await refused(caller.onboarding.progress(), "FORBIDDEN", /regiobeheerder/);
  });
});
