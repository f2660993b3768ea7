import { addMonths, KPI_DEFINITIONS, monthOf, type KpiKey } from "@jeugdregie/domain";
import type { apiFor } from "../api.server.ts";

/** The region's own monthly KPIs shown beside the release (part 5): the region's whole, not split. */
export const OWN_KPIS = [
  "occupancy",
  "waiting_list",
  "waiting_days_median",
  "replacement_rate",
  "out_of_region_rate",
  "crisis_over_cap",
] as const satisfies readonly KpiKey[];

export interface OwnFigure {
  kpi: KpiKey;
  label: string;
  definition: string;
  unit: "count" | "share" | "days";
  month: string | null;
  value: number | null;
}

/**
 * A region's own figures, unrounded: its KPI snapshots (issue 13), which only its own admins and
 * coordinators read (kpi.snapshots). The latest of this and last month, for the region as a whole.
 * Their definitions are monthly and the KPIs' own, so the page shows them apart from the release.
 */
export async function ownRegionFigures(caller: Awaited<ReturnType<typeof apiFor>>["caller"]): Promise<OwnFigure[]> {
  const toMonth = monthOf(new Date());
  const fromMonth = addMonths(toMonth, -1);
  const pages = await Promise.all(OWN_KPIS.map((kpi) => caller.kpi.snapshots({ kpi, fromMonth, toMonth, limit: 100 })));
  return OWN_KPIS.map((kpi, i) => {
    const whole = pages[i]!.items.filter((r) => !r.careType && !r.providerId && !r.locationId && !r.breakdown);
    const latest = whole.sort((a, b) => (a.month < b.month ? 1 : -1))[0];
    const d = KPI_DEFINITIONS[kpi];
    return { kpi, label: d.label, definition: d.definition, unit: d.unit, month: latest?.month ?? null, value: latest?.value ?? null };
  });
}
