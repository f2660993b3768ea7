import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { DEMO_PASSWORD, withTenant } from "@jeugdregie/db";
import type { CareType, TenantScope } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";

/*
 * Issue 10, the placement roles' daily work through the API: who may open a request's documents
 * (and that every opening is recorded), the referrer's own reference, initials, history and
 * draft deletion, and the crisis team's deadline in hours.
 */
let db: TestDatabase;
const jobs = new RecordingJobQueue();
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const callers: Record<string, Caller> = {};
const userIds: Record<string, string> = {};

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");
// a Word document as the upload check recognises it: a zip holding [Content_Types].xml and word/
const DOCX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("....[Content_Types].xml....word/document.xml")]);

async function refused(promise: Promise<unknown>, code: TRPCError["code"], message?: RegExp) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toMatch(message);
}

const LOGINS = {
  referrer: "verwijzer.haaglanden@jeugdregie.demo",
  coordinator: "coordinator.haaglanden@jeugdregie.demo",
  crisisTeam: "crisisteam.haaglanden@jeugdregie.demo",
  regionAdmin: "beheer.haaglanden@jeugdregie.demo",
  provider: "aanbieder@jeugdregie.demo",
  otherProvider: "aanbieder.horizonland@jeugdregie.demo",
  twente: "coordinator.twente@jeugdregie.demo",
} as const;
type Who = keyof typeof LOGINS;
const as = (who: Who) => callers[who]!;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  for (const [who, email] of Object.entries(LOGINS)) {
    const session = new ApiSession(apiDeps(db.app, jobs));
    await session.login(email, DEMO_PASSWORD);
    callers[who] = (await session.caller()).caller;
    userIds[who] = (await callers[who].me()).user.id;
  }
});
afterAll(() => db.drop());

const intake = {
  bsn: "999900006",
  name: "Sem de Vries",
  birthDate: "2012-03-01",
  gender: "1" as const,
  homeMunicipalityCode: "GM0518",
  referrerKind: "04" as const,
  urgency: "regular" as const,
  careType: "behandelgroep" as const,
  analysisSummary: "Hechtingsproblematiek.",
};
const upload = (
  caller: Caller,
  requestId: string,
  kind: "verklarende_analyse" | "perspectiefplan" | "veiligheidsplan" | "dossier",
  file = PDF,
  name = `${kind}.pdf`,
) =>
  caller.intake.uploadDocument({
    requestId,
    kind,
    filename: name,
    contentType: name.endsWith(".docx") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf",
    contentBase64: file.toString("base64"),
  });
const documentOpenings = (documentId: string) =>
  db.owner
    .selectFrom("audit_log")
    .select(["user_id", "role", "organisation", "region_id", "details"])
    .where("entity", "=", "request_document")
    .where("action", "=", "read")
    .where("entity_id", "=", documentId)
    .orderBy("id")
    .execute();

let requestId = "";
let pdfId = "";
let docxId = "";
let regionId = "";

describe("the referrer's request as they recognise it", () => {
  it("keeps their own reference and the child's initials (encrypted), and lists both", async () => {
    const created = await as("referrer").intake.create({ ...intake, referrerReference: "  Dossier 2026-114  " });
    requestId = created.id;
    const child = await db.owner.selectFrom("children").select(["initials_encrypted", "region_id"]).executeTakeFirstOrThrow();
    regionId = child.region_id;
    expect(child.initials_encrypted).toBeTruthy();
    expect(child.initials_encrypted).not.toContain("S.d.V.");
    const [listed] = (await as("referrer").intake.mine()).items;
    expect(listed).toMatchObject({ id: requestId, reference: "Dossier 2026-114", initials: "S.d.V.", pseudonym: created.pseudonym });
    expect(JSON.stringify(listed)).not.toContain("Sem");
  });

  it("offers the country's municipalities by name for the picker", async () => {
    const municipalities = await as("referrer").intake.municipalities();
    expect(municipalities.length).toBeGreaterThan(300);
    expect(municipalities).toContainEqual({ code: "GM0518", name: "'s-Gravenhage" });
  });

  it("refuses a missing care type and a bad municipality in Dutch", async () => {
    await refused(
      as("referrer").intake.create({ ...intake, bsn: "999900018", careType: "" as never }),
      "BAD_REQUEST",
      /Kies de gewenste zorgvorm/,
    );
    await refused(as("referrer").intake.create({ ...intake, bsn: "999900018", homeMunicipalityCode: "" }), "BAD_REQUEST", /woongemeente/);
  });
});

