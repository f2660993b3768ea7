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
 * Issue 10, region admin: a contract is not only created. A region changes its proposal; a
 * confirmed contract's change waits for the provider's admin (the contract keeps its terms till
 * then); a confirmed contract ends on a day of its period, never before its start, and offers no
 * places after it. Every step is audited with before and after; another region gets nothing.
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

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const idOf = async (table: "regions" | "providers", column: "code" | "kvk", value: string) =>
  (await db.owner.selectFrom(table).select("id").where(column, "=", value).executeTakeFirstOrThrow()).id;

let admin: Caller;
let providerAdmin: Caller;
let haaglanden = "";
let kapstok = "";
let segmentId = "";
let contractId = "";

const terms = (tariffCents: number, endsOn = "2027-12-31") => ({
  segmentId,
  providerRole: "operational" as const,
  financingForm: "pxq" as const,
  startsOn: "2026-01-01",
  endsOn,
  revisionClause: "Jaarlijkse indexatie",
  products: [{ productCode: "45A03", productCategory: "45", unit: "04", tariffCents, intensityBand: null }],
});

async function lastContractAudit() {
  return db.owner
    .selectFrom("audit_log")
    .select(["action", "details", "role"])
    .where("entity", "=", "contract")
    .where("entity_id", "=", contractId)
    .orderBy("chain_seq", "desc")
    .executeTakeFirstOrThrow();
}

describe("a region changes its proposal", () => {
  it("proposes an ambulant contract to De Kapstok", async () => {
    admin = await signIn("beheer.haaglanden@jeugdregie.demo");
    providerAdmin = await signIn("aanbiederbeheer@jeugdregie.demo");
    haaglanden = await idOf("regions", "code", "haaglanden");
    kapstok = await idOf("providers", "kvk", "41150001");
    segmentId = (await admin.onboarding.segments.list())[0]!.id;
    contractId = (await admin.contracts.create({ providerId: kapstok, ...terms(6_000) })).id;
  });

  it("refuses product codes that are not iJw product codes, on create and on change", async () => {
    for (const productCode of ["ZZZZZ", "99A01", "44A01"]) {
      const bad = { ...terms(6_000), products: [{ productCode, productCategory: "45", unit: "04", tariffCents: 6_000 }] };
      const created = await refusal(admin.contracts.create({ providerId: kapstok, ...bad, startsOn: "2028-01-01", endsOn: "2028-12-31" }));
      expect(created.code).toBe("BAD_REQUEST");
      expect(created.message).toContain(productCode);
      expect((await refusal(admin.contracts.update({ contractId, ...bad }))).code).toBe("BAD_REQUEST");
    }
    const stored = await db.owner.selectFrom("contract_products").select("product_code").where("contract_id", "=", contractId).execute();
    expect(stored.map((p) => p.product_code)).toEqual(["45A03"]);
  });

  it("changes a proposal at once, with before and after in the audit log", async () => {
    const result = await admin.contracts.update({ contractId, ...terms(6_500) });
    expect(result).toEqual({ status: "proposed", waitsForProvider: false });
    const contract = await admin.contracts.get({ contractId });
    expect(contract.products.map((p) => p.tariffCents)).toEqual([6_500]);
    expect(contract.pendingChange).toBeNull();
    const audit = await lastContractAudit();
    expect(audit.action).toBe("update");
    expect(audit.details).toMatchObject({
      before: { products: [{ tariffCents: 6_000 }] },
      after: { products: [{ tariffCents: 6_500 }] },
    });
  });
});

