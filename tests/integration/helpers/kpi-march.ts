import { randomUUID } from "node:crypto";
import type { Database } from "@jeugdregie/db";
import type { CareType, DECLINE_REASONS } from "@jeugdregie/domain";
import { testCrypto } from "./api.ts";
import type { TenantWorld } from "./tenant-world.ts";

/** March 2025 in region A (see the comments of each request). */
export async function arrangeMarch(owner: Database, a: TenantWorld, b: TenantWorld) {
  const child = async () => {
    const bsn = `9${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    const row = await owner
      .insertInto("children")
      .values({
        region_id: a.regionId,
        pseudonym: `J-${randomUUID().slice(0, 7)}`,
        bsn_hash: testCrypto.lookupHash(bsn),
        bsn_encrypted: testCrypto.encrypt(bsn),
        birth_date: "2012-01-01",
        gender: "1",
        home_municipality_code: a.municipalityCode,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const request = async (
    careType: CareType,
    status: "placed" | "ended" | "withdrawn" | "waiting" | "matching",
    submittedAt: string,
    more: { updatedAt?: string; waitingSince?: string; expertise?: string[]; urgency?: "crisis" } = {},
  ) => {
    const row = await owner
      .insertInto("placement_requests")
      .values({
        region_id: a.regionId,
        child_id: await child(),
        referrer_user_id: a.users.referrer!.id,
        referrer_kind: "01",
        urgency: more.urgency ?? "regular",
        status,
        care_type: careType,
        expertise_tags: more.expertise ?? [],
        submitted_at: new Date(submittedAt),
        waiting_since: more.waitingSince ? new Date(more.waitingSince) : null,
        created_at: new Date(submittedAt),
        updated_at: new Date(more.updatedAt ?? submittedAt),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const offer = async (
    requestId: string,
    location: { regionId: string; id: string; providerId: string },
    status: "accepted" | "declined",
    sentAt: string,
    respondedAt: string,
    reason: (typeof DECLINE_REASONS)[number] | null = null,
  ) => {
    const row = await owner
      .insertInto("offers")
      .values({
        region_id: a.regionId,
        request_id: requestId,
        location_region_id: location.regionId,
        location_id: location.id,
        provider_id: location.providerId,
        status,
        sent_at: new Date(sentAt),
        deadline_at: new Date(new Date(sentAt).getTime() + 3 * 86_400_000),
        responded_at: new Date(respondedAt),
        decline_reason: reason,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const place = async (
    requestId: string,
    offerId: string,
    location: { regionId: string; id: string; providerId: string },
    startsOn: string,
    more: { endedOn?: string; destination?: "home" | "another_placement"; capEndsOn?: string } = {},
  ) =>
    owner
      .insertInto("placements")
      .values({
        region_id: a.regionId,
        request_id: requestId,
        offer_id: offerId,
        location_region_id: location.regionId,
        location_id: location.id,
        provider_id: location.providerId,
        starts_on: startsOn,
        crisis_cap_ends_on: more.capEndsOn ?? null,
        ended_on: more.endedOn ?? null,
        end_destination: more.destination ?? null,
      })
      .execute();
  const l1 = { regionId: a.regionId, id: a.locationId, providerId: a.providerId }; // jeugdzorgplus
  const l2 = { regionId: a.regionId, id: a.secondLocationId, providerId: a.providerId }; // behandelgroep, crisisplek
  const elsewhere = { regionId: b.regionId, id: b.locationId, providerId: b.providerId }; // jeugdzorgplus, region B

  // R1: waited from 1 Feb, declined in Feb, accepted on 3 Mar at its second offer, placed in L1 on 10 Mar (37 days).
  const r1 = await request("jeugdzorgplus", "placed", "2025-02-01T10:00:00Z");
  await offer(r1, l1, "declined", "2025-02-05T10:00:00Z", "2025-02-06T10:00:00Z", "no_capacity");
  await place(r1, await offer(r1, l1, "accepted", "2025-03-02T10:00:00Z", "2025-03-03T10:00:00Z"), l1, "2025-03-10");
  // R2: behandelgroep with trauma expertise, its document before its first offer; placed out of the region
  // on 5 Mar (4 days), at its first offer, in a place that offers neither: a poor fit.
  const r2 = await request("behandelgroep", "placed", "2025-03-01T12:00:00Z", { expertise: ["trauma"] });
  await owner
    .insertInto("request_documents")
    .values({
      region_id: a.regionId,
      request_id: r2,
      kind: "verklarende_analyse",
      filename: "analyse.pdf",
      content_type: "application/pdf",
      size_bytes: 4,
      content: Buffer.from("%PDF"),
      uploaded_at: new Date("2025-03-02T09:00:00Z"),
    })
    .execute();
  await place(r2, await offer(r2, elsewhere, "accepted", "2025-03-03T10:00:00Z", "2025-03-04T10:00:00Z"), elsewhere, "2025-03-05");
  // R3: matched on 6 Mar without the required document, declined for age, waiting since 12 Mar: on the list, 27 days at 1 Apr.
  const r3 = await request("jeugdzorgplus", "waiting", "2025-03-05T09:00:00Z", {
    expertise: ["lvb"],
    waitingSince: "2025-03-12T09:00:00Z",
  });
  await offer(r3, l1, "declined", "2025-03-06T10:00:00Z", "2025-03-07T10:00:00Z", "age");
  // R4: a crisis stay in L2 from 21 Jan, cap on 18 Feb, ended 15 Mar into another placement: over the cap, a re-placement, 14 days in March.
  const r4 = await request("crisisplek", "ended", "2025-01-20T08:00:00Z", { urgency: "crisis" });
  const o4 = await offer(r4, l2, "accepted", "2025-01-20T09:00:00Z", "2025-01-20T10:00:00Z");
  await place(r4, o4, l2, "2025-01-21", { capEndsOn: "2025-02-18", endedOn: "2025-03-15", destination: "another_placement" });
  // R5: in L2 since December, ended 20 Mar going home: 19 days in March.
  const r5 = await request("behandelgroep", "ended", "2024-12-01T08:00:00Z");
  await place(r5, await offer(r5, l2, "accepted", "2024-12-05T09:00:00Z", "2024-12-06T10:00:00Z"), l2, "2024-12-10", {
    endedOn: "2025-03-20",
    destination: "home",
  });
  // R6: withdrawn in February: not in March at all. R7: submitted and withdrawn in March: ran, not on the list.
  await request("jeugdzorgplus", "withdrawn", "2025-02-10T08:00:00Z", { updatedAt: "2025-02-20T08:00:00Z" });
  await request("jeugdzorgplus", "withdrawn", "2025-03-20T10:00:00Z", { updatedAt: "2025-03-25T10:00:00Z" });
  // R8: behandelgroep being matched since 15 Feb, no offer yet: on the list, 45 days at 1 Apr.
  await request("behandelgroep", "matching", "2025-02-15T08:00:00Z");
}
