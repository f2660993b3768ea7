import { sql } from "kysely";
import { dutchToday, KPI_TIME_ZONE, longWaitCutoff, type DrillableKpi, type KpiPeriod } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

export interface DrillFilter {
  careType?: string;
  providerId?: string;
  municipalityCode?: string;
  breakdown?: string;
}

/** One row behind a number: a request (pseudonymised: no name, no BSN), and for a decline the offer. */
export interface DrillRow {
  requestId: string;
  pseudonym: string;
  careType: string;
  urgency: string;
  status: string;
  municipalityName: string;
  submittedAt: Date | null;
  /** Days on the list at the month's end (waiting KPIs). */
  daysWaiting: number | null;
  providerName: string | null;
  offerId: string | null;
  declineReason: string | null;
  respondedAt: Date | null;
}

/** The day the waiting is counted on (the snapshot's peildatum): the next month's first day, or today for the running month. */
const endDay = (period: KpiPeriod, now: Date) => {
  const today = dutchToday(now);
  return period.nextFirstDay <= today ? period.nextFirstDay : today;
};

/**
 * The rows behind a region-month's number, a keyset page, read under the caller's policies (a
 * coordinator of the region sees its requests and children; nobody else does). The same
 * population as the snapshot (packages/db/src/repositories/kpi/measures.ts):
 * - waiting_list: requests submitted before the month's end, not placed before it, not withdrawn;
 *   long_wait: of those, submitted more than four months before the end. The provider is the one
 *   of the request's last offer before the end. Oldest first.
 * - declines: offers declined in the month, by reason ("other" for an uncoded one). Oldest first.
 */
export async function kpiDrillDownPage(
  tx: Tx,
  regionId: string,
  kpi: DrillableKpi,
  period: KpiPeriod,
  now: Date,
  filter: DrillFilter,
  page: PageRequest = {},
): Promise<Page<DrillRow>> {
  return kpi === "declines"
    ? declinePage(tx, regionId, period, now, filter, page)
    : waitingPage(tx, regionId, kpi, period, now, filter, page);
}

const tz = sql.lit(KPI_TIME_ZONE);
/** The period's end as a moment: the next month's first midnight in Amsterdam, or now. */
const periodEnd = (period: KpiPeriod, now: Date) =>
  sql`least(${period.nextFirstDay}::date::timestamp at time zone ${tz}, ${now}::timestamptz)`;

