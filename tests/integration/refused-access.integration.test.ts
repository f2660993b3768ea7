import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TRPCError } from "@trpc/server";
import { DEMO_PASSWORD } from "@jeugdregie/db";
import type { OfferStatus } from "@jeugdregie/domain";
import { createTestDatabase, type TestDatabase } from "./helpers/test-database.ts";
import { ApiSession, apiDeps, RecordingJobQueue } from "./helpers/api.ts";
import { arrangeRequests } from "./helpers/placement-fixtures.ts";

/*
 * Another tenant's id gets NOT_FOUND or FORBIDDEN from every procedure that takes one, never
 * data, a 500 or a state error that confirms the row exists. Each refusal leaves an audit entry
 * in the caller's own chain (written after the refused transaction rolled back) that names the
 * procedure and the ids asked for, and nothing of the other tenant.
 */
let db: TestDatabase;
type Caller = Awaited<ReturnType<ApiSession["caller"]>>["caller"];
const callers: Record<string, Caller> = {};
const twente: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: true });
  for (const email of [
    "coordinator.haaglanden@jeugdregie.demo",
    "coordinator.twente@jeugdregie.demo",
    "beheer.haaglanden@jeugdregie.demo",
    "verwijzer.haaglanden@jeugdregie.demo",
    "aanbieder.horizonland@jeugdregie.demo",
    "bovenregionaal@jeugdregie.demo",
  ]) {
    const s = new ApiSession(apiDeps(db.app, new RecordingJobQueue()));
    await s.login(email, DEMO_PASSWORD);
    callers[email] = (await s.caller()).caller;
  }
  // Twente's side: requests with an open offer, an accepted offer with a running crisis placement, a justification, a notification.
  const { regionId, requestIds } = await arrangeRequests(db.owner, "twente", 3, "offered");
  const kapstok = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150001").executeTakeFirstOrThrow();
  const location = await db.owner
    .selectFrom("locations")
    .select("id")
    .where("region_id", "=", regionId)
    .where("provider_id", "=", kapstok.id)
    .executeTakeFirstOrThrow();
  const offer = (requestId: string, status: OfferStatus) =>
    db.owner
      .insertInto("offers")
      .values({
        region_id: regionId,
        request_id: requestId,
        location_region_id: regionId,
        location_id: location.id,
        provider_id: kapstok.id,
        status,
        deadline_at: new Date(Date.now() + 86_400_000),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const open = await offer(requestIds[0]!, "open");
  const accepted = await offer(requestIds[1]!, "accepted");
  await db.owner.updateTable("placement_requests").set({ status: "placed", urgency: "crisis" }).where("id", "=", requestIds[1]!).execute();
  const placement = await db.owner
    .insertInto("placements")
    .values({
      region_id: regionId,
      request_id: requestIds[1]!,
      offer_id: accepted.id,
      location_region_id: regionId,
      location_id: location.id,
      provider_id: kapstok.id,
      starts_on: "2026-11-01",
      crisis_cap_ends_on: "2026-11-29",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const author = await db.owner
    .selectFrom("users")
    .select("id")
    .where("email", "=", "coordinator.twente@jeugdregie.demo")
    .executeTakeFirstOrThrow();
  const justification = await db.owner
    .insertInto("oor_justifications")
    .values({
      region_id: regionId,
      request_id: requestIds[2]!,
      location_region_id: regionId,
      location_id: location.id,
      criteria: ["safety"],
      evidence: JSON.stringify({ safety: "x" }),
      in_region_reasons: "geen",
      created_by: author.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const notification = await db.owner
    .insertInto("notifications")
    .values({ region_id: regionId, kind: "crisis_cap", request_id: requestIds[1]!, message: "Twente-melding" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const gelderland = await db.owner.selectFrom("regions").select("id").where("code", "=", "centraal-gelderland").executeTakeFirstOrThrow();
  const landsdeelOost = await db.owner
    .selectFrom("supra_regions")
    .select("id")
    .where("code", "=", "landsdeel-oost")
    .executeTakeFirstOrThrow();
  const negotiation = await db.owner
    .insertInto("capacity_negotiations")
    .values({
      supra_region_id: landsdeelOost.id,
      care_type: "jeugdzorgplus",
      opener_region_id: regionId,
      counterparty_region_id: gelderland.id,
      places: 1,
      period_start: "2027-01-01",
      period_end: "2027-12-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  Object.assign(twente, {
    regionId,
    requestId: requestIds[0]!,
    placedRequestId: requestIds[1]!,
    justifiedRequestId: requestIds[2]!,
    locationId: location.id,
    offerId: open.id,
    acceptedOfferId: accepted.id,
    placementId: placement.id,
    justificationId: justification.id,
    notificationId: notification.id,
    negotiationId: negotiation.id,
  });
});
afterAll(() => db.drop());

/** A request of the caller's own region (Haaglanden), in matching. */
async function ownRequest(): Promise<string> {
  const { requestIds } = await arrangeRequests(db.owner, "haaglanden", 1, "matching");
  return requestIds[0]!;
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => "answered",
    (e: unknown) => (e as TRPCError).code ?? "thrown",
  );
}

describe("another tenant's ids", () => {
  it("get NOT_FOUND or FORBIDDEN from every procedure that takes one", async () => {
    const coordinator = callers["coordinator.haaglanden@jeugdregie.demo"]!;
    const referrer = callers["verwijzer.haaglanden@jeugdregie.demo"]!;
    const provider = callers["aanbieder.horizonland@jeugdregie.demo"]!;
    const supra = callers["bovenregionaal@jeugdregie.demo"]!;
    const { requestId, placedRequestId, justifiedRequestId } = twente;
    const calls: Record<string, () => Promise<unknown>> = {
      "placement.get": () => coordinator.placement.get({ requestId: requestId! }),
      "placement.startTriage": () => coordinator.placement.startTriage({ requestId: requestId! }),
      "placement.startMatching": () => coordinator.placement.startMatching({ requestId: requestId! }),
      "placement.proposals": () => coordinator.placement.proposals({ requestId: requestId! }),
      "placement.sendOffer": () => coordinator.placement.sendOffer({ requestId: requestId!, locationId: twente.locationId! }),
      "placement.wait": () => coordinator.placement.wait({ requestId: requestId!, interimHelp: "Ambulant" }),
      "placement.resume": () => coordinator.placement.resume({ requestId: requestId! }),
      "placement.withdraw": () => coordinator.placement.withdraw({ requestId: requestId! }),
      "placement.place": () => coordinator.placement.place({ requestId: placedRequestId!, startsOn: "2026-12-01" }),
      "placement.end": () =>
        coordinator.placement.end({ requestId: placedRequestId!, endedOn: "2026-12-01", destination: "home", note: null }),
      "placement.followUp": () => coordinator.placement.followUp({ requestId: placedRequestId!, decision: "Naar huis met ambulante hulp" }),
      "placement.signalRisk": () => coordinator.placement.signalRisk({ requestId: placedRequestId!, note: "Dreigt te escaleren" }),
      "placement.readNotification": () => coordinator.placement.readNotification({ notificationId: twente.notificationId! }),
      "placement.justifications": () => coordinator.placement.justifications({ requestId: justifiedRequestId! }),
      "placement.justify": () =>
        coordinator.placement.justify({
          requestId: justifiedRequestId!,
          locationId: twente.locationId!,
          criteria: ["safety"],
          evidence: { safety: "Dreiging vanuit het netwerk in de eigen stad." },
        }),
      "placement.decideJustification": () =>
        coordinator.placement.decideJustification({ justificationId: twente.justificationId!, approve: true }),
      "intake.get": () => referrer.intake.get({ requestId: requestId! }),
      "intake.submit": () => referrer.intake.submit({ requestId: requestId! }),
      "intake.uploadDocument": () =>
        referrer.intake.uploadDocument({
          requestId: requestId!,
          kind: "perspectiefplan",
          filename: "plan.pdf",
          contentType: "application/pdf",
          contentBase64: Buffer.from("%PDF-1.4 plan").toString("base64"),
        }),
      "provider.answer": () => provider.provider.answer({ offerId: twente.offerId!, accept: true }),
      "provider.dossier": () => provider.provider.dossier({ offerId: twente.acceptedOfferId! }),
      "provider.signalRisk": () => provider.provider.signalRisk({ placementId: twente.placementId!, note: "Dreigt te escaleren" }),
      "provider.confirmCapacity": () => provider.provider.confirmCapacity({ locationId: twente.locationId!, capacity: 1 }),
      "negotiations.answer": () => coordinator.negotiations.answer({ negotiationId: twente.negotiationId!, action: "accept" }),
      "placement.sendOffer (own request, foreign location)": async () =>
        coordinator.placement.sendOffer({ requestId: await ownRequest(), locationId: twente.locationId! }),
      "placement.justify (own request, foreign location)": async () =>
        coordinator.placement.justify({
          requestId: await ownRequest(),
          locationId: twente.locationId!,
          criteria: ["safety"],
          evidence: { safety: "Dreiging vanuit het netwerk in de eigen stad." },
        }),
      "negotiations.open (region outside the supra region)": async () => {
        const haaglanden = await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
        return callers["coordinator.twente@jeugdregie.demo"]!.negotiations.open({
          careType: "jeugdzorgplus",
          counterpartyRegionId: haaglanden.id,
          places: 1,
          periodStart: "2027-01-01",
          periodEnd: "2027-12-31",
        });
      },
      "supra.savePhaseOut (provider outside the supra region)": async () => {
        const horizonland = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150002").executeTakeFirstOrThrow();
        return supra.supra.savePhaseOut({ providerId: horizonland.id, plan: [{ year: 2030, places: 0 }], minViablePct: 70 });
      },
      "supra.decide": async () => {
        const haaglanden = await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
        return supra.supra.decide({ regionId: haaglanden.id, justificationId: twente.justificationId!, approve: true, note: null });
      },
    };
    const outcomes: Record<string, string> = {};
    for (const [name, call] of Object.entries(calls)) outcomes[name] = await outcome(call());
    const wrong = Object.entries(outcomes).filter(([, code]) => code !== "NOT_FOUND" && code !== "FORBIDDEN");
    expect(Object.fromEntries(wrong)).toEqual({});

    // And nothing of Twente's changed.
    const requests = await db.owner
      .selectFrom("placement_requests")
      .select(["id", "status"])
      .where("region_id", "=", twente.regionId!)
      .execute();
    expect(requests.find((r) => r.id === requestId)!.status).toBe("offered");
    const notification = await db.owner
      .selectFrom("notifications")
      .select("read_at")
      .where("id", "=", twente.notificationId!)
      .executeTakeFirstOrThrow();
    expect(notification.read_at).toBeNull();
  });
});

describe("a refused read", () => {
  it("leaves an entry in the caller's own chain that the caller's region admin sees, revealing nothing of the other region", async () => {
    const coordinator = callers["coordinator.haaglanden@jeugdregie.demo"]!;
    expect(await outcome(coordinator.placement.get({ requestId: twente.requestId! }))).toBe("NOT_FOUND");
    const entries = (await callers["beheer.haaglanden@jeugdregie.demo"]!.audit.list({ limit: 100 })).items;
    const refusal = entries.find((e) => e.action === "access_refused" && e.entity === "placement.get");
    expect(refusal).toBeDefined();
    expect(refusal).toMatchObject({ userEmail: "coordinator.haaglanden@jeugdregie.demo", role: "placement_coordinator" });
    expect(refusal!.details).toMatchObject({ code: "NOT_FOUND", ids: { requestId: twente.requestId }, ip: "203.0.113.7" });

    const twenteChild = await db.owner
      .selectFrom("placement_requests as r")
      .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
      .select(["c.pseudonym", "c.bsn_hash"])
      .where("r.id", "=", twente.requestId!)
      .executeTakeFirstOrThrow();
    const refusals = JSON.stringify(entries.filter((e) => e.action === "access_refused"));
    for (const secret of [twente.regionId!, "Twente", twenteChild.pseudonym, twenteChild.bsn_hash, "Twente-melding"]) {
      expect(refusals).not.toContain(secret);
    }
    const stored = await db.owner
      .selectFrom("audit_log as a")
      .innerJoin("users as u", "u.id", "a.user_id")
      .select(["a.region_id"])
      .where("a.action", "=", "access_refused")
      .where("u.email", "=", "coordinator.haaglanden@jeugdregie.demo")
      .execute();
    const haaglanden = await db.owner.selectFrom("regions").select("id").where("code", "=", "haaglanden").executeTakeFirstOrThrow();
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.every((s) => s.region_id === haaglanden.id)).toBe(true);
  });

  it("by a provider lands in the platform chain with the provider as organisation", async () => {
    const provider = callers["aanbieder.horizonland@jeugdregie.demo"]!;
    expect(await outcome(provider.provider.dossier({ offerId: twente.acceptedOfferId! }))).toBe("FORBIDDEN");
    const horizonland = await db.owner.selectFrom("providers").select("id").where("kvk", "=", "41150002").executeTakeFirstOrThrow();
    const entry = await db.owner
      .selectFrom("audit_log")
      .select(["region_id", "organisation", "entity", "entity_id"])
      .where("action", "=", "access_refused")
      .where("entity", "=", "provider.dossier")
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ region_id: null, organisation: horizonland.id, entity: "provider.dossier", entity_id: twente.acceptedOfferId });
  });
});
