import { sql } from "kysely";
import { KPI_TIME_ZONE, type DemandDays, type ProjectionWindows } from "@jeugdregie/domain";
import type { Tx } from "../../tenant.ts";

interface Row {
  care_type: string;
  demand_days: string;
  previous_demand_days: string;
  contracted_places: string;
}

/**
 * The input of the projection of places (projectPlaces), per care type, in ONE statement: the
 * child-days of demand in the two windows (days waiting for a place from submission until the first
 * placement or withdrawal, plus days placed, also out of the region), and the places of the region's
 * contracted locations at the end of the current window.
 */
export async function readDemandDays(tx: Tx, regionId: string, windows: ProjectionWindows): Promise<DemandDays[]> {
  const tz = sql.lit(KPI_TIME_ZONE);
  const { rows } = await sql<Row>`
    with p as (
      select ${regionId}::uuid as region, ${windows.previous.from}::date as w0, ${windows.current.from}::date as w1,
        ${windows.current.to}::date as w2, (${windows.current.to}::date::timestamp at time zone ${tz}) as t2
    ),
    first_placement as (
      select pl.request_id, min(pl.starts_on) as placed_on from placements pl, p where pl.region_id = p.region group by pl.request_id
    ),
    spells as (
      select r.care_type, (r.submitted_at at time zone ${tz})::date as s,
        least(coalesce(fp.placed_on, 'infinity'::date),
          case when r.status = 'withdrawn' then (r.updated_at at time zone ${tz})::date else 'infinity'::date end) as e
      from placement_requests r cross join p
      left join first_placement fp on fp.request_id = r.id
      where r.region_id = p.region and r.status <> 'draft' and r.submitted_at is not null
      union all
      select r.care_type, pl.starts_on, coalesce(pl.ended_on, 'infinity'::date)
      from placements pl cross join p
      join placement_requests r on r.region_id = pl.region_id and r.id = pl.request_id
      where pl.region_id = p.region
    ),
    demand as (
      select care_type,
        sum(greatest(0, least(e, p.w2) - greatest(s, p.w1))) as demand_days,
        sum(greatest(0, least(e, p.w1) - greatest(s, p.w0))) as previous_demand_days
      from spells cross join p where s < p.w2 and e > p.w0 group by care_type
    ),
    supply as (
      select ct as care_type, sum(l.capacity) as places
      from locations l cross join p cross join unnest(l.care_types) as ct
      where l.region_id = p.region and (l.deactivated_at is null or l.deactivated_at >= p.t2)
        and l.provider_id in (
          select c.provider_id from contracts c
          where c.region_id = p.region and c.status = 'confirmed' and c.starts_on < p.w2 and c.ends_on >= p.w2 - 1)
      group by ct
    )
    select coalesce(d.care_type, s.care_type) as care_type, coalesce(d.demand_days, 0) as demand_days,
      coalesce(d.previous_demand_days, 0) as previous_demand_days, coalesce(s.places, 0) as contracted_places
    from demand d full join supply s on s.care_type = d.care_type
  `.execute(tx);
  return rows.map((r) => ({
    careType: r.care_type,
    demandDays: Number(r.demand_days),
    previousDemandDays: Number(r.previous_demand_days),
    contractedPlaces: Number(r.contracted_places),
  }));
}
