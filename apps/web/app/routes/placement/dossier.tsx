import { DOCUMENT_LABELS } from "@jeugdregie/domain";
import { Alert, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/dossier";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { date } from "../../lib/format.ts";
import { DocumentLinks } from "./document-links.tsx";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { dossier: await caller.provider.dossier({ offerId: params.offerId }).catch(rethrowAsResponse) };
}

export default function Dossier({ loaderData }: Route.ComponentProps) {
  const { dossier: d } = loaderData;
  return (
    <>
      <Heading level={1}>Dossier {d.pseudonym}</Heading>
      <Alert type="info">Je hebt deze voorlegging geaccepteerd. Inzage wordt vastgelegd en is zichtbaar voor het centraal punt.</Alert>
      <Paragraph>
        <span data-testid="dossier-name">{d.name ?? "(naam niet opgegeven)"}</span> · BSN {d.bsn} · geboren {date(d.birth_date)}
        {d.school_name ? ` · school: ${d.school_name}` : ""}
      </Paragraph>
      <Paragraph>{d.analysis_summary}</Paragraph>
      <Table caption="Documenten">
        <TableHead columns={["Soort", "Bestand", "Grootte", "Inzien"]} />
        <TableBody>
          {d.documents.map((doc) => (
            <Row key={doc.id}>
              <Cell>{DOCUMENT_LABELS[doc.kind]?.nl ?? doc.kind}</Cell>
              <Cell>{doc.filename}</Cell>
              <Cell numeric>{Math.ceil(doc.size_bytes / 1024)} kB</Cell>
              <Cell>
                <DocumentLinks document={doc} />
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
