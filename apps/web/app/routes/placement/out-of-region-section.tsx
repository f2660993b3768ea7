import { Form } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Badge, Button, Cell, FormField, Heading, Paragraph, Row, Select, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import { date } from "../../lib/format.ts";

interface Props {
  outside: { locationId: string; locationName: string; providerName: string }[];
  framework: { criteria: { code: string; label: string; evidence: string }[]; approver: string; secondPerson: boolean };
  justifications: {
    id: string;
    location_name: string;
    criteria: string[];
    evidence: Record<string, string>;
    in_region_reasons: string;
    status: string;
    author: string | null;
    decider: string | null;
    decided_at: Date | string | null;
    created_by: string;
  }[];
  viewerId: string;
  busy: boolean;
}

/** "Geen kind de regio uit": write the justification for a place outside the region, and decide others'. */
export function OutOfRegionSection({ outside, framework, justifications, viewerId, busy }: Props) {
  return (
    <section aria-labelledby="afweging" className="jr-fieldset">
      <Heading level={2} id="afweging">
        Afweging &lsquo;geen kind de regio uit&rsquo;
      </Heading>
      <Paragraph>
        Een plek buiten de regio kan pas worden voorgelegd na een goedgekeurde afweging op de criteria van het kader
        {framework.secondPerson ? ", goedgekeurd door een tweede persoon" : ""}
        {framework.approver === "supra_coordinator" ? " (de bovenregionaal coördinator)" : ""}.
      </Paragraph>
      {justifications.length > 0 && (
        <Table>
          <TableHead columns={["Locatie", "Criteria", "Waarom niet in de regio", "Door", "Status", ""]} />
          <TableBody>
            {justifications.map((j) => (
              <Row key={j.id}>
                <Cell>{j.location_name}</Cell>
                <Cell>
                  {j.criteria.map((c) => (
                    <div key={c}>
                      <strong>{framework.criteria.find((x) => x.code === c)?.label ?? c}:</strong> {j.evidence[c]}
                    </div>
                  ))}
                </Cell>
                <Cell>
                  <small>{j.in_region_reasons}</small>
                </Cell>
                <Cell>{j.author}</Cell>
                <Cell>
                  <span data-testid="justification-status">{codeLabel("justificationDecision", j.status)}</span>
                  {j.decider && (
                    <small>
                      {" "}
                      ({j.decider}, {date(j.decided_at!)})
                    </small>
                  )}
                </Cell>
                <Cell>
                  {j.status === "pending" && j.created_by !== viewerId && (
                    <Form method="post" className="jr-form-row">
                      <input type="hidden" name="intent" value="decide" />
                      <input type="hidden" name="justificationId" value={j.id} />
                      <Button name="approve" value="yes" disabled={busy}>
                        Goedkeuren
                      </Button>
                      <Button name="approve" value="no" appearance="secondary" disabled={busy}>
                        Afwijzen
                      </Button>
                    </Form>
                  )}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Form method="post">
        <input type="hidden" name="intent" value="justify" />
        <FormField label="Plek buiten de regio" htmlFor="oorLocation">
          <Select id="oorLocation" name="locationId">
            {outside.map((o) => (
              <option key={o.locationId} value={o.locationId}>
                {o.locationName} ({o.providerName})
              </option>
            ))}
          </Select>
        </FormField>
        {framework.criteria.map((c) => (
          <div key={c.code} className="jr-fieldset">
            <label className="jr-check">
              <input type="checkbox" name="criteria" value={c.code} /> {c.label} <Badge>criterium</Badge>
            </label>
            <FormField label={c.evidence} htmlFor={`evidence-${c.code}`}>
              <Textbox id={`evidence-${c.code}`} name={`evidence-${c.code}`} />
            </FormField>
          </div>
        ))}
        <FormField label="Toelichting (optioneel)" htmlFor="oorNote">
          <Textbox id="oorNote" name="note" />
        </FormField>
        <Button appearance="secondary" disabled={busy}>
          Afweging vastleggen
        </Button>
      </Form>
    </section>
  );
}
