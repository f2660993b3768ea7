import { AppError } from "../errors.ts";
import { KPI_DEFINITIONS, KPI_KEYS, type KpiKey } from "../kpi/definitions.ts";

/**
 * The KPIs a region can ask a provider to report: those the monthly snapshot stores per provider
 * (occupancy, placed at the first offer, declines, re-placements, crisis over the cap, long waits).
 * A KPI without a provider split has no number that is the provider's own.
 */
export const PROVIDER_KPI_KEYS: readonly KpiKey[] = KPI_KEYS.filter((key) => KPI_DEFINITIONS[key].dimensions.includes("provider"));

export const isProviderKpi = (value: string): value is KpiKey => (PROVIDER_KPI_KEYS as readonly string[]).includes(value);

/** At most one request per KPI: the asked list, checked, without duplicates, in the definitions' order. */
export function requestedProviderKpis(asked: readonly string[]): KpiKey[] {
  const unknown = asked.filter((kpi) => !isProviderKpi(kpi));
  if (unknown.length > 0)
    throw new AppError(
      "BAD_INPUT",
      {
        nl: `Deze kengetallen kan een aanbieder niet aanleveren: ${unknown.join(", ")}. Kies uit ${PROVIDER_KPI_KEYS.map((k) => KPI_DEFINITIONS[k].label).join(", ")}.`,
        en: `A provider cannot report these KPIs: ${unknown.join(", ")}. Choose from ${PROVIDER_KPI_KEYS.join(", ")}.`,
      },
      { kpis: unknown },
    );
  return PROVIDER_KPI_KEYS.filter((key) => asked.includes(key));
}
