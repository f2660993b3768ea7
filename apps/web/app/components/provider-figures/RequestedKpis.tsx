import { isKpiKey, KPI_DEFINITIONS, KPI_KEYS } from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { kpiValue, monthLabel } from "../../lib/kpi-format.ts";
import { Pager } from "../Pager.tsx";

interface Request {
  regionId: string;
  regionName: string;
  kpi: string;
}
interface Value {
  regionId: string;
  regionName: string;
  kpi: string;
  month: string;
  locationId: string | null;
  locationName: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** In the definitions' order (the API pages them by key). */
const order = (kpi: string) => (KPI_KEYS as readonly string[]).indexOf(kpi);

const labelOf = (kpi: string) => (isKpiKey(kpi) ? KPI_DEFINITIONS[kpi].label : kpi);

/** What each region asks the provider to report (per contract), and its own values of exactly those KPIs. */
export function RequestedKpis({
  requests,
  values,
  nextCursor,
  pageParam,
  download,
}: {
  requests: readonly Request[];
  values: readonly Value[];
  nextCursor: string | null;
  pageParam: string;
  download: string;
}) {
  const byRegion = [...new Map(requests.map((r) => [r.regionId, r.regionName])).entries()];
  const asked = [...new Set(requests.map((r) => r.kpi))].sort((x, y) => order(x) - order(y));
  return (
    <section aria-labelledby="gevraagde-kengetallen" className="jr-figure" data-testid="requested-kpis">
      <Heading level={2} id="gevraagde-kengetallen">
        Kengetallen die regio&apos;s vragen
      </Heading>
      {byRegion.length === 0 ? (
        <Paragraph muted>Geen enkele regio vraagt u nu kengetallen aan te leveren.</Paragraph>
      ) : (
        <>
          <ul>
            {byRegion.map(([regionId, name]) => (
              <li key={regionId}>
                <strong>{name}</strong> vraagt:{" "}
                {requests
                  .filter((r) => r.regionId === regionId)
                  .sort((x, y) => order(x.kpi) - order(y.kpi))
                  .map((r) => labelOf(r.kpi))
                  .join(", ")}
              </li>
            ))}
          </ul>
          {asked.filter(isKpiKey).map((kpi) => (
            <p key={kpi} className="jr-figure__definition">
              <strong>{KPI_DEFINITIONS[kpi].label}: </strong>
              {KPI_DEFINITIONS[kpi].definition}
            </p>
          ))}
        </>
      )}
      <Paragraph>
        <a className="utrecht-link" href={download} download data-testid="download-kpis">
          Download de gevraagde kengetallen (CSV)
        </a>
      </Paragraph>
      <Table caption="Uw waarden van de gevraagde kengetallen, per regio en maand">
        <TableHead columns={["Regio", "Kengetal", "Maand", "Locatie", "Waarde", "Teller", "Noemer"]} />
        <TableBody>
          {values.map((v) => (
            <Row key={`${v.regionId}-${v.kpi}-${v.month}-${v.locationId ?? ""}`}>
              <Cell>{v.regionName}</Cell>
              <Cell>{labelOf(v.kpi)}</Cell>
              <Cell>{monthLabel(v.month)}</Cell>
              <Cell>{v.locationName ?? "Alle locaties"}</Cell>
              <Cell numeric>{kpiValue(isKpiKey(v.kpi) ? KPI_DEFINITIONS[v.kpi].unit : "count", v.value)}</Cell>
              <Cell numeric>{v.numerator ?? ""}</Cell>
              <Cell numeric>{v.denominator ?? ""}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      {values.length === 0 && <Paragraph muted>Nog geen berekende waarden in deze periode.</Paragraph>}
      <Pager nextCursor={nextCursor} param={pageParam} />
    </section>
  );
}
