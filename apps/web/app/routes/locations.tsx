import { Form } from "react-router";
import { CARE_TYPE_LABELS, CARE_TYPES, isCareType, isProviderRole } from "@jeugdregie/domain";
import { Badge, Bar, Button, Cell, FormField, Heading, Options, Paragraph, Row, Select, Table, TableBody, TableHead } from "@jeugdregie/ui";
import type { Route } from "./+types/locations";
import { requireViewer, rethrowAsResponse } from "../lib/api.server.ts";
import { useLang, useT } from "../i18n.ts";
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
  const t = useT();
  const lang = useLang();
  const maxPlaces = Math.max(1, ...placesByCareType.map((row) => row.places));
  return (
    <>
      <Heading level={1}>{t("locations.title")}</Heading>
      <Paragraph lead>
        {isProvider ? t("locations.intro.provider") : t("locations.intro.region", { region: regions.map((r) => r.name).join(", ") })}
      </Paragraph>
      <Form method="get" className="jr-filters">
        {isProvider && (
          <FormField label={t("locations.filter.region")} htmlFor="regio">
            <Select id="regio" name="regio" defaultValue={regionParam ?? ""}>
              <option value="">{t("locations.filter.all")}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </FormField>
        )}
        <FormField label={t("locations.filter.careType")} htmlFor="zorgvorm">
          <Select id="zorgvorm" name="zorgvorm" defaultValue={careParam ?? ""}>
            <option value="">{t("locations.filter.all")}</option>
            <Options values={CARE_TYPES} label={(c) => CARE_TYPE_LABELS[c][lang]} />
          </Select>
        </FormField>
        <Button appearance="secondary">{t("locations.filter.apply")}</Button>
      </Form>
      <Paragraph muted>
        <span data-testid="location-count">{t("locations.count", { count: total, places })}</span>
      </Paragraph>
      {placesByCareType.length > 0 && (
        <section aria-labelledby="per-zorgvorm">
          <Heading level={2} id="per-zorgvorm">
            {t("locations.byCareType")}
          </Heading>
          <Table>
            <TableBody>
              {placesByCareType.map((row) => (
                <Row key={row.careType}>
                  <Cell>{CARE_TYPE_LABELS[row.careType][lang]}</Cell>
                  <Cell>
                    <Bar value={row.places} max={maxPlaces} label={`${CARE_TYPE_LABELS[row.careType][lang]}: ${row.places}`} />
                  </Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {locations.length === 0 ? (
        <Paragraph>{t("locations.empty")}</Paragraph>
      ) : (
        <Table>
          <TableHead
            columns={[
              t("locations.col.name"),
              t("locations.col.provider"),
              t("locations.col.region"),
              t("locations.col.municipality"),
              t("locations.col.careTypes"),
              t("locations.col.age"),
              t("locations.col.intensity"),
              t("locations.col.capacity"),
            ]}
          />
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
                      <Badge key={c}>{isCareType(c) ? CARE_TYPE_LABELS[c][lang] : c}</Badge>
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
