import { sql } from "kysely";
import { KPI_TIME_ZONE, LONG_WAIT_MONTHS, type KpiMeasure, type KpiPeriod, type RawMeasure } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

interface MeasureRow {
  measure: KpiMeasure;
  care_type: string | null;
  provider_id: string | null;
  location_id: string | null;
  municipality_code: string | null;
  breakdown: string | null;
  numerator: string;
  denominator: string;
  samples: number[] | null;
}

/**
 * Every raw measure of one region-month (see KPI_DEFINITIONS for what each means), in ONE
 * statement: one snapshot of the data, so a placement that changes while it runs is counted once
 * or not at all, never twice. Set-based: each measure is one grouped pass over the region's rows
 * of the period (grouping sets give the whole region and its splits at once).
 *
 * The period is [first day, next first day) in Dutch time; for the running month it ends now
 * (dates: today included). Location occupancy and the fit of out-of-region places come from the
 * narrow functions of migration 0027 (aggregates of rows the caller's policies hide).
 */
export async function readKpiMeasures(tx: Tx, regionId: string, period: KpiPeriod, now: Date): Promise<RawMeasure[]> {
  const tz = sql.lit(KPI_TIME_ZONE);
  const { rows } = await sql<MeasureRow>`
    with p as (
      select ${regionId}::uuid as region, ${period.firstDay}::date as d0,
        least(${period.nextFirstDay}::date, (${now}::timestamptz at time zone ${tz})::date + 1) as d1,
        (${period.firstDay}::date::timestamp at time zone ${tz}) as t0,
        least(${period.nextFirstDay}::date::timestamp at time zone ${tz}, ${now}::timestamptz) as t1
    ),
    first_placement as (
      select pl.request_id, min(pl.starts_on) as placed_on
      from placements pl, p where pl.region_id = p.region group by pl.request_id
    ),
    -- Requests running at some moment of the period: submitted before its end, not placed or withdrawn before its start.
    live as (
      select r.id, r.care_type, r.expertise_tags, r.waiting_since, c.home_municipality_code as municipality,
        (fp.placed_on is null or fp.placed_on >= p.d1) and not (r.status = 'withdrawn' and r.updated_at < p.t1) as on_list,
        (p.t1 at time zone ${tz})::date - (r.submitted_at at time zone ${tz})::date as days_waiting,
        -- more than LONG_WAIT_MONTHS (four) months at the period's end (longWaitCutoff in the domain)
        (r.submitted_at at time zone ${tz})::date < ((p.t1 at time zone ${tz})::date - make_interval(months => ${sql.lit(LONG_WAIT_MONTHS)}))::date as long_wait
      from placement_requests r cross join p
      join children c on c.region_id = r.region_id and c.id = r.child_id
      left join first_placement fp on fp.request_id = r.id
      where r.region_id = p.region and r.status <> 'draft' and r.submitted_at < p.t1
        and (fp.placed_on is null or fp.placed_on >= p.d0)
        and not (r.status = 'withdrawn' and r.updated_at < p.t0)
    ),
    -- Each request's last offer before the period's end: the provider a waiting child counts with (long_wait).
    last_offers as (
      select distinct on (o.request_id) o.request_id, o.provider_id from offers o, p
      where o.region_id = p.region and o.sent_at < p.t1 order by o.request_id, o.sent_at desc, o.id
    ),
    -- Each request's first offer, once per region (a correlated "no earlier offer" runs per row under RLS).
    first_offers as (
      select o.request_id, min(o.sent_at) as first_sent from offers o, p where o.region_id = p.region group by o.request_id
    ),
    started as (
      select pl.id, pl.request_id, pl.provider_id, r.care_type, c.home_municipality_code as municipality,
        pl.location_region_id <> pl.region_id as out_of_region,
        pl.starts_on - (r.submitted_at at time zone ${tz})::date as days_to_place,
        o.sent_at <= f.first_sent as first_offer
      from placements pl cross join p
      join placement_requests r on r.region_id = pl.region_id and r.id = pl.request_id
      join children c on c.region_id = r.region_id and c.id = r.child_id
      join offers o on o.region_id = pl.region_id and o.id = pl.offer_id
      join first_offers f on f.request_id = pl.request_id
      where pl.region_id = p.region and pl.starts_on >= p.d0 and pl.starts_on < p.d1
    ),
    answered as (
      select o.provider_id, o.status, coalesce(o.decline_reason, 'other') as reason, r.care_type
      from offers o cross join p
      join placement_requests r on r.region_id = o.region_id and r.id = o.request_id
      where o.region_id = p.region and o.responded_at >= p.t0 and o.responded_at < p.t1 and o.status in ('accepted', 'declined')
    ),
    ended as (
      select pl.provider_id, r.care_type, pl.end_destination = 'another_placement' as replaced
      from placements pl cross join p
      join placement_requests r on r.region_id = pl.region_id and r.id = pl.request_id
      where pl.region_id = p.region and pl.ended_on >= p.d0 and pl.ended_on < p.d1
    ),
    crisis as (
      select pl.provider_id,
        greatest(pl.crisis_cap_ends_on, p.d0) < least(coalesce(pl.ended_on, 'infinity'::date), p.d1) as over_cap
      from placements pl cross join p
      where pl.region_id = p.region and pl.crisis_cap_ends_on is not null
        and pl.starts_on < p.d1 and coalesce(pl.ended_on, 'infinity'::date) > p.d0 and coalesce(pl.ended_on, 'infinity'::date) > pl.starts_on
    ),
    matched as (
      select r.id, r.care_type, c.home_municipality_code as municipality, f.first_sent from first_offers f cross join p
      join placement_requests r on r.region_id = p.region and r.id = f.request_id
      join children c on c.region_id = r.region_id and c.id = r.child_id
      where f.first_sent >= p.t0 and f.first_sent < p.t1
    ),
    documents_before as (
      select m.id, array_agg(distinct d.kind) as kinds from matched m cross join p
      join request_documents d on d.region_id = p.region and d.request_id = m.id and d.uploaded_at <= m.first_sent
      group by m.id
    ),
    required as (
      select coalesce((select s.required_documents from region_settings s, p where s.region_id = p.region), '{}')::text[] as kinds
    ),
    poor_fit as (
      select pl.request_id from p cross join app.kpi_placement_fit(p.region, p.d0, p.d1) f
      join placements pl on pl.region_id = p.region and pl.id = f.placement_id
      where not f.fits
    ),
    unmet as (
      select l.care_type, l.municipality, l.expertise_tags,
        (l.waiting_since is not null and l.waiting_since < p.t1) or l.id in (select request_id from poor_fit) as unmet
      from live l cross join p
    )
    select 'waiting_list' as measure, care_type, null::uuid as provider_id, null::uuid as location_id, municipality as municipality_code,
      null::text as breakdown, count(*) filter (where on_list) as numerator, count(*) as denominator, null::int[] as samples
    from live group by grouping sets ((), (care_type), (municipality))
    union all
    select 'waiting_days', care_type, null, null, municipality, null, 0, count(*) filter (where on_list),
      coalesce(array_agg(days_waiting order by days_waiting) filter (where on_list), '{}')
    from live group by grouping sets ((), (care_type), (municipality))
    union all
    select 'long_wait', l.care_type, lo.provider_id, null, l.municipality, null,
      count(*) filter (where l.long_wait), count(*), null
    from live l left join last_offers lo on lo.request_id = l.id where l.on_list
    group by grouping sets ((), (l.care_type), (lo.provider_id), (l.municipality))
    -- a child without an offer counts for the region, not as a provider "null" (that is the whole region's row)
    having grouping(lo.provider_id) = 1 or lo.provider_id is not null
    union all
    select 'placement_days', care_type, null, null, municipality, null, 0, count(*), array_agg(days_to_place order by days_to_place)
    from started group by grouping sets ((), (care_type), (municipality))
    union all
    select 'placed_first_offer', care_type, provider_id, null, municipality, null, count(*) filter (where first_offer), count(*), null
    from started group by grouping sets ((), (care_type), (provider_id), (municipality))
    union all
    select 'out_of_region', care_type, null, null, municipality, null, count(*) filter (where out_of_region), count(*), null
    from started group by grouping sets ((), (care_type), (municipality))
    union all
    select 'declines', care_type, provider_id, null, null, null, count(*) filter (where status = 'declined'), count(*), null
    from answered group by grouping sets ((), (care_type), (provider_id))
    union all
    select 'declines', care_type, provider_id, null, null, reason, count(*), 0, null
    from answered where status = 'declined' group by grouping sets ((reason), (care_type, reason), (provider_id, reason))
    union all
    select 'replacements', care_type, provider_id, null, null, null, count(*) filter (where replaced), count(*), null
    from ended group by grouping sets ((), (care_type), (provider_id))
    union all
    select 'crisis_over_cap', null, provider_id, null, null, null, count(*) filter (where over_cap), count(*), null
    from crisis group by grouping sets ((), (provider_id))
    union all
    select 'matched_without_documents', m.care_type, null, null, m.municipality, null,
      count(*) filter (where not (q.kinds <@ coalesce(d.kinds, '{}'))), count(*), null
    from matched m cross join required q left join documents_before d on d.id = m.id
    group by grouping sets ((), (m.care_type), (m.municipality))
    union all
    select 'unmet_need', care_type, null, null, municipality, null, count(*) filter (where unmet), count(*), null
    from unmet group by grouping sets ((), (care_type), (municipality))
    union all
    select 'unmet_need', care_type, null, null, null, tag, count(*), 0, null
    from unmet cross join unnest(expertise_tags) as tag where unmet group by grouping sets ((tag), (care_type, tag))
    union all
    select 'occupancy', null, provider_id, location_id, null, null, sum(occupied_days)::bigint, sum(capacity_days)::bigint, null
    from p cross join app.kpi_location_days(p.region, p.d0, p.d1)
    group by grouping sets ((), (provider_id), (provider_id, location_id))
  `.execute(tx);
  return rows.map((r) => ({
    measure: r.measure,
    careType: r.care_type,
    providerId: r.provider_id,
    locationId: r.location_id,
    municipalityCode: r.municipality_code,
    breakdown: r.breakdown,
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
    samples: r.samples,
  }));
}
