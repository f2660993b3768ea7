import { sql } from "kysely";
import { candidatesQuery, withTenant, type Database } from "@jeugdregie/db";
import type { Row } from "../report.ts";
import type { Caller } from "../sessions.ts";
import { fmtMs, summarize, timeInterleaved, type Samples } from "../stats.ts";
import { GROWTH_BUDGET, QUEUE_BUDGET } from "./queue.ts";
import { RLS_BUDGET } from "./lists.ts";

export const MATCHING_TARGET_MS = 100;

/**
 * The lower bound for matching one request: one SQL statement as the owner that finds the
 * locations the region sees (own and pooled), reads free places from the counts the
 * database maintains (as the project does; counting history here made this "lower bound" take
 * seconds at national scale), scores fit exactly as rankCandidates does, and returns the ranked
 * free places. Same ids, same order as placement.proposals.
 */
export async function rawRanking(owner: Database, regionId: string, requestId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with need as (
      select r.region_id, r.care_type, r.expertise_tags as tags, r.intensity_band as band, c.home_municipality_code as muni, m.province,
        date_part('year', age(current_date, c.birth_date))::int as age
      from placement_requests r join children c on c.region_id = r.region_id and c.id = r.child_id
      join reference_municipalities m on m.code = c.home_municipality_code
      where r.region_id = ${regionId} and r.id = ${requestId}
    ), seen as (
      select l.*, g.province from locations l join reference_municipalities g on g.code = l.municipality_code, need
      where need.care_type = any(l.care_types) and need.age between l.age_min and l.age_max
        and (l.region_id = need.region_id or exists (
          select 1 from supra_region_members owner_member
          join supra_region_care_types pooled on pooled.supra_region_id = owner_member.supra_region_id and pooled.care_type = any(l.care_types)
          join supra_region_members mine on mine.supra_region_id = owner_member.supra_region_id and mine.region_id = need.region_id
          where owner_member.region_id = l.region_id))
        and exists (select 1 from contracts k where k.region_id = l.region_id and k.provider_id = l.provider_id and k.status = 'confirmed')
    ), free as (
      -- the counts the database maintains (migration 0020), as the project reads them
      select s.*, s.capacity - s.occupied - s.reserved as free from seen s
    )
    select f.id,
      100 + case when cardinality(need.tags) = 0 then 60
                 else round(60.0 * cardinality(array(select unnest(need.tags) intersect select unnest(f.expertise_tags))) / cardinality(need.tags)) end
          + case when need.band is null or f.intensity_band is null then 20
                 else greatest(0, 40 - abs(ascii(need.band) - ascii(f.intensity_band)) * 15) end as fit,
      f.region_id = need.region_id as in_region,
      case when f.municipality_code = need.muni then 0 when f.region_id = need.region_id then 1 when f.province = need.province then 2 else 3 end as tier,
      f.free
    from free f, need
    where f.free > 0
    order by fit desc, in_region desc, tier, f.free desc, f.id`.execute(owner);
  return rows.map((r) => r.id);
}

/**
 * How matching's candidate statement reads locations, as the coordinator under RLS: the nodes
 * that scan the locations table (an index on region_id, not the whole table, at any scale).
 */
export async function candidatePlan(app: Database, regionId: string, careType: string): Promise<string[]> {
  const scope = {
    userId: crypto.randomUUID(),
    role: "placement_coordinator" as const,
    regionId: regionId,
    providerId: null,
    supraRegionId: null,
  };
  const plan = await withTenant(app, scope, async (tx) => {
    const { rows } = await sql<{ "QUERY PLAN": unknown }>`explain (format json) ${candidatesQuery(regionId, careType)}`.execute(tx);
    return rows[0]!["QUERY PLAN"];
  });
  const scans: string[] = [];
  const walk = (node: Record<string, unknown>) => {
    if (node["Relation Name"] === "locations")
      scans.push(`${String(node["Node Type"])}${node["Index Name"] ? ` ${String(node["Index Name"])}` : ""}`);
    for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
  };
  walk((plan as { Plan: Record<string, unknown> }[])[0]!.Plan);
  return scans;
}

export interface MatchingTiming {
  /** How the candidate statement scans locations (EXPLAIN as the coordinator). */
  locationScans: string[];
  project: Samples;
  owner: Samples;
  baseline: Samples;
  requests: number;
  sameRanking: number;
}

export async function timeMatching(
  app: Caller,
  owner: Caller,
  ownerDb: Database,
  appDb: Database,
  regionId: string,
  requestIds: string[],
  reps: number,
): Promise<MatchingTiming> {
  const project: number[] = [];
  const asOwner: number[] = [];
  const baseline: number[] = [];
  let same = 0;
  for (const requestId of requestIds) {
    const ranked = async (caller: Caller) => (await caller.placement.proposals({ requestId })).matches.map((m) => m.locationId);
    const {
      app: p,
      owner: o,
      raw: b,
    } = await timeInterleaved(reps, {
      app: () => ranked(app),
      owner: () => ranked(owner),
      raw: () => rawRanking(ownerDb, regionId, requestId),
    });
    project.push(...p.samples.ms);
    asOwner.push(...o.samples.ms);
    baseline.push(...b.samples.ms);
    if (JSON.stringify(p.result) === JSON.stringify(b.result)) same++;
  }
  const { rows } = await sql<{
    care_type: string;
  }>`select care_type from placement_requests where region_id = ${regionId} and id = ${requestIds[0]!}`.execute(ownerDb);
  return {
    locationScans: await candidatePlan(appDb, regionId, rows[0]!.care_type),
    project: summarize(project),
    owner: summarize(asOwner),
    baseline: summarize(baseline),
    requests: requestIds.length,
    sameRanking: same,
  };
}

export function matchingRows(full: MatchingTiming, tenth: MatchingTiming | null, enforce: boolean): Row[] {
  const reps = String(full.project.ms.length);
  const ratio = full.project.p95 / full.baseline.p95;
  const rows: Row[] = [
    {
      measure: "matching one request p95 vs raw SQL ranking",
      project: `p95 ${fmtMs(full.project.p95)}`,
      baseline: `p95 ${fmtMs(full.baseline.p95)}`,
      ratio,
      reps,
      budget: `<= ${QUEUE_BUDGET}x`,
      pass: ratio <= QUEUE_BUDGET,
      enforced: enforce,
    },
    {
      measure: "matching one request p95 (absolute)",
      project: `p95 ${fmtMs(full.project.p95)}`,
      baseline: "-",
      ratio: null,
      reps,
      budget: `< ${MATCHING_TARGET_MS} ms (target)`,
      pass: full.project.p95 < MATCHING_TARGET_MS,
      enforced: false,
    },
    {
      measure: "matching: raw SQL ranks like proposals",
      project: `${full.sameRanking}/${full.requests} requests`,
      baseline: "-",
      ratio: null,
      reps: String(full.requests),
      budget: "same ids, same order",
      pass: full.sameRanking === full.requests,
      enforced: true,
    },
    {
      measure: "matching: candidate statement scans locations by index",
      project: full.locationScans.join(", "),
      baseline: "-",
      ratio: null,
      reps: "1",
      budget: "no Seq Scan on locations",
      pass: full.locationScans.length > 0 && full.locationScans.every((scan) => !scan.startsWith("Seq Scan")),
      enforced: enforce,
    },
    {
      measure: "RLS overhead placement.proposals",
      project: `p95 ${fmtMs(full.project.p95)}`,
      baseline: `owner ${fmtMs(full.owner.p95)}`,
      ratio: full.project.p95 / full.owner.p95,
      reps,
      budget: `<= ${RLS_BUDGET.toFixed(2)}x`,
      pass: full.project.p95 / full.owner.p95 <= RLS_BUDGET,
      enforced: enforce,
    },
  ];
  if (tenth)
    rows.push({
      measure: "matching growth 10% -> 100%",
      project: `p95 ${fmtMs(full.project.p95)}`,
      baseline: `at 1/10: ${fmtMs(tenth.project.p95)}`,
      ratio: full.project.p95 / tenth.project.p95,
      reps: `${reps}+${tenth.project.ms.length}`,
      budget: `<= ${GROWTH_BUDGET}x`,
      pass: full.project.p95 / tenth.project.p95 <= GROWTH_BUDGET,
      enforced: enforce,
    });
  return rows;
}
