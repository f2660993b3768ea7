import { Form, useSearchParams } from "react-router";
import { codeLabel } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Select } from "@jeugdregie/ui";
import type { Route } from "./+types/overview";
import { requireViewer } from "../../lib/api.server.ts";
import { date } from "../../lib/format.ts";
import { loadNationalModel, REFUSAL, viewOf } from "../../lib/national/model.server.ts";
import { areaRows, figureLookup, sortRows, type RegionColumn } from "../../lib/national/view.ts";
import { AreaTable } from "../../components/national/AreaTable.tsx";
import { CapacityTable } from "../../components/national/CapacityTable.tsx";
import { FlowMatrix } from "../../components/national/FlowMatrix.tsx";
import { Trend } from "../../components/national/Trend.tsx";
import { AboutRelease, IncomingFlows } from "../../components/national/ReleaseParts.tsx";
import { OwnFigures } from "../../components/national/OwnFigures.tsx";
import { PhaseOut, RecordedPlaces } from "../../components/national/PhaseOut.tsx";
import { ownRegionFigures } from "../../lib/national/own-figures.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const view = viewOf(viewer.scope.role);
  if (!view) throw new Response(REFUSAL, { status: 403 });
  // The regions this viewer's page is about, by code (the release names regions by code).
  const mine = view === "national" ? null : await caller.regions.list();
  const own = view === "region" ? (mine?.find((r) => r.id === viewer.scope.regionId)?.code ?? null) : null;
  const [me, model, ownFigures] = await Promise.all([
    caller.me(),
    loadNationalModel(context, request, { view, regions: view === "supra" && mine ? new Set(mine.map((r) => r.code)) : null, own }),
    // the region's own people also see its unrounded monthly figures, apart from the published ones
    view === "region" ? ownRegionFigures(caller) : null,
  ]);
  return { ...model, organisationName: me.organisationName, ownFigures };
}

const TITLES = { national: "Landelijk overzicht", supra: "Bovenregionaal overzicht", region: "Uw regio in het landelijk beeld" };

