import { Link } from "react-router";
import { CARE_TYPE_LABELS, REQUEST_STATUS_LABELS, type CareType } from "@jeugdregie/domain";
import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/referrer-list";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { date } from "../../lib/format.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { requests: await caller.intake.mine().catch(rethrowAsResponse) };
}

export default function ReferrerRequests({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Heading level={1}>Mijn aanmeldingen</Heading>
      <Paragraph lead>Alle verzoeken om verblijf lopen via het centraal punt. Hier volg je de status van je aanmeldingen.</Paragraph>
      <Paragraph>
        <Link className="utrecht-button utrecht-button--primary-action" to="/aanmeldingen/nieuw">
          Nieuwe aanmelding
        </Link>
      </Paragraph>
      <Table>
        <TableHead columns={["Kind", "Zorgvorm", "Leeftijd", "Aangemeld", "Status"]} />
        <TableBody>
          {loaderData.requests.map((r) => (
            <Row key={r.id}>
              <Cell>
                <Link className="utrecht-link" to={`/aanmeldingen/${r.id}`}>
                  {r.pseudonym}
                </Link>
              </Cell>
              <Cell>{CARE_TYPE_LABELS[r.careType as CareType]?.nl ?? r.careType}</Cell>
              <Cell>{r.ageYears}</Cell>
              <Cell>{r.submittedAt ? date(r.submittedAt) : "nog niet ingediend"}</Cell>
              <Cell>
                <span data-testid="request-status">{REQUEST_STATUS_LABELS[r.status].nl}</span>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