describe("documents of a request", () => {
  it("open for the coordinator with their type and disposition, and every opening is recorded", async () => {
    pdfId = (await upload(as("referrer"), requestId, "verklarende_analyse")).id;
    docxId = (await upload(as("referrer"), requestId, "dossier", DOCX, "verslag.docx")).id;
    const pdf = await as("coordinator").documents.open({ documentId: pdfId });
    expect(pdf).toMatchObject({ filename: "verklarende_analyse.pdf", contentType: "application/pdf", disposition: "inline" });
    expect(Buffer.from(pdf.contentBase64, "base64").equals(PDF)).toBe(true);
    expect((await as("coordinator").documents.open({ documentId: docxId })).disposition).toBe("attachment");
    const [opened] = await documentOpenings(pdfId);
    expect(opened).toMatchObject({
      user_id: userIds.coordinator,
      role: "placement_coordinator",
      region_id: regionId,
      details: { request: requestId, kind: "verklarende_analyse", purpose: "opened" },
    });
    // the coordinator's "who opened this file" shows it
    const log = (await as("coordinator").placement.get({ requestId })).accessLog;
    expect(log.some((e) => e.entity === "request_document" && e.action === "read" && e.email === LOGINS.coordinator)).toBe(true);
  });

  it("are 'not found' for the referrer, the region admin, another region and a provider without an accepted offer", async () => {
    for (const who of ["referrer", "regionAdmin", "twente", "provider", "otherProvider", "crisisTeam"] as const)
      await refused(as(who).documents.open({ documentId: pdfId }), "NOT_FOUND", /bestaat niet/);
    expect(await documentOpenings(pdfId)).toHaveLength(1);
    const refusals = await db.owner
      .selectFrom("audit_log")
      .select("user_id")
      .where("action", "=", "access_refused")
      .where("user_id", "=", userIds.referrer!)
      .execute();
    expect(refusals.length).toBeGreaterThan(0);
  });

  it("show a referrer only their own requests' documents and a region admin none (row-level security)", async () => {
    const crisis = await as("crisisTeam").intake.create({
      ...intake,
      bsn: "999900031",
      name: "",
      urgency: "crisis",
      careType: "crisisplek",
    });
    await upload(as("crisisTeam"), crisis.id, "veiligheidsplan");
    const seen = async (who: Who, role: TenantScope["role"]) =>
      withTenant(db.app, { userId: userIds[who]!, role, regionId: regionId, providerId: null, supraRegionId: null }, (tx) =>
        tx.selectFrom("request_documents").select("request_id").execute(),
      );
    expect(new Set((await seen("referrer", "referrer")).map((d) => d.request_id))).toEqual(new Set([requestId]));
    expect(await seen("regionAdmin", "region_admin")).toEqual([]);
    expect((await seen("coordinator", "placement_coordinator")).length).toBe(3);
    // The documents follow their request when it changes hands (the policy reads the referrer kept on them).
    const handOver = (to: string) =>
      db.owner.updateTable("placement_requests").set({ referrer_user_id: to }).where("id", "=", requestId).execute();
    await handOver(userIds.coordinator!);
    expect(await seen("referrer", "referrer")).toEqual([]);
    await handOver(userIds.referrer!);
    expect(new Set((await seen("referrer", "referrer")).map((d) => d.request_id))).toEqual(new Set([requestId]));
  });

  it("open for the provider only once its offer was accepted, recorded under the provider", async () => {
    for (const kind of ["perspectiefplan", "veiligheidsplan"] as const) await upload(as("referrer"), requestId, kind);
    await as("referrer").intake.submit({ requestId });
    await as("coordinator").placement.startMatching({ requestId });
    const kapstok = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150001").executeTakeFirstOrThrow();
    const locations = await db.owner.selectFrom("locations").select("id").where("provider_id", "=", kapstok.id).execute();
    const { matches } = await as("coordinator").placement.proposals({ requestId });
    const match = matches.find((m) => locations.some((l) => l.id === m.locationId))!;
    const offer = await as("coordinator").placement.sendOffer({ requestId, locationId: match.locationId });
    await refused(as("provider").documents.open({ documentId: pdfId }), "NOT_FOUND");
    await as("provider").provider.answer({ offerId: offer.id, accept: true });
    expect((await as("provider").documents.open({ documentId: pdfId })).filename).toBe("verklarende_analyse.pdf");
    await refused(as("otherProvider").documents.open({ documentId: pdfId }), "NOT_FOUND");
    const openings = await documentOpenings(pdfId);
    expect(openings.at(-1)).toMatchObject({
      role: "provider_user",
      organisation: kapstok.id,
      region_id: regionId,
      user_id: userIds.provider,
    });
  });
});

describe("status history and outcome", () => {
  it("shows the referrer every status the request passed through, including the provider's acceptance", async () => {
    const mine = await as("referrer").intake.get({ requestId });
    expect(mine.history.map((h) => h.status)).toEqual(["draft", "submitted", "matching", "offered", "accepted"]);
    expect(mine).toMatchObject({ referrer_reference: "Dossier 2026-114", initials: "S.d.V.", care_type: "behandelgroep" });
    expect(mine.outcome).toBeNull();
    await as("coordinator").placement.place({ requestId, startsOn: "2026-12-01" });
    const placed = await as("referrer").intake.get({ requestId });
    expect(placed.history.at(-1)?.status).toBe("placed");
    expect(placed.outcome).toMatchObject({ location_name: expect.any(String), provider_name: "Stichting De Kapstok Jeugdzorg" });
  });

  it("is the referrer's own: a coordinator's 'my request' of someone else's is not found", async () => {
    await refused(as("coordinator").intake.get({ requestId }), "NOT_FOUND");
  });
});

