import { Form } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, isCareType, isProviderRole } from "@jeugdregie/domain";
import { Badge, Bar, Button, Cell, FormField, Heading, Options, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/locations";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { cursorFrom, Pager } from "../components/Pager.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const url = new URL(request.url);
  const regionParam = url.searchParams.get("regio") || undefined;
  const careParam = url.searchParams.get("zorgvorm") || undefined;
  const isProvider = isProviderRole(viewer.scope.role);
  const [page, regions] = await Promise.all([
    caller.locations
      .list({
        regionId: isProvider ? regionParam : undefined,
        careType: careParam && isCareType(careParam) ? careParam : undefined,
        cursor: cursorFrom(request),
      })
      .catch(rethrowAsResponse),
    caller.regions.list(),
  ]);
  const placesByCareType = CARE_TYPES.map((careType) => ({
    careType,
    places: page.totals.placesByCareType.find((row) => row.careType === careType)?.places ?? 0,
  })).filter((row) => row.places > 0);
  return {
    locations: page.items,
    nextCursor: page.nextCursor,
    total: page.totals.locations,
    places: page.totals.places,
    regions,
    isProvider,
    regionParam,
    careParam,
    placesByCareType,
  };
}

export default function Locations({ loaderData }: Route.ComponentProps) {
  const { locations, nextCursor, total, places, regions, isProvider, regionParam, careParam, placesByCareType } = loaderData;
  const maxPlaces = Math.max(1, ...placesByCareType.map((row) => row.places));
  return (
    <>
      <Heading level={1}>Locaties</Heading>
      <Paragraph lead>
        {isProvider
          ? "De locaties van je organisatie in alle regio's waar zij werkt."
          : `Locaties met verblijfsplekken in ${regions.map((r) => r.name).join(", ")}.`}
      </Paragraph>
      <Form method="get" className="jr-filters">
        {isProvider && (
          <FormField label="Regio" htmlFor="regio">
            <Select id="regio" name="regio" defaultValue={regionParam ?? ""}>
              <option value="">Alle</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </FormField>
        )}
        <FormField label="Zorgvorm" htmlFor="zorgvorm">
          <Select id="zorgvorm" name="zorgvorm" defaultValue={careParam ?? ""}>
            <option value="">Alle</option>
            <Options values={CARE_TYPES} label={(c) => CARE_TYPE_LABELS[c].nl} />
          </Select>
        </FormField>
        <Button appearance="secondary">Filteren</Button>
      </Form>
      <Paragraph muted>
        <span data-testid="location-count">
          {total} locaties, {places} plekken
        </span>
      </Paragraph>
      {placesByCareType.length > 0 && (
        <section aria-labelledby="per-zorgvorm">
          <Heading level={2} id="per-zorgvorm">
            Plekken per zorgvorm
          </Heading>
          <Table>
            <TableBody>
              {placesByCareType.map((row) => (
                <Row key={row.careType}>
                  <Cell>{CARE_TYPE_LABELS[row.careType].nl}</Cell>
                  <Cell>
                    <Bar value={row.places} max={maxPlaces} label={`${CARE_TYPE_LABELS[row.careType].nl}: ${row.places}`} />
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {locations.length === 0 ? (
        <Paragraph>Geen locaties gevonden.</Paragraph>
      ) : (
        <Table>
          <TableHead columns={["Locatie", "Aanbieder", "Regio", "Gemeente", "Zorgvormen", "Leeftijd", "Intensiteit", "Plekken"]} />
          <TableBody>
            {locations.map((l) => (
              <Row key={l.id}>
                <Cell>{l.name}</Cell>
                <Cell>
                  <span data-testid="location-provider">{l.providerName}</span>
                </Cell>
                <Cell>
                  <span data-testid="location-region">{l.regionName}</span>
                </Cell>
                <Cell>{l.municipalityName}</Cell>
                <Cell>
                  <span className="jr-badges">
                    {l.careTypes.map((c) => (
                      <Badge key={c}>{isCareType(c) ? CARE_TYPE_LABELS[c].nl : c}</Badge>
                    ))}
                  </span>
                </Cell>
                <Cell>
                  {l.ageMin}–{l.ageMax}
                </Cell>
                <Cell>{l.intensityBand ?? "–"}</Cell>
                <Cell numeric>{l.capacity}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <Pager nextCursor={nextCursor} />
    </>
  );
}