async function waitingPage(
  tx: Tx,
  regionId: string,
  kpi: "waiting_list" | "long_wait",
  period: KpiPeriod,
  now: Date,
  filter: DrillFilter,
  page: PageRequest,
): Promise<Page<DrillRow>> {
  const t1 = periodEnd(period, now);
  const end = endDay(period, now);
  let query = tx
    .selectFrom("placement_requests as r")
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("offers as o")
          .innerJoin("providers as p", "p.id", "o.provider_id")
          .select(["o.provider_id", "p.name"])
          .whereRef("o.region_id", "=", "r.region_id")
          .whereRef("o.request_id", "=", "r.id")
          .where(sql<boolean>`o.sent_at < ${t1}`)
          .orderBy("o.sent_at", "desc")
          .orderBy("o.id", "desc")
          .limit(1)
          .as("lo"),
      (j) => j.onTrue(),
    )
    .select([
      "r.id",
      "c.pseudonym",
      "r.care_type",
      "r.urgency",
      "r.status",
      "m.name as municipality_name",
      "r.submitted_at",
      sql<number>`${end}::date - (r.submitted_at at time zone ${tz})::date`.as("days_waiting"),
      "lo.name as provider_name",
    ])
    .where("r.region_id", "=", regionId)
    .where("r.status", "<>", "draft")
    .where(sql<boolean>`r.submitted_at < ${t1}`)
    .where(sql<boolean>`not (r.status = 'withdrawn' and r.updated_at < ${t1})`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("placements as pl")
            .select("pl.id")
            .whereRef("pl.region_id", "=", "r.region_id")
            .whereRef("pl.request_id", "=", "r.id")
            // placed before the period's end: its days, today included for the running month (as the snapshot)
            .where(sql<boolean>`pl.starts_on < least(${period.nextFirstDay}::date, (${now}::timestamptz at time zone ${tz})::date + 1)`),
        ),
      ),
    );
  if (kpi === "long_wait") query = query.where(sql<boolean>`(r.submitted_at at time zone ${tz})::date < ${longWaitCutoff(end)}::date`);
  if (filter.careType !== undefined) query = query.where("r.care_type", "=", filter.careType as never);
  if (filter.municipalityCode !== undefined) query = query.where("c.home_municipality_code", "=", filter.municipalityCode);
  if (filter.providerId !== undefined) query = query.where("lo.provider_id", "=", filter.providerId);
  const keys = [
    { expr: sql`r.submitted_at`, type: "timestamptz" as const },
    { expr: sql`r.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return {
    items: items.map((r) => ({
      requestId: r.id,
      pseudonym: r.pseudonym,
      careType: r.care_type,
      urgency: r.urgency,
      status: r.status,
      municipalityName: r.municipality_name,
      submittedAt: r.submitted_at,
      daysWaiting: Number(r.days_waiting),
      providerName: r.provider_name,
      offerId: null,
      declineReason: null,
      respondedAt: null,
    })),
    nextCursor,
  };
}

async function declinePage(tx: Tx, regionId: string, period: KpiPeriod, now: Date, filter: DrillFilter, page: PageRequest) {
  const t0 = sql`${period.firstDay}::date::timestamp at time zone ${tz}`;
  let query = tx
    .selectFrom("offers as o")
    .innerJoin("placement_requests as r", (j) => j.onRef("r.region_id", "=", "o.region_id").onRef("r.id", "=", "o.request_id"))
    .innerJoin("children as c", (j) => j.onRef("c.region_id", "=", "r.region_id").onRef("c.id", "=", "r.child_id"))
    .innerJoin("reference_municipalities as m", "m.code", "c.home_municipality_code")
    .innerJoin("providers as p", "p.id", "o.provider_id")
    .select([
      "o.id as offer_id",
      "r.id",
      "c.pseudonym",
      "r.care_type",
      "r.urgency",
      "r.status",
      "m.name as municipality_name",
      "r.submitted_at",
      "p.name as provider_name",
      sql<string>`coalesce(o.decline_reason, 'other')`.as("reason"),
      "o.responded_at",
    ])
    .where("o.region_id", "=", regionId)
    .where("o.status", "=", "declined")
    .where(sql<boolean>`o.responded_at >= ${t0} and o.responded_at < ${periodEnd(period, now)}`);
  if (filter.careType !== undefined) query = query.where("r.care_type", "=", filter.careType as never);
  if (filter.providerId !== undefined) query = query.where("o.provider_id", "=", filter.providerId);
  if (filter.breakdown !== undefined) query = query.where(sql<boolean>`coalesce(o.decline_reason, 'other') = ${filter.breakdown}`);
  const keys = [
    { expr: sql`o.responded_at`, type: "timestamptz" as const },
    { expr: sql`o.id`, type: "uuid" as const },
  ];
  const { items, nextCursor } = await keysetPage(query, keys, "asc", page);
  return {
    items: items.map((r): DrillRow => ({
      requestId: r.id,
      pseudonym: r.pseudonym,
      careType: r.care_type,
      urgency: r.urgency,
      status: r.status,
      municipalityName: r.municipality_name,
      submittedAt: r.submitted_at,
      daysWaiting: null,
      providerName: r.provider_name,
      offerId: r.offer_id,
      declineReason: r.reason,
      respondedAt: r.responded_at,
    })),
    nextCursor,
  };
}
