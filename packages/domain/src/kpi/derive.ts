import { KPI_DEFINITIONS, type KpiDefinition, type KpiKey, type KpiMeasure } from "./definitions.ts";
import { median, p90, roundValue, share } from "./statistics.ts";

/** The splits of one number; null is "all" (the region as a whole, all care types, ...). */
export interface KpiDims {
  careType: string | null;
  providerId: string | null;
  locationId: string | null;
  /** The child's home municipality (CBS code), for KPIs about requests. */
  municipalityCode: string | null;
  breakdown: string | null;
}

/**
 * What the database measures for one region-month and one split: `numerator` of `denominator`
 * (the population: answered offers, placements that started, running requests ...), or samples of
 * days. A breakdown row (a decline reason, an expertise) takes its parent's population.
 */
export interface RawMeasure extends KpiDims {
  measure: KpiMeasure;
  numerator: number;
  denominator: number;
  samples: readonly number[] | null;
}

export interface KpiValue extends KpiDims {
  kpi: KpiKey;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

const dimsKey = (d: KpiDims, breakdown: string | null = d.breakdown) =>
  [d.careType ?? "", d.providerId ?? "", d.locationId ?? "", d.municipalityCode ?? "", breakdown ?? ""].join("|");
const WHOLE_REGION = dimsKey({ careType: null, providerId: null, locationId: null, municipalityCode: null, breakdown: null });

/** Breakdown rows get their parent's population; a definition's fixed codes that did not occur count 0 where the parent has a population. */
function completeBreakdowns(definition: KpiDefinition, rows: RawMeasure[]): RawMeasure[] {
  if (!definition.dimensions.includes("breakdown")) return rows.filter((r) => r.breakdown === null);
  const parents = new Map(rows.filter((r) => r.breakdown === null).map((r) => [dimsKey(r), r]));
  const out: RawMeasure[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const parent = row.breakdown === null ? row : parents.get(dimsKey(row, null));
    if (!parent) continue;
    out.push({ ...row, denominator: parent.denominator });
    seen.add(dimsKey(row));
  }
  for (const parent of parents.values()) {
    for (const code of definition.breakdown?.codes ?? []) {
      if (!seen.has(dimsKey(parent, code))) out.push({ ...parent, breakdown: code, numerator: 0, samples: null });
    }
  }
  return out;
}

function valueOf(definition: KpiDefinition, row: RawMeasure): Omit<KpiValue, keyof KpiDims | "kpi"> | null {
  switch (definition.unit) {
    case "count":
      return row.denominator > 0 ? { value: row.numerator, numerator: row.numerator, denominator: row.denominator } : null;
    case "share": {
      const value = share(row.numerator, row.denominator);
      return value === null ? null : { value: roundValue(value), numerator: row.numerator, denominator: row.denominator };
    }
    case "days": {
      const samples = row.samples ?? [];
      const value = definition.statistic === "p90" ? p90(samples) : median(samples);
      return value === null ? null : { value: roundValue(value), numerator: null, denominator: samples.length };
    }
  }
}

/**
 * The snapshot values of one region-month from its raw measures, in a stable order. A split with
 * no population yields no value at all (empty), a population without events yields 0.
 */
export function deriveSnapshots(raw: readonly RawMeasure[]): KpiValue[] {
  const values: KpiValue[] = [];
  for (const definition of Object.values(KPI_DEFINITIONS)) {
    const rows = completeBreakdowns(
      definition,
      raw.filter((r) => r.measure === definition.measure),
    );
    if (definition.emptyWithoutEvents && !rows.some((r) => dimsKey(r) === WHOLE_REGION && r.numerator > 0)) continue;
    for (const row of rows) {
      const value = valueOf(definition, row);
      if (value === null) continue;
      values.push({
        kpi: definition.key,
        careType: row.careType,
        providerId: row.providerId,
        locationId: row.locationId,
        municipalityCode: row.municipalityCode,
        breakdown: row.breakdown,
        ...value,
      });
    }
  }
  return values.sort((a, b) => (a.kpi + dimsKey(a)).localeCompare(b.kpi + dimsKey(b)));
}
