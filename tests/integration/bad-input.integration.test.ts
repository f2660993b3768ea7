import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * The bad inputs a tester found answered with a 500 (and the raw database message on the form):
 * every one is a 4xx with a Dutch message now, refused before anything is written. The fuzz suite
 * (tests/integration/fuzz) covers every procedure; these are the cases by name.
 */
let db: TestDatabase;
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const as = async (email: string): Promise<Caller> => {
  const session = new ApiSession(apiDeps(db.app));
  await session.login(email, DEMO_PASSWORD);
  return (await session.caller()).caller;
};

async function refusal(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(TRPCError);
  const trpc = error as TRPCError;
  expect(trpc.code).not.toBe("INTERNAL_SERVER_ERROR");
  expect(trpc.message).not.toMatch(/byte sequence|violates|out of range|syntax|relation|column/i);
  return trpc;
}

const intake = {
  bsn: "111222333",
  name: "Kim de Vries",
  birthDate: "2012-03-01",
  gender: "1",
  homeMunicipalityCode: "GM0518",
  referrerKind: "01",
  urgency: "regular",
  careType: "behandelgroep",
} as const;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
});
afterAll(() => db.drop());

describe("bad input is answered with a clear 4xx, never a 500", () => {
  it("refuses a NUL byte in free text everywhere: intake, tenant creation, waiting, provider search", async () => {
    const referrer = await as("verwijzer.haaglanden@jeugdregie.demo");
    expect((await refusal(referrer.intake.create({ ...intake, name: "Kim\u0000" }))).message).toMatch(/tekens die niet zijn toegestaan/);
    const platform = await as("platform@jeugdregie.demo");
    expect((await refusal(platform.tenants.create({ code: "nul-regio", name: "Regio\u0000", adminEmail: "a@b.nl" }))).code).toBe(
      "BAD_REQUEST",
    );
    const admin = await as("beheer.haaglanden@jeugdregie.demo");
    expect((await refusal(admin.onboarding.providers.search({ query: "Kap\u0000stok" }))).code).toBe("BAD_REQUEST");
    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1, "matching");
    const coordinator = await as("coordinator.haaglanden@jeugdregie.demo");
    expect((await refusal(coordinator.placement.wait({ requestId: requestIds[0]!, interimHelp: "ambulant\u0000" }))).code).toBe(
      "BAD_REQUEST",
    );
    const status = await db.owner
      .selectFrom("placement_requests")
      .select("status")
      .where("id", "=", requestIds[0]!)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe("matching");
  });

  it("refuses 9,999,999,999 places in a negotiation", async () => {
    const twente = await as("coordinator.twente@jeugdregie.demo");
    const error = await refusal(
      twente.negotiations.open({
        careType: "jeugdzorgplus",
        counterpartyRegionId: null,
        places: 9_999_999_999,
        periodStart: "2027-01-01",
        periodEnd: "2027-12-31",
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/hoogstens 10\.000/);
  });

  it("refuses dates that do not exist and periods that end before they start", async () => {
    const twente = await as("coordinator.twente@jeugdregie.demo");
    const base = { careType: "jeugdzorgplus", counterpartyRegionId: null, places: 1 };
    expect((await refusal(twente.negotiations.open({ ...base, periodStart: "2026-13-40", periodEnd: "2027-12-31" }))).message).toMatch(
      /geen bestaande datum/,
    );
    expect((await refusal(twente.negotiations.open({ ...base, periodStart: "2027-06-01", periodEnd: "2027-01-01" }))).message).toMatch(
      /einddatum ligt voor de begindatum/,
    );
    const coordinator = await as("coordinator.haaglanden@jeugdregie.demo");
    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1, "accepted");
    expect(
      (await refusal(coordinator.placement.place({ requestId: requestIds[0]!, startsOn: "2026-12-01", plannedEndOn: "2026-11-01" })))
        .message,
    ).toMatch(/geplande einddatum ligt voor de startdatum/);
    const referrer = await as("verwijzer.haaglanden@jeugdregie.demo");
    expect((await refusal(referrer.intake.create({ ...intake, birthDate: "2012-02-30" }))).message).toMatch(/bestaat niet/);
  });

  it("refuses a placement that would end before it started", async () => {
    const { regionId, requestIds } = await arrangeRequests(db.owner, "haaglanden", 1, "placed");
    const location = await db.owner
      .selectFrom("locations")
      .select(["id", "provider_id"])
      .where("region_id", "=", regionId)
      .executeTakeFirstOrThrow();
    const offer = await db.owner
      .insertInto("offers")
      .values({
        region_id: regionId,
        request_id: requestIds[0]!,
        location_region_id: regionId,
        location_id: location.id,
        provider_id: location.provider_id,
        status: "accepted",
        deadline_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.owner
      .insertInto("placements")
      .values({
        region_id: regionId,
        request_id: requestIds[0]!,
        offer_id: offer.id,
        location_region_id: regionId,
        location_id: location.id,
        provider_id: location.provider_id,
        starts_on: "2026-10-01",
      })
      .execute();
    const coordinator = await as("coordinator.haaglanden@jeugdregie.demo");
    const error = await refusal(coordinator.placement.end({ requestId: requestIds[0]!, endedOn: "2026-09-01", destination: "home" }));
    expect(error.message).toMatch(/niet eindigen voor ze begon/);
  });

  it("answers an unknown request on proposals with NOT_FOUND", async () => {
    const coordinator = await as("coordinator.haaglanden@jeugdregie.demo");
    expect((await refusal(coordinator.placement.proposals({ requestId: "00000000-0000-4000-8000-000000000001" }))).code).toBe("NOT_FOUND");
  });

  it("tells the crisis team it registers crisis requests only", async () => {
    const crisis = await as("crisisteam.haaglanden@jeugdregie.demo");
    const error = await refusal(crisis.intake.create({ ...intake, bsn: "123456782", urgency: "regular" }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/alleen crisisaanvragen/);
  });
});

describe("an unexpected failure", () => {
  it("is logged with a request id and reaches the caller as a plain message with that id, never the technical text", async () => {
    const logged: { details: Record<string, unknown>; message: string }[] = [];
    const logger = {
      error: (details: object, message: string) => logged.push({ details: details as Record<string, unknown>, message }),
      warn: () => undefined,
    };
    const broken = {
      ...apiDeps(db.app),
      logger,
      crypto: {
        ...apiDeps(db.app).crypto,
        encrypt: () => {
          throw new Error("keystore offline: secret detail");
        },
      },
    };
    const session = new ApiSession(broken);
    await session.login("verwijzer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
    const { caller, resHeaders } = await session.caller();
    const error = await caller.intake.create({ ...intake, bsn: "123456782" }).then(
      () => undefined,
      (e: unknown) => e as TRPCError,
    );
    expect(error?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(error?.message).not.toContain("secret detail");
    const requestId = resHeaders.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error?.message).toContain(requestId!);
    expect(logged).toHaveLength(1);
    expect(logged[0]!.details).toMatchObject({ requestId, path: "intake.create" });
  });
});