export default function NationalOverview({ loaderData }: Route.ComponentProps) {
  const data = loaderData;
  const [params] = useSearchParams();
  const { view, own } = data.scope;
  if (!data.release)
    return (
      <>
        <Heading level={1}>{TITLES[view]}</Heading>
        <Paragraph>
          <span data-testid="no-release">
            Er is nog geen publicatie van de landelijke cijfers. Elke maandag verschijnt er een nieuwe; daarna staan de cijfers hier.
          </span>
        </Paragraph>
      </>
    );
  const { definitions, careType } = data;
  const lookup = figureLookup(data.figures);
  const names = new Map(data.allAreas.map((a) => [a.code, a.name]));
  const supraNames = new Map(data.allAreas.filter((a) => a.areaType === "supra").map((a) => [a.code, a.name]));
  const filteredRegions = data.regionAreas.filter((a) => !data.supra || a.supraArea === data.supra);
  const regionRows = sortRows(areaRows(filteredRegions, lookup, careType), data.sort, data.direction);
  const sortHref = (column: RegionColumn) => {
    const next = new URLSearchParams(params);
    next.set("sorteer", column);
    next.set("richting", column === data.sort && data.direction === "op" ? "af" : "op");
    return `?${next.toString()}#regios`;
  };
  const careName = codeLabel("careType", careType);
  const ownArea = own ? data.regionAreas.find((a) => a.code === own) : undefined;
  const comparison = [ownArea, ...data.supraAreas.filter((s) => s.code === ownArea?.supraArea), data.national].filter(
    (a): a is NonNullable<typeof a> => Boolean(a),
  );
  const flowRows = new Set(view === "region" ? (own ? [own] : []) : filteredRegions.map((r) => r.code));

  return (
    <>
      <Heading level={1}>{TITLES[view]}</Heading>
      <Paragraph lead>
        {view === "national" && "JeugdzorgPlus, driemilieus en de andere bovenregionale functies in alle regio's, landsdelen en het land."}
        {view === "supra" && `De regio's van ${data.organisationName}, zoals de landelijke publicatie ze toont. Alleen lezen.`}
        {view === "region" &&
          `${ownArea?.name ?? data.organisationName} naast het landsdeel, het land en de andere regio's, met dezelfde definities en afscherming.`}
      </Paragraph>
      <p className="utrecht-paragraph jr-release-line" data-testid="release">
        Publicatie met peildatum <strong data-testid="release-as-of">{date(data.release.asOf)}</strong> · definities versie{" "}
        {data.release.definitionsVersion} · {data.release.provenance.regionsWithData} van {data.release.provenance.regions} regio&rsquo;s
        met gegevens ·{" "}
        <a className="utrecht-link" href={data.csv.figures} download data-testid="csv-figures">
          Alle cijfers downloaden (CSV)
        </a>{" "}
        ·{" "}
        <a className="utrecht-link" href={data.csv.flows} download data-testid="csv-flows">
          Stromen downloaden (CSV)
        </a>
      </p>

      <Form method="get" className="jr-filters" preventScrollReset>
        <FormField label="Zorgvorm" htmlFor="zorgvorm">
          <Select id="zorgvorm" name="zorgvorm" defaultValue={careType}>
            {data.careTypes.map((c) => (
              <option key={c} value={c}>
                {codeLabel("careType", c)}
              </option>
            ))}
          </Select>
        </FormField>
        {view === "national" && (
          <FormField label="Landsdeel" htmlFor="landsdeel">
            <Select id="landsdeel" name="landsdeel" defaultValue={data.supra ?? ""}>
              <option value="">Alle landsdelen</option>
              {data.supraAreas.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </Select>
          </FormField>
        )}
        <input type="hidden" name="sorteer" value={data.sort} />
        <input type="hidden" name="richting" value={data.direction} />
        <Button appearance="secondary">Toon</Button>
      </Form>

      {view === "region" && (
        <section aria-labelledby="vergelijking">
          <Heading level={2} id="vergelijking">
            Uw regio, het landsdeel en het land ({careName})
          </Heading>
          <AreaTable
            caption="Dezelfde cijfers als de landelijke publicatie, voor uw regio, uw landsdeel en Nederland"
            rows={areaRows(comparison, lookup, careType)}
            definitions={definitions}
            highlight={own ?? undefined}
            testId="comparison-table"
          />
        </section>
      )}

      {data.top && view !== "region" && (
        <section aria-labelledby="capaciteit">
          <Heading level={2} id="capaciteit">
            Capaciteit en bezetting deze week, {data.top.name}
          </Heading>
          <CapacityTable
            areaType={data.top.areaType}
            area={data.top.code}
            areaName={data.top.name}
            lookup={lookup}
            definitions={definitions}
          />
        </section>
      )}

      {data.trend && data.top && <Trend trend={data.trend} areaName={data.top.name} careName={careName} />}

      {view !== "region" && data.supraAreas.length > 0 && (
        <section aria-labelledby="landsdelen">
          <Heading level={2} id="landsdelen">
            Landsdelen ({careName})
          </Heading>
          <AreaTable
            caption={`Per landsdeel${data.national ? " en landelijk" : ""}; plaatsen en bezetting van ${careName}`}
            rows={areaRows([...data.supraAreas, ...(data.national ? [data.national] : [])], lookup, careType)}
            definitions={definitions}
            testId="supra-table"
          />
        </section>
      )}

      {view !== "region" && data.supraAreas.length > 0 && (
        <PhaseOut
          areas={[...data.supraAreas, ...(data.national ? [data.national] : [])]}
          lookup={lookup}
          definitions={definitions}
          asOf={data.release.asOf}
        />
      )}

      <section aria-labelledby="regios">
        <Heading level={2} id="regios">
          Regio&rsquo;s ({careName})
        </Heading>
        <AreaTable
          caption={`${regionRows.length} regio's${data.supra ? ` in ${supraNames.get(data.supra) ?? data.supra}` : ""}; klik op een kolomkop om te sorteren`}
          rows={regionRows}
          definitions={definitions}
          supraNames={supraNames}
          sort={{ column: data.sort, direction: data.direction, href: sortHref }}
          highlight={own ?? undefined}
          testId="region-table"
        />
      </section>

      <section aria-labelledby="stromen">
        <Heading level={2} id="stromen">
          Stromen tussen regio&rsquo;s: geen kind de regio uit
        </Heading>
        <Paragraph>
          {view === "region"
            ? "Waar kinderen uit uw regio geplaatst zijn, en uit welke regio's kinderen in uw regio geplaatst zijn."
            : "Per regio van herkomst: hoeveel kinderen in een lopende plaatsing in een andere regio verblijven, en waar."}
        </Paragraph>
        <FlowMatrix flows={data.flows} rowCodes={flowRows} names={names} definitions={data.flowDefinitions} />
        {view === "region" && own && <IncomingFlows flows={data.flows} own={own} names={names} />}
      </section>

      <RecordedPlaces
        areas={view === "region" ? comparison : [...data.supraAreas, ...(data.national ? [data.national] : []), ...filteredRegions]}
        lookup={lookup}
        definitions={definitions}
      />

      {data.ownFigures && <OwnFigures figures={data.ownFigures} regionName={ownArea?.name ?? data.organisationName} />}

      <AboutRelease release={data.release} apiHref={data.csv.api} />
    </>
  );
}
