import { Link, redirect } from "react-router";
import { codeLabel, KPI_DEFINITIONS, type KpiKey } from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/figures-rows";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { date, dateTime } from "../lib/format.ts";
import { figureFilterFrom } from "../lib/figures-filter.ts";
import { monthLabel } from "../lib/kpi-format.ts";
import { cursorFrom, Pager } from "../components/Pager.tsx";

/** The rows behind a number of the dashboard: the API decides who may see them, audits the read and answers pseudonymised rows. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const params = new URL(request.url).searchParams;
  // Without a number to follow, the numbers themselves.
  if (!params.get("kengetal")) throw redirect("/cijfers");
  const input = {
    kpi: (params.get("kengetal") ?? "") as never,
    month: params.get("maand") ?? "",
    breakdown: params.get("reden") || undefined,
    ...figureFilterFrom(params),
    cursor: cursorFrom(request),
  };
  const page = await caller.kpi.drillDown(input).catch(rethrowAsResponse);
  return { page, provider: input.providerId ?? null, back: `/cijfers?${filterQuery(params)}` };
}

/** The dashboard's own filters, to go back to the same view. */
function filterQuery(params: URLSearchParams): string {
  const back = new URLSearchParams();
  for (const name of ["zorgvorm", "aanbieder", "gemeente"]) {
    const v = params.get(name);
    if (v) back.set(name, v);
  }
  return back.toString();
}

export const meta = () => [{ title: "Aanmeldingen achter een kengetal · Jeugdregie" }];

export default function FigureRows({ loaderData }: Route.ComponentProps) {
  const { page, back } = loaderData;
  const definition = KPI_DEFINITIONS[page.kpi as KpiKey];
  const declines = page.kpi === "declines";
  return (
    <>
      <Paragraph>
        <Link className="utrecht-link" to={back}>
          Terug naar de cijfers
        </Link>
      </Paragraph>
      <Heading level={1}>
        {definition.label}: {monthLabel(page.month, true)}
      </Heading>
      <Paragraph muted>{definition.definition} Kinderen staan er onder hun pseudoniem; deze inzage wordt gelogd.</Paragraph>
      <Table caption={declines ? "Afgewezen voorleggingen" : "Wachtende aanmeldingen, langst wachtend eerst"}>
        <TableHead
          columns={
            declines
              ? ["Kind", "Zorgvorm", "Gemeente", "Aanbieder", "Reden", "Afgewezen op"]
              : ["Kind", "Zorgvorm", "Urgentie", "Gemeente", "Aangemeld", "Dagen wachtend", "Laatste voorlegging bij", "Status nu"]
          }
        />
        <TableBody>
          {page.items.map((r) => (
            <Row key={r.offerId ?? r.requestId}>
              <Cell>
                <Link className="utrecht-link jr-nowrap" to={`/plaatsingen/${r.requestId}`}>
                  {r.pseudonym}
                </Link>
              </Cell>
              <Cell>{codeLabel("careType", r.careType)}</Cell>
              {!declines && <Cell>{codeLabel("urgency", r.urgency)}</Cell>}
              <Cell>{r.municipalityName}</Cell>
              {declines ? (
                <>
                  <Cell>{r.providerName}</Cell>
                  <Cell>{codeLabel("declineReason", r.declineReason)}</Cell>
                  <Cell>{r.respondedAt ? dateTime(r.respondedAt) : "—"}</Cell>
                </>
              ) : (
                <>
                  <Cell>{r.submittedAt ? date(r.submittedAt) : "—"}</Cell>
                  <Cell numeric>{r.daysWaiting}</Cell>
                  <Cell>{r.providerName ?? "nog bij geen aanbieder"}</Cell>
                  <Cell>{codeLabel("requestStatus", r.status)}</Cell>
                </>
              )}
            </Row>
          ))}
        </TableBody>
      </Table>
      {page.items.length === 0 && <Paragraph muted>Geen aanmeldingen achter dit getal.</Paragraph>}
      <Pager nextCursor={page.nextCursor} />
    </>
  );
}
