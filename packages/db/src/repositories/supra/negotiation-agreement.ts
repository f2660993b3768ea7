import { sql } from "kysely";
import { assertGiverHasPlaces, type Giver } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";
import { mapConstraintError } from "../pg-errors.ts";
import { poolCapacity } from "./allocations.ts";

interface Agreement {
  id: string;
  supra_region_id: string;
  care_type: string;
  opener_region_id: string | null;
  counterparty_region_id: string | null;
  places: number;
  period_start: string;
}

const changedMeanwhile = {
  nl: "Er zijn intussen niet genoeg plekken meer om af te staan: de toewijzingen zijn gewijzigd. Bekijk ze en probeer het opnieuw.",
  en: "There are no longer enough places to give: the allocations changed meanwhile. Review them and try again.",
  code: "BAD_INPUT" as const,
};

/** The side that gives the agreed places (the counterparty), with what it has to give for that year. */
async function giverOf(tx: Tx, n: Agreement, year: number): Promise<Giver> {
  if (n.counterparty_region_id) {
    const [allocation, region] = await Promise.all([
      tx
        .selectFrom("supra_allocations")
        .select("places")
        .where("supra_region_id", "=", n.supra_region_id)
        .where("care_type", "=", n.care_type)
        .where("year", "=", year)
        .where("region_id", "=", n.counterparty_region_id)
        .executeTakeFirst(),
      tx.selectFrom("regions").select("name").where("id", "=", n.counterparty_region_id).executeTakeFirst(),
    ]);
    return { kind: "region", name: region?.name ?? "De andere regio", allocated: allocation?.places ?? 0 };
  }
  const allocated = await tx
    .selectFrom("supra_allocations")
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>("places"), eb.lit(0)).as("total"))
    .where("supra_region_id", "=", n.supra_region_id)
    .where("care_type", "=", n.care_type)
    .where("year", "=", year)
    .executeTakeFirstOrThrow();
  return { kind: "pool", unallocated: (await poolCapacity(tx, n.supra_region_id, n.care_type)) - Number(allocated.total) };
}

/**
 * Moves the agreed places: the domain says clearly why not when the giver lacks them; the database
 * function moves them exactly once, under a lock per pool and year, and re-checks the same rule.
 */
export async function applyAgreement(tx: Tx, n: Agreement): Promise<void> {
  const year = Number(n.period_start.slice(0, 4));
  assertGiverHasPlaces(await giverOf(tx, n, year), n.places, { year, careType: n.care_type });
  await sql`select app.apply_negotiation(${n.id})`.execute(tx).catch((error: unknown) => {
    throw mapConstraintError(error, {
      negotiation_giver_holds_places: changedMeanwhile,
      negotiation_pool_has_places: changedMeanwhile,
    });
  });
}
