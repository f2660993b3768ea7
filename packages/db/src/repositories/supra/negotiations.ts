import {
  AppError,
  otherSide,
  regionOfSide,
  respond,
  sideOf,
  validateNegotiationOpening,
  type NegotiationAction,
  type TenantScope,
} from "@jeugdregie/domain";
import type { FieldCipher } from "../../field-cipher.ts";
import type { Tx } from "../../tenant.ts";
import { writeAudit } from "../audit.ts";
import { enqueueEmail } from "../onboarding/outbox.ts";
import { applyAgreement } from "./negotiation-agreement.ts";
import { callerOf, partiesOf } from "./negotiation-parties.ts";

export interface NegotiationOpening {
  /** Which supra group; may be left out when only one of the scope's groups pools the care type. */
  supraRegionId: string | null;
  careType: string;
  counterpartyRegionId: string | null;
  places: number;
  periodStart: string;
  periodEnd: string;
  note: string | null;
}

const notInSupraRegion = () =>
  new AppError("FORBIDDEN", {
    nl: "Je regio hoort niet bij dit bovenregionaal verband.",
    en: "Your region is not part of this supra region.",
  });

/** The supra groups the scope acts in: the supra coordinator's own, or every group the region belongs to. */
async function supraGroupsOf(tx: Tx, scope: TenantScope): Promise<string[]> {
  if (scope.supraRegionId) return [scope.supraRegionId];
  if (!scope.regionId) return [];
  const rows = await tx.selectFrom("supra_region_members").select("supra_region_id").where("region_id", "=", scope.regionId).execute();
  return rows.map((r) => r.supra_region_id);
}

/**
 * The supra group a negotiation is about: the one asked for (when the scope belongs to it), else
 * the one group of the scope that pools the care type. A region in two groups negotiates in both.
 */
async function resolveSupraRegion(tx: Tx, scope: TenantScope, asked: string | null, careType: string): Promise<string> {
  const groups = await supraGroupsOf(tx, scope);
  if (groups.length === 0)
    throw new AppError("FORBIDDEN", {
      nl: "Je regio hoort niet bij een bovenregionaal verband.",
      en: "Your region is not part of a supra region.",
    });
  if (asked) {
    if (!groups.includes(asked)) throw notInSupraRegion();
    return asked;
  }
  const pooling = (
    await tx
      .selectFrom("supra_region_care_types")
      .select("supra_region_id")
      .where("supra_region_id", "in", groups)
      .where("care_type", "=", careType)
      .execute()
  ).map((r) => r.supra_region_id);
  if (pooling.length > 1)
    throw new AppError("BAD_INPUT", {
      nl: `Zorgvorm ${careType} wordt in meer dan één verband gedeeld: kies het verband.`,
      en: `Care type ${careType} is pooled in more than one supra region: choose one.`,
    });
  return pooling[0] ?? groups[0]!;
}

/** E-mails (through the outbox) the coordinators of the region whose move it now is. */
async function tellCoordinators(
  tx: Tx,
  cipher: Pick<FieldCipher, "encrypt">,
  regionId: string | null,
  subject: string,
  body: string,
): Promise<string[]> {
  if (!regionId) return [];
  const people = await tx
    .selectFrom("memberships as m")
    .innerJoin("users as u", "u.id", "m.user_id")
    .select("u.email")
    .where("m.region_id", "=", regionId)
    .where("m.role", "=", "placement_coordinator")
    .execute();
  const ids: string[] = [];
  for (const p of people) ids.push(await enqueueEmail(tx, cipher, { regionId, recipient: p.email, subject, body }));
  return ids;
}

