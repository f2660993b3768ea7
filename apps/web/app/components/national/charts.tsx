import { useId } from "react";

/**
 * Two small inline-SVG charts for the national overview. Each is an image with a title and a
 * description for screen readers; the page puts a table with the same figures under every chart.
 * A hidden figure ("<10", "x") is a gap in a line or an empty bar with its mark, never a guess.
 */
const COLORS = ["#01689b", "#e17000", "#39870c", "#a90061"];
const W = 640;
const H = 220;
const PAD = { left: 48, right: 16, top: 16, bottom: 36 };

export interface LineSeries {
  label: string;
  values: (number | null)[];
}

function niceMax(max: number, share: boolean): number {
  if (share) return Math.max(1, Math.ceil(max * 10) / 10);
  if (max <= 0) return 10;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / step) * step;
}

const tick = (value: number, share: boolean) =>
  share ? `${Math.round(value * 100)}%` : new Intl.NumberFormat("nl-NL").format(Math.round(value));

export function LineChart({
  title,
  description,
  labels,
  series,
  share = false,
}: {
  title: string;
  description: string;
  labels: string[];
  series: LineSeries[];
  share?: boolean;
}) {
  const id = useId();
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null))), share);
  const x = (i: number) => PAD.left + (labels.length <= 1 ? 0 : (i / (labels.length - 1)) * (W - PAD.left - PAD.right));
  const y = (v: number) => PAD.top + (1 - v / max) * (H - PAD.top - PAD.bottom);
  // A line is drawn between published neighbours only: a hidden week breaks it.
  const segments = (values: (number | null)[]) => {
    const parts: string[][] = [];
    let current: string[] = [];
    values.forEach((v, i) => {
      if (v === null) {
        if (current.length) parts.push(current);
        current = [];
      } else current.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (current.length) parts.push(current);
    return parts;
  };
  const step = Math.max(1, Math.ceil(labels.length / 8));
  return (
    <figure className="jr-nat-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="jr-nat-chart__svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke="#dedede" />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize="11" fill="#555">
              {tick(max * f, share)}
            </text>
          </g>
        ))}
        {labels.map((label, i) =>
          i % step === 0 || i === labels.length - 1 ? (
            <text key={label} x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" fontSize="11" fill="#555">
              {label}
            </text>
          ) : null,
        )}
        {series.map((s, n) =>
          segments(s.values).map((points, k) =>
            points.length === 1 ? (
              <circle
                key={`${n}-${k}`}
                cx={points[0]!.split(",")[0]}
                cy={points[0]!.split(",")[1]}
                r="3"
                fill={COLORS[n % COLORS.length]}
              />
            ) : (
              <polyline key={`${n}-${k}`} points={points.join(" ")} fill="none" stroke={COLORS[n % COLORS.length]} strokeWidth="2.5" />
            ),
          ),
        )}
      </svg>
      <figcaption className="jr-nat-chart__legend">
        {series.map((s, n) => (
          <span key={s.label}>
            <span className="jr-nat-chart__swatch" style={{ background: COLORS[n % COLORS.length] }} aria-hidden="true" /> {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

export interface BarDatum {
  label: string;
  /** The published value, null when hidden or missing. */
  value: number | null;
  /** What the bar says: the value as published, or its mark. */
  text: string;
}

export function BarChart({
  title,
  description,
  bars,
  share = false,
}: {
  title: string;
  description: string;
  bars: BarDatum[];
  share?: boolean;
}) {
  const id = useId();
  const rowHeight = 26;
  const labelWidth = 220;
  const height = bars.length * rowHeight + 8;
  const max = niceMax(Math.max(0, ...bars.map((b) => b.value ?? 0)), share);
  const width = (v: number) => (v / max) * (W - labelWidth - 90);
  return (
    <figure className="jr-nat-chart">
      <svg viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="jr-nat-chart__svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0, ${i * rowHeight + 4})`}>
            <text x={labelWidth - 8} y={16} textAnchor="end" fontSize="12" fill="#222">
              {b.label}
            </text>
            <rect x={labelWidth} y={3} width={W - labelWidth - 90} height={16} fill="#f3f3f3" />
            {b.value !== null && <rect x={labelWidth} y={3} width={width(b.value)} height={16} fill={COLORS[0]} />}
            <text x={labelWidth + (b.value !== null ? width(b.value) : 0) + 6} y={16} fontSize="12" fill="#222">
              {b.text}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
