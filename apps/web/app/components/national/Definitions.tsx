import type { OpenMetric, OpenMetricDefinition } from "@jeugdregie/domain";

/** The release's own definitions of the figures beside them (they travel with every answer of the open API). */
export function Definitions({ definitions, metrics }: { definitions: OpenMetricDefinition[]; metrics: readonly OpenMetric[] }) {
  const shown = metrics.map((m) => definitions.find((d) => d.metric === m)).filter((d): d is OpenMetricDefinition => Boolean(d));
  if (shown.length === 0) return null;
  return (
    <details className="jr-nat-definitions" data-testid="definitions">
      <summary>Definities van deze cijfers</summary>
      <dl>
        {shown.map((d) => (
          <div key={d.metric}>
            <dt>{d.label}</dt>
            <dd>{d.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** A column header that names a metric by the release's label, with its definition on hover. */
export function MetricHeader({ definitions, metric }: { definitions: OpenMetricDefinition[]; metric: OpenMetric }) {
  const d = definitions.find((x) => x.metric === metric);
  return <span title={d?.definition}>{d?.label ?? metric}</span>;
}

export const labelOf = (definitions: OpenMetricDefinition[], metric: OpenMetric) =>
  definitions.find((d) => d.metric === metric)?.label ?? metric;
export const unitOf = (definitions: OpenMetricDefinition[], metric: OpenMetric): OpenMetricDefinition["unit"] =>
  definitions.find((d) => d.metric === metric)?.unit ?? "children";
