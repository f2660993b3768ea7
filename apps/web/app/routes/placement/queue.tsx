import { Link } from "react-router";
import { CARE_TYPE_LABELS, REQUEST_STATUS_LABELS, type CareType } from "@jeugdregie/domain";
import { Alert, Badge, Bar, Cell, Heading, Paragraph, Row, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/queue";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { date, dateTime } from "../../lib/format.ts";
import { URGENCY } from "./labels.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const [queue, board] = await Promise.all([
    caller.placement.queue().catch(rethrowAsResponse),
    caller.placement.board().catch(rethrowAsResponse),
  ]);
  const now = Date.now();
  return {
    open: queue
      .filter((r) => !["placed", "ended", "withdrawn", "draft"].includes(r.status))
      .map((r) => ({ ...r, daysWaiting: r.submittedAt ? Math.floor((now - new Date(r.submittedAt).getTime()) / 86_400_000) : 0 })),
    board,
  };
}

export default function Queue({ loaderData }: Route.ComponentProps) {
  const { open, board } = loaderData;
  const active = board.placements.filter((p) => !p.ended_on);
  return (
    <>
      <Heading level={1}>Centraal punt</Heading>
      <div className="jr-cards">
        <StatCard value={open.length} label="open aanmeldingen" />
        <StatCard value={open.filter((r) => r.status === "waiting").length} label="wachtend met overbrugging" />
        <StatCard value={active.length} label="lopende plaatsingen" />
        <StatCard value={<span data-testid="at-risk-count">{board.atRisk}</span>} label="signalen 'plaatsing onder druk'" />
        <StatCard value={<span data-testid="replacement-count">{board.rePlacements}</span>} label="doorplaatsingen" />
      </div>
      {board.notifications.length > 0 && (
        <section aria-labelledby="meldingen">
          <Heading level={2} id="meldingen">
            Meldingen
          </Heading>
          {board.notifications.map((n) => (
            <Alert type="info" key={n.id}>
              <span data-testid="notification">{n.message}</span>{" "}
              {n.request_id && (
                <Link className="utrecht-link" to={`/plaatsingen/${n.request_id}`}>
                  Open de aanmelding
                </Link>
              )}
            </Alert>
          ))}
        </section>
      )}
      {board.waitingByCareType.length > 0 && (
        <Table caption="Wachtend per zorgvorm">
          <TableHead columns={["Zorgvorm", "Wachtend", "Gemiddeld (dagen)"]} />
          <TableBody>
            {board.waitingByCareType.map((w) => (
              <Row key={w.careType}>
                <Cell>{CARE_TYPE_LABELS[w.careType as CareType]?.nl ?? w.careType}</Cell>
                <Cell numeric>{w.count}</Cell>
                <Cell numeric>{w.averageDays}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      {board.outOfRegionByMonth.length > 0 && (
        <Table caption="Plaatsingen per maand, waarvan buiten de regio">
          <TableHead columns={["Maand", "Geplaatst", "Buiten de regio", ""]} />
          <TableBody>
            {board.outOfRegionByMonth.map((m) => (
              <Row key={m.month}>
                <Cell>{m.month}</Cell>
                <Cell numeric>{m.placed}</Cell>
                <Cell numeric>
                  <span data-testid="outside-count">{m.outside}</span>
                </Cell>
                <Cell>
                  <Bar value={m.outside} max={m.placed} label={`${m.outside} van ${m.placed} buiten de regio`} />
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Table caption="Wachtrij">
        <TableHead
          columns={["Kind", "Urgentie", "Zorgvorm", "Leeftijd", "Woonplaats", "Aangemeld", "Dagen", "Status", "Reactie uiterlijk"]}
        />
        <TableBody>
          {open.map((r) => (
            <Row key={r.id}>
              <Cell>
                <Link className="utrecht-link" to={`/plaatsingen/${r.id}`}>
                  {r.pseudonym}
                </Link>
              </Cell>
              <Cell>{r.urgency === "crisis" ? <Badge>{URGENCY.crisis}</Badge> : URGENCY.regular}</Cell>
              <Cell>{CARE_TYPE_LABELS[r.careType as CareType]?.nl ?? r.careType}</Cell>
              <Cell numeric>{r.ageYears}</Cell>
              <Cell>{r.homeMunicipality}</Cell>
              <Cell>{r.submittedAt ? date(r.submittedAt) : "–"}</Cell>
              <Cell numeric>{r.daysWaiting}</Cell>
              <Cell>{REQUEST_STATUS_LABELS[r.status].nl}</Cell>
              <Cell>{r.openOfferDeadline ? dateTime(r.openOfferDeadline) : "–"}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      {board.atRisk > 0 && (
        <Table caption="Plaatsingen onder druk (vroegsignaal)">
          <TableHead columns={["Kind", "Locatie", "Sinds", "Signaal"]} />
          <TableBody>
            {active
              .filter((p) => p.at_risk)
              .map((p) => (
                <Row key={p.id}>
                  <Cell>
                    <Link className="utrecht-link" to={`/plaatsingen/${p.request_id}`}>
                      {p.pseudonym}
                    </Link>
                  </Cell>
                  <Cell>{p.location_name}</Cell>
                  <Cell>{date(p.starts_on)}</Cell>
                  <Cell>{p.at_risk_note}</Cell>
                </Row>
              ))}
          </TableBody>
        </Table>
      )}
      <Paragraph muted>
        Matching kijkt eerst naar passendheid, dan naar de eigen regio, dan naar afstand; alleen vrije plekken tellen.
      </Paragraph>
    </>
  );
}
