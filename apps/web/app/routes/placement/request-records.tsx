import { auditEventLabel, codeLabel, isRole, ROLE_LABELS } from "@jeugdregie/domain";
import { Cell, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import { dateTime } from "../../lib/format.ts";
import { DocumentLinks } from "./document-links.tsx";

interface Props {
  offers: {
    id: string;
    provider_name: string;
    location_name: string;
    sent_at: string | Date;
    status: string;
    decline_reason: string | null;
    decline_text: string | null;
  }[];
  documents: { id: string; kind: string; filename: string; content_type: string; uploaded_at: string | Date }[];
  statusHistory: { status: string; changed_at: string | Date }[];
  accessLog: {
    occurred_at: string | Date;
    display_name: string | null;
    email: string | null;
    role: string;
    entity: string;
    action: string;
  }[];
}

export const statusLabel = (status: string) => codeLabel("requestStatus", status, "onbekende status");
const roleLabel = (role: string) => (isRole(role) ? ROLE_LABELS[role].nl : role === "system" ? "systeem" : "onbekende rol");

/** The request's record: its offers, documents (to open), status history and who opened or changed it. */
export function RequestRecords({ offers, documents, statusHistory, accessLog }: Props) {
  return (
    <>
      {offers.length === 0 ? (
        <Paragraph>
          <strong>Voorleggingen:</strong> nog niet voorgelegd aan een aanbieder.
        </Paragraph>
      ) : (
        <Table caption="Voorleggingen">
          <TableHead columns={["Aanbieder", "Locatie", "Verstuurd", "Uitkomst", "Reden"]} />
          <TableBody>
            {offers.map((o) => (
              <Row key={o.id}>
                <Cell>{o.provider_name}</Cell>
                <Cell>{o.location_name}</Cell>
                <Cell>{dateTime(o.sent_at)}</Cell>
                <Cell>
                  <span data-testid="offer-status">{codeLabel("offerStatus", o.status)}</span>
                </Cell>
                <Cell>
                  {o.decline_reason
                    ? `${codeLabel("declineReason", o.decline_reason, "anders")}${o.decline_text ? `: ${o.decline_text}` : ""}`
                    : "–"}
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      {documents.length === 0 ? (
        <Paragraph>
          <strong>Documenten:</strong> nog geen documenten toegevoegd.
        </Paragraph>
      ) : (
        <Table caption="Documenten">
          <TableHead columns={["Soort", "Bestand", "Toegevoegd", "Inzien"]} />
          <TableBody>
            {documents.map((doc) => (
              <Row key={doc.id}>
                <Cell>{codeLabel("documentType", doc.kind, "document")}</Cell>
                <Cell>{doc.filename}</Cell>
                <Cell>{dateTime(doc.uploaded_at)}</Cell>
                <Cell>
                  <DocumentLinks document={doc} />
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Table caption="Statusverloop">
        <TableHead columns={["Wanneer", "Status"]} />
        <TableBody>
          {statusHistory.map((h, i) => (
            <Row key={i}>
              <Cell>{dateTime(h.changed_at)}</Cell>
              <Cell>{statusLabel(h.status)}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
      <Table caption="Wie heeft dit dossier geopend of gewijzigd">
        <TableHead columns={["Wanneer", "Wie", "Rol", "Wat"]} />
        <TableBody>
          {accessLog.slice(0, 30).map((e, i) => (
            <Row key={i}>
              <Cell>{dateTime(e.occurred_at)}</Cell>
              <Cell>{e.display_name ?? e.email ?? "systeem"}</Cell>
              <Cell>{roleLabel(e.role)}</Cell>
              <Cell>
                <span data-testid="access-log-event">{auditEventLabel(e.entity, e.action)}</span>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