describe("a confirmed contract changes only with the provider's confirmation", () => {
  it("keeps the confirmed terms while the change waits for the provider", async () => {
    await providerAdmin.contracts.answer({ contractId, confirm: true });
    const result = await admin.contracts.update({ contractId, ...terms(7_000) });
    expect(result).toEqual({ status: "confirmed", waitsForProvider: true });
    const contract = await admin.contracts.get({ contractId });
    expect(contract.status).toBe("confirmed");
    expect(contract.products.map((p) => p.tariffCents)).toEqual([6_500]);
    expect(contract.pendingChange?.products.map((p) => p.tariffCents)).toEqual([7_000]);
    expect((await lastContractAudit()).details).toMatchObject({
      before: { products: [{ tariffCents: 6_500 }] },
      after: { products: [{ tariffCents: 7_000 }] },
      waitsForProvider: true,
    });
  });

  it("cannot be written around the provider: the region may not update a confirmed contract itself", async () => {
    const user = await db.owner
      .selectFrom("users")
      .select("id")
      .where("email", "=", "beheer.haaglanden@jeugdregie.demo")
      .executeTakeFirstOrThrow();
    const scope: TenantScope = { userId: user.id, role: "region_admin", regionId: haaglanden, providerId: null, supraRegionId: null };
    const changed = await withTenant(db.app, scope, async (tx) => {
      const contracts = await tx.updateTable("contracts").set({ ends_on: "2030-12-31" }).where("id", "=", contractId).executeTakeFirst();
      const products = await tx
        .updateTable("contract_products")
        .set({ tariff_cents: 1 })
        .where("contract_id", "=", contractId)
        .executeTakeFirst();
      return Number(contracts.numUpdatedRows) + Number(products.numUpdatedRows);
    });
    expect(changed).toBe(0);
  });

  it("shows the provider's admin the change and applies it on confirmation", async () => {
    const overview = await providerAdmin.provider.overview();
    const change = overview.changes.find((c) => c.id === contractId)!;
    expect(change.pendingChange?.products.map((p) => p.tariffCents)).toEqual([7_000]);
    expect(change.products.map((p) => p.tariffCents)).toEqual([6_500]);

    const other = await signIn("aanbiederbeheer.horizonland@jeugdregie.demo");
    expect((await refusal(other.contracts.answer({ contractId, confirm: true }))).code).toBe("NOT_FOUND");

    await providerAdmin.contracts.answer({ contractId, confirm: true });
    const contract = await admin.contracts.get({ contractId });
    expect(contract.products.map((p) => p.tariffCents)).toEqual([7_000]);
    expect(contract.pendingChange).toBeNull();
    const audit = await lastContractAudit();
    expect(audit.role).toBe("provider_admin");
    expect(audit.details).toMatchObject({ after: { status: "change_confirmed" } });
  });

  it("keeps the terms when the provider declines a change, and tells the region why", async () => {
    await admin.contracts.update({ contractId, ...terms(1_000) });
    expect((await refusal(providerAdmin.contracts.answer({ contractId, confirm: false, reason: "nee" }))).code).toBe("BAD_REQUEST");
    await providerAdmin.contracts.answer({ contractId, confirm: false, reason: "Dit tarief dekt de kosten niet" });
    const contract = await admin.contracts.get({ contractId });
    expect(contract.products.map((p) => p.tariffCents)).toEqual([7_000]);
    expect(contract.pendingChange).toBeNull();
    expect(contract.changeDeclineReason).toBe("Dit tarief dekt de kosten niet");
    expect(contract.status).toBe("confirmed");
  });
});

