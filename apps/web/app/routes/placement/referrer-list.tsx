import { Link } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Alert, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/referrer-list";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { date } from "../../lib/format.ts";
import { cursorFrom, Pager } from "../../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const deleted = new URL(request.url).searchParams.get("verwijderd");
  const page = await caller.intake.mine({ cursor: cursorFrom(request) }).catch(rethrowAsResponse);
  return { requests: page.items, nextCursor: page.nextCursor, deleted };
}

export default function ReferrerRequests({ loaderData }: Route.ComponentProps) {
  const { requests, nextCursor, deleted } = loaderData;
  return (
    <>
      <Heading level={1}>Mijn aanmeldingen</Heading>
      <Paragraph lead>Alle verzoeken om verblijf lopen via het centraal punt. Hier volg je de status van je aanmeldingen.</Paragraph>
      {deleted !== null && <Alert type="ok">Het concept is verwijderd, met zijn documenten.</Alert>}
      <Paragraph>
        <Link className="utrecht-button utrecht-button--primary-action" to="/aanmeldingen/nieuw">
          Nieuwe aanmelding
        </Link>
      </Paragraph>
      {requests.length === 0 ? (
        <Paragraph>Je hebt nog geen aanmeldingen.</Paragraph>
      ) : (
        <Table caption="Je aanmeldingen, nieuwste eerst">
          <TableHead columns={["Kind", "Eigen kenmerk", "Zorgvorm", "Leeftijd", "Aangemeld", "Status"]} />
          <TableBody>
            {requests.map((r) => (
              <Row key={r.id}>
                <Cell>
                  <Link className="utrecht-link" to={`/aanmeldingen/${r.id}`} data-testid="request-child">
                    {r.initials ? `${r.initials} · ` : ""}
                    {r.pseudonym}
                  </Link>
                </Cell>
                <Cell>
                  <span data-testid="request-reference">{r.reference ?? "–"}</span>
                </Cell>
                <Cell>{codeLabel("careType", r.careType, "zorgvorm onbekend")}</Cell>
                <Cell numeric>{r.ageYears}</Cell>
                <Cell>{r.submittedAt ? date(r.submittedAt) : `nog niet ingediend (gemaakt ${date(r.createdAt)})`}</Cell>
                <Cell>
                  <span data-testid="request-status">{codeLabel("requestStatus", r.status)}</span>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={nextCursor} />
    </>
  );
}
