import { sql } from "kysely";
import { KPI_TIME_ZONE, type FigureMonths, type RawProviderFigures } from "@jeugdregie/domain";
import { keysetPage, type Page, type PageRequest } from "../../page.ts";
import type { Tx } from "../../tenant.ts";

/**
 * A page of one provider's own figures, per region it serves (a contract or a location there) and
 * month, in one statement: the page's region-months are chosen first (keyset on region name, id,
 * month), then each is counted from the provider's own offers, placements and locations, which the
 * caller's policies show it (a provider reads rows with its provider_id only). Months are Dutch
 * (midnight in Amsterdam); the current month counts up to today.
 */
export async function providerFigures(
  tx: Tx,
  providerId: string,
  months: FigureMonths,
  page: PageRequest,
): Promise<Page<RawProviderFigures>> {
  const tz = sql.lit(KPI_TIME_ZONE);
  const keys = sql`
    select rg.id as region_id, rg.name as region_name, to_char(m, 'YYYY-MM') as month, m::date as d0, (m + interval '1 month')::date as d1,
      least((m + interval '1 month')::date, current_date + 1) as e,
      (m::timestamp at time zone ${tz}) as t0, ((m + interval '1 month')::timestamp at time zone ${tz}) as t1
    from regions rg
    cross join generate_series(cast(${months.firstDay} as date), cast(${months.nextFirstDay} as date) - 1, interval '1 month') m
    where rg.id in (select c.region_id from contracts c where c.provider_id = ${providerId}
                    union select l.region_id from locations l where l.provider_id = ${providerId})`;
  const figures = sql`(
    select k.region_id, k.region_name, k.month, o.*, d.declines_by_reason, pl.*, occ.*, money.stays
    from (${keys}) k
    cross join lateral (
      select count(*) filter (where x.sent_at >= k.t0)::int as offers_received,
        count(*) filter (where x.status = 'accepted' and x.answered)::int as accepted,
        count(*) filter (where x.status = 'declined' and x.answered)::int as declined,
        percentile_cont(0.5) within group (order by extract(epoch from x.responded_at - x.sent_at) / 3600)
          filter (where x.status in ('accepted', 'declined') and x.answered) as response_hours_median
      from (
        select y.*, y.responded_at >= k.t0 and y.responded_at < k.t1 as answered from offers y
        where y.provider_id = ${providerId} and y.region_id = k.region_id and y.sent_at < k.t1
          and (y.sent_at >= k.t0 or (y.responded_at >= k.t0 and y.responded_at < k.t1))
      ) x
    ) o
    cross join lateral (
      select coalesce(jsonb_object_agg(reason, n), '{}') as declines_by_reason from (
        select coalesce(x.decline_reason, 'other') as reason, count(*)::int as n from offers x
        where x.provider_id = ${providerId} and x.region_id = k.region_id and x.status = 'declined'
          and x.responded_at >= k.t0 and x.responded_at < k.t1 and x.sent_at < k.t1
        group by 1) r
    ) d
    cross join lateral (
      select count(*) filter (where p.starts_on >= k.d0)::int as placements_started,
        count(*) filter (where p.ended_on >= k.d0 and p.ended_on < k.d1)::int as placements_ended
      from placements p
      where p.provider_id = ${providerId} and p.region_id = k.region_id and p.starts_on < k.d1
        and (p.starts_on >= k.d0 or (p.ended_on >= k.d0 and p.ended_on < k.d1))
    ) pl
    cross join lateral (
      select coalesce(sum(l.capacity * greatest(0, k.e - k.d0)), 0)::int as capacity_days,
        coalesce(sum((select sum(greatest(0, least(coalesce(p.ended_on, k.e), k.e) - greatest(p.starts_on, k.d0)))
                      from placements p where p.location_region_id = l.region_id and p.location_id = l.id
                        and p.provider_id = ${providerId} and p.starts_on < k.e and (p.ended_on is null or p.ended_on > k.d0))), 0)::int as occupied_days
      from locations l
      where l.provider_id = ${providerId} and l.region_id = k.region_id and (l.deactivated_at is null or l.deactivated_at >= k.d0)
    ) occ
    cross join lateral (
      select coalesce(jsonb_agg(jsonb_build_object('band', s.band, 'days', s.days, 'tariffCents', s.tariff)), '[]') as stays from (
        select l.intensity_band as band, t.tariff_cents as tariff,
          sum(greatest(0, least(coalesce(p.ended_on, k.e), k.e) - greatest(p.starts_on, k.d0)))::int as days
        from placements p
        join locations l on l.region_id = p.location_region_id and l.id = p.location_id
        left join lateral (
          select it.tariff_cents from intensity_tariffs it
          where it.region_id = k.region_id and it.band = l.intensity_band and it.valid_from < k.d1
          order by it.valid_from desc limit 1
        ) t on true
        where p.provider_id = ${providerId} and p.region_id = k.region_id and p.starts_on < k.e and (p.ended_on is null or p.ended_on > k.d0)
        group by 1, 2
      ) s where s.days > 0
    ) money
  )`;
  const query = tx.selectFrom(figures.as("f")).selectAll();
  const { items, nextCursor } = await keysetPage(
    query,
    [
      { expr: sql`f.region_name`, type: "text" },
      { expr: sql`f.region_id`, type: "uuid" },
      { expr: sql`f.month`, type: "text" },
    ],
    "asc",
    page,
  );
  return {
    items: (items as Record<string, unknown>[]).map((r) => ({
      regionId: r.region_id as string,
      regionName: r.region_name as string,
      month: r.month as string,
      offersReceived: Number(r.offers_received),
      accepted: Number(r.accepted),
      declined: Number(r.declined),
      declinesByReason: r.declines_by_reason as Record<string, number>,
      responseHoursMedian: r.response_hours_median === null ? null : Number(r.response_hours_median),
      placementsStarted: Number(r.placements_started),
      placementsEnded: Number(r.placements_ended),
      occupiedDays: Number(r.occupied_days),
      capacityDays: Number(r.capacity_days),
      staysByBand: r.stays as RawProviderFigures["staysByBand"],
    })),
    nextCursor,
  };
}
