import { DEFAULT_PLACEMENT_POINT_SETTINGS, freePlaces, isCapacityStale } from "@jeugdregie/domain";
import { Form, useNavigation } from "react-router";
import { Badge, Button, Cell, Heading, Paragraph, Row, Table, TableBody, TableHead, Textbox } from "@jeugdregie/ui";
import type { Route } from "./+types/provider-capacity";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { runAction } from "../lib/forms.server.ts";
import { date, dateTime } from "../lib/format.ts";
import { FormMessages } from "../components/FormMessages.tsx";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller } = await requireViewer(request, context);
  const cursor = cursorFrom(request);
  const page = await caller.provider.capacity({ cursor }).catch(rethrowAsResponse);
  const window = DEFAULT_PLACEMENT_POINT_SETTINGS.capacityFreshnessDays;
  return {
    locations: page.items.map((l) => ({ ...l, free: freePlaces(l), stale: isCapacityStale(l.capacity_confirmed_at, window) })),
    nextCursor: page.nextCursor,
    paged: cursor !== undefined || page.nextCursor !== null,
  };
}

/** Every location's places in one form, confirmed in one action: all of them, or (one refused) none. */
export async function action({ request, context }: Route.ActionArgs) {
  const { caller } = await requireViewer(request, context);
  const form = await request.formData();
  const capacities = form.getAll("locationId").map((value) => {
    const locationId = String(value);
    const typed = String(form.get(`capacity-${locationId}`) ?? "").trim();
    return { locationId, capacity: typed === "" ? Number.NaN : Number(typed) };
  });
  return runAction(async () => {
    const result = await caller.provider.confirmAllCapacity({ capacities });
    return { ok: true, message: `Capaciteit bevestigd voor ${result.confirmed} ${result.confirmed === 1 ? "locatie" : "locaties"}.` };
  });
}

export default function Capacity({ loaderData, actionData }: Route.ComponentProps) {
  const busy = useNavigation().state === "submitting";
  const { locations, nextCursor, paged } = loaderData;
  return (
    <>
      <Heading level={1}>Capaciteit</Heading>
      <Paragraph lead>
        Bevestig of corrigeer wekelijks het aantal plekken van al je locaties, in één keer. Bezette en gereserveerde plekken rekent
        Jeugdregie zelf uit; een locatie zonder recente bevestiging staat als verouderd in de matching. Je eigen planningssysteem kan de
        capaciteit ook automatisch doorgeven via de koppeling (API) van Jeugdregie.
      </Paragraph>
      <FormMessages result={actionData} />
      {locations.length === 0 ? (
        <Paragraph>Je organisatie heeft nog geen locaties onder een bevestigd contract.</Paragraph>
      ) : (
        <Form method="post">
          <Table caption={paged ? `${locations.length} locaties op deze pagina` : `${locations.length} locaties`}>
            <TableHead columns={["Locatie", "Regio", "Bezet", "Gereserveerd", "Vrij", "Verwacht vrij", "Laatst bevestigd", "Plekken"]} />
            <TableBody>
              {locations.map((l) => (
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
                    <input type="hidden" name="locationId" value={l.id} />
                    <Textbox
                      aria-label={`Plekken ${l.name} (${l.region_name})`}
                      name={`capacity-${l.id}`}
                      type="number"
                      min={Math.max(0, l.occupied + l.reserved)}
                      max={500}
                      required
                      defaultValue={l.capacity}
                      size={4}
                    />
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
          <Button disabled={busy}>
            {paged ? "Capaciteit van de locaties op deze pagina bevestigen" : "Capaciteit van alle locaties bevestigen"}
          </Button>
        </Form>
      )}
      <Pager nextCursor={nextCursor} />
    </>
  );
}
