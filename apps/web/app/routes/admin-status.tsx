import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/admin-status";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { status: await caller.system.status().catch(rethrowAsResponse) };
}

export default function AdminStatus({ loaderData }: Route.ComponentProps) {
  const { status } = loaderData;
  const format = (date: Date | string) => new Date(date).toLocaleString("nl-NL", { timeZone: "Europe/Amsterdam" });
  return (
    <>
      <Heading level={1}>Systeemstatus</Heading>
      <Heading level={2}>Workers</Heading>
      {status.workers.length === 0 ? (
        <Paragraph>Nog geen worker heeft zich gemeld.</Paragraph>
      ) : (
        <Table>
          <TableHead columns={["Worker", "Status", "Laatste hartslag", "Hartslagen", "Gestart"]} />
          <TableBody>
            {status.workers.map((w) => (
              <Row key={w.workerId}>
                <Cell>{w.workerId}</Cell>
                <Cell>
                  <span data-testid="worker-status">
                    <span className={`jr-status-dot jr-status-dot--${w.alive ? "ok" : "down"}`} aria-hidden="true" />
                    {w.alive ? "actief" : "reageert niet"}
                  </span>
                </Cell>
                <Cell>{format(w.lastBeatAt)}</Cell>
                <Cell numeric>{w.beats}</Cell>
                <Cell>{format(w.startedAt)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
