import { randomUUID } from "node:crypto";
import type { Database } from "@jeugdregie/db";
import type { CareType, OfferStatus, RequestStatus, Role, TenantScope } from "@jeugdregie/domain";
import { testCrypto } from "./api.ts";
import { arrangeSettlement } from "./tenant-settlement.ts";
import { arrangeFigures } from "./tenant-figures.ts";
import { arrangeIdentityProvider } from "./tenant-identity.ts";

/**
 * Two complete tenants, A and B, each with a row in every tenant-owned table: a region in its
 * own supra region, a provider contracted only there, locations, users for every role, children
 * with regular and crisis requests, documents, offers, placements, need records, notifications,
 * justifications, allocations, a negotiation, a phase-out plan, imports, invitations, e-mail,
 * identity-provider settings, a guarantee settlement and audit entries. Every private text
 * carries the tenant's marker (`GEHEIM-A` / `GEHEIM-B`), so a test can look for the other tenant.
 *
 * Arranged as the owner (bypassing RLS) because what is tested is what the application role
 * can reach afterwards.
 */
export const REGION_ROLES = ["region_admin", "placement_coordinator", "crisis_team", "referrer"] as const;
export const PROVIDER_ROLES = ["provider_user", "provider_admin"] as const;

export interface TenantWorld {
  tag: "A" | "B";
  marker: string;
  regionId: string;
  regionCode: string;
  supraRegionId: string;
  providerId: string;
  municipalityCode: string;
  segmentId: string;
  contractId: string;
  locationId: string;
  secondLocationId: string;
  childId: string;
  requestId: string;
  crisisRequestId: string;
  /** A request being matched, with no open offer: the one an offer can be sent for. */
  matchingRequestId: string;
  documentId: string;
  openOfferId: string;
  acceptedOfferId: string;
  placementId: string;
  justificationId: string;
  negotiationId: string;
  importJobId: string;
  invitationId: string;
  notificationId: string;
  settlementId: string;
  users: Record<string, { id: string; email: string }>;
  /** Every id of a row only this tenant may see: none of them may show up for the other tenant. */
  privateIds: string[];
  scopeOf(role: Role): TenantScope;
}

