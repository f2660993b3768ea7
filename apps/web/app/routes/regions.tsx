import { Cell, Heading, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/regions";
import { requireViewer } from "../lib/api.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { regions: await caller.regions.list() };
}

export default function Regions({ loaderData }: Route.ComponentProps) {
  return (
    <>
      <Heading level={1}>Regio's</Heading>
      <Table>
        <TableHead columns={["Regio", "Aantal", "Gemeenten"]} />
        <TableBody>
          {loaderData.regions.map((r) => (
            <Row key={r.id}>
              <Cell>{r.name}</Cell>
              <Cell numeric>
                <span data-testid="region-municipality-count">{r.municipalityCount}</span>
              </Cell>
              <Cell>
                {r.municipalities.length === 0 ? (
                  "Nog geen gemeenten gekozen"
                ) : (
                  <ul className="jr-municipality-list" aria-label={`Gemeenten van ${r.name}`}>
                    {r.municipalities.map((m) => (
                      <li key={m}>{m}</li>
                    ))}
                  </ul>
                )}
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
