import { Link } from "react-router";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from "recharts";
import type { KpiUnit } from "@jeugdregie/domain";
import { ScrollArea } from "@jeugdregie/ui";
import { kpiValue, monthLabel } from "../lib/kpi-format.ts";

export interface ChartPoint {
  month: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface ChartSeries {
  /** What the series is (the legend and the table's row header). */
  name: string;
  points: ChartPoint[];
}

/**
 * Colours with at least 3:1 contrast against white (WCAG 1.4.11 for graphics), told apart also
 * without colour vision (a blue-orange base, after Okabe and Ito): the first is the main series.
 */
export const CHART_COLOURS = ["#005a9c", "#b84700", "#00745a", "#8f3a72", "#6b5800", "#444444"];

const WIDTH = 560;
const HEIGHT = 220;

/**
 * One KPI over the months: a chart for the eye (a line, or stacked bars for a breakdown), hidden
 * from screen readers, and under it the same numbers as a real table (the alternative WCAG 1.1.1
 * asks for). A month without data is a gap in the line and "geen gegevens" in the table, never 0.
 * Where the rows behind a number may be seen, the table's numbers link to them.
 */
export function KpiChart({
  id,
  label,
  unit,
  series,
  stacked = false,
  rowsLink,
}: {
  id: string;
  label: string;
  unit: KpiUnit;
  series: ChartSeries[];
  stacked?: boolean;
  rowsLink?: (month: string, seriesIndex: number) => string | null;
}) {
  const months = series[0]?.points.map((p) => p.month) ?? [];
  const data = months.map((month, i) => ({
    month: monthLabel(month),
    ...Object.fromEntries(series.map((s, j) => [`s${j}`, s.points[i]?.value ?? null])),
  }));
  const axisValue = (v: number) => (unit === "share" ? `${Math.round(v * 100)}%` : String(v));
  // No keyboard layer: the chart is hidden from assistive technology, the table carries the numbers.
  const common = { width: WIDTH, height: HEIGHT, data, margin: { top: 8, right: 16, bottom: 4, left: 0 }, accessibilityLayer: false };
  return (
    <figure className="jr-chart" aria-labelledby={`${id}-caption`}>
      <div className="jr-chart__plot" aria-hidden="true" data-testid={`chart-${id}`}>
        {stacked ? (
          <BarChart {...common}>
            <CartesianGrid stroke="#d0d0d0" vertical={false} />
            <XAxis dataKey="month" tick={{ fill: "#333", fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fill: "#333", fontSize: 12 }} width={40} />
            <Legend content={ChartLegend} />
            {series.map((s, j) => (
              <Bar
                key={s.name}
                dataKey={`s${j}`}
                name={s.name}
                stackId="a"
                fill={CHART_COLOURS[j % CHART_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        ) : (
          <LineChart {...common}>
            <CartesianGrid stroke="#d0d0d0" vertical={false} />
            <XAxis dataKey="month" tick={{ fill: "#333", fontSize: 12 }} />
            <YAxis tickFormatter={axisValue} tick={{ fill: "#333", fontSize: 12 }} width={48} />
            {series.map((s, j) => (
              <Line
                key={s.name}
                dataKey={`s${j}`}
                name={s.name}
                stroke={CHART_COLOURS[j % CHART_COLOURS.length]}
                strokeWidth={2}
                dot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        )}
      </div>
      <figcaption id={`${id}-caption`} className="jr-visually-hidden">
        {label}: grafiek, de cijfers staan in de tabel hieronder.
      </figcaption>
      <ScrollArea label={`${label}, tabel`}>
        <table className="utrecht-table utrecht-table--html-table jr-chart__table" data-testid={`table-${id}`}>
          <caption className="utrecht-table__caption">{label} per maand</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                <span className="jr-visually-hidden">Reeks</span>
              </th>
              {months.map((m) => (
                <th key={m} scope="col" className="utrecht-table__header-cell">
                  {monthLabel(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {series.map((s, j) => (
              <tr key={s.name} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {s.name}
                </th>
                {s.points.map((p) => {
                  const text = kpiValue(unit, p.value);
                  const to = p.value !== null && p.value > 0 ? rowsLink?.(p.month, j) : null;
                  return (
                    <td key={p.month} className={`utrecht-table__cell utrecht-table__cell--numeric${p.value === null ? " jr-muted" : ""}`}>
                      {to ? (
                        <Link
                          className="utrecht-link"
                          to={to}
                          aria-label={`${text}: ${s.name}, ${monthLabel(p.month, true)}, bekijk de aanmeldingen`}
                        >
                          {text}
                        </Link>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
    </figure>
  );
}

/**
 * The legend as a list whose items are blocks: recharts' own puts inline-blocks side by side
 * without a space, so the page's text ran the reasons together ("capaciteitLeeftijd").
 */
function ChartLegend({ payload }: { payload?: readonly { value?: unknown; color?: string }[] }) {
  return (
    <ul className="jr-chart__legend">
      {(payload ?? []).map((entry) => (
        <li key={String(entry.value)}>
          <span className="jr-chart__swatch" style={{ background: entry.color }} /> {String(entry.value)}
        </li>
      ))}
    </ul>
  );
}