export async function openNegotiation(tx: Tx, scope: TenantScope, input: NegotiationOpening, cipher: Pick<FieldCipher, "encrypt">) {
  const supraRegionId = await resolveSupraRegion(tx, scope, input.supraRegionId, input.careType);
  const openerRegionId = scope.supraRegionId ? null : scope.regionId;
  if (openerRegionId === null && !input.counterpartyRegionId)
    throw new AppError("BAD_INPUT", { nl: "Kies de regio waarmee je onderhandelt.", en: "Choose the region to negotiate with." });
  if (input.counterpartyRegionId && input.counterpartyRegionId === openerRegionId)
    throw new AppError("BAD_INPUT", {
      nl: "Onderhandel met een andere regio of met de pool.",
      en: "Negotiate with another region or the pool.",
    });
  const pooled = (
    await tx.selectFrom("supra_region_care_types").select("care_type").where("supra_region_id", "=", supraRegionId).execute()
  ).map((r) => r.care_type);
  validateNegotiationOpening({ ...input, pooledCareTypes: pooled });
  if (input.counterpartyRegionId) {
    const member = await tx
      .selectFrom("supra_region_members")
      .select("region_id")
      .where("supra_region_id", "=", supraRegionId)
      .where("region_id", "=", input.counterpartyRegionId)
      .executeTakeFirst();
    if (!member)
      throw new AppError("NOT_FOUND", {
        nl: "Die regio hoort niet bij dit bovenregionaal verband.",
        en: "That region is not part of this supra region.",
      });
  }
  const created = await tx
    .insertInto("capacity_negotiations")
    .values({
      supra_region_id: supraRegionId,
      care_type: input.careType,
      opener_region_id: openerRegionId,
      counterparty_region_id: input.counterpartyRegionId,
      places: input.places,
      period_start: input.periodStart,
      period_end: input.periodEnd,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await tx
    .insertInto("negotiation_steps")
    .values({
      negotiation_id: created.id,
      side: "opener",
      action: "open",
      places: input.places,
      note: input.note,
      actor_user_id: scope.userId,
      actor_role: scope.role,
    })
    .execute();
  await writeAudit(tx, scope, {
    action: "create",
    entity: "capacity_negotiation",
    entityId: created.id,
    regionId: openerRegionId,
    details: { ...input },
  });
  const outboxIds = await tellCoordinators(
    tx,
    cipher,
    input.counterpartyRegionId,
    "Nieuw verzoek om capaciteit",
    `Er is een capaciteitsonderhandeling geopend over ${input.places} plek(ken) ${input.careType} (${input.periodStart} t/m ${input.periodEnd}). Reageer in Jeugdregie.`,
  );
  return { ...created, outboxIds };
}

export async function answerNegotiation(
  tx: Tx,
  scope: TenantScope,
  negotiationId: string,
  action: NegotiationAction,
  counterPlaces: number | undefined,
  note: string | null,
  cipher: Pick<FieldCipher, "encrypt">,
) {
  const n = await tx.selectFrom("capacity_negotiations").selectAll().where("id", "=", negotiationId).forUpdate().executeTakeFirst();
  if (!n)
    throw new AppError("NOT_FOUND", {
      nl: "Deze onderhandeling bestaat niet (of je bent geen partij).",
      en: "This negotiation does not exist (or you are not a party).",
    });
  const mine = scope.regionId;
  const side = sideOf(callerOf(scope), partiesOf(n));
  if (!side)
    throw new AppError("FORBIDDEN", { nl: "Je bent geen partij in deze onderhandeling.", en: "You are not a party to this negotiation." });
  const next = respond({ status: n.status, places: n.places, lastMove: n.last_move }, side, action, counterPlaces);
  await tx
    .updateTable("capacity_negotiations")
    .set({ status: next.status, places: next.places, last_move: next.lastMove, updated_at: new Date() })
    .where("id", "=", negotiationId)
    .execute();
  await tx
    .insertInto("negotiation_steps")
    .values({ negotiation_id: negotiationId, side, action, places: next.places, note, actor_user_id: scope.userId, actor_role: scope.role })
    .execute();
  if (next.status === "accepted") await applyAgreement(tx, { ...n, places: next.places });
  await writeAudit(tx, scope, {
    action: "update",
    entity: "capacity_negotiation",
    entityId: negotiationId,
    regionId: mine ?? null,
    details: { side, action, places: next.places },
  });
  const outboxIds = await tellCoordinators(
    tx,
    cipher,
    regionOfSide(otherSide(side), partiesOf(n)),
    `Capaciteitsonderhandeling: ${action === "counter" ? "tegenvoorstel" : action === "accept" ? "akkoord" : "afgewezen"}`,
    `De andere partij reageerde op de onderhandeling over ${n.care_type}: ${next.places} plek(ken), status ${next.status}.`,
  );
  return { ...next, outboxIds };
}

/** What the opening form offers, per supra group of the scope: its pooled care types and its other member regions. */
export async function negotiationOptions(tx: Tx, scope: TenantScope) {
  const groups = await supraGroupsOf(tx, scope);
  if (groups.length === 0) return { groups: [] };
  const [supraRegions, careTypes, partners] = await Promise.all([
    tx.selectFrom("supra_regions").select(["id", "name"]).where("id", "in", groups).orderBy("name").execute(),
    tx
      .selectFrom("supra_region_care_types")
      .select(["supra_region_id", "care_type"])
      .where("supra_region_id", "in", groups)
      .orderBy("care_type")
      .execute(),
    tx
      .selectFrom("supra_region_members as m")
      .innerJoin("regions as r", "r.id", "m.region_id")
      .select(["m.supra_region_id", "r.id", "r.name"])
      .where("m.supra_region_id", "in", groups)
      // a region negotiates with the others; a supra coordinator's scope has no region of its own
      .$if(scope.regionId !== null, (q) => q.where("r.id", "<>", scope.regionId!))
      .orderBy("r.name")
      .execute(),
  ]);
  return {
    groups: supraRegions.map((g) => ({
      supraRegionId: g.id,
      name: g.name,
      careTypes: careTypes.filter((c) => c.supra_region_id === g.id).map((c) => c.care_type),
      partners: partners.filter((p) => p.supra_region_id === g.id).map((p) => ({ id: p.id, name: p.name })),
    })),
  };
}
