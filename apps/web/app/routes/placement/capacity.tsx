import { DEFAULT_PLACEMENT_POINT_SETTINGS, freePlaces, isCapacityStale } from "@jeugdregie/domain";
import { Form, useNavigation } from "react-router";
import { Badge, Button, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/capacity";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { int, runAction, text } from "../../lib/forms.server.ts";
import { date, dateTime } from "../../lib/format.ts";
import { FormMessages } from "../../components/FormMessages.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const locations = await caller.provider.capacity().catch(rethrowAsResponse);
  const window = DEFAULT_PLACEMENT_POINT_SETTINGS.capacityFreshnessDays;
  return { locations: locations.map((l) => ({ ...l, free: freePlaces(l), stale: isCapacityStale(l.capacity_confirmed_at, window) })) };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  return runAction(async () => {
    await caller.provider.confirmCapacity({ locationId: text(form, "locationId"), capacity: int(form, "capacity") });
    return { ok: true, message: "Capaciteit bevestigd." };
  });
}

export default function Capacity({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Heading level={1}>Capaciteit</Heading>
      <Paragraph lead>
        Bevestig of corrigeer wekelijks het aantal plekken per locatie. Bezette en gereserveerde plekken rekent Jeugdregie zelf uit; een
        locatie zonder recente bevestiging staat als verouderd in de matching. Je eigen systemen kunnen hetzelfde via de API (
        <code>provider.confirmCapacity</code>).
      </Paragraph>
      <FormMessages result={actionData} />
      <Table>
        <TableHead columns={["Locatie", "Regio", "Bezet", "Gereserveerd", "Vrij", "Verwacht vrij", "Bevestigd", "Plekken"]} />
        <TableBody>
          {loaderData.locations.map((l) => (
            <Row key={l.id}>
              <Cell>{l.name}</Cell>
              <Cell>{l.region_name}</Cell>
              <Cell numeric>{l.occupied}</Cell>
              <Cell numeric>{l.reserved}</Cell>
              <Cell numeric>
                <span data-testid="free">{l.free}</span>
              </Cell>
              <Cell>{l.planned_ends.length ? l.planned_ends.map(date).join(", ") : "–"}</Cell>
              <Cell>
                {l.capacity_confirmed_at ? dateTime(l.capacity_confirmed_at) : "nooit"} {l.stale && <Badge>verouderd</Badge>}
              </Cell>
              <Cell>
                <Form method="post" className="jr-form-row">
                  <input type="hidden" name="locationId" value={l.id} />
                  <Textbox aria-label={`Plekken ${l.name}`} name="capacity" type="number" min={0} defaultValue={l.capacity} size={4} />
                  <Button appearance="secondary" disabled={busy} aria-label={`Bevestig ${l.name}`}>
                    Bevestig
                  </Button>
                </Form>
              </Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
