import { Link, redirect } from "react-router";
import { isNegotiationOpen, ROLE_LABELS } from "@jeugdregie/domain";
import { Heading, Paragraph, StatCard } from "@jeugdregie/ui";
import type { Route } from "./+types/dashboard";
import { requireViewer } from "../lib/api.server.ts";
import { useLang, useT } from "../i18n.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  // the placement roles start at their own work: the work list, or the referrer's requests
  const start = START_PAGES[viewer.scope.role];
  if (start) throw redirect(start);
  const [me, regions] = await Promise.all([caller.me(), caller.regions.list()]);
  const locations = viewer.ability.can("read", "Location") ? (await caller.locations.list({ limit: 1 })).totals : null;
  const negotiations = viewer.ability.can("manage", "Negotiation") ? await caller.negotiations.list() : null;
  return {
    openNegotiations: negotiations?.filter((n) => isNegotiationOpen(n.status)).length ?? null,
    myTurn: negotiations?.filter((n) => n.myTurn).length ?? 0,
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
};

export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { me, regionCount, locationCount, places, openNegotiations, myTurn } = loaderData;
  const t = useT();
  const lang = useLang();
  return (
    <>
      <Heading level={1}>{t("dashboard.title")}</Heading>
      <Paragraph lead>{t("dashboard.welcome", { name: me.user.displayName })}</Paragraph>
      <Paragraph>{t("dashboard.role", { role: ROLE_LABELS[me.role][lang].toLowerCase(), organisation: me.organisationName })}</Paragraph>
      <div className="jr-cards">
        <StatCard value={regionCount} label={t("dashboard.regions")} />
        {openNegotiations !== null && (
          <StatCard
            value={<span data-testid="open-negotiations">{openNegotiations}</span>}
            label={
              <Link className="utrecht-link" to="/onderhandelingen">
                {t("dashboard.negotiations", { mine: myTurn })}
              </Link>
            }
          />
        )}
        {locationCount !== null && <StatCard value={locationCount} label={t("dashboard.locations")} />}
        {places !== null && <StatCard value={places} label={t("dashboard.places")} />}
      </div>
    </>
  );
}
