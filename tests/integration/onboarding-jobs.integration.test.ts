import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRPCError } from "@trpc/server";
import { DEMO_PASSWORD, enqueueEmail, withTenant } from "@jeugdregie/db";
import { SYSTEM_USER_ID } from "@jeugdregie/domain";
import { G7_INTENSITY_TARIFFS, IMPORT_COLUMNS } from "@jeugdregie/domain";
import { importJob, processEmail, processImport, type EmailTransport } from "@jeugdregie/jobs";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue, testCrypto } from "./helpers/api.ts";

let db: TestDatabase;
const jobs = new RecordingJobQueue();
let admin: Awaited<ReturnType<ApiSession["caller"]>>["caller"];

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  const session = new ApiSession(apiDeps(db.app, jobs));
  await session.login("beheer.haaglanden@jeugdregie.demo", DEMO_PASSWORD);
  admin = (await session.caller()).caller;
});
afterAll(() => db.drop());

describe("e-mail outbox", () => {
  const platform = { userId: SYSTEM_USER_ID, role: "platform_admin" as const, regionId: null, providerId: null, supraRegionId: null };
  const queueMessage = () =>
    withTenant(db.app, platform, (tx) =>
      enqueueEmail(tx, testCrypto, { regionId: null, recipient: "nieuw@example.nl", subject: "Uitnodiging", body: "link" }),
    );

  it("keeps the message, marked skipped, when no SMTP is configured", async () => {
    const id = await queueMessage();
    expect(await processEmail(db.app, id, null, testCrypto)).toBe("skipped");
    expect(await db.owner.selectFrom("outbox").select(["status", "last_error"]).where("id", "=", id).executeTakeFirst()).toEqual({
      status: "skipped",
      last_error: "SMTP not configured",
    });
    expect(await processEmail(db.app, id, null, testCrypto)).toBe("gone");
  });

  it("sends through the transport once, and schedules a failed send for a later retry", async () => {
    const sent: unknown[] = [];
    const transport: EmailTransport = { send: async (m) => void sent.push(m) };
    const id = await queueMessage();
    expect(await processEmail(db.app, id, transport, testCrypto)).toBe("sent");
    expect(sent).toEqual([{ to: "nieuw@example.nl", subject: "Uitnodiging", text: "link" }]);
    expect(await processEmail(db.app, id, transport, testCrypto)).toBe("gone");

    const failing = await queueMessage();
    // Retries are the relay's (with backoff, see mail-relay.integration.test.ts), not the job's: no throw.
    expect(await processEmail(db.app, failing, { send: async () => Promise.reject(new Error("SMTP down")) }, testCrypto)).toBe("failed");
    const row = await db.owner
      .selectFrom("outbox")
      .select(["status", "attempts", "last_error", "next_attempt_at"])
      .where("id", "=", failing)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: 1, last_error: "SMTP down" });
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now());
  });
});

describe("intensity tariff table", () => {
  it("starts from the G7 example and saves the region's own table, refusing negative tariffs", async () => {
    const initial = await admin.onboarding.tariffs.get();
    expect(initial.validFrom).toBeNull();
    expect(initial.tariffs.map((t) => t.band).join("")).toBe("KLMNOPQRSTUVWXYZ");
    const own = G7_INTENSITY_TARIFFS.map((t) => ({ ...t, tariffCents: t.tariffCents + 1000 }));
    const error = await admin.onboarding.tariffs
      .save({ validFrom: "2027-01-01", tariffs: own.map((t, i) => (i === 3 ? { ...t, tariffCents: -1 } : t)) })
      .catch((e: unknown) => e);
    expect((error as TRPCError).message).toMatch(/niet negatief/);
    await admin.onboarding.tariffs.save({ validFrom: "2027-01-01", tariffs: own });
    const saved = await admin.onboarding.tariffs.get();
    expect(saved.validFrom).toBe("2027-01-01");
    expect(saved.tariffs.find((t) => t.band === "K")!.tariffCents).toBe(59_227);
  });
});

describe("CSV import of providers and contracts", () => {
  async function importFile(kind: "providers" | "contracts", lines: string[]) {
    const started = await admin.imports.start({
      kind,
      filename: `${kind}.csv`,
      content: [IMPORT_COLUMNS[kind].join(";"), ...lines].join("\n"),
    });
    await processImport(db.app, importJob.payload.parse(jobs.enqueued.at(-1)!.payload));
    return admin.imports.get({ importJobId: started.id });
  }

  it("registers providers, then groups product lines into contracts, all or nothing", async () => {
    const providers = await importFile("providers", ["Nieuwe Horizon Jeugd;66600001;98066601", "Zeehaven Gezinshuizen;66600002;"]);
    expect(providers).toMatchObject({ status: "committed", totalRows: 2 });

    const contractLines = [
      "66600001;Specialistisch verblijf;tactical_core;pxq;2026-01-01;2027-12-31;43B07;43;14;913,83;S;Indexatie OVA",
      "66600001;Specialistisch verblijf;tactical_core;pxq;2026-01-01;2027-12-31;43B08;43;14;955,28;T;Indexatie OVA",
      "66600002;Wonen en gezinsgericht;operational;pxq;2026-01-01;2026-12-31;44G09;44;14;665,16;M;",
    ];
    const before = await db.owner.selectFrom("contracts").select("id").execute();
    const committed = await importFile("contracts", contractLines);
    expect(committed).toMatchObject({ status: "committed", totalRows: 3 });
    const after = await db.owner.selectFrom("contracts").select("id").execute();
    expect(after.length - before.length).toBe(2);
    const listed = (await admin.contracts.list()).items.filter((c) => c.providerName === "Nieuwe Horizon Jeugd");
    expect(listed).toHaveLength(1);
    expect(listed[0]!.products.map((p) => p.productCode)).toEqual(["43B07", "43B08"]);

    const again = await importFile("contracts", contractLines);
    expect(again.status).toBe("failed");
    expect(again.errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(again.errors[0]!.message).toMatch(/al gecontracteerd/);
    expect(await db.owner.selectFrom("contracts").select("id").execute()).toHaveLength(after.length);
  });
});
