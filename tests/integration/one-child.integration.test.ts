import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { handleTrpcRequest } from "@jeugdregie/api";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import type { AppError } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, testCrypto } from "./helpers/api.ts";

/*
 * One child, one BSN: a BSN that belongs to a child already is that child. Differing details
 * are shown (as field names, with the pseudonym) and must be confirmed; one request in progress
 * per child unless a coordinator links another with a reason; the test BSN range only in demo
 * or test mode.
 */
let db: TestDatabase;
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
let referrer: ApiSession;
let coordinator: Caller;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  referrer = new ApiSession(apiDeps(db.app));
  await referrer.login("verwijzer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  const coordinatorSession = new ApiSession(apiDeps(db.app));
  await coordinatorSession.login("coordinator.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  coordinator = (await coordinatorSession.caller()).caller;
});
afterAll(() => db.drop());

const intake = {
  bsn: "111222333",
  name: "Lotte Bakker",
  birthDate: "2013-04-02",
  gender: "2" as const,
  homeMunicipalityCode: "GM0518",
  referrerKind: "04" as const,
  urgency: "regular" as const,
  careType: "behandelgroep" as const,
};

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return {
    code: (error as TRPCError).code,
    message: (error as TRPCError).message,
    client: ((error as TRPCError).cause as AppError).details?.client,
  };
}

let firstId = "";
let pseudonym = "";

describe("a BSN that already belongs to a child", () => {
  it("with other details typed in: CONFLICT with the pseudonym and the differing fields, never the stored values", async () => {
    const { caller } = await referrer.caller();
    const first = await caller.intake.create(intake);
    firstId = first.id;
    pseudonym = first.pseudonym;

    const typo = await failure(caller.intake.create({ ...intake, name: "Daan Visser", birthDate: "2011-09-09" }));
    expect(typo.code).toBe("CONFLICT");
    expect(typo.client).toEqual({ pseudonym, differs: ["name", "birthDate"] });
    expect(typo.message).toContain(pseudonym);
    // a confirmation names the child it was shown: another pseudonym confirms nothing
    const wrong = await failure(caller.intake.create({ ...intake, name: "Daan Visser", confirmChild: "J-OTHER1" }));
    expect(wrong.client).toEqual({ pseudonym, differs: ["name"] });
    for (const stored of ["Lotte", "Bakker", "2013-04-02"]) expect(typo.message).not.toContain(stored);
    expect(await db.owner.selectFrom("placement_requests").select("id").execute()).toHaveLength(1);

    // and over HTTP the client gets the same, in the error's data
    const response = await handleTrpcRequest(
      apiDeps(db.app),
      new Request("http://localhost/api/trpc/intake.create", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: referrer.cookie },
        body: JSON.stringify({ ...intake, name: "Daan Visser" }),
      }),
      "203.0.113.7",
    );
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { data: { details?: unknown } } };
    expect(body.error.data.details).toEqual({ pseudonym, differs: ["name"] });
    expect(JSON.stringify(body)).not.toContain("Lotte");
  });

  it("records the read of the child's details also when the refusal rolls the request back", async () => {
    const reads = async () =>
      (await db.owner.selectFrom("audit_log").select("details").where("entity", "=", "child").where("action", "=", "read").execute())
        .map((row) => JSON.stringify(row.details))
        .filter((details) => details.includes("intake_bsn_match") && details.includes('"differs":["gender"]'));
    expect(await reads()).toHaveLength(0);
    const { caller } = await referrer.caller();
    expect((await failure(caller.intake.create({ ...intake, gender: "1" }))).code).toBe("CONFLICT");
    expect(await reads()).toHaveLength(1);
  });

  it("allows one request in progress per child: confirmed or not, the second is refused", async () => {
    const { caller } = await referrer.caller();
    const same = await failure(caller.intake.create(intake));
    expect(same.code).toBe("CONFLICT");
    expect(same.message).toMatch(/loopt al een aanmelding/);
    const confirmed = await failure(caller.intake.create({ ...intake, name: "Lotte Bakkers", confirmChild: pseudonym }));
    expect(confirmed.code).toBe("CONFLICT");
    expect(confirmed.client).toEqual({ pseudonym, activeRequest: true });
  });

  it("lets only a coordinator link a second request, with a recorded reason", async () => {
    const { caller } = await referrer.caller();
    const byReferrer = await failure(caller.intake.create({ ...intake, linkReason: "Crisisplek naast lopende aanvraag" }));
    expect(byReferrer.code).toBe("FORBIDDEN");
    const linked = await coordinator.intake.create({
      ...intake,
      careType: "crisisplek",
      urgency: "crisis",
      linkReason: "Crisisplek naast lopende aanvraag",
    });
    expect(linked.pseudonym).toBe(pseudonym);
    const row = await db.owner
      .selectFrom("placement_requests")
      .select("linked_reason")
      .where("id", "=", linked.id)
      .executeTakeFirstOrThrow();
    expect(row.linked_reason).toBe("Crisisplek naast lopende aanvraag");
    const audit = await db.owner.selectFrom("audit_log").select("details").where("entity_id", "=", linked.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).toContain("Crisisplek naast lopende aanvraag");
  });

  it("is held by the database too: a second unlinked active request for the child cannot be written", async () => {
    const first = await db.owner.selectFrom("placement_requests").selectAll().where("id", "=", firstId).executeTakeFirstOrThrow();
    const { id: _id, created_at: _c, updated_at: _u, ...copy } = first;
    const error = await db.owner
      .insertInto("placement_requests")
      .values({ ...copy, linked_reason: null })
      .execute()
      .then(
        () => undefined,
        (e: unknown) => e as { code?: string; constraint?: string },
      );
    expect(error?.constraint).toBe("placement_requests_one_active_per_child");
  });

  it("after the first request is withdrawn, a confirmed request keeps the child's stored details", async () => {
    expect(await coordinator.placement.withdraw({ requestId: firstId })).toBe("withdrawn");
    const { caller } = await referrer.caller();
    const again = await caller.intake.create({ ...intake, name: "Lotte Bakkers", confirmChild: pseudonym });
    expect(again.pseudonym).toBe(pseudonym);
    const child = await db.owner
      .selectFrom("children")
      .select("name_encrypted")
      .where("pseudonym", "=", pseudonym)
      .executeTakeFirstOrThrow();
    expect(testCrypto.decrypt(child.name_encrypted!)).toBe("Lotte Bakker");
  });
});

describe("the government's test BSNs", () => {
  it("are refused outside demo or test mode and accepted in it", async () => {
    const production = new ApiSession({ ...apiDeps(db.app), allowTestBsn: false });
    production.cookie = referrer.cookie;
    const { caller } = await production.caller();
    const refused = await failure(caller.intake.create({ ...intake, bsn: "999990019" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/test-BSN/);
    const demo = await referrer.caller();
    expect((await demo.caller.intake.create({ ...intake, bsn: "999990019" })).pseudonym).toMatch(/^J-/);
  });
});
