import type { SupraPlanning } from "@jeugdregie/domain";
import type { Database } from "../client.ts";
import { bulkInsert, iso } from "./bulk.ts";

/**
 * Writes the supra regions' planning in bulk as the owner: allocations (after the accepted
 * negotiations moved places, so an accepted one is recorded as applied) and the negotiations
 * with every step of their turns.
 */
export async function writeSupraPlanning(db: Database, planning: SupraPlanning): Promise<{ allocations: number; negotiations: number }> {
  await bulkInsert(
    db,
    "supra_allocations",
    [
      ["supra_region_id", "uuid"],
      ["care_type", "text"],
      ["year", "int"],
      ["region_id", "uuid"],
      ["places", "int"],
    ],
    planning.allocations.map((a) => [a.supraRegionId, a.careType, a.year, a.regionId, a.places]),
  );
  await bulkInsert(
    db,
    "capacity_negotiations",
    [
      ["id", "uuid"],
      ["supra_region_id", "uuid"],
      ["care_type", "text"],
      ["opener_region_id", "uuid"],
      ["counterparty_region_id", "uuid"],
      ["places", "int"],
      ["period_start", "date"],
      ["period_end", "date"],
      ["status", "text"],
      ["last_move", "text"],
      ["created_at", "timestamptz"],
      ["updated_at", "timestamptz"],
      ["applied_at", "timestamptz"],
    ],
    planning.negotiations.map((n) => [
      n.id,
      n.supraRegionId,
      n.careType,
      n.openerRegionId,
      n.counterpartyRegionId,
      n.state.places,
      n.periodStart,
      n.periodEnd,
      n.state.status,
      n.state.lastMove,
      iso(n.createdAt),
      iso(n.updatedAt),
      n.state.status === "accepted" ? iso(n.updatedAt) : null,
    ]),
  );
  await bulkInsert(
    db,
    "negotiation_steps",
    [
      ["negotiation_id", "uuid"],
      ["side", "text"],
      ["action", "text"],
      ["places", "int"],
      ["note", "text"],
      ["actor_user_id", "uuid"],
      ["actor_role", "text"],
      ["created_at", "timestamptz"],
    ],
    planning.negotiations.flatMap((n) =>
      n.steps.map((s) => [n.id, s.side, s.action, s.places, s.note, s.actorUserId, s.actorRole, iso(s.createdAt)]),
    ),
  );
  return { allocations: planning.allocations.length, negotiations: planning.negotiations.length };
}