describe("a region ends a confirmed contract", () => {
  it("never before its start, never later than agreed", async () => {
    const early = await refusal(admin.contracts.end({ contractId, endsOn: "2025-12-31", reason: "Aanbesteding afgerond" }));
    expect(early.code).toBe("BAD_REQUEST");
    expect(early.message).toContain("voor de begindatum");
    const late = await refusal(admin.contracts.end({ contractId, endsOn: "2028-01-01", reason: "Aanbesteding afgerond" }));
    expect(late.code).toBe("BAD_REQUEST");
    expect((await refusal(admin.contracts.end({ contractId, endsOn: "2027-06-30", reason: "" }))).code).toBe("BAD_REQUEST");
    expect((await admin.contracts.get({ contractId })).endsOn).toBe("2027-12-31");
  });

  it("ends it and its products on the day given, audited, and it changes no more", async () => {
    await admin.contracts.end({ contractId, endsOn: "2027-06-30", reason: "Aanbesteding afgerond" });
    const contract = await admin.contracts.get({ contractId });
    expect(contract).toMatchObject({ endsOn: "2027-06-30", endReason: "Aanbesteding afgerond", status: "confirmed" });
    expect(contract.endedAt).not.toBeNull();
    const products = await db.owner.selectFrom("contract_products").select("ends_on").where("contract_id", "=", contractId).execute();
    expect(products.map((p) => p.ends_on)).toEqual(["2027-06-30"]);
    expect((await lastContractAudit()).details).toEqual({
      before: { endsOn: "2027-12-31" },
      after: { endsOn: "2027-06-30", endReason: "Aanbesteding afgerond" },
    });
    expect((await refusal(admin.contracts.update({ contractId, ...terms(8_000) }))).code).toBe("PRECONDITION_FAILED");
  });

  it("offers no places under a contract that has ended", async () => {
    const horizonland = await idOf("providers", "kvk", "41150002");
    const confirmed = async () =>
      (await sql<{ ok: boolean }>`select app.contract_confirmed(${haaglanden}, ${horizonland}) as ok`.execute(db.owner)).rows[0]!.ok;
    expect(await confirmed()).toBe(true);
    const contracts = (await admin.contracts.list()).items.filter((c) => c.providerId === horizonland);
    for (const c of contracts) await admin.contracts.end({ contractId: c.id, endsOn: day(-1), reason: "Samenwerking gestopt" });
    expect(await confirmed()).toBe(false);

    const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1);
    const coordinator = await signIn("coordinator.haaglanden@jeugdregie.demo");
    const location = await db.owner
      .selectFrom("locations")
      .select("id")
      .where("region_id", "=", haaglanden)
      .where("provider_id", "=", horizonland)
      .executeTakeFirstOrThrow();
    const refused = await refusal(coordinator.placement.sendOffer({ requestId: requestIds[0]!, locationId: location.id }));
    expect(refused.code).toBe("PRECONDITION_FAILED");
  });
});

describe("another region gets nothing", () => {
  it("answers NOT_FOUND for another region's contract and changes nothing", async () => {
    const twente = await idOf("regions", "code", "twente");
    const user = await db.owner
      .insertInto("users")
      .values({ email: "beheer.twente@jeugdregie.test", display_name: "Beheer Twente", password_hash: await hashPassword(DEMO_PASSWORD) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.owner.insertInto("memberships").values({ user_id: user.id, role: "region_admin", region_id: twente }).execute();
    const stranger = await signIn("beheer.twente@jeugdregie.test");
    const before = await db.owner.selectFrom("contracts").selectAll().where("id", "=", contractId).executeTakeFirstOrThrow();
    for (const call of [
      () => stranger.contracts.get({ contractId }),
      () => stranger.contracts.update({ contractId, ...terms(1) }),
      () => stranger.contracts.end({ contractId, endsOn: "2026-06-30", reason: "Zomaar beëindigd" }),
    ])
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain((await refusal(call())).code);
    const after = await db.owner.selectFrom("contracts").selectAll().where("id", "=", contractId).executeTakeFirstOrThrow();
    expect(after).toEqual(before);

    const scope: TenantScope = { userId: user.id, role: "region_admin", regionId: twente, providerId: null, supraRegionId: null };
    await expect(
      withTenant(db.app, scope, (tx) =>
        sql`select * from app.end_contract(${contractId}, '2026-06-30'::date, 'Zomaar beëindigd')`.execute(tx),
      ),
    ).rejects.toMatchObject({ code: "P0002" });
  });
});
