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
        <TableHead columns={[t("regions.col.name"), t("regions.col.municipalities")]} />
        <TableBody>
          {loaderData.regions.map((r) => (
            <Row key={r.id}>
              <Cell>{r.name}</Cell>
              <Cell numeric>{r.municipalityCount}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
