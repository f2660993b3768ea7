import { Form, NavLink, Outlet, useLocation, useNavigation, useRouteError, useRouteLoaderData } from "react-router";
import { subject } from "@jeugdregie/auth";
import { isProviderRole, ROLE_LABELS } from "@jeugdregie/domain";
import { Button, Select } from "@jeugdregie/ui";
import type { Route } from "./+types/shell";
import { requireViewer } from "../lib/api.server.ts";
import { describeRouteError, ErrorPage } from "../components/ErrorPage.tsx";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const me = await caller.me();
  const { ability } = viewer;
  // The server decides what the menu offers, from the same abilities the API enforces.
  // the placement roles' overview is their work list or their requests (the dashboard sends them there)
  const placementRole = ["placement_coordinator", "crisis_team", "referrer"].includes(viewer.scope.role);
  const ministry = viewer.scope.role === "ministry_analyst";
  const nav: { to: string; label: string }[] = placementRole || ministry ? [] : [{ to: "/overzicht", label: "Overzicht" }];
  // The national figures (issue 14): the ministry's overview, a supra area's and a region's view of them.
  if (["ministry_analyst", "supra_coordinator", "region_admin", "placement_coordinator"].includes(viewer.scope.role))
    nav.push({ to: "/landelijk", label: ministry ? "Landelijk overzicht" : "Landelijk beeld" });
  if (ability.can("manage", "Membership")) nav.push({ to: "/inrichting", label: "Inrichting" });
  if (viewer.scope.role === "placement_coordinator" || viewer.scope.role === "crisis_team")
    nav.push({ to: "/plaatsingen", label: "Centraal punt" });
  if (viewer.scope.role === "supra_coordinator")
    nav.push(
      { to: "/bovenregionaal", label: "Bovenregionaal" },
      { to: "/bovenregionaal/toewijzing", label: "Toewijzing" },
      { to: "/bovenregionaal/afbouw", label: "Afbouw" },
    );
  if (viewer.scope.role === "referrer") nav.push({ to: "/aanmeldingen", label: "Mijn aanmeldingen" });
  if (isProviderRole(viewer.scope.role))
    nav.push(
      { to: "/voorleggingen", label: "Voorleggingen" },
      { to: "/capaciteit", label: "Capaciteit" },
      { to: "/aanbieder", label: "Mijn regio's" },
      { to: "/aanbieder/cijfers", label: "Onze cijfers" },
    );
  // Only a provider's own admin manages its logins (the rule's condition is the admin's provider).
  if (ability.can("manage", "ProviderAccount")) nav.push({ to: "/aanbieder/gebruikers", label: "Onze gebruikers" });
  if (ability.can("read", "Location")) nav.push({ to: "/locaties", label: "Locaties" });
  if (ability.can("create", "Region"))
    nav.push({ to: "/beheer/regios", label: "Regio's beheren" }, { to: "/beheer/aanbieders", label: "Beheerders aanbieders" });
  else if (ability.can("read", "Region")) nav.push({ to: "/regios", label: "Regio's" });
  if (ability.can("manage", "Negotiation")) nav.push({ to: "/onderhandelingen", label: "Capaciteitsafspraken" });
  if (ability.can("read", "Settlement")) nav.push({ to: "/afrekeningen", label: "Afrekeningen" });
  if (viewer.scope.regionId && ability.can("read", subject("RegionFigures", { regionId: viewer.scope.regionId })))
    nav.push(
      { to: "/cijfers", label: "Cijfers" },
      { to: "/behoefte", label: "Behoefte en aanbod" },
      { to: "/rapportage", label: "Kwartaalrapport" },
    );
  if (ability.can("create", "Region")) nav.push({ to: "/beheer/accounts", label: "Accounts" });
  if (ability.can("read", "SystemStatus"))
    nav.push({ to: "/beheer/status", label: "Systeemstatus" }, { to: "/beheer/post", label: "Uitgaande post" });
  nav.push({ to: "/account/tweestapsverificatie", label: "Tweestapsverificatie" });
  const regionChoices = me.memberships.filter((m) => m.regionId).map((m) => ({ id: m.regionId!, name: m.organisationName }));
  return { me, nav, regionChoices };
}

export default function Shell({ loaderData }: Route.ComponentProps) {
  return (
    <Frame data={loaderData}>
      <Outlet />
    </Frame>
  );
}

/**
 * A page that refuses (another role's page, a record that is not there) or fails keeps the header
 * and menu when the viewer is known: it says who they are signed in as and where to go instead.
 */
export function ErrorBoundary() {
  const { status, message } = describeRouteError(useRouteError());
  const data = useRouteLoaderData<typeof loader>("routes/shell");
  if (!data)
    return (
      <main className="jr-main">
        <ErrorPage status={status} message={message} />
      </main>
    );
  const viewer = { roleLabel: ROLE_LABELS[data.me.role].nl, organisationName: data.me.organisationName };
  return (
    <Frame data={data}>
      <ErrorPage status={status} message={message} viewer={viewer} />
    </Frame>
  );
}

function Frame({ data, children }: { data: Route.ComponentProps["loaderData"]; children: React.ReactNode }) {
  const { me, nav, regionChoices } = data;
  const location = useLocation();
  const navigation = useNavigation();
  const here = location.pathname + location.search;
  return (
    <>
      <a className="jr-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="jr-header">
        <div className="jr-header__inner">
          <a className="jr-brand" href="/overzicht">
            Jeugdregie<small>Regie op jeugdhulpplaatsingen</small>
          </a>
          <div className="jr-header__tools">
            {regionChoices.length > 1 && (
              <Form method="post" action="/regio-wisselen" aria-label="Regio">
                <label htmlFor="regionId">Regio</label>
                <Select id="regionId" name="regionId" defaultValue={me.activeRegionId ?? undefined} key={me.activeRegionId}>
                  {regionChoices.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </Select>
                <input type="hidden" name="terug" value={here} />
                <Button appearance="secondary">Wissel</Button>
              </Form>
            )}
            <span data-testid="whoami">
              {me.user.displayName} · {ROLE_LABELS[me.role].nl} · <strong>{me.organisationName}</strong>
            </span>
            <Form method="post" action="/uitloggen">
              <button className="jr-link-button" type="submit">
                Uitloggen
              </button>
            </Form>
          </div>
        </div>
      </header>
      <nav className="jr-nav" aria-label="Hoofdmenu">
        <ul>
          {nav.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={nav.some((other) => other.to.startsWith(`${item.to}/`))}>
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main
        className="jr-main"
        id="inhoud"
        aria-busy={navigation.state !== "idle"}
        // What is rendered, for tests: the address bar changes before React shows the new page.
        data-navigation={navigation.state}
        data-location={location.pathname + location.search}
        data-location-key={location.key}
      >
        {children}
      </main>
      <footer className="jr-footer">
        <div className="jr-footer__inner">
          <span>Jeugdregie — gegevens van kinderen zijn gepseudonimiseerd en elke inzage wordt gelogd.</span>
          <span>{new Date().getFullYear()}</span>
        </div>
      </footer>
    </>
  );
}
