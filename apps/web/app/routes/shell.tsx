import { Form, NavLink, Outlet, useLocation, useNavigation, useRouteError, useRouteLoaderData } from "react-router";
import { isProviderRole, ROLE_LABELS } from "@jeugdregie/domain";
import { Button, Select } from "@jeugdregie/ui";
import type { Route } from "./+types/shell";
import { requireViewer } from "../lib/api.server.ts";
import { describeRouteError, ErrorPage } from "../components/ErrorPage.tsx";
import { useLang, useT, type MessageKey } from "../i18n.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, viewer } = await requireViewer(request, context);
  const me = await caller.me();
  const { ability } = viewer;
  // The server decides what the menu offers, from the same abilities the API enforces.
  // the placement roles' overview is their work list or their requests (the dashboard sends them there)
  const placementRole = ["placement_coordinator", "crisis_team", "referrer"].includes(viewer.scope.role);
  const nav: { to: string; label: MessageKey }[] = placementRole ? [] : [{ to: "/overzicht", label: "nav.overview" }];
  if (ability.can("manage", "Membership")) nav.push({ to: "/inrichting", label: "nav.onboarding" });
  if (viewer.scope.role === "placement_coordinator" || viewer.scope.role === "crisis_team")
    nav.push({ to: "/plaatsingen", label: "nav.placementPoint" });
  if (viewer.scope.role === "supra_coordinator")
    nav.push(
      { to: "/bovenregionaal", label: "nav.supra" },
      { to: "/bovenregionaal/toewijzing", label: "nav.allocations" },
      { to: "/bovenregionaal/afbouw", label: "nav.phaseOut" },
    );
  if (viewer.scope.role === "referrer") nav.push({ to: "/aanmeldingen", label: "nav.myRequests" });
  if (isProviderRole(viewer.scope.role))
    nav.push(
      { to: "/voorleggingen", label: "nav.offers" },
      { to: "/capaciteit", label: "nav.capacity" },
      { to: "/aanbieder", label: "nav.providerOverview" },
    );
  // Only a provider's own admin manages its logins (the rule's condition is the admin's provider).
  if (ability.can("manage", "ProviderAccount")) nav.push({ to: "/aanbieder/gebruikers", label: "nav.providerUsers" });
  if (ability.can("read", "Location")) nav.push({ to: "/locaties", label: "nav.locations" });
  if (ability.can("create", "Region"))
    nav.push({ to: "/beheer/regios", label: "nav.tenants" }, { to: "/beheer/aanbieders", label: "nav.providerAdmins" });
  else if (ability.can("read", "Region")) nav.push({ to: "/regios", label: "nav.regions" });
  if (ability.can("manage", "Negotiation")) nav.push({ to: "/onderhandelingen", label: "nav.negotiations" });
  if (ability.can("create", "Region")) nav.push({ to: "/beheer/accounts", label: "nav.accounts" });
  if (ability.can("read", "SystemStatus"))
    nav.push({ to: "/beheer/status", label: "nav.status" }, { to: "/beheer/post", label: "nav.mail" });
  nav.push({ to: "/account/tweestapsverificatie", label: "nav.mfa" });
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
  const t = useT();
  const lang = useLang();
  const location = useLocation();
  const navigation = useNavigation();
  const here = location.pathname + location.search;
  return (
    <>
      <a className="jr-skip-link" href="#inhoud">
        {t("nav.skip")}
      </a>
      <header className="jr-header">
        <div className="jr-header__inner">
          <a className="jr-brand" href="/overzicht">
            Jeugdregie<small>{t("app.tagline")}</small>
          </a>
          <div className="jr-header__tools">
            {regionChoices.length > 1 && (
              <Form method="post" action="/regio-wisselen" aria-label={t("header.region")}>
                <label htmlFor="regionId">{t("header.region")}</label>
                <Select id="regionId" name="regionId" defaultValue={me.activeRegionId ?? undefined} key={me.activeRegionId}>
                  {regionChoices.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </Select>
                <input type="hidden" name="terug" value={here} />
                <Button appearance="secondary">{t("header.switch")}</Button>
              </Form>
            )}
            <span data-testid="whoami">
              {me.user.displayName} · {ROLE_LABELS[me.role][lang]} · <strong>{me.organisationName}</strong>
            </span>
            <Form method="post" action="/taal">
              <input type="hidden" name="lang" value={lang === "nl" ? "en" : "nl"} />
              <input type="hidden" name="terug" value={here} />
              <button className="jr-link-button" type="submit" lang={lang === "nl" ? "en" : "nl"}>
                {t("header.language")}
              </button>
            </Form>
            <Form method="post" action="/uitloggen">
              <button className="jr-link-button" type="submit">
                {t("header.logout")}
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
                {t(item.label)}
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
          <span>{t("footer.text")}</span>
          <span>{new Date().getFullYear()}</span>
        </div>
      </footer>
    </>
  );
}
