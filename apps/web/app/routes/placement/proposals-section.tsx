import { Form } from "react-router";
import { OVER_ALLOCATION_REASON_MIN_LENGTH } from "@jeugdregie/domain";
import { Alert, Badge, Button, Cell, FormField, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";

interface Match {
  locationId: string;
  rank: number;
  locationName: string;
  providerName: string;
  municipalityName: string;
  free: number;
  inRegion: boolean;
  needsJustification: boolean;
  reasons: string[];
}

interface Props {
  proposals: {
    allocation: { used: number; allocated: number; nextOfferOver: boolean } | null;
    matches: Match[];
    excluded: { locationId: string; locationName: string; providerName: string; reasons: string[] }[];
    excludedSummary: string;
  };
  busy: boolean;
}

/** Where could this child go: ranked places with why, why the others are not, and waiting as the way out. */
export function ProposalsSection({ proposals, busy }: Props) {
  return (
    <section aria-labelledby="voorstellen">
      {proposals.allocation && (
        <Alert type={proposals.allocation.nextOfferOver ? "warning" : "info"}>
          Toewijzing gedeelde plekken dit jaar: {proposals.allocation.used} van {proposals.allocation.allocated} in gebruik.
          {proposals.allocation.nextOfferOver && " Een nieuwe voorlegging gaat erover: vul de reden in bij de plek."}
        </Alert>
      )}
      <Heading level={2} id="voorstellen">
        Passende plekken (best passend eerst)
      </Heading>
      <Table>
        <TableHead columns={["#", "Locatie", "Aanbieder", "Plaats", "Vrij", "Waarom", ""]} />
        <TableBody>
          {proposals.matches.map((m) => (
            <Row key={m.locationId}>
              <Cell numeric>{m.rank}</Cell>
              <Cell>
                <span data-testid="proposal-location">{m.locationName}</span>
                {!m.inRegion && <Badge>buiten de regio</Badge>}
              </Cell>
              <Cell>{m.providerName}</Cell>
              <Cell>{m.municipalityName}</Cell>
              <Cell numeric>{m.free}</Cell>
              <Cell>
                <small data-testid="proposal-reasons">{m.reasons.join(" · ")}</small>
              </Cell>
              <Cell>
                {m.needsJustification ? (
                  <small data-testid="needs-justification">
                    Eerst een goedgekeurde <a href="#afweging">afweging</a>
                  </small>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="offer" />
                    <input type="hidden" name="locationId" value={m.locationId} />
                    {proposals.allocation?.nextOfferOver && (
                      <Textbox
                        name="overAllocationReason"
                        aria-label={`Reden overschrijding toewijzing voor ${m.locationName}`}
                        placeholder="Reden overschrijding"
                        title={`Minstens ${OVER_ALLOCATION_REASON_MIN_LENGTH} tekens`}
                        required
                        minLength={OVER_ALLOCATION_REASON_MIN_LENGTH}
                        size={18}
                      />
                    )}
                    <Button appearance="secondary" disabled={busy} aria-label={`Voorleggen aan ${m.locationName}`}>
                      Voorleggen
                    </Button>
                  </Form>
                )}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      {proposals.matches.length === 0 && (
        <Alert type="warning">
          Er is nu geen passende vrije plek. Vertraag de plaatsing met overbruggingshulp; dan wordt opnieuw gematcht zodra er plek komt.
        </Alert>
      )}
      {proposals.excluded.length > 0 && (
        <>
          <Paragraph>
            <strong>Niet passend of vol:</strong> <span data-testid="excluded-summary">{proposals.excludedSummary}</span>.
          </Paragraph>
          <details>
            <summary>Per locatie ({proposals.excluded.length})</summary>
            <ul>
              {proposals.excluded.map((e) => (
                <li key={e.locationId}>
                  {e.locationName} ({e.providerName}): {e.reasons.join("; ")}
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
      <Form method="post" className="jr-form-row">
        <input type="hidden" name="intent" value="wait" />
        <FormField label="Overbruggingshulp (bij wachten)" htmlFor="interimHelp">
          <Textbox id="interimHelp" name="interimHelp" placeholder="Intensief ambulant gezinsteam" />
        </FormField>
        <Button appearance="secondary" disabled={busy}>
          Op wachtlijst met overbrugging
        </Button>
      </Form>
    </section>
  );
}
