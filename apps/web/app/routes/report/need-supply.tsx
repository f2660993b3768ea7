import { Form } from "react-router";
import { quarterOf } from "@jeugdregie/domain";
import { Button, FormField, Heading, Paragraph, Select } from "@jeugdregie/ui";
import type { Route } from "./+types/need-supply";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { recentQuarters } from "../../lib/report/quarters.ts";
import { NeedSupplyTable, PlacesProjectionSection } from "../../components/NeedSupply.tsx";

/** Real need against supply of the active region, for a quarter (?kwartaal=2026-K3, default the running one). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const now = new Date();
  const quarter = new URL(request.url).searchParams.get("kwartaal") ?? quarterOf(now);
  const regionId = viewer.scope.regionId ?? "";
  const answer = await caller.report.needSupply({ regionId, quarter }).catch(rethrowAsResponse);
  return { ...answer, regionId, quarters: recentQuarters(now) };
}

export default function NeedSupply({ loaderData }: Route.ComponentProps) {
  const { quarter, rows, projection, quarters, regionId } = loaderData;
  return (
    <>
      <Heading level={1}>Behoefte en aanbod</Heading>
      <Paragraph lead>
        Wat kinderen nodig hadden tegenover wat zij kregen, per zorgvorm en gevraagde expertise: de basis om te contracteren wat nodig is.
      </Paragraph>
      <Form method="get" className="jr-form-row">
        <FormField label="Kwartaal" htmlFor="kwartaal">
          <Select id="kwartaal" name="kwartaal" defaultValue={quarter.quarter}>
            {quarters.map((q) => (
              <option key={q.value} value={q.value}>
                {q.label}
              </option>
            ))}
          </Select>
        </FormField>
        <Button appearance="secondary">Toon</Button>
        <a className="utrecht-link" href={`/rapportage/${regionId}/${quarter.quarter}`}>
          Kwartaalrapport {quarter.label}
        </a>
      </Form>
      <section aria-labelledby="behoefte">
        <Heading level={2} id="behoefte">
          Behoefte tegenover aanbod, {quarter.label}
        </Heading>
        <NeedSupplyTable rows={rows} caption={`Kinderen met een lopende aanmelding in ${quarter.label}`} />
      </section>
      <PlacesProjectionSection projection={projection} />
    </>
  );
}
