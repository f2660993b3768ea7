import { Link } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Alert, Bar, Cell, Heading, Paragraph, Row, StatCard, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/queue";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { WorkList } from "./work-list.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const [list, board] = await Promise.all([
    caller.placement.worklist().catch(rethrowAsResponse),
    caller.placement.board({ limit: 1 }).catch(rethrowAsResponse),
  ]);
  const negotiations = viewer.ability.can("manage", "Negotiation") ? await caller.negotiations.counts().catch(rethrowAsResponse) : null;
  return {
    list,
    board: { ...board, items: [] },
    running: board.running,
    crisisTeam: viewer.scope.role === "crisis_team",
    openNegotiations: negotiations?.open ?? null,
    myTurn: negotiations?.myTurn ?? 0,
  };
}

/** The start page of coordinators and the crisis team: what waits for them, then the region's picture. */
export default function Queue({ loaderData }: Route.ComponentProps) {
  const { list, board, running, crisisTeam, openNegotiations, myTurn } = loaderData;
  return (
    <>
      <Heading level={1}>{crisisTeam ? "Werklijst crisisteam" : "Werklijst centraal punt"}</Heading>
      <Paragraph lead>
        Wat nu op je wacht: {crisisTeam ? "crisisaanmeldingen" : "aanmeldingen"} die om actie vragen, voorleggingen die bijna verlopen,
        plaatsingen onder druk en kinderen die wachten.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={<span data-testid="needs-action-count">{list.needsActionTotal}</span>} label="wachten op actie" />
        <StatCard value={list.offers.length} label="voorleggingen open" />
        <StatCard value={<span data-testid="at-risk-count">{board.atRisk}</span>} label="signalen 'plaatsing onder druk'" />
        <StatCard value={list.waitingTotal} label="wachtend met overbrugging" />
        <StatCard value={running} label="lopende plaatsingen" />
        <StatCard value={<span data-testid="replacement-count">{board.rePlacements}</span>} label="doorplaatsingen" />
        {openNegotiations !== null && (
          <StatCard
            value={<span data-testid="open-negotiations">{openNegotiations}</span>}
            label={
              <Link className="utrecht-link" to="/onderhandelingen">
                capaciteitsafspraken open, {myTurn} waarop jij aan zet bent
              </Link>
            }
          />
        )}
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
      <WorkList list={list} />
      <Heading level={2}>De regio in cijfers</Heading>
      {board.waitingByCareType.length > 0 && (
        <Table caption="Wachtend per zorgvorm">
          <TableHead columns={["Zorgvorm", "Wachtend", "Gemiddeld (dagen)"]} />
          <TableBody>
            {board.waitingByCareType.map((w) => (
              <Row key={w.careType}>
                <Cell>{codeLabel("careType", w.careType, "zorgvorm onbekend")}</Cell>
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
      <Paragraph muted>
        Matching kijkt eerst naar passendheid, dan naar de eigen regio, dan naar afstand; alleen vrije plekken tellen.
      </Paragraph>
    </>
  );
}