describe("deleting a draft", () => {
  it("deletes the referrer's own draft with its documents and the child made for it, and records it", async () => {
    const draft = await as("referrer").intake.create({ ...intake, bsn: "999900043", name: "Lotte Jansen" });
    const doc = await upload(as("referrer"), draft.id, "verklarende_analyse");
    const child = await db.owner.selectFrom("children").select("id").where("pseudonym", "=", draft.pseudonym).executeTakeFirstOrThrow();
    await refused(as("coordinator").intake.deleteDraft({ requestId: draft.id }), "FORBIDDEN", /Alleen wie/);
    for (const who of ["crisisTeam", "twente"] as const) await refused(as(who).intake.deleteDraft({ requestId: draft.id }), "NOT_FOUND");
    expect(await as("referrer").intake.deleteDraft({ requestId: draft.id })).toEqual({ deleted: true, pseudonym: draft.pseudonym });
    expect(await db.owner.selectFrom("placement_requests").select("id").where("id", "=", draft.id).execute()).toEqual([]);
    expect(await db.owner.selectFrom("request_documents").select("id").where("id", "=", doc.id).execute()).toEqual([]);
    expect(await db.owner.selectFrom("children").select("id").where("id", "=", child.id).execute()).toEqual([]);
    const record = await db.owner
      .selectFrom("audit_log")
      .select(["user_id", "details"])
      .where("entity", "=", "placement_request")
      .where("action", "=", "delete")
      .where("entity_id", "=", draft.id)
      .executeTakeFirstOrThrow();
    expect(record).toMatchObject({ user_id: userIds.referrer, details: { child: draft.pseudonym, status: "draft" } });
    await refused(as("referrer").intake.get({ requestId: draft.id }), "NOT_FOUND");
  });

  it("refuses anything but a draft, and keeps a child that another request still refers to", async () => {
    await refused(as("referrer").intake.deleteDraft({ requestId }), "PRECONDITION_FAILED", /Alleen een concept/);
    const linked = await as("coordinator").intake.create({ ...intake, linkReason: "Tweede traject naast de plaatsing" });
    await as("coordinator").intake.deleteDraft({ requestId: linked.id });
    expect(await db.owner.selectFrom("children").select("id").where("pseudonym", "=", linked.pseudonym).execute()).toHaveLength(1);
    expect(await db.owner.selectFrom("placement_requests").select("id").where("id", "=", requestId).execute()).toHaveLength(1);
  });
});

describe("the crisis team's offers", () => {
  it("get the region's crisis response deadline in hours; regular offers keep the regular one", async () => {
    const current = await as("regionAdmin").onboarding.settings.get();
    const { saved: _saved, careTypes, ...rest } = current;
    const settings = { ...rest, careTypes: careTypes as CareType[] };
    expect(current.crisisOfferResponseHours).toBe(4);
    await refused(
      as("regionAdmin").onboarding.settings.save({ ...settings, offerResponseHours: 2, crisisOfferResponseHours: 3 }),
      "BAD_REQUEST",
      /crisisvoorlegging/,
    );
    await as("regionAdmin").onboarding.settings.save({ ...settings, crisisOfferResponseHours: 3 });
    expect((await as("regionAdmin").onboarding.settings.get()).crisisOfferResponseHours).toBe(3);
    // a save that leaves it out keeps it
    const { crisisOfferResponseHours: _kept, ...withoutCrisis } = settings;
    await as("regionAdmin").onboarding.settings.save(withoutCrisis);
    expect((await as("regionAdmin").onboarding.settings.get()).crisisOfferResponseHours).toBe(3);

    const crisis = await as("crisisTeam").intake.create({
      ...intake,
      bsn: "999900055",
      name: "",
      urgency: "crisis",
      careType: "crisisplek",
    });
    await as("crisisTeam").intake.submit({ requestId: crisis.id });
    await as("crisisTeam").placement.startMatching({ requestId: crisis.id });
    const { matches } = await as("crisisTeam").placement.proposals({ requestId: crisis.id });
    await as("crisisTeam").placement.sendOffer({ requestId: crisis.id, locationId: matches[0]!.locationId });
    // the deadline is counted from the moment the offer is made (a little after the row's sent_at)
    const hoursGiven = async (id: string) => {
      const offer = await db.owner
        .selectFrom("offers")
        .select(["sent_at", "deadline_at"])
        .where("request_id", "=", id)
        .executeTakeFirstOrThrow();
      return (offer.deadline_at.getTime() - offer.sent_at.getTime()) / 3_600_000;
    };
    expect(await hoursGiven(crisis.id)).toBeCloseTo(3, 2);
    expect(await hoursGiven(requestId)).toBeCloseTo(settings.offerResponseHours, 2);
    expect(settings.offerResponseHours).toBeGreaterThan(24);
  });
});
