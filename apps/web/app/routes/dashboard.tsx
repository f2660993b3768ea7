import { Link, redirect } from "react-router";
import { ROLE_LABELS } from "@jeugdregie/domain";
import { Heading, Paragraph, StatCard } from "@jeugdregie/ui";
import type { Route } from "./+types/dashboard";
import { requireViewer } from "../lib/api.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  // the placement roles start at their own work: the work list, or the referrer's requests
  const start = START_PAGES[viewer.scope.role];
  if (start) throw redirect(start);
  const [me, regions] = await Promise.all([caller.me(), caller.regions.list()]);
  const locations = viewer.ability.can("read", "Location") ? (await caller.locations.list({ limit: 1 })).totals : null;
  const negotiations = viewer.ability.can("manage", "Negotiation") ? await caller.negotiations.counts() : null;
  return {
    openNegotiations: negotiations?.open ?? null,
    myTurn: negotiations?.myTurn ?? 0,
    me,
    regionCount: regions.length,
    locationCount: locations?.locations ?? null,
    places: locations?.places ?? null,
  };
}

const START_PAGES: Partial<Record<string, string>> = {
  placement_coordinator: "/plaatsingen",
  crisis_team: "/plaatsingen",
  referrer: "/aanmeldingen",
  // the ministry's work is the national overview (issue 14)
  ministry_analyst: "/landelijk",
};

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { me, regionCount, locationCount, places, openNegotiations, myTurn } = loaderData;
  return (
    <>
      <Heading level={1}>Overzicht</Heading>
      <Paragraph lead>Welkom, {me.user.displayName}.</Paragraph>
      <Paragraph>
        Je werkt als {ROLE_LABELS[me.role].nl.toLowerCase()} voor {me.organisationName}.
      </Paragraph>
      <div className="jr-cards">
        <StatCard value={regionCount} label="regio's" />
        {openNegotiations !== null && (
          <StatCard
            value={<span data-testid="open-negotiations">{openNegotiations}</span>}
            label={
              <Link className="utrecht-link" to="/onderhandelingen">
                open capaciteitsonderhandelingen ({myTurn} wachten op jou)
              </Link>
            }
          />
        )}
        {locationCount !== null && <StatCard value={locationCount} label="locaties" />}
        {places !== null && <StatCard value={places} label="plekken" />}
      </div>
    </>
  );
}
