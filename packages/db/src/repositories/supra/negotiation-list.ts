import { sql } from "kysely";
import { isNegotiationOpen, isTurnOf, sideOf, type TenantScope } from "@jeugdregie/domain";
import { keysetPage, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";
import { actorIdentities } from "../users.ts";
import { callerOf, partiesOf } from "./negotiation-parties.ts";
import { anyOfIds } from "../../any-of.ts";

/** Negotiations the scope is a party to (RLS), a page newest first, with their steps and whose turn it is. */
export async function listNegotiations(tx: Tx, scope: TenantScope, page: PageRequest = {}) {
  const query = tx
    .selectFrom("capacity_negotiations as n")
    .leftJoin("regions as o", "o.id", "n.opener_region_id")
    .leftJoin("regions as c", "c.id", "n.counterparty_region_id")
    .select([
      "n.id",
      "n.supra_region_id",
      "n.care_type",
      "n.places",
      "n.period_start",
      "n.period_end",
      "n.status",
      "n.last_move",
      "n.opener_region_id",
      "n.counterparty_region_id",
      "o.name as opener_name",
      "c.name as counterparty_name",
      "n.updated_at",
    ]);
  const keys = [
    { expr: sql`n.updated_at`, type: "timestamptz" as const },
    { expr: sql`n.id`, type: "uuid" as const },
  ];
  const { items: rows, nextCursor } = await keysetPage(query, keys, "desc", page);
  const stepRows = rows.length
    ? await tx
        .selectFrom("negotiation_steps as s")
        .select(["s.negotiation_id", "s.side", "s.action", "s.places", "s.note", "s.actor_user_id", "s.created_at"])
        .where(
          anyOfIds(
            "s.negotiation_id",
            rows.map((r) => r.id),
          ),
        )
        .orderBy("s.id")
        .execute()
    : [];
  const actors = await actorIdentities(
    tx,
    stepRows.map((s) => s.actor_user_id),
  );
  const steps = stepRows.map(({ actor_user_id, ...s }) => ({ ...s, display_name: actors.get(actor_user_id)?.displayName ?? null }));
  const items = rows.map((r) => {
    const side = sideOf(callerOf(scope), partiesOf(r));
    return {
      ...r,
      openerName: r.opener_name ?? "Pool",
      counterpartyName: r.counterparty_name ?? "Pool",
      myTurn: isTurnOf({ status: r.status, lastMove: r.last_move }, side),
      steps: steps.filter((s) => s.negotiation_id === r.id),
    };
  });
  return { items, nextCursor };
}

/**
 * How many of the scope's negotiations are open and how many wait for the caller, without reading
 * them all: SQL groups them by what decides the caller's side and turn (a handful of groups), and
 * the domain's `sideOf`/`isTurnOf` decide per group.
 */
export async function negotiationCounts(tx: Tx, scope: TenantScope): Promise<{ open: number; myTurn: number }> {
  const groups = await tx
    .selectFrom("capacity_negotiations as n")
    .select([
      "n.supra_region_id",
      "n.status",
      "n.last_move",
      // Only whether a party is the caller or the pool matters for the side, not which other region it is.
      sql<
        string | null
      >`case when n.opener_region_id = ${scope.regionId} or n.opener_region_id is null then n.opener_region_id::text else 'other' end`.as(
        "opener_region_id",
      ),
      sql<
        string | null
      >`case when n.counterparty_region_id = ${scope.regionId} or n.counterparty_region_id is null then n.counterparty_region_id::text else 'other' end`.as(
        "counterparty_region_id",
      ),
      sql<string>`count(*)`.as("count"),
    ])
    .groupBy([sql`1`, sql`2`, sql`3`, sql`4`, sql`5`])
    .execute();
  let open = 0;
  let myTurn = 0;
  for (const g of groups) {
    const count = Number(g.count);
    if (isNegotiationOpen(g.status)) open += count;
    if (isTurnOf({ status: g.status, lastMove: g.last_move }, sideOf(callerOf(scope), partiesOf(g)))) myTurn += count;
  }
  return { open, myTurn };
}
