import { Link } from "react-router";
import { codeLabel, type RequestStatus } from "@jeugdregie/domain";
import { Badge, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { date, dateTime } from "../../lib/format.ts";

type Day = string | Date;
interface Props {
  list: {
    needsAction: {
      id: string;
      pseudonym: string;
      status: RequestStatus;
      urgency: string;
      care_type: string;
      submitted_at: Day | null;
      daysWaiting: number;
    }[];
    needsActionTotal: number;
    offers: {
      id: string;
      request_id: string;
      pseudonym: string;
      urgency: string;
      provider_name: string | null;
      location_name: string | null;
      deadline_at: Day;
      hoursLeft: number;
    }[];
    atRisk: {
      id: string;
      request_id: string;
      pseudonym: string;
      location_name: string | null;
      at_risk_since: Day | null;
      at_risk_note: string | null;
    }[];
    waiting: {
      id: string;
      pseudonym: string;
      care_type: string;
      waiting_since: Day | null;
      daysWaiting: number;
      interim_help: string | null;
    }[];
    waitingTotal: number;
  };
}

const careType = (code: string) => codeLabel("careType", code, "zorgvorm onbekend");

function ChildLink({ id, pseudonym, urgency }: { id: string; pseudonym: string; urgency?: string }) {
  return (
    <>
      <Link className="utrecht-link" to={`/plaatsingen/${id}`}>
        {pseudonym}
      </Link>
      {urgency === "crisis" && <Badge>{codeLabel("urgency", "crisis")}</Badge>}
    </>
  );
}

/** "nog 3 uur", "nog 2 dagen", "verlopen": how long a provider still has. */
function timeLeft(hours: number) {
  if (hours < 0) return "verlopen";
  if (hours < 48) return `nog ${hours} uur`;
  return `nog ${Math.floor(hours / 24)} dagen`;
}

const shown = (rows: number, total: number) => (total > rows ? ` (${rows} van ${total} getoond)` : "");

/** Four bounded lists, each sorted by what is most pressing. */
export function WorkList({ list }: Props) {
  return (
    <>
      <section aria-labelledby="wacht-op-actie">
        <Heading level={2} id="wacht-op-actie">
          Wacht op actie{shown(list.needsAction.length, list.needsActionTotal)}
        </Heading>
        {list.needsAction.length === 0 ? (
          <Paragraph>Geen aanmeldingen die op actie wachten.</Paragraph>
        ) : (
          <Table caption="Crisis eerst, dan het langst wachtend">
            <TableHead columns={["Kind", "Zorgvorm", "Wat er moet gebeuren", "Aangemeld", "Dagen"]} />
            <TableBody>
              {list.needsAction.map((r) => (
                <Row key={r.id}>
                  <Cell>
                    <span data-testid="needs-action">
                      <ChildLink id={r.id} pseudonym={r.pseudonym} urgency={r.urgency} />
                    </span>
                  </Cell>
                  <Cell>{careType(r.care_type)}</Cell>
                  <Cell>{NEXT_STEP[r.status] ?? codeLabel("requestStatus", r.status)}</Cell>
                  <Cell>{r.submitted_at ? date(r.submitted_at) : "–"}</Cell>
                  <Cell numeric>{r.daysWaiting}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="voorleggingen">
        <Heading level={2} id="voorleggingen">
          Voorleggingen, eerst verlopend
        </Heading>
        {list.offers.length === 0 ? (
          <Paragraph>Geen openstaande voorleggingen.</Paragraph>
        ) : (
          <Table caption="Openstaande voorleggingen en hoe lang de aanbieder nog heeft">
            <TableHead columns={["Kind", "Aanbieder", "Locatie", "Reactie uiterlijk", "Tijd over"]} />
            <TableBody>
              {list.offers.map((o) => (
                <Row key={o.id}>
                  <Cell>
                    <ChildLink id={o.request_id} pseudonym={o.pseudonym} urgency={o.urgency} />
                  </Cell>
                  <Cell>{o.provider_name ?? "–"}</Cell>
                  <Cell>{o.location_name ?? "locatie buiten de regio"}</Cell>
                  <Cell>{dateTime(o.deadline_at)}</Cell>
                  <Cell>
                    <span data-testid="offer-time-left">{timeLeft(o.hoursLeft)}</span>
                    {o.hoursLeft >= 0 && o.hoursLeft < 24 && <Badge>bijna verlopen</Badge>}
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="onder-druk">
        <Heading level={2} id="onder-druk">
          Plaatsingen onder druk
        </Heading>
        {list.atRisk.length === 0 ? (
          <Paragraph>Geen signalen.</Paragraph>
        ) : (
          <Table caption="Vroegsignalen, oudste eerst">
            <TableHead columns={["Kind", "Locatie", "Sinds", "Signaal"]} />
            <TableBody>
              {list.atRisk.map((p) => (
                <Row key={p.id}>
                  <Cell>
                    <ChildLink id={p.request_id} pseudonym={p.pseudonym} />
                  </Cell>
                  <Cell>{p.location_name ?? "locatie buiten de regio"}</Cell>
                  <Cell>{p.at_risk_since ? date(p.at_risk_since) : "–"}</Cell>
                  <Cell>
                    <span data-testid="at-risk-note">{p.at_risk_note}</span>
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
      <section aria-labelledby="wachtend">
        <Heading level={2} id="wachtend">
          Wachtende kinderen{shown(list.waiting.length, list.waitingTotal)}
        </Heading>
        {list.waiting.length === 0 ? (
          <Paragraph>Geen kinderen op de wachtlijst.</Paragraph>
        ) : (
          <Table caption="Langst wachtend eerst, met de overbrugging">
            <TableHead columns={["Kind", "Zorgvorm", "Wacht sinds", "Dagen", "Overbrugging"]} />
            <TableBody>
              {list.waiting.map((r) => (
                <Row key={r.id}>
                  <Cell>
                    <ChildLink id={r.id} pseudonym={r.pseudonym} />
                  </Cell>
                  <Cell>{careType(r.care_type)}</Cell>
                  <Cell>{r.waiting_since ? date(r.waiting_since) : "–"}</Cell>
                  <Cell numeric>
                    <span data-testid="waiting-days">{r.daysWaiting}</span>
                  </Cell>
                  <Cell>{r.interim_help ?? "–"}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        )}
      </section>
    </>
  );
}

/** What the placement point does next, per status that waits for it. */
const NEXT_STEP: Partial<Record<RequestStatus, string>> = {
  submitted: "Triage of matching starten",
  triage: "Matching starten",
  matching: "Plek kiezen en voorleggen",
  accepted: "Plaatsing vastleggen",
};
