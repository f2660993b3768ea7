import { useId } from "react";

/**
 * Closed places per landsdeel: what there is against what the phase-out plan allows this year, on
 * the way to zero in 2030. Two bars a row; a hidden or unrecorded figure is an empty bar with its
 * mark ("<10", "x", "niet geregistreerd"), never a guess. The page puts the table under it.
 */
const ACTUAL = "#01689b";
const PLANNED = "#e17000";
const W = 640;
const LABEL = 200;
const ROW = 44;

export interface PhaseOutBar {
  label: string;
  actual: { value: number | null; text: string };
  planned: { value: number | null; text: string };
}

export function PhaseOutChart({
  title,
  description,
  rows,
  year,
}: {
  title: string;
  description: string;
  rows: PhaseOutBar[];
  year: number;
}) {
  const id = useId();
  const max = Math.max(10, ...rows.flatMap((r) => [r.actual.value ?? 0, r.planned.value ?? 0]));
  const width = (v: number) => (Math.max(0, v) / max) * (W - LABEL - 130);
  const bar = (y: number, part: { value: number | null; text: string }, color: string) => (
    <>
      {part.value !== null && <rect x={LABEL} y={y} width={width(part.value)} height={14} fill={color} />}
      <text x={LABEL + (part.value !== null ? width(part.value) : 0) + 6} y={y + 11} fontSize="11" fill="#222">
        {part.text}
      </text>
    </>
  );
  return (
    <figure className="jr-nat-chart">
      <svg viewBox={`0 0 ${W} ${rows.length * ROW + 8}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="jr-nat-chart__svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {rows.map((r, i) => (
          <g key={r.label} transform={`translate(0, ${i * ROW + 4})`}>
            <text x={LABEL - 8} y={20} textAnchor="end" fontSize="12" fill="#222">
              {r.label}
            </text>
            {bar(2, r.actual, ACTUAL)}
            {bar(18, r.planned, PLANNED)}
          </g>
        ))}
      </svg>
      <figcaption className="jr-nat-chart__legend">
        <span>
          <span className="jr-nat-chart__swatch" style={{ background: ACTUAL }} aria-hidden="true" /> Gesloten plaatsen nu (JeugdzorgPlus)
        </span>
        <span>
          <span className="jr-nat-chart__swatch" style={{ background: PLANNED }} aria-hidden="true" /> Volgens afbouwplan {year}
        </span>
        <span>Doel: 0 gesloten plaatsen in 2030</span>
      </figcaption>
    </figure>
  );
}
