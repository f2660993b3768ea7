import {
  codeLabel,
  DECLINE_REASON_SHORT,
  DECLINE_REASONS,
  dutchDate,
  expertiseLabel,
  SUPPLY_VERDICT_LABELS,
  SUPPLY_VERDICTS,
  type NeedAndSupply,
  type NeedSupplyRow,
  type PlacesProjection,
} from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { PROJECTION_METHOD } from "./report-text.ts";

const decimal = (n: number, digits = 1) => n.toFixed(digits).replace(".", ",");

function declinesText(row: NeedSupplyRow): string {
  const parts = DECLINE_REASONS.filter((r) => row.declines[r] > 0).map((r) => `${row.declines[r]}× ${DECLINE_REASON_SHORT[r]}`);
  return parts.length === 0 ? "geen" : parts.join(", ");
}

/** Real need against supply: per care type (and expertise within it) what children needed and got, and the verdict. */
export function NeedSupplyTable({ rows, caption }: { rows: NeedSupplyRow[]; caption: string }) {
  if (rows.length === 0) return <Paragraph muted>Geen aanmeldingen in deze periode.</Paragraph>;
  return (
    <>
      <Table caption={caption}>
        <TableHead
          columns={[
            "Zorgvorm",
            "Expertise",
            "Nodig",
            "Geplaatst",
            "Passend",
            "Niet passend",
            "Gewacht",
            "Wacht nog",
            "Afwijzingen",
            "Gecontracteerde plekken",
            "Oordeel",
          ]}
        />
        <TableBody>
          {rows.map((r) => (
            <Row key={`${r.careType}|${r.expertise ?? ""}`}>
              <Cell>{r.expertise === null ? <strong>{codeLabel("careType", r.careType)}</strong> : codeLabel("careType", r.careType)}</Cell>
              <Cell>{r.expertise === null ? "alle" : expertiseLabel(r.expertise)}</Cell>
              <Cell numeric>{r.needed}</Cell>
              <Cell numeric>{r.placed}</Cell>
              <Cell numeric>{r.placedGoodFit}</Cell>
              <Cell numeric>{r.placedPoorFit}</Cell>
              <Cell numeric>{r.waited}</Cell>
              <Cell numeric>{r.waitingAtEnd}</Cell>
              <Cell>{declinesText(r)}</Cell>
              <Cell numeric>{r.contractedPlaces}</Cell>
              <Cell>
                <span className={`jr-verdict jr-verdict--${r.verdict}`} data-testid="verdict">
                  {SUPPLY_VERDICT_LABELS[r.verdict].label}
                </span>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <dl className="jr-definitions">
        {SUPPLY_VERDICTS.map((v) => (
          <div key={v}>
            <dt>{SUPPLY_VERDICT_LABELS[v].label}:</dt> <dd>{SUPPLY_VERDICT_LABELS[v].definition}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

const BAR_HEIGHT = 12;
const ROW_HEIGHT = 38;
const LABEL_WIDTH = 210;
const CHART_WIDTH = 720;

/** Places needed next year against contracted places, as bars; the table beside it says the same in numbers. */
export function PlacesChart({ items }: { items: PlacesProjection[] }) {
  if (items.length === 0) return null;
  const max = Math.max(1, ...items.flatMap((p) => [p.placesNeeded, p.contractedPlaces]));
  const scale = (n: number) => (n / max) * (CHART_WIDTH - LABEL_WIDTH - 40);
  const height = 28 + items.length * ROW_HEIGHT;
  return (
    <figure className="jr-chart">
      <svg viewBox={`0 0 ${CHART_WIDTH} ${height}`} role="img" aria-labelledby="plekken-titel plekken-uitleg" width="100%">
        <title id="plekken-titel">Plekken nodig volgend jaar tegenover gecontracteerde plekken, per zorgvorm</title>
        <desc id="plekken-uitleg">De tabel eronder geeft dezelfde aantallen.</desc>
        <rect x={0} y={2} width={12} height={12} className="jr-chart__needed" />
        <text x={18} y={12}>
          plekken nodig volgend jaar
        </text>
        <rect x={220} y={2} width={12} height={12} className="jr-chart__contracted" />
        <text x={238} y={12}>
          gecontracteerde plekken
        </text>
        {items.map((p, i) => {
          const y = 28 + i * ROW_HEIGHT;
          return (
            <g key={p.careType}>
              <text x={0} y={y + BAR_HEIGHT + 3}>
                {codeLabel("careType", p.careType)}
              </text>
              <rect x={LABEL_WIDTH} y={y} width={scale(p.placesNeeded)} height={BAR_HEIGHT} className="jr-chart__needed" />
              <text x={LABEL_WIDTH + scale(p.placesNeeded) + 4} y={y + BAR_HEIGHT - 2}>
                {p.placesNeeded}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + BAR_HEIGHT + 2}
                width={scale(p.contractedPlaces)}
                height={BAR_HEIGHT}
                className="jr-chart__contracted"
              />
              <text x={LABEL_WIDTH + scale(p.contractedPlaces) + 4} y={y + 2 * BAR_HEIGHT}>
                {p.contractedPlaces}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The projection of places for next year: method, chart and table. */
export function PlacesProjectionSection({ projection }: { projection: NeedAndSupply["projection"] }) {
  const { windows, items } = projection;
  return (
    <section aria-labelledby="prognose">
      <Heading level={2} id="prognose">
        Prognose plekken volgend jaar
      </Heading>
      <Paragraph muted>
        {PROJECTION_METHOD} Periode: {dutchDate(windows.current.from)} tot {dutchDate(windows.current.to)}, vergeleken met{" "}
        {dutchDate(windows.previous.from)} tot {dutchDate(windows.previous.to)}.
      </Paragraph>
      {items.length === 0 ? (
        <Paragraph muted>Geen vraag en geen gecontracteerde plekken in de afgelopen twee jaar.</Paragraph>
      ) : (
        <>
          <PlacesChart items={items} />
          <Table caption="Plekken nodig volgend jaar per zorgvorm">
            <TableHead
              columns={[
                "Zorgvorm",
                "Gemiddelde vraag per dag",
                "Jaar ervoor",
                "Groei",
                "Plekken nodig",
                "Gecontracteerd",
                "Tekort",
                "Over",
              ]}
            />
            <TableBody>
              {items.map((p) => (
                <Row key={p.careType}>
                  <Cell>{codeLabel("careType", p.careType)}</Cell>
                  <Cell numeric>{decimal(p.averageDemand)}</Cell>
                  <Cell numeric>{decimal(p.previousAverageDemand)}</Cell>
                  <Cell numeric>{p.observedGrowth === null ? "onbekend" : decimal(p.growth, 2)}</Cell>
                  <Cell numeric>
                    <strong>{p.placesNeeded}</strong>
                  </Cell>
                  <Cell numeric>{p.contractedPlaces}</Cell>
                  <Cell numeric>{Math.max(0, p.gap)}</Cell>
                  <Cell numeric>{Math.max(0, -p.gap)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
