import { Heading, Paragraph } from "@jeugdregie/ui";
import type { Route } from "./+types/index";
import { requireViewer, rethrowAsResponse } from "../../lib/api.server.ts";
import { recentQuarters } from "../../lib/report/quarters.ts";

/** The quarterly reports of the active region: one line per quarter, as a page, a PDF or CSV. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const quarters = recentQuarters(new Date());
  const regionId = viewer.scope.regionId ?? "";
  // The procedure refuses a reader without figures: the page does too, with the same words.
  await caller.report.needSupply({ regionId, quarter: quarters[0]!.value }).catch(rethrowAsResponse);
  return { regionId, quarters };
}

export default function Reports({ loaderData }: Route.ComponentProps) {
  const { regionId, quarters } = loaderData;
  return (
    <>
      <Heading level={1}>Kwartaalrapport Samen Sturen</Heading>
      <Paragraph lead>
        Per kwartaal de kengetallen, behoefte tegenover aanbod en geld van de regio in één rapport: om af te drukken, als PDF of per tabel
        als CSV.
      </Paragraph>
      <ul className="jr-report-list">
        {quarters.map((q) => (
          <li key={q.value}>
            <a className="utrecht-link" href={`/rapportage/${regionId}/${q.value}`}>
              {q.label}
            </a>{" "}
            ·{" "}
            <a className="utrecht-link" href={`/rapportage/${regionId}/${q.value}/downloaden`}>
              PDF
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
