import { Cell, Heading, Row, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/regions";
import { requireViewer } from "../lib/api.server.ts";
import { useT } from "../i18n.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  return { regions: await caller.regions.list() };
}

export default function Regions({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <>
      <Heading level={1}>{t("regions.title")}</Heading>
      <Table>
        <TableHead columns={[t("regions.col.name"), t("regions.col.count"), t("regions.col.municipalities")]} />
        <TableBody>
          {loaderData.regions.map((r) => (
            <Row key={r.id}>
              <Cell>{r.name}</Cell>
              <Cell numeric>
                <span data-testid="region-municipality-count">{r.municipalityCount}</span>
              </Cell>
              <Cell>
                {r.municipalities.length === 0 ? (
                  t("regions.none")
                ) : (
                  <ul className="jr-municipality-list" aria-label={t("regions.listOf", { region: r.name })}>
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
