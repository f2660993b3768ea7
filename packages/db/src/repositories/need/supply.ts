import { sql } from "kysely";
import { KPI_TIME_ZONE, type DeclineReason, type NeedSupplyCounts, type ReportQuarter } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

interface Row {
  care_type: string;
  expertise: string | null;
  needed: string;
  placed: string;
  good_fit: string;
  poor_fit: string;
  waited: string;
  waiting_at_end: string;
  declines: Record<string, number> | null;
  contracted_places: string | null;
}

/**
 * What children of the region needed in a period against what they got (see NeedSupplyCounts), per
 * care type and per expertise asked within it, in ONE set-based statement: one pass over the
 * region's requests running in the period, their first placement, the offers declined for them, and
 * the region's contracted locations. The fit of a place outside the region comes from
 * app.kpi_placement_fit (migration 0027): a yes/no, never the location.
 */
export async function readNeedSupply(
  tx: Tx,
  regionId: string,
  period: Pick<ReportQuarter, "firstDay" | "countedUntil">,
): Promise<NeedSupplyCounts[]> {
  const tz = sql.lit(KPI_TIME_ZONE);
  const { rows } = await sql<Row>`
    with p as (
      select ${regionId}::uuid as region, ${period.firstDay}::date as d0, ${period.countedUntil}::date as d1,
        (${period.firstDay}::date::timestamp at time zone ${tz}) as t0,
        (${period.countedUntil}::date::timestamp at time zone ${tz}) as t1
    ),
    first_placement as (
      select distinct on (pl.request_id) pl.request_id, pl.id, pl.starts_on
      from placements pl, p where pl.region_id = p.region
      order by pl.request_id, pl.starts_on, pl.created_at
    ),
    fit as (select f.placement_id, f.fits from p cross join app.kpi_placement_fit(p.region, p.d0, p.d1) f),
    -- Requests running at some moment of the period: submitted before its end, not placed or withdrawn before its start.
    live as (
      select r.id, r.care_type, r.expertise_tags,
        coalesce(fp.starts_on < p.d1, false) as placed,
        ft.fits,
        coalesce(r.waiting_since < p.t1, false) as waited,
        (fp.starts_on is null or fp.starts_on >= p.d1) and not (r.status = 'withdrawn' and r.updated_at < p.t1) as without_place
      from placement_requests r cross join p
      left join first_placement fp on fp.request_id = r.id
      left join fit ft on ft.placement_id = fp.id
      where r.region_id = p.region and r.status <> 'draft' and r.submitted_at < p.t1
        and (fp.starts_on is null or fp.starts_on >= p.d0)
        and not (r.status = 'withdrawn' and r.updated_at < p.t0)
    ),
    split as (
      select l.*, null::text as expertise from live l
      union all
      select l.*, tag from live l cross join unnest(l.expertise_tags) as tag
    ),
    need as (
      select care_type, expertise, count(*) as needed,
        count(*) filter (where placed) as placed,
        count(*) filter (where placed and fits) as good_fit,
        count(*) filter (where placed and not fits) as poor_fit,
        count(*) filter (where waited or without_place) as waited,
        count(*) filter (where without_place) as waiting_at_end
      from split group by care_type, expertise
    ),
    declined as (
      select s.care_type, s.expertise, jsonb_object_agg(s.reason, s.n) as declines
      from (
        select sp.care_type, sp.expertise, coalesce(o.decline_reason, 'other') as reason, count(*) as n
        from split sp cross join p
        join offers o on o.region_id = p.region and o.request_id = sp.id
        where o.status = 'declined' and o.responded_at >= p.t0 and o.responded_at < p.t1
        group by 1, 2, 3
      ) s group by 1, 2
    ),
    -- The region's locations in use at the end of the period whose provider has a confirmed contract in it.
    contracted as (
      select l.care_types, l.expertise_tags, l.capacity from locations l cross join p
      where l.region_id = p.region and (l.deactivated_at is null or l.deactivated_at >= p.t1)
        and l.provider_id in (
          select c.provider_id from contracts c
          where c.region_id = p.region and c.status = 'confirmed' and c.starts_on < p.d1 and c.ends_on >= p.d0)
    ),
    supply as (
      select ct as care_type, null::text as expertise, sum(capacity) as places from contracted cross join unnest(care_types) as ct group by 1
      union all
      select ct, tag, sum(capacity) from contracted cross join unnest(care_types) as ct cross join unnest(expertise_tags) as tag group by 1, 2
    )
    select n.*, d.declines, s.places as contracted_places
    from need n
    left join declined d on d.care_type = n.care_type and coalesce(d.expertise, '') = coalesce(n.expertise, '')
    left join supply s on s.care_type = n.care_type and coalesce(s.expertise, '') = coalesce(n.expertise, '')
  `.execute(tx);
  return rows.map((r) => ({
    careType: r.care_type,
    expertise: r.expertise,
    needed: Number(r.needed),
    placed: Number(r.placed),
    placedGoodFit: Number(r.good_fit),
    placedPoorFit: Number(r.poor_fit),
    waited: Number(r.waited),
    waitingAtEnd: Number(r.waiting_at_end),
    declines: (r.declines ?? {}) as Partial<Record<DeclineReason, number>>,
    contractedPlaces: Number(r.contracted_places ?? 0),
  }));
}
