import { Cell, Heading, Paragraph, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/audit";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { dateTime } from "../../lib/format.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { entries: await caller.audit.list({ limit: 300 }).catch(rethrowAsResponse) };
}

const ACTIONS: Record<string, string> = { create: "aangemaakt", update: "gewijzigd", delete: "verwijderd", read: "ingezien" };

function summary(details: unknown): string {
  const d = details as { before?: unknown; after?: unknown; imported?: number } | null;
  if (!d) return "";
  if (d.imported !== undefined) return `${d.imported} geïmporteerd`;
  const show = (v: unknown) => (v === null || v === undefined ? "–" : JSON.stringify(v).slice(0, 160));
  return "before" in d || "after" in d ? `voor: ${show(d.before)} → na: ${show(d.after)}` : JSON.stringify(d).slice(0, 200);
}

export default function Audit({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Heading level={2}>Wijzigingen (audit)</Heading>
      <Paragraph>
        Elke wijziging in de inrichting: wie, wat, voor en na, wanneer. Het logboek is alleen aan te vullen, nooit te wijzigen (hash-keten).
      </Paragraph>
      <Table>
        <TableHead columns={["Wanneer", "Wie", "Wat", "Voor → na"]} />
        <TableBody>
          {loaderData.entries.map((e) => (
            <Row key={e.id}>
              <Cell>{dateTime(e.occurredAt)}</Cell>
              <Cell>{e.userEmail ?? e.role}</Cell>
              <Cell>
                {e.entity} {ACTIONS[e.action] ?? e.action}
              </Cell>
              <Cell>
                <small>{summary(e.details)}</small>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
