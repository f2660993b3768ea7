import { useEffect } from "react";
import { codeLabel } from "@jeugdregie/domain";
import { Link, useRevalidator } from "react-router";
import { Alert, Bar, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/import-job";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { job: await caller.imports.get({ importJobId: params.id }).catch(rethrowAsResponse) };
}

export default function ImportJob({ loaderData }: Route.ComponentProps) {
  const { job } = loaderData;
  const revalidator = useRevalidator();
  const running = job.status === "queued" || job.status === "validating";
  // Poll while the worker is busy; without JavaScript the meta refresh below does the same.
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => revalidator.state === "idle" && void revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [running, revalidator]);
  return (
    <>
      {/* Only without JavaScript: a browser keeps a parsed refresh even after React removes it, reloading the page under the user. */}
      {running && (
        <noscript>
          <meta httpEquiv="refresh" content="3" />
        </noscript>
      )}
      <Heading level={2}>Import: {job.filename}</Heading>
      <Paragraph>
        {codeLabel("importKind", job.kind)} · <strong data-testid="import-status">{codeLabel("importStatus", job.status)}</strong>
      </Paragraph>
      <Bar
        value={job.processedRows}
        max={Math.max(job.totalRows, 1)}
        label={`${job.processedRows} van ${job.totalRows} regels gecontroleerd`}
      />
      <Paragraph muted>
        {job.processedRows} van {job.totalRows} regels gecontroleerd
      </Paragraph>
      {job.status === "committed" && <Alert type="ok">Alle {job.totalRows} regels zijn opgeslagen.</Alert>}
      {job.status === "failed" && (
        <>
          <Alert type="error">
            <span data-testid="import-error-count">{job.errors.length}</span> regel(s) afgekeurd. Er is niets opgeslagen: verbeter het
            bestand en importeer het opnieuw.
          </Alert>
          <Table caption="Afgekeurde regels">
            <TableHead columns={["Regel", "Reden"]} />
            <TableBody>
              {job.errors.map((e) => (
                <Row key={`${e.line}-${e.message}`}>
                  <Cell numeric>
                    <span data-testid="import-error-line">{e.line}</span>
                  </Cell>
                  <Cell>{e.message}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <Paragraph>
        <Link className="utrecht-link" to="/inrichting/import">
          Terug naar importeren
        </Link>
      </Paragraph>
    </>
  );
}