const YEAR = new Date().getFullYear();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export async function arrangeTenantWorld(
  owner: Database,
  tag: "A" | "B",
  index: number,
  passwordHash: string | null = null,
): Promise<TenantWorld> {
  const marker = `GEHEIM-${tag}`;
  const lower = tag.toLowerCase();
  const municipalityCode = `GM97${String(index).padStart(2, "0")}`;
  const region = await owner
    .insertInto("regions")
    .values({ code: `wereld-${lower}`, name: `Regio ${tag}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const regionId = region.id;
  await owner
    .insertInto("reference_municipalities")
    .values({
      code: municipalityCode,
      name: `Gemeente ${tag}`,
      province: `Provincie ${tag}`,
      jeugdzorgregio: `Regio ${tag}`,
      valid_from: "2026-01-01",
    })
    .execute();
  await owner
    .insertInto("municipalities")
    .values({ region_id: regionId, code: municipalityCode, name: `Gemeente ${tag}` })
    .execute();
  const supra = await owner
    .insertInto("supra_regions")
    .values({ code: `landsdeel-${lower}`, name: `Landsdeel ${tag}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner.insertInto("supra_region_members").values({ supra_region_id: supra.id, region_id: regionId }).execute();
  await owner.insertInto("supra_region_care_types").values({ supra_region_id: supra.id, care_type: "jeugdzorgplus" }).execute();
  const provider = await owner
    .insertInto("providers")
    .values({ name: `Aanbieder ${tag}`, kvk: `970000${String(index).padStart(2, "0")}`, agb: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  const providerId = provider.id;

  const users: TenantWorld["users"] = {};
  const addUser = async (role: Role, scope: { region_id?: string; provider_id?: string; supra_region_id?: string }) => {
    const email = `${role.replace(/_/g, "-")}.${lower}@wereld.test`;
    const user = await owner
      .insertInto("users")
      .values({ email, display_name: `${marker} ${role}`, password_hash: passwordHash })
      .returning("id")
      .executeTakeFirstOrThrow();
    await owner
      .insertInto("memberships")
      .values({
        user_id: user.id,
        role,
        region_id: scope.region_id ?? null,
        provider_id: scope.provider_id ?? null,
        supra_region_id: scope.supra_region_id ?? null,
      })
      .execute();
    users[role] = { id: user.id, email };
  };
  for (const role of REGION_ROLES) await addUser(role, { region_id: regionId });
  for (const role of PROVIDER_ROLES) await addUser(role, { provider_id: providerId });
  await addUser("supra_coordinator", { supra_region_id: supra.id });
  const coordinator = users.placement_coordinator!.id;

  await owner
    .insertInto("region_settings")
    .values({
      region_id: regionId,
      required_documents: ["verklarende_analyse"],
      offer_response_hours: 72,
      crisis_cap_days: 28,
      capacity_freshness_days: 7,
      care_types: ["jeugdzorgplus", "behandelgroep"],
      updated_at: new Date(),
    })
    .execute();
  const segment = await owner
    .insertInto("segments")
    .values({ region_id: regionId, name: `${marker} segment`, description: marker })
    .returning("id")
    .executeTakeFirstOrThrow();
  const contract = await owner
    .insertInto("contracts")
    .values({
      region_id: regionId,
      provider_id: providerId,
      segment_id: segment.id,
      provider_role: "tactical_core",
      financing_form: "pxq",
      starts_on: `${YEAR - 1}-01-01`,
      ends_on: `${YEAR + 2}-12-31`,
      revision_clause: `${marker} herziening`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner
    .insertInto("contract_products")
    .values({
      region_id: regionId,
      contract_id: contract.id,
      provider_id: providerId,
      product_code: "43A01",
      product_category: "43",
      unit: "14",
      tariff_cents: 50_000,
      starts_on: `${YEAR - 1}-01-01`,
      ends_on: `${YEAR + 2}-12-31`,
    })
    .execute();
  await owner
    .insertInto("intensity_tariffs")
    .values({ region_id: regionId, band: "K", min_hours: 4, max_hours: 5, tariff_cents: 58_227, valid_from: `${YEAR}-01-01` })
    .execute();
  const location = (name: string, careTypes: CareType[]) => ({
    region_id: regionId,
    provider_id: providerId,
    name: `${marker} ${name}`,
    municipality_code: municipalityCode,
    care_types: careTypes,
    age_min: 6,
    age_max: 23,
    capacity: 4,
    capacity_confirmed_at: new Date(),
  });
  const [firstLocation, secondLocation] = await owner
    .insertInto("locations")
    .values([location("De Linde", ["jeugdzorgplus"]), location("Het Baken", ["behandelgroep", "crisisplek"])])
    .returning("id")
    .execute();
  const locationId = firstLocation!.id;
  const secondLocationId = secondLocation!.id;

  const child = await owner
    .insertInto("children")
    .values({
      region_id: regionId,
      pseudonym: `J-${tag}${tag}${tag}${tag}${tag}${tag}${tag}`,
      bsn_hash: testCrypto.lookupHash(`11122233${index}`),
      bsn_encrypted: testCrypto.encrypt(`11122233${index}`),
      name_encrypted: testCrypto.encrypt(`${marker} Naam Kind`),
      birth_date: "2011-05-05",
      gender: "2",
      home_municipality_code: municipalityCode,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const request = (urgency: "regular" | "crisis", status: RequestStatus, careType: CareType) => ({
    region_id: regionId,
    child_id: child.id,
    referrer_user_id: users.referrer!.id,
    referrer_kind: "01",
    urgency,
    status,
    care_type: careType,
    constraints: `${marker} beperkingen`,
    analysis_summary: `${marker} analyse`,
    school_name: `${marker} school`,
    submitted_at: new Date(),
  });
  const [regular, crisis, matching] = await owner
    .insertInto("placement_requests")
    .values([
      request("regular", "offered", "jeugdzorgplus"),
      request("crisis", "placed", "crisisplek"),
      // a second request in progress for the child: only as a coordinator's deliberate link
      { ...request("regular", "matching", "behandelgroep"), linked_reason: `${marker} tweede traject` },
    ])
    .returning("id")
    .execute();
  const requestId = regular!.id;
  const crisisRequestId = crisis!.id;
  const matchingRequestId = matching!.id;
  const document = await owner
    .insertInto("request_documents")
    .values({
      region_id: regionId,
      request_id: requestId,
      kind: "verklarende_analyse",
      filename: `${marker}-analyse.pdf`,
      content_type: "application/pdf",
      size_bytes: 12,
      content: Buffer.from(`%PDF ${marker}`),
      uploaded_by: users.referrer!.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const offer = (request: string, location: string, status: OfferStatus) => ({
    region_id: regionId,
    request_id: request,
    location_region_id: regionId,
    location_id: location,
    provider_id: providerId,
    status,
    sent_by: coordinator,
    deadline_at: new Date(Date.now() + 3 * 86_400_000),
    responded_at: status === "open" ? null : new Date(),
  });
  const [openOffer, acceptedOffer] = await owner
    .insertInto("offers")
    .values([offer(requestId, locationId, "open"), offer(crisisRequestId, secondLocationId, "accepted")])
    .returning("id")
    .execute();
  const placement = await owner
    .insertInto("placements")
    .values({
      region_id: regionId,
      request_id: crisisRequestId,
      offer_id: acceptedOffer!.id,
      location_region_id: regionId,
      location_id: secondLocationId,
      provider_id: providerId,
      starts_on: day(-3),
      crisis_cap_ends_on: day(25),
      at_risk_note: `${marker} signaal`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner
    .insertInto("need_records")
    .values([
      { region_id: regionId, request_id: requestId, needed_care_type: "jeugdzorgplus", urgency: "regular", offers_made: 1 },
      {
        region_id: regionId,
        request_id: crisisRequestId,
        needed_care_type: "crisisplek",
        urgency: "crisis",
        offers_made: 1,
        placed_provider_id: providerId,
      },
    ])
    .execute();
  const notification = await owner
    .insertInto("notifications")
    .values({ region_id: regionId, kind: "crisis_cap", request_id: crisisRequestId, message: `${marker} melding` })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner
    .insertInto("oor_frameworks")
    .values({
      region_id: regionId,
      criteria: JSON.stringify([{ code: "safety", label: `${marker} veiligheid` }]),
      approver: "region_coordinator",
      second_person: true,
      updated_at: new Date(),
    })
    .execute();
  const justification = await owner
    .insertInto("oor_justifications")
    .values({
      region_id: regionId,
      request_id: requestId,
      location_region_id: regionId,
      location_id: locationId,
      criteria: ["safety"],
      evidence: JSON.stringify({ safety: `${marker} onderbouwing` }),
      in_region_reasons: `${marker} redenen`,
      created_by: coordinator,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner
    .insertInto("supra_allocations")
    .values({ supra_region_id: supra.id, care_type: "jeugdzorgplus", year: YEAR, region_id: regionId, places: 3 })
    .execute();
  const negotiation = await owner
    .insertInto("capacity_negotiations")
    .values({
      supra_region_id: supra.id,
      care_type: "jeugdzorgplus",
      opener_region_id: regionId,
      counterparty_region_id: null,
      places: 1,
      period_start: `${YEAR}-01-01`,
      period_end: `${YEAR}-12-31`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await owner
    .insertInto("negotiation_steps")
    .values({
      negotiation_id: negotiation.id,
      side: "opener",
      action: "open",
      places: 1,
      note: `${marker} voorstel`,
      actor_user_id: coordinator,
      actor_role: "placement_coordinator",
    })
    .execute();
  await owner
    .insertInto("phase_out_plans")
    .values({ supra_region_id: supra.id, provider_id: providerId, year: YEAR + 1, planned_places: 2 })
    .execute();
  const importJob = await owner
    .insertInto("import_jobs")
    .values({ region_id: regionId, kind: "locations", filename: `${marker}.csv`, content: marker, created_by: users.region_admin!.id })
    .returning("id")
    .executeTakeFirstOrThrow();
  const invitation = await owner
    .insertInto("invitations")
    .values({
      token_hash: `${marker}-token-hash`,
      email: `uitgenodigd.${lower}@wereld.test`,
      role: "placement_coordinator",
      region_id: regionId,
      invited_by: users.region_admin!.id,
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // A second factor of one of the tenant's people: only that person's own transactions see it.
  await owner
    .insertInto("mfa_totp")
    .values({ user_id: coordinator, secret_encrypted: testCrypto.encrypt(`${marker}-totp-secret`) })
    .execute();
  await owner
    .insertInto("outbox")
    .values({
      region_id: regionId,
      kind: "email",
      recipient: `uitgenodigd.${lower}@wereld.test`,
      subject: `${marker} onderwerp`,
      body: testCrypto.encrypt(`${marker} bericht`),
    })
    .execute();
  await arrangeIdentityProvider(owner, regionId, marker, lower);
  await owner
    .insertInto("audit_log")
    .values({
      region_id: regionId,
      user_id: coordinator,
      role: "placement_coordinator",
      action: "read",
      entity: "placement_request",
      entity_id: requestId,
      details: JSON.stringify({ note: marker }),
    })
    .execute();
  await arrangeFigures(owner, { regionId, providerId, locationId, contractId: contract.id, requestedBy: users.region_admin!.id });

  const ids = {
    regionId,
    regionCode: `wereld-${lower}`,
    supraRegionId: supra.id,
    providerId,
    municipalityCode,
    segmentId: segment.id,
    contractId: contract.id,
    locationId,
    secondLocationId,
    childId: child.id,
    requestId,
    crisisRequestId,
    matchingRequestId,
    documentId: document.id,
    openOfferId: openOffer!.id,
    acceptedOfferId: acceptedOffer!.id,
    placementId: placement.id,
    justificationId: justification.id,
    negotiationId: negotiation.id,
    importJobId: importJob.id,
    invitationId: invitation.id,
    notificationId: notification.id,
    settlementId: await arrangeSettlement(owner, { regionId, contractId: contract.id, providerId, users, marker }),
  };
  const privateIds = [
    ids.segmentId,
    ids.contractId,
    ids.locationId,
    ids.secondLocationId,
    ids.childId,
    ids.requestId,
    ids.crisisRequestId,
    ids.matchingRequestId,
    ids.documentId,
    ids.openOfferId,
    ids.acceptedOfferId,
    ids.placementId,
    ids.justificationId,
    ids.negotiationId,
    ids.importJobId,
    ids.invitationId,
    ids.notificationId,
    ids.settlementId,
    ...Object.values(users).map((u) => u.id),
  ];
  const scopeOf = (role: Role): TenantScope => {
    const user = users[role]?.id ?? randomUUID();
    if ((REGION_ROLES as readonly string[]).includes(role))
      return { userId: user, role, regionId: regionId, providerId: null, supraRegionId: null };
    if ((PROVIDER_ROLES as readonly string[]).includes(role))
      return { userId: user, role, regionId: null, providerId, supraRegionId: null };
    if (role === "supra_coordinator") return { userId: user, role, regionId: null, providerId: null, supraRegionId: supra.id };
    return { userId: user, role, regionId: null, providerId: null, supraRegionId: null };
  };
  return { tag, marker, ...ids, users, privateIds, scopeOf };
}
